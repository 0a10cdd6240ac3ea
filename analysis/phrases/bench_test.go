package phrases

import (
	"context"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// BenchmarkSynthetic20k measures family matching and discovery on the
// 20,000-article synthetic corpus (about 60 MB): go test -bench Synthetic
// -benchtime 1x ./analysis/phrases. Generating and loading the corpus is not
// timed.
func BenchmarkSynthetic20k(b *testing.B) {
	sents, err := corpustest.Sentences(seedsDir)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if _, err := corpustest.Generate(dir, sents, corpustest.Spec{Articles: benchArticles, Seed: 1, ZipfWords: 0.3, Undated: 0.05}); err != nil {
		b.Fatal(err)
	}
	o := corpus.DefaultOptions()
	o.KeepDuplicates = true
	c, err := corpus.Load(context.Background(), []string{dir}, o)
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	for _, d := range c.Docs {
		tokens += d.NumTokens()
	}
	b.Logf("%d documents, %d tokens", len(c.Docs), tokens)
	aliases := corpus.DefaultAliases()
	b.Run("match+count", func(b *testing.B) {
		m := NewMatcher(DefaultFamilies(), aliases, MatchOptions{Context: 40})
		for b.Loop() {
			counts := NewCounts()
			n := 0
			for _, d := range c.Docs {
				occ := m.Match(d)
				n += len(occ)
				counts.Add(occ, d)
			}
			b.ReportMetric(float64(n), "occurrences")
		}
		b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds()/1e6, "Mtokens/s")
	})
	b.Run("discover", func(b *testing.B) {
		for b.Loop() {
			dc, err := NewDiscoverer(aliases, DefaultDiscoverOptions())
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range c.Docs {
				dc.Add(d)
			}
			res := dc.Run()
			b.ReportMetric(float64(len(res.Phrases)), "phrases")
			b.ReportMetric(float64(len(res.Candidates)), "candidates")
		}
		b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds()/1e6, "Mtokens/s")
	})
}

// benchArticles is the size of the synthetic corpus.
var benchArticles = 20000
