package corpus_test

import (
	"context"
	"os"
	"path/filepath"
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
	os.Exit(code)
}

// BenchmarkLoad measures load + clean + dedupe + sentence split + tokenize in
// MB/s over 20,000 synthetic articles, streaming (documents are dropped).
func BenchmarkLoad(b *testing.B) {
	for _, workers := range []int{1, 0} {
		name := "workers=1"
		if workers == 0 {
			name = "workers=all"
		}
		b.Run(name, func(b *testing.B) {
			dir, size := synthCorpus(b)
			opts := corpus.DefaultOptions()
			opts.Workers = workers
			b.SetBytes(size)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				n := 0
				_, err := corpus.Stream(context.Background(), []string{dir}, opts, func(d *corpus.Document) error {
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
