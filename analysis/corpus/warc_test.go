package corpus_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"golang.org/x/text/encoding/korean"
)

// crawl is a test archive: a warcinfo record, then the three test layouts
// crawled (request, response, metadata each), then records that are not
// pages: a redirect, a 404, a revisit, an image, JSON and a resource.
func crawl(t testing.TB) (recs []corpustest.WARCRecord, uris []string) {
	t.Helper()
	_, pages := pages(t)
	names := slices.Sorted(maps.Keys(pages))
	var bodies [][]byte
	for _, n := range names {
		uris = append(uris, "https://news.example/"+n)
		bodies = append(bodies, pages[n])
	}
	recs = corpustest.Crawl(uris, bodies)
	recs = append(recs,
		corpustest.WARCRecord{Type: "response", URI: "https://news.example/old", Block: corpustest.HTTPResponse(301, "text/html", []byte("<p>moved</p>"))},
		corpustest.WARCRecord{Type: "response", URI: "https://news.example/gone", Block: corpustest.HTTPResponse(404, "text/html", []byte("<html><body><p>Not found. The page you were looking for is not here any more.</p></body></html>"))},
		corpustest.WARCRecord{Type: "revisit", URI: uris[0], Block: []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")},
		corpustest.WARCRecord{Type: "response", URI: "https://news.example/logo.png", Block: corpustest.HTTPResponse(200, "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00"))},
		corpustest.WARCRecord{Type: "response", URI: "https://news.example/api", Block: corpustest.HTTPResponse(200, "application/json", []byte(`{"most_read":["Korea wins"]}`))},
		corpustest.WARCRecord{Type: "resource", URI: "file:///notes.txt", ContentType: "text/plain", Block: []byte("notes")},
	)
	return recs, uris
}

const crawlSummary = "WARC archive: 16 records, 3 HTML pages read; not pages: 1 warcinfo, 3 request, 3 metadata, " +
	"1 revisit, 1 resource, 1 redirect (3xx), 1 with status 404, 2 not HTML"

func writeWARC(t testing.TB, path string, recs []corpustest.WARCRecord, gz bool) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := corpustest.WriteWARC(&b, recs, gz); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestWARC reads the test archive, plain and gzipped: one document per
// page, named after the archive and the record, with the record's target
// URI as its url and exactly the text the page gives as a file; the other
// records counted in a note.
func TestWARC(t *testing.T) {
	article, _ := pages(t)
	p := corpustest.PageOf(article)
	text := strings.Join(append([]string{p.Title}, p.Paras...), "\n\n")
	recs, uris := crawl(t)
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			data := writeWARC(t, path, recs, strings.HasSuffix(name, ".gz"))
			opts := corpus.DefaultOptions()
			opts.KeepDuplicates = true // the three pages hold one article
			opts.HashInputs = true
			c, err := corpus.Load(context.Background(), []string{dir}, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := warningLines(c.Warnings), []string{path + ": " + crawlSummary}; !slices.Equal(got, want) {
				t.Errorf("warnings %q\nwant %q", got, want)
			}
			if len(c.Docs) != 3 || len(c.Entries) != 3 {
				t.Fatalf("%d documents, %d entries, want 3", len(c.Docs), len(c.Entries))
			}
			for i, d := range c.Docs {
				if wantID := fmt.Sprintf("crawl#%d", 3+3*i); d.ID != wantID {
					t.Errorf("id %q, want %q", d.ID, wantID)
				}
				if d.File != path || d.URL != uris[i] || d.Lang != "en" || d.DateString() != "2024-05-14" || d.Title != p.Title {
					t.Errorf("%s: file %q url %q lang %q date %q title %q", d.ID, d.File, d.URL, d.Lang, d.DateString(), d.Title)
				}
				if d.Raw != text {
					t.Errorf("%s: text\n%s\nwant\n%s", d.ID, d.Raw, text)
				}
			}
			if len(c.Inputs) != 1 || c.Inputs[0].Size != int64(len(data)) || c.Inputs[0].SHA256 != sha256.Sum256(data) {
				t.Errorf("inputs %+v", c.Inputs)
			}
			span, err := corpus.ScanDates(context.Background(), []string{dir}, opts)
			if err != nil || span.Dated != 3 || span.First.Format("2006-01-02") != "2024-05-14" {
				t.Errorf("ScanDates: %+v, %v", span, err)
			}
		})
	}
}

// TestWARCDamaged cuts and corrupts archives: each damaged record is a
// warning naming the archive and the record's byte offset, the pages
// before it are kept, and in a gzipped archive the pages after a damaged
// member too.
func TestWARCDamaged(t *testing.T) {
	recs, _ := crawl(t)
	recs = recs[:10] // warcinfo and the three pages
	var members [][]byte
	var offsets []int
	var whole bytes.Buffer
	for i, r := range recs {
		offsets = append(offsets, whole.Len())
		var m bytes.Buffer
		zw := gzip.NewWriter(&m)
		zw.Write(corpustest.Marshal(i, r))
		zw.Close()
		members = append(members, m.Bytes())
		whole.Write(m.Bytes())
	}
	plain := bytes.Join(func() [][]byte {
		var out [][]byte
		for i, r := range recs {
			out = append(out, corpustest.Marshal(i, r))
		}
		return out
	}(), nil)
	lastPlain := len(plain) - len(corpustest.Marshal(8, recs[8])) - len(corpustest.Marshal(9, recs[9]))
	// the second page's response (record 6) with its deflate data flipped
	corrupt := bytes.Clone(whole.Bytes())
	mid := offsets[5] + len(members[5])/2
	for i := mid; i < mid+64; i++ {
		corrupt[i] ^= 0x5a
	}
	tests := []struct {
		name  string
		data  []byte
		pages []string // ids kept
		warn  string
	}{
		{"cut.warc.gz", whole.Bytes()[:offsets[8]+len(members[8])/2], []string{"cut#3", "cut#6"},
			fmt.Sprintf("cut.warc.gz: skipped: damaged record at byte %d: truncated: the archive ends inside the record", offsets[8])},
		{"cut.warc", plain[:lastPlain+600], []string{"cut#3", "cut#6"},
			fmt.Sprintf("cut.warc: skipped: damaged record at byte %d: truncated record: ", lastPlain)},
		{"corrupt.warc.gz", corrupt, []string{"corrupt#3", "corrupt#9"},
			fmt.Sprintf("corrupt.warc.gz: skipped: damaged record at byte %d: damaged gzip data", offsets[5])},
		{"junk.warc.gz", append(bytes.Clone(whole.Bytes()), "not gzip at all"...), []string{"junk#3", "junk#6", "junk#9"},
			fmt.Sprintf("junk.warc.gz: skipped: damaged record at byte %d: not a gzip member", whole.Len())},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tt.name), tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			opts := corpus.DefaultOptions()
			opts.KeepDuplicates = true
			c, err := corpus.Load(context.Background(), []string{dir}, opts)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range c.Docs {
				ids = append(ids, d.ID)
			}
			if !slices.Equal(ids, tt.pages) {
				t.Errorf("pages %q, want %q (warnings %q)", ids, tt.pages, c.Warnings)
			}
			found := false
			for _, w := range c.Warnings {
				found = found || strings.HasPrefix(w.Error(), filepath.Join(dir, tt.warn))
			}
			if !found {
				t.Errorf("no warning %q in %q", tt.warn, c.Warnings)
			}
		})
	}
}

// TestWARCBadArchives: files that are not archives are skipped documents
// with the reason; the run goes on.
func TestWARCBadArchives(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.warc":    nil,
		"text.warc":     []byte("this is not an archive\n"),
		"notgz.warc.gz": append([]byte{0x1f, 0x8b}, "garbage"...),
		"ok.txt":        []byte("China and South Korea agreed to expand trade and people-to-people exchanges this year."),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := corpus.Load(context.Background(), []string{dir}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range c.Entries {
		got[filepath.Base(e.File)] = e.StatusText()
	}
	want := map[string]string{
		"empty.warc":    "skipped: empty",
		"text.warc":     "skipped: not a WARC archive: damaged record at byte 0: 19 bytes that are not a WARC record",
		"notgz.warc.gz": "skipped: not valid gzip: unexpected EOF",
		"ok.txt":        "undated",
	}
	if !maps.Equal(got, want) {
		t.Errorf("entries %q\nwant %q", got, want)
	}
}

// TestWARCPayloads: a page's charset comes from its HTTP header, and the
// chunked transfer and gzip content encodings some crawlers keep are undone.
func TestWARCPayloads(t *testing.T) {
	ko := `<html><head><title>한중 외교장관 회담</title></head><body><article><h1>한중 외교장관 회담</h1>` +
		`<p>한국과 중국 외교장관은 금요일 부산에서 회담을 열고 무역과 투자에 관한 새로운 협의를 연내에 개최하기로 합의했다.</p>` +
		`<p>양측은 전략적 협력 동반자 관계가 어려운 시기를 견뎌냈으며 학생과 관광객의 왕래가 더 쉬워질 것이라고 말했다.</p></article></body></html>`
	euckr, err := korean.EUCKR.NewEncoder().String(ko)
	if err != nil {
		t.Fatal(err)
	}
	en := `<html lang="en"><body><article><h1>Ministers meet in Busan</h1><p>The two foreign ministers met in the port city on Friday and agreed to hold a new round of consultations on trade.</p>` +
		`<p>Officials from both sides will prepare a joint statement for the leaders to adopt at their next meeting, the ministry said.</p></article></body></html>`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(en))
	zw.Close()
	chunked := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n%x\r\n%s\r\n0\r\n\r\n", gz.Len(), gz.Bytes())
	recs := []corpustest.WARCRecord{
		{Type: "response", URI: "https://ko.example/1", Block: corpustest.HTTPResponse(200, "text/html; charset=EUC-KR", []byte(euckr))},
		{Type: "response", URI: "https://en.example/2", Block: []byte(chunked)},
		{Type: "response", URI: "https://en.example/3", Block: corpustest.HTTPResponse(200, "", []byte(en))},
	}
	dir := t.TempDir()
	writeWARC(t, filepath.Join(dir, "p.warc.gz"), recs, true)
	c, err := corpus.Load(context.Background(), []string{dir}, corpus.Options{MaxSize: 1 << 20, NearDuplicate: 1, KeepDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 3 {
		t.Fatalf("%d documents (%q), want 3", len(c.Docs), c.Warnings)
	}
	if !strings.Contains(c.Docs[0].Raw, "부산에서 회담을") || c.Docs[0].Lang != "ko" {
		t.Errorf("EUC-KR page: %q (%s)", c.Docs[0].Raw, c.Docs[0].Lang)
	}
	for _, d := range c.Docs[1:] {
		if !strings.HasPrefix(d.Raw, "Ministers meet in Busan\n\nThe two foreign ministers") {
			t.Errorf("%s: %q", d.ID, d.Raw)
		}
	}
}

func warningLines(ws []corpus.Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Error())
	}
	return out
}
