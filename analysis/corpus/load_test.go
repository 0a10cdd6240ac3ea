package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const seedDir = "../../seeds"

func TestLoadSeeds(t *testing.T) {
	c, err := Load(context.Background(), []string{seedDir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Entries) != 5 || len(c.Docs) != 5 {
		t.Fatalf("got %d entries, %d docs; want 5 and 5", len(c.Entries), len(c.Docs))
	}
	dated := 0
	for _, e := range c.Entries {
		if e.Status == StatusOK {
			dated++
		}
		if strings.HasPrefix(e.ID, "002_") && e.Status != StatusUndated {
			t.Errorf("%s: status %v, want undated", e.ID, e.Status)
		}
	}
	if dated != 4 {
		t.Errorf("%d dated documents, want 4", dated)
	}
	all := map[string]bool{}
	for _, d := range c.Docs {
		for _, s := range d.Sentences {
			for _, tk := range s.Tokens {
				all[tk.Norm] = true
				if tk.Start < s.Start || tk.End > s.End || d.Raw[tk.Start:tk.End] == "" {
					t.Fatalf("%s: token %q outside its sentence", d.ID, tk.Norm)
				}
			}
		}
	}
	for _, debris := range []string{"px", "↺", "−", "16", "news.az", "disclaimer", "ties.after", "2025.hwang"} {
		if all[debris] {
			t.Errorf("token %q should have been cleaned away or split", debris)
		}
	}
	for _, w := range []string{"ties", "after", "neighbors", "win-win", "china-rok", "298.9", "people-to-people"} {
		if !all[w] {
			t.Errorf("token %q missing", w)
		}
	}
	if all["neighbours"] {
		t.Error("neighbours was not folded to neighbors")
	}
}

// writeFiles creates files under dir from a map of relative names to contents.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// statuses maps each listed document, as "file" or "file:line" for a
// record of a JSONL or CSV file, to its status.
func statuses(es []Entry) map[string]string {
	status := map[string]string{}
	for _, e := range es {
		key := filepath.Base(e.File)
		if e.Line > 0 {
			key += ":" + strconv.Itoa(e.Line)
		}
		status[key] = e.StatusText()
	}
	return status
}

// checkWarnings reports each of must that no warning contains, and returns
// the warnings as text, one a line.
func checkWarnings(t *testing.T, ws []Warning, must ...string) string {
	t.Helper()
	var lines []string
	for _, w := range ws {
		lines = append(lines, w.Error())
	}
	all := strings.Join(lines, "\n")
	for _, m := range must {
		if !strings.Contains(all, m) {
			t.Errorf("warnings lack %q:\n%s", m, all)
		}
	}
	return all
}

func gz(t *testing.T, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestLoadBadInputs(t *testing.T) {
	dir := t.TempDir()
	story := " date 2025-03-04 China and South Korea agreed to expand trade and people-to-people exchanges. Both sides praised the strategic cooperative partnership. The ministers will meet again next year in Seoul."
	writeFiles(t, dir, map[string][]byte{
		"good1.txt":        []byte(story),
		"good2.md":         []byte("# A title\n\nJapan and Korea held talks on supply chains today. They agreed on a plan."),
		"good3.txt.gz":     gz(t, " date 2024-01-02 Leaders discussed the Korean Peninsula and regional peace at length."),
		"junk.txt.gz":      append(gz(t, " date 2024-01-03 Ministers met in Tokyo to talk about supply chains and tariffs."), "8 bytes!"...),
		"reprint.txt":      []byte(strings.Replace(story, "2025-03-04", "2025-03-05", 1) + "\n\nNews.Az"),
		"binary.txt":       {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3},
		"badutf8.txt":      []byte(" date 2025-02-01 Caf\xe9 diplomacy between Seoul and Beijing continued."),
		"empty.txt":        {},
		"big.txt":          []byte(" date 2025-01-01 " + strings.Repeat("word ", 400)),
		"baddate.txt":      []byte(" date 2025-13-45 A text with a broken date header about trade."),
		"articles.jsonl":   []byte(`{"text":"Xi and Lee met in Gyeongju to discuss trade.","date":"2025-11-01","title":"Summit"}` + "\n" + `{"text": broken` + "\n" + `{"title":"no text"}` + "\n"),
		"articles.csv":     []byte("id,date,text\nc1,2025-05-05,\"Seoul and Beijing signed 15 cooperation documents.\"\nc2,notadate,\"A row with a bad date about the economy.\"\nc3,2025-02-29,Ports and shipping routes were discussed.\n"),
		"front.md":         []byte("---\ndate: 2025-03-05\ntitle: Talks in Seoul\n---\n\nJapan's minister visited Seoul for talks on chips."),
		"caps.txt":         []byte(" DATE\u00a02025-03-03 The two navies held a joint search and rescue drill."),
		"notes.doc":        []byte("PK\x03\x04"),
		".hidden/skip.txt": []byte("never read"),
		"sub/nested.txt":   []byte(" date 2023-01-10 Qin Gang spoke with Park Jin by phone about the relationship."),
	})
	opts := DefaultOptions()
	opts.MaxSize = 1000
	c, err := Load(context.Background(), []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	status := statuses(c.Entries)
	want := map[string]string{
		"good1.txt":        "ok",
		"good2.md":         "undated",
		"good3.txt.gz":     "ok",
		"junk.txt.gz":      "ok",
		"reprint.txt":      "duplicate-of good1",
		"binary.txt":       "skipped: binary data, not text",
		"badutf8.txt":      "ok",
		"empty.txt":        "skipped: empty",
		"big.txt":          "skipped: unreadable: too large: 2017 bytes, over the limit of 1000 (see -max-size)",
		"baddate.txt":      "undated",
		"articles.jsonl:1": "ok",
		"articles.jsonl:2": "skipped: malformed JSON: invalid character 'b' looking for beginning of value (at byte 10)",
		"articles.jsonl:3": "skipped: no \"text\" field",
		"articles.csv:2":   "ok",
		"articles.csv:3":   "undated",
		"articles.csv:4":   "undated",
		"front.md":         "ok",
		"caps.txt":         "ok",
		"nested.txt":       "ok",
	}
	for k, v := range want {
		if status[k] != v {
			t.Errorf("%s: status %q, want %q", k, status[k], v)
		}
	}
	if len(status) != len(want) {
		t.Errorf("listing has %d entries, want %d: %v", len(status), len(want), status)
	}
	if len(c.Docs) != 13 {
		t.Errorf("%d documents counted, want 13", len(c.Docs))
	}
	all := checkWarnings(t, c.Warnings,
		"notes.doc: skipped: unknown file type",
		"badutf8.txt: invalid UTF-8 repaired (1 bad bytes",
		"baddate.txt: malformed date header \"2025-13-45\"",
		"articles.jsonl:2: skipped: malformed JSON",
		"articles.jsonl:3: skipped: no \"text\" field",
		"articles.csv:3: malformed date \"notadate\" (want YYYY-MM-DD)",
		"articles.csv:4: malformed date \"2025-02-29\": not a calendar date (February 2025 has 28 days)",
		"empty.txt: skipped: empty",
		"binary.txt: skipped: binary data",
		"big.txt: skipped: unreadable: too large",
		"junk.txt.gz: trailing garbage after the gzip data ignored (8 bytes)",
	)
	if strings.Contains(all, "skip.txt") {
		t.Error("hidden folder was read")
	}
	for _, d := range c.Docs {
		if d.ID == "front" && (d.Title != "Talks in Seoul" || d.DateString() != "2025-03-05" || strings.Contains(d.Raw[d.Sentences[0].Start:], "title:")) {
			t.Errorf("front matter not read: title %q, date %q, first sentence at %d", d.Title, d.DateString(), d.Sentences[0].Start)
		}
		if d.ID == "caps" && d.DateString() != "2025-03-03" {
			t.Errorf("caps.txt: date %q", d.DateString())
		}
		if d.ID == "good2" && d.Title != "A title" {
			t.Errorf("good2 title %q", d.Title)
		}
		if d.ID == "articles:1" && d.Title != "Summit" {
			t.Errorf("jsonl title %q, want Summit", d.Title)
		}
		if d.ID == "c1" && d.DateString() != "2025-05-05" {
			t.Errorf("csv date %q", d.DateString())
		}
	}
}

func TestKeepDuplicates(t *testing.T) {
	dir := t.TempDir()
	s := "China and South Korea agreed to expand trade and people-to-people exchanges this year."
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte(s), "b.txt": []byte(s)})
	opts := DefaultOptions()
	c, _ := Load(context.Background(), []string{dir}, opts)
	if len(c.Docs) != 1 {
		t.Errorf("default: %d docs, want 1", len(c.Docs))
	}
	opts.KeepDuplicates = true
	c, _ = Load(context.Background(), []string{dir}, opts)
	if len(c.Docs) != 2 {
		t.Errorf("-keep-duplicates: %d docs, want 2", len(c.Docs))
	}
}

func TestNoArticles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"x.bin": {1, 2}})
	_, err := Load(context.Background(), []string{dir}, DefaultOptions())
	if err != ErrNoArticles {
		t.Errorf("err = %v, want ErrNoArticles", err)
	}
	if _, err := Load(context.Background(), []string{filepath.Join(dir, "missing")}, DefaultOptions()); err == nil {
		t.Error("missing path: no error")
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Load(ctx, []string{seedDir}, DefaultOptions()); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestMeta(t *testing.T) {
	m, err := ReadMeta(strings.NewReader("file,date,source,title\n002_f08e36e78d85de3c.txt,2025-11-03,Xinhua,Xi meets Lee\n"))
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions()
	opts.Meta = m
	c, err := Load(context.Background(), []string{seedDir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range c.Docs {
		if strings.HasPrefix(d.ID, "002_") {
			if d.DateString() != "2025-11-03" || d.Source != "Xinhua" || d.Title != "Xi meets Lee" || d.Status != StatusOK {
				t.Errorf("meta not applied: %s %q %q %v", d.DateString(), d.Source, d.Title, d.Status)
			}
		}
	}
	if _, err := ReadMeta(strings.NewReader("name,date\nx,2025-01-01\n")); err == nil {
		t.Error("meta without file column: no error")
	}
	if _, err := ReadMeta(strings.NewReader("file,date\nx,01/02/2025\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad meta date: %v", err)
	}
}

// TestInputsHashed checks Listing.Inputs: one entry per input file in input
// order, with the SHA-256 of the bytes on disk (the compressed bytes of a
// .gz) when HashInputs is set, and the reason for a file that was not read.
func TestInputsHashed(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"a.txt":    []byte(" date 2025-03-04 China and South Korea agreed to expand trade."),
		"b.txt.gz": gz(t, " date 2024-01-02 Leaders discussed regional peace at length."),
		"big.txt":  []byte(" date 2025-01-01 " + strings.Repeat("word ", 400)),
		"c.jsonl":  []byte(`{"text":"Xi and Lee met in Gyeongju.","date":"2025-11-01"}` + "\n" + `{"text":"They discussed trade.","date":"2025-11-02"}` + "\n"),
	}
	writeFiles(t, dir, files)
	for _, hash := range []bool{true, false} {
		t.Run(fmt.Sprintf("hash=%v", hash), func(t *testing.T) {
			opts := DefaultOptions()
			opts.MaxSize = 1000
			opts.HashInputs = hash
			l, err := Stream(context.Background(), []string{dir}, opts, func(*Document) error { return nil })
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, in := range l.Inputs {
				name := filepath.Base(in.Path)
				names = append(names, name)
				data := files[name]
				if in.Size != int64(len(data)) {
					t.Errorf("%s: size %d, want %d", name, in.Size, len(data))
				}
				switch {
				case name == "big.txt":
					if in.Hashed || !strings.Contains(in.Err, "too large") {
						t.Errorf("big.txt: hashed %v, err %q; want no hash and a too-large reason", in.Hashed, in.Err)
					}
				case in.Err != "":
					t.Errorf("%s: not read: %s", name, in.Err)
				case in.Hashed != hash:
					t.Errorf("%s: hashed %v, want %v", name, in.Hashed, hash)
				case hash && in.SHA256 != sha256.Sum256(data):
					t.Errorf("%s: SHA-256 %x, want %x", name, in.SHA256, sha256.Sum256(data))
				}
			}
			if got := strings.Join(names, " "); got != "a.txt b.txt.gz big.txt c.jsonl" {
				t.Errorf("inputs %q, want one per file in input order", got)
			}
		})
	}
}
