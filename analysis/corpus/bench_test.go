package corpus_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

var (
	synthOnce  sync.Once
	synthDir   string
	synthBytes int64
	synthErr   error
)

// synthCorpus writes the 20,000-article benchmark corpus (~60 MB) once per
// test binary, into a temporary folder removed by TestMain.
func synthCorpus(b *testing.B) (string, int64) {
	synthOnce.Do(func() {
		sents, err := corpustest.Sentences("../../seeds")
		if err != nil {
			synthErr = err
			return
		}
		synthDir, synthErr = os.MkdirTemp("", "dipstat-bench-")
		if synthErr != nil {
			return
		}
		synthBytes, synthErr = corpustest.Generate(filepath.Join(synthDir, "c"), sents, corpustest.Spec{Articles: 20000, Seed: 1})
	})
	if synthErr != nil {
		b.Fatal(synthErr)
	}
	return filepath.Join(synthDir, "c"), synthBytes
}

func TestMain(m *testing.M) {
	code := m.Run()
	if synthDir != "" {
		os.RemoveAll(synthDir)
	}
	if warcDir != "" {
		os.RemoveAll(warcDir)
	}
	os.Exit(code)
}

// BenchmarkLoad measures load + clean + dedupe + sentence split + tokenize in
// MB/s over 20,000 synthetic articles, streaming (documents are dropped).
// cores=1 runs with GOMAXPROCS=1, so reading, the garbage collector and
// everything else share one core: the figure the one-core target is about.
func BenchmarkLoad(b *testing.B) {
	for _, cores := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("cores=%d", cores), func(b *testing.B) {
			dir, size := synthCorpus(b)
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cores))
			b.SetBytes(size)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				n := 0
				_, err := corpus.Stream(context.Background(), []string{dir}, corpus.DefaultOptions(), func(d *corpus.Document) error {
					n += d.NumTokens()
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDocument measures clean + sentence split + tokenize + fingerprint
// on one core with the texts already in memory: the CPU cost of loading
// without the file system.
func BenchmarkDocument(b *testing.B) {
	sents, err := corpustest.Sentences("../../seeds")
	if err != nil {
		b.Fatal(err)
	}
	texts := corpustest.Articles(sents, corpustest.Spec{Articles: 2000, Seed: 1})
	var size int64
	data := make([][]byte, len(texts))
	for i, t := range texts {
		data[i] = []byte(t)
		size += int64(len(t))
	}
	ps := corpus.NewParser(corpus.DefaultOptions())
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range data {
			if d := ps.Parse("x.txt", t); d.Status == corpus.StatusSkipped {
				b.Fatal(d.Notes)
			}
		}
	}
}

// TestStreamDoesNotRetainText checks that after a streaming load, with every
// document dropped by the callback, the memory still in use (the listing and
// the duplicate detector) is a small fraction of the corpus text.
func TestStreamDoesNotRetainText(t *testing.T) {
	sents, err := corpustest.Sentences("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	size, err := corpustest.Generate(dir, sents, corpustest.Spec{Articles: 3000, Seed: 7, ZipfWords: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	// a CSV file too: its fields share memory with the record's text
	csv := "id,title,source,text\n"
	for i := 0; i < 500; i++ {
		csv += fmt.Sprintf("r%d,Title %d,Agency,\"%s\"\n", i, i, strings.Repeat(sents[i%len(sents)]+" ", 8))
	}
	if err := os.WriteFile(filepath.Join(dir, "records.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	size += int64(len(csv))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	l, err := corpus.Stream(context.Background(), []string{dir}, corpus.DefaultOptions(), func(*corpus.Document) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	kept := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("corpus %d bytes, %d entries; heap kept after streaming: %d bytes", size, len(l.Entries), kept)
	if kept > size/4 {
		t.Errorf("streaming kept %d bytes of heap for a %d-byte corpus: documents are retained", kept, size)
	}
	runtime.KeepAlive(l)
}

// htmlBenchPages are 200 pages of about 50 KB, as saved news pages run
// (corpustest.BenchPages): synthetic articles in the test layouts, with an
// inline script in the head and a long list of links to other stories
// after the article.
func htmlBenchPages(b *testing.B) ([][]byte, int64) {
	return benchPages(b, 200, 3)
}

func benchPages(b *testing.B, n int, seed uint64) ([][]byte, int64) {
	sents, err := corpustest.Sentences("../../seeds")
	if err != nil {
		b.Fatal(err)
	}
	layouts, err := corpustest.Layouts(pagesDir)
	if err != nil {
		b.Fatal(err)
	}
	pages, err := corpustest.BenchPages(sents, layouts, n, seed)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	return pages, size
}

// BenchmarkHTML measures reading web pages of about 50 KB in pages/s: text
// and metadata extraction, then the cleaning and tokenizing every document
// gets. parse runs on one core with the pages in memory; load reads them
// from files on all cores, as dipstat does.
func BenchmarkHTML(b *testing.B) {
	b.Run("parse", func(b *testing.B) {
		pages, size := htmlBenchPages(b)
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
		ps := corpus.NewParser(corpus.DefaultOptions())
		b.SetBytes(size)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, p := range pages {
				if d := ps.Parse("page.html", p); d.Status == corpus.StatusSkipped {
					b.Fatal(d.Notes)
				}
			}
		}
		b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run(fmt.Sprintf("load-cores=%d", runtime.NumCPU()), func(b *testing.B) {
		pages, size := htmlBenchPages(b)
		dir := b.TempDir()
		for i, p := range pages {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%03d.html", i)), p, 0o644); err != nil {
				b.Fatal(err)
			}
		}
		opts := corpus.DefaultOptions()
		opts.KeepDuplicates = true
		b.SetBytes(size)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := corpus.Stream(context.Background(), []string{dir}, opts, func(*corpus.Document) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
}

// BenchmarkWARC measures reading a gzipped archive of 2,000 pages of about
// 50 KB (with a request and a metadata record for each, as crawlers write
// them) on all cores, in pages/s: one stream reads the archive and the
// workers extract the pages. match keeps the pages that name the word one
// page in twenty names (corpustest.MatchWord): the others are left out on
// their raw bytes, before extraction.
func BenchmarkWARC(b *testing.B) {
	dir, n, size := warcBenchArchive(b)
	m, err := corpus.ParseMatch(corpustest.MatchWord)
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name  string
		match *corpus.Matcher
	}{{"all", nil}, {"match", m}} {
		opts := corpus.DefaultOptions()
		opts.KeepDuplicates = true
		opts.Match = bc.match
		b.Run(fmt.Sprintf("%s/cores=%d", bc.name, runtime.NumCPU()), func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				docs := 0
				if _, err := corpus.Stream(context.Background(), []string{dir}, opts, func(*corpus.Document) error { docs++; return nil }); err != nil {
					b.Fatal(err)
				}
				if want := n; bc.match != nil && docs != (n+corpustest.MatchEvery-1)/corpustest.MatchEvery || bc.match == nil && docs != want {
					b.Fatalf("%d documents", docs)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

var (
	warcOnce  sync.Once
	warcDir   string
	warcPages int
	warcSize  int64
	warcErr   error
)

// warcBenchArchive writes the 2,000-page archive once per test binary.
func warcBenchArchive(b *testing.B) (string, int, int64) {
	warcOnce.Do(func() {
		sents, err := corpustest.Sentences("../../seeds")
		if err != nil {
			warcErr = err
			return
		}
		layouts, err := corpustest.Layouts(pagesDir)
		if err != nil {
			warcErr = err
			return
		}
		recs, err := corpustest.BenchArchive(sents, layouts, 2000, 5)
		if err != nil {
			warcErr = err
			return
		}
		warcDir, warcErr = os.MkdirTemp("", "dipstat-bench-warc-")
		if warcErr != nil {
			return
		}
		var buf bytes.Buffer
		if warcErr = corpustest.WriteWARC(&buf, recs, true); warcErr != nil {
			return
		}
		warcPages, warcSize = 2000, int64(buf.Len())
		warcErr = os.WriteFile(filepath.Join(warcDir, "crawl.warc.gz"), buf.Bytes(), 0o644)
	})
	if warcErr != nil {
		b.Fatal(warcErr)
	}
	return warcDir, warcPages, warcSize
}
