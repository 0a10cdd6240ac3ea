package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"golang.org/x/text/encoding/korean"
)

func TestParseMatch(t *testing.T) {
	for in, want := range map[string]string{
		"Korea,ROK":                  "korea,rok",
		" South   Korea , ROK,,rok ": "south korea,rok",
		"Korea*,한국":                  "korea*,한국",
	} {
		m, err := corpus.ParseMatch(in)
		if err != nil || m.String() != want {
			t.Errorf("ParseMatch(%q) = %v, %v; want %s", in, m, err, want)
		}
	}
	for in, want := range map[string]string{
		"":       "no word or phrase given",
		" , ,":   "no word or phrase given",
		"Ko*rea": `"Ko*rea": * may only end a term`,
		"--,ROK": `"--" has no letter or digit`,
	} {
		if _, err := corpus.ParseMatch(in); err == nil || err.Error() != want {
			t.Errorf("ParseMatch(%q): error %v, want %s", in, err, want)
		}
	}
}

func TestParseLangs(t *testing.T) {
	if l, err := corpus.ParseLangs(" EN,ko,en "); err != nil || !slices.Equal(l, []string{"en", "ko"}) {
		t.Errorf("ParseLangs: %q, %v", l, err)
	}
	for in, want := range map[string]string{
		"english": `"english" is not an ISO 639-1 language code (two letters, like en or ko)`,
		"eng":     `"eng" is not an ISO 639-1 language code (two letters, like en or ko)`,
		"en,qq":   `"qq" is not an ISO 639-1 language code (two letters, like en or ko)`,
		",":       "no language code given",
	} {
		if _, err := corpus.ParseLangs(in); err == nil || err.Error() != want {
			t.Errorf("ParseLangs(%q): error %v, want %s", in, err, want)
		}
	}
}

// TestMatch checks what -match keeps: whole words and phrases of the
// article text, in any case and spacing; not a word inside another, not a
// mention in the page's menus, date header or agency credit.
func TestMatch(t *testing.T) {
	const body = "The two foreign ministers met in the port city on Friday and agreed to hold a new round of consultations on trade."
	tests := []struct {
		terms, file, text string
		keep              bool
	}{
		{"Korea", "a.txt", body + " Korea's exports rose.", true},
		{"korea", "a.txt", body + " The China-KOREA forum met.", true},
		{"Korea", "a.txt", body + " Korean exports rose.", false},
		{"Korea*", "a.txt", body + " Korean exports rose.", true},
		{"ROK", "a.txt", body + " Brokers were calm.", false},
		{"South Korea", "a.txt", body + " Officials in South\n   Korea said so.", true},
		{"South Korea", "a.txt", body + " They went south. Korea said so.", false},
		{"Seoul", "a.txt", " date 2024-05-01 \n" + body, false},
		{"한국", "a.txt", body + " 한국과 중국은 합의했다.", true},
		{"Korea", "menu.html", `<html lang="en"><body><nav><ul><li><a href="/korea">Korea</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>` +
			`<article><h1>Late goal settles the derby</h1><p>The home side scored in the last minute of a tense derby on Saturday, and their coach said the players had earned it.</p>` +
			`<p>The visitors had led for most of the second half after a penalty, but could not hold on as the rain grew heavier.</p></article></body></html>`, false},
		{"Korea", "story.html", `<html lang="en"><body><nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/arts">Arts</a></li></ul></nav>` +
			`<article><h1>Ministers meet in Busan</h1><p>` + body + `</p><p>South Korea and China said the talks had gone well and would continue in the autumn.</p></article></body></html>`, true},
	}
	for _, tt := range tests {
		m, err := corpus.ParseMatch(tt.terms)
		if err != nil {
			t.Fatal(err)
		}
		opts := corpus.DefaultOptions()
		opts.Match = m
		d := corpus.NewParser(opts).Parse(tt.file, []byte(tt.text))
		if kept := d.Status != corpus.StatusSkipped; kept != tt.keep {
			t.Errorf("-match %s on %q: kept %v (%q)", tt.terms, tt.text[max(0, len(tt.text)-40):], kept, d.Notes)
		}
		if !tt.keep && (len(d.Notes) == 0 || d.Notes[0] != "left out by -match") {
			t.Errorf("-match %s: notes %q", tt.terms, d.Notes)
		}
	}
	// MayMatch, the test on raw bytes: any case, the longest word of a phrase
	m, _ := corpus.ParseMatch("Republic of Korea,ROK")
	for raw, want := range map[string]bool{"the REPUBLIC OF<br>KOREA": true, "brokers": true, "Korea": false, "": false} {
		if got := m.MayMatch([]byte(raw)); got != want {
			t.Errorf("MayMatch(%q) = %v", raw, got)
		}
	}
}

// TestLoadFilters loads a folder with -match and -lang: the documents left
// out are not listed but counted, in a note; a text's language is its script's,
// a record's comes from its lang field, a page's from the page; an EUC-KR
// page is matched on its decoded text.
func TestLoadFilters(t *testing.T) {
	dir := t.TempDir()
	const en = "China and South Korea agreed on Tuesday to expand trade and people-to-people exchanges, the foreign ministry said after the talks in Seoul."
	const enOther = "The city council approved a new budget for parks and libraries on Tuesday after a long debate that lasted well into the night."
	const ko = "한국과 중국 외교장관은 금요일 부산에서 회담을 열고 무역과 투자에 관한 새로운 협의를 연내에 개최하기로 합의했다. 양측은 전략적 협력 동반자 관계가 어려운 시기를 견뎌냈다고 말했다."
	euckr, _ := korean.EUCKR.NewEncoder().String(`<html><head><meta charset="euc-kr"></head><body><article><h1>한중 외교장관 회담</h1><p>` + ko + `</p><p>` + ko + `</p></article></body></html>`)
	files := map[string]string{
		"en.txt":      en,
		"other.txt":   enOther,
		"ko.txt":      ko,
		"ko.html":     euckr,
		"recs.jsonl":  `{"text":"` + en + `","lang":"en-GB"}` + "\n" + `{"text":"` + en + ` Again.","lang":"fr"}` + "\n",
		"broken.html": "no tags at all, Korea",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		match, lang string
		listed      []string // entries: base name of the file or id, lang, status
		note        string
	}{
		{"Korea,한국", "", []string{"broken.html||skipped: not HTML: no tags found", "en.txt|en|undated", "ko.html|ko|undated", "ko.txt|ko|undated", "recs.jsonl|en|undated", "recs.jsonl|fr|undated"},
			"left out 1 document that mentions none of -match korea,한국"},
		{"", "en", []string{"broken.html||skipped: not HTML: no tags found", "en.txt|en|undated", "other.txt|en|undated", "recs.jsonl|en|undated"},
			"left out 3 documents not in -lang en"},
		{"korea", "en,ko", []string{"broken.html||skipped: not HTML: no tags found", "en.txt|en|undated", "recs.jsonl|en|undated"},
			"left out 3 documents that mention none of -match korea and 1 document not in -lang en,ko"},
	}
	for _, tt := range tests {
		opts := corpus.DefaultOptions()
		opts.KeepDuplicates = true
		if tt.match != "" {
			opts.Match, _ = corpus.ParseMatch(tt.match)
		}
		if tt.lang != "" {
			opts.Lang, _ = corpus.ParseLangs(tt.lang)
		}
		c, err := corpus.Load(context.Background(), []string{dir}, opts)
		if err != nil {
			t.Fatal(err)
		}
		var listed []string
		for _, e := range c.Entries {
			listed = append(listed, filepath.Base(e.File)+"|"+e.Lang+"|"+e.StatusText())
		}
		if !slices.Equal(listed, tt.listed) {
			t.Errorf("-match %q -lang %q: listed\n%q\nwant\n%q", tt.match, tt.lang, listed, tt.listed)
		}
		last := c.Warnings[len(c.Warnings)-1]
		if last.Error() != tt.note {
			t.Errorf("-match %q -lang %q: last warning %q, want %q", tt.match, tt.lang, last.Error(), tt.note)
		}
		if strings.Contains(tt.note, "-match") && c.LeftOut.Match == 0 {
			t.Errorf("LeftOut %+v", c.LeftOut)
		}
	}
}
