package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
)

// storyPage is a small page of our own writing around paragraphs, with
// head holding whatever the case needs (a charset, a date).
func storyPage(head string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head>" + head + "</head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article><footer>Copyright 2020 Example News</footer></body></html>")
	return b.String()
}

var (
	storyEN = []string{
		"The two foreign ministers met in the port city on Friday and agreed to hold a new round of consultations on trade and investment before the end of the year.",
		"They said the “strategic cooperative partnership” had weathered a difficult period and that café owners, students and tourists would feel the benefits of easier travel.",
		"Officials from both sides will prepare a joint statement for the leaders to adopt at their next meeting, the ministry said in a brief note to reporters.",
	}
	storyKO = []string{
		"한국과 중국 외교장관은 금요일 부산에서 회담을 열고 무역과 투자에 관한 새로운 협의를 연내에 개최하기로 합의했다.",
		"양측은 전략적 협력 동반자 관계가 어려운 시기를 견뎌냈으며 학생과 관광객의 왕래가 더 쉬워질 것이라고 말했다.",
		"양국 관계자들은 다음 정상회담에서 채택할 공동성명을 준비할 예정이라고 외교부가 밝혔다.",
	}
)

func TestHTMLCharsets(t *testing.T) {
	cp1252, err := charmap.Windows1252.NewEncoder().String(storyPage(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, storyEN...))
	if err != nil {
		t.Fatal(err)
	}
	latin1, _ := charmap.Windows1252.NewEncoder().String(storyPage(`<meta charset="iso-8859-1">`, storyEN...))
	euckr, err := korean.EUCKR.NewEncoder().String(storyPage(`<meta charset="euc-kr">`, storyKO...))
	if err != nil {
		t.Fatal(err)
	}
	undeclaredKR, _ := korean.EUCKR.NewEncoder().String(storyPage("", storyKO...))
	late := storyPage(`<script>`+strings.Repeat("var x = 1;\n", 300)+`</script><meta charset="windows-1252">`, storyEN...)
	late1252, _ := charmap.Windows1252.NewEncoder().String(late)
	tests := []struct {
		name, page, contentType string
		want                    []string // the first paragraph, as it should read
		note, why               string
	}{
		{"utf-8 declared", storyPage(`<meta charset="utf-8">`, storyEN...), "", storyEN[:2], "", ""},
		{"utf-8 undeclared", storyPage("", storyEN...), "", storyEN[:2], "", ""},
		{"windows-1252 http-equiv", cp1252, "", storyEN[:2], "", ""},
		{"iso-8859-1 is windows-1252", latin1, "", storyEN[:2], "", ""},
		{"euc-kr", euckr, "", storyKO[:2], "", ""},
		{"declared after 1024 bytes", late1252, "", storyEN[:2], "", ""},
		{"header wins", euckr, "text/html; charset=EUC-KR", storyKO[:2], "", ""},
		{"euc-kr undeclared is detected", undeclaredKR, "", storyKO[:2], "no charset declared and not valid UTF-8: read as euc-kr", ""},
		{"utf-8 with a stray byte", storyPage(`<meta charset="utf-8">`, storyEN[0]+" \xff", storyEN[1], storyEN[2]), "", storyEN[1:2], "1 byte not valid utf-8 replaced by U+FFFD", ""},
		{"utf-8 declared, windows-1252 bytes", storyPage(`<meta charset="utf-8">`, strings.Repeat("caf\xe9 ", 40)), "", nil, "", "broken encoding: 40 bytes are not valid utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := htmlRecord("page.html", []byte(tt.page), tt.contentType, nil)
			if rec.err != tt.why {
				t.Fatalf("err %q, want %q", rec.err, tt.why)
			}
			if strings.Join(rec.notes, "; ") != tt.note {
				t.Errorf("notes %q, want %q", rec.notes, tt.note)
			}
			for _, p := range tt.want {
				if !strings.Contains(string(rec.text), p) {
					t.Errorf("text lacks %q:\n%s", p, rec.text)
				}
			}
		})
	}
}

func TestHTMLBadPages(t *testing.T) {
	tests := []struct{ name, page, why string }{
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not HTML: binary data"},
		{"plain text", "China and South Korea agreed to expand trade.\n\nThe ministers met in Busan.", "not HTML: no tags found"},
		{"no main text", "<html><head><title>Home</title></head><body><nav><a href=/>Home</a></nav></body></html>", "no main text found"},
		{"only furniture", "<html><body><article><p>Advertisement</p><p>Share 4,321</p><p>Subscribe to our newsletter</p></article></body></html>", "no main text found"},
		{"empty", "", "not HTML: no tags found"},
	}
	for _, tt := range tests {
		if rec := htmlRecord("bad.html", []byte(tt.page), "", nil); rec.err != tt.why {
			t.Errorf("%s: err %q, want %q (text %q)", tt.name, rec.err, tt.why, rec.text)
		}
	}
}

// TestHTMLDates checks where a page's date comes from: its metadata, never a
// copyright line, a crawler's or browser's saved-on note, or the text.
func TestHTMLDates(t *testing.T) {
	tests := []struct{ name, head, before, want string }{
		{"open graph", `<meta property="article:published_time" content="2024-03-05T23:30:00+09:00">`, "", "2024-03-05"},
		{"published, not modified", `<meta property="article:modified_time" content="2024-04-01"><meta property="article:published_time" content="2024-03-05">`, "", "2024-03-05"},
		{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks","datePublished":"2023-11-20T08:00:00Z"}</script>`, "", "2023-11-20"},
		{"meta name=date", `<meta name="date" content="2022-07-01">`, "", "2022-07-01"},
		{"copyright only", ``, "", ""},
		{"saved-on comment", ``, "<!-- saved from url=(0030)https://news.example/story -->\n<!-- Page saved with SingleFile; saved date: Tue Mar 04 2025 10:11:12 GMT+0000 -->\n", ""},
		{"date in the text", ``, "", ""},
	}
	for _, tt := range tests {
		paras := storyEN
		if tt.name == "date in the text" {
			paras = append([]string{"On 2019-05-03 the first round of talks was held in Seoul, and the second followed on 12 June 2019 in Beijing."}, storyEN...)
		}
		rec := htmlRecord("d.html", []byte(tt.before+storyPage(tt.head, paras...)), "", nil)
		if rec.err != "" {
			t.Fatalf("%s: %s", tt.name, rec.err)
		}
		if rec.date != tt.want {
			t.Errorf("%s: date %q, want %q", tt.name, rec.date, tt.want)
		}
		if d := htmlDate([]byte(tt.before+storyPage(tt.head, paras...)), ""); d.Format("2006-01-02") != tt.want && !(tt.want == "" && d.IsZero()) {
			t.Errorf("%s: htmlDate %v, want %q", tt.name, d, tt.want)
		}
	}
}

// TestLoadHTML reads pages through Load: .html, .htm and gzipped, with -meta
// overriding the page's date and title, a bad page as a warning naming the
// file, and ScanDates finding the pages' dates.
func TestLoadHTML(t *testing.T) {
	dir := t.TempDir()
	page := func(date string, paras ...string) string {
		return storyPage(`<title>Example News - Talks</title><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="`+date+`"><link rel="canonical" href="https://news.example/`+date+`">`, paras...)
	}
	writeFiles(t, dir, map[string][]byte{
		"a.html":    []byte(page("2024-01-02", storyEN...)),
		"b.htm":     []byte(page("2024-02-03", storyEN[1], storyEN[0])),
		"c.html.gz": gz(t, page("2024-03-04", storyKO...)),
		"d.HTML":    []byte(page("2024-04-05", storyEN[2], storyEN[1])),
		"bad.html":  []byte("just some text, no tags at all"),
		"meta.csv":  []byte("file,date,title\nd.HTML,2020-10-10,From the meta file\n"),
	})
	m, err := os.Open(filepath.Join(dir, "meta.csv"))
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions()
	opts.Meta, err = ReadMeta(m)
	m.Close()
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "meta.csv"))
	c, err := Load(context.Background(), []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	checkWarnings(t, c.Warnings, "bad.html: skipped: not HTML: no tags found")
	got := map[string]string{}
	for _, e := range c.Entries {
		got[filepath.Base(e.File)] = strings.Join([]string{e.DateString(), e.Source, e.Title, e.URL, e.Lang, e.StatusText()}, "|")
	}
	want := map[string]string{
		"a.html":    "2024-01-02|Example News|Talks|https://news.example/2024-01-02|en|ok",
		"b.htm":     "2024-02-03|Example News|Talks|https://news.example/2024-02-03|en|ok",
		"c.html.gz": "2024-03-04|Example News|Talks|https://news.example/2024-03-04|ko|ok",
		"d.HTML":    "2020-10-10|Example News|From the meta file|https://news.example/2024-04-05|en|ok",
		"bad.html":  "||||" + "|skipped: not HTML: no tags found",
	}
	for f, w := range want {
		if got[f] != w {
			t.Errorf("%s: %s, want %s", f, got[f], w)
		}
	}
	span, err := ScanDates(context.Background(), []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if span.First.Format("2006-01-02") != "2020-10-10" || span.Last.Format("2006-01-02") != "2024-03-04" || span.Dated != 4 || span.Undated != 1 {
		t.Errorf("ScanDates: %+v", span)
	}
}

// TestHTMLShortArticle: a short article, which go-trafilatura flattens
// into one paragraph (its last resort under 250 characters), is read block
// by block all the same: the headline stays a sentence of its own.
func TestHTMLShortArticle(t *testing.T) {
	page := `<html lang="en"><body><nav><a href="/">Home</a></nav><article><h1>Ministers meet in Busan</h1>` +
		`<p>The two foreign ministers met in the port city on Friday and agreed to hold a new round of consultations on trade.</p></article></body></html>`
	rec := htmlRecord("short.html", []byte(page), "", nil)
	if want := "Ministers meet in Busan\n\nThe two foreign ministers met in the port city on Friday and agreed to hold a new round of consultations on trade."; string(rec.text) != want {
		t.Errorf("text %q, want %q", rec.text, want)
	}
}

// TestHTMLLongTitleNoSite: a long headline, split by the extractor at a
// separator of the old table layout's <title>, does not become the site's
// name.
func TestHTMLLongTitleNoSite(t *testing.T) {
	tmpl, err := template.ParseFiles("testdata/html/table.html.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	head := "China and South Korea are close neighbors that will always live next to each other, Qin said, and partners that cannot be separated."
	var b strings.Builder
	if err := tmpl.Execute(&b, struct {
		Title string
		Paras []string
	}{head, storyEN}); err != nil {
		t.Fatal(err)
	}
	rec := htmlRecord("long.html", []byte(b.String()), "", nil)
	if rec.err != "" || rec.source != "Peninsula Wire" {
		t.Errorf("err %q, source %q, want Peninsula Wire", rec.err, rec.source)
	}
}
