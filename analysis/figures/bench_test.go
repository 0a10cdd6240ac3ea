package figures

import (
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// BenchmarkExtract runs the extractor over 200 synthetic articles (about
// 600 KB) resampled from the seeds; b.SetBytes makes the MB/s comparable.
func BenchmarkExtract(b *testing.B) {
	sents, err := corpustest.Sentences(seedsDir)
	if err != nil {
		b.Fatal(err)
	}
	arts := corpustest.Articles(sents, corpustest.Spec{Articles: 200, Seed: 1})
	var n int64
	for _, a := range arts {
		n += int64(len(a))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			Extract(a)
		}
	}
}

// BenchmarkSeries groups the figures of 2,000 synthetic articles.
func BenchmarkSeries(b *testing.B) {
	sents, err := corpustest.Sentences(seedsDir)
	if err != nil {
		b.Fatal(err)
	}
	var figs []Figure
	for _, a := range corpustest.Articles(sents, corpustest.Spec{Articles: 2000, Seed: 1}) {
		figs = append(figs, Extract(a)...)
	}
	b.ResetTimer()
	for b.Loop() {
		Series(figs)
	}
}
