package terms

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/analysis/period"
)

// benchCorpus is the synthetic 20,000-article corpus (about 60 MB), loaded
// once: generated into a temporary folder and read with corpus.Load, so the
// benchmarks time counting only.
var benchCorpus = sync.OnceValues(func() ([]*corpus.Document, int64) {
	sents, err := corpustest.Sentences(seeds)
	if err != nil {
		panic(err)
	}
	dir, err := mkTemp()
	if err != nil {
		panic(err)
	}
	if _, err := corpustest.Generate(dir, sents, corpustest.Spec{Articles: 20000, Seed: 1, ZipfWords: 0.2}); err != nil {
		panic(err)
	}
	c, err := corpus.Load(context.Background(), []string{dir}, corpus.DefaultOptions())
	os.RemoveAll(dir) // everything is in memory now
	if err != nil {
		panic(err)
	}
	var bytes int64
	for _, d := range c.Docs {
		bytes += int64(len(d.Raw))
	}
	return c.Docs, bytes
})

var benchOpts = Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month}

// BenchmarkCount counts 1..3-grams with a per-month breakdown over the
// synthetic corpus in one goroutine, then computes the top 50.
func BenchmarkCount(b *testing.B) {
	docs, bytes := benchCorpus()
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c := NewCounter(benchOpts)
		for _, d := range docs {
			c.Add(d)
		}
		if _, err := c.Result(Query{Top: 50}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCountShards counts two halves in parallel and merges them, as a
// streaming pipeline on two cores would.
func BenchmarkCountShards(b *testing.B) {
	docs, bytes := benchCorpus()
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		half := len(docs) / 2
		cs := [2]*Counter{NewCounter(benchOpts), NewCounter(benchOpts)}
		var wg sync.WaitGroup
		for i, part := range [][]*corpus.Document{docs[:half], docs[half:]} {
			wg.Go(func() {
				for _, d := range part {
					cs[i].Add(d)
				}
			})
		}
		wg.Wait()
		if err := cs[0].Merge(cs[1]); err != nil {
			b.Fatal(err)
		}
		if _, err := cs[0].Result(Query{Top: 50}); err != nil {
			b.Fatal(err)
		}
	}
}

// mkTemp makes a folder for the generated corpus; b.TempDir cannot be used
// from the shared sync.Once.
func mkTemp() (string, error) { return os.MkdirTemp("", "dipstat-terms-bench-") }
