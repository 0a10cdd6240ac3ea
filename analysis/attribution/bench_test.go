package attribution

import (
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// BenchmarkDocument attributes the sentences of 200 synthetic articles
// (about 600 KB) resampled from the seeds; b.SetBytes makes the MB/s
// comparable with the corpus and figure benchmarks. The articles are parsed
// once, outside the timing.
func BenchmarkDocument(b *testing.B) {
	sents, err := corpustest.Sentences(seedsDir)
	if err != nil {
		b.Fatal(err)
	}
	ps := corpus.NewParser(corpus.DefaultOptions())
	var docs []*corpus.Document
	var n int64
	for _, a := range corpustest.Articles(sents, corpustest.Spec{Articles: 200, Seed: 1}) {
		docs = append(docs, ps.Parse("a.txt", []byte(a)))
		n += int64(len(a))
	}
	at := New(nil, Options{})
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			at.Document(d)
		}
	}
}

// BenchmarkNew measures compiling the built-in table.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		New(nil, Options{})
	}
}
