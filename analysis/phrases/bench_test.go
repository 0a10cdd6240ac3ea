package phrases

import (
	"context"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// BenchmarkSynthetic20k measures family matching and discovery on the
// 20,000-article synthetic corpus (about 60 MB; DIPSTAT_BENCH_CORPUS names
// another folder): go test -bench Synthetic
// -benchtime 1x ./analysis/phrases. Generating and loading the corpus is not
// timed.
func BenchmarkSynthetic20k(b *testing.B) {
	dir := benchCorpusDir(b)
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
