package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/report/table"
)

// streamCorpus writes a small corpus with ok, undated, duplicate and
// skipped documents.
func streamCorpus(t *testing.T) string {
	dir := t.TempDir()
	story := " date 2025-01-02 China and South Korea agreed to expand trade and exchanges this year."
	for name, data := range map[string]string{
		"a.txt":     story,
		"dup.txt":   story + "\n\nNews.Az",
		"b.md":      "# Talks in Seoul\n\nJapan and Korea discussed supply chains and regional peace at length.",
		"empty.txt": "",
		"x.jsonl":   `{"text":"Leaders met in Beijing to talk about trade.","date":"2025-04-05","url":"https://example.org/a"}` + "\n{bad json\n",
		"중국 기사.txt": " date 2025-03-01 한중 외교장관이 서울에서 회담을 가졌다. 양측은 협력을 확대하기로 했다.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestCorpusStreamedEqualsBuffered: dipstat corpus, which writes its
// listing as it comes, writes what the listing loaded whole and written by
// the format's table writer gives, in every format; -strict still sees
// the skipped documents.
func TestCorpusStreamedEqualsBuffered(t *testing.T) {
	dir := streamCorpus(t)
	c, err := corpus.Load(context.Background(), []string{dir}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range table.FormatNames() {
		t.Run(format, func(t *testing.T) {
			var want strings.Builder
			if err := table.Writers[format](&want, table.Corpus(&c.Listing)); err != nil {
				t.Fatal(err)
			}
			out, errOut, err := runCLI(t, "corpus", "-format", format, dir)
			if err != nil {
				t.Fatalf("err %v\n%s", err, errOut)
			}
			if out != want.String() {
				t.Errorf("streamed:\n%s\nbuffered:\n%s", out, want.String())
			}
			_, _, err = runCLI(t, "corpus", "-format", format, "-strict", dir)
			if code := exitCode(err, &strings.Builder{}); code != exitStrict {
				t.Errorf("-strict: exit %d, want %d (err %v)", code, exitStrict, err)
			}
		})
	}
}

// TestCorpusTextBlocks: a text listing longer than table.TextBlock rows is
// written a block at a time: its first block is the buffered listing's,
// the header is written once and every entry is listed.
func TestCorpusTextBlocks(t *testing.T) {
	dir := t.TempDir()
	n := table.TextBlock + 150
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id":"doc-%d","date":"2025-01-02","text":"Article number %d: the ministers of %d countries met in Seoul to discuss trade and tourism."}`+"\n", i*i, i, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "many.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCLI(t, "corpus", "-keep-duplicates", dir)
	if err != nil {
		t.Fatalf("err %v\n%s", err, errOut)
	}
	c, err := corpus.Load(context.Background(), []string{dir}, corpus.Options{MaxSize: corpus.DefaultMaxSize, NearDuplicate: 0.9, KeepDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Entries) != n {
		t.Fatalf("%d entries, want %d", len(c.Entries), n)
	}
	c.Entries = c.Entries[:table.TextBlock]
	var first strings.Builder
	if err := table.WriteText(&first, table.Corpus(&c.Listing)); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, first.String()) {
		t.Errorf("first block differs from the buffered listing of its rows:\n%.2000s", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != n+2 || strings.Count(out, "ID ") != 1 {
		t.Errorf("%d lines, %d headers; want %d and 1", len(lines), strings.Count(out, "ID "), n+2)
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, fmt.Sprintf("doc-%d ", (n-1)*(n-1))) {
		t.Errorf("last line %q", last)
	}
}
