package phrases

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// The sample must keep a full run's top candidates: each of the full run's
// first sampleKeep formula candidates must be among the sample's first
// sampleTop (a phrase of one of them), so that near ties below may swap.
const (
	sampleKeep = 10
	sampleTop  = 20
)

// BenchmarkDiscoverSampleAgrees checks, on the 20,000-article synthetic
// corpus (make bench runs it), that discovery on the default word budget's
// hash sample (a 1/2 sample there) keeps the top formula candidates of a run
// on every document (see sampleKeep): it fails when one is lost. It reports
// how many of the full run's top 20 are in the sample's top 20 and logs where
// the others went. DIPSTAT_BENCH_CORPUS names a folder of articles to use
// instead of generating one.
func BenchmarkDiscoverSampleAgrees(b *testing.B) {
	dir := benchCorpusDir(b)
	run := func(budget int) *Discovery {
		o := DefaultDiscoverOptions()
		o.MaxWords = budget
		return discovererOf(b, dir, o).Run()
	}
	for b.Loop() {
		sample, full := run(DefaultMaxWords), run(-1)
		if sample.Sample < 2 || full.Sample != 1 {
			b.Fatalf("samples 1/%d and 1/%d: the corpus does not exceed the default budget", sample.Sample, full.Sample)
		}
		// Where each of the full run's top formula candidates ranks in the
		// sample: the rank of the sample's formula candidate that has its
		// leading phrase (as leader or variant).
		at := formulaRanks(sample)
		shared, worstTop := 0, 0
		var moved []string
		for k, name := range topFormulas(full, sampleTop) {
			r, ok := at[name]
			if ok && r <= sampleTop {
				shared++
			} else {
				moved = append(moved, fmt.Sprintf("#%d %q at %s", k+1, name, rankText(r, ok)))
			}
			if k < sampleKeep {
				worstTop = max(worstTop, r)
				if !ok {
					worstTop = math.MaxInt
				}
			}
		}
		b.ReportMetric(float64(shared), "shared-top20")
		b.ReportMetric(float64(min(worstTop, 1e6)), "worst-sample-rank-of-top10")
		b.ReportMetric(float64(sample.Sample), "1/sample")
		if len(moved) > 0 {
			b.Logf("the 1/%d sample's top %d formula candidates hold %d of the full run's; the others rank: %s",
				sample.Sample, sampleTop, shared, strings.Join(moved, "; "))
		}
		if worstTop > sampleTop {
			b.Errorf("a top %d formula candidate of the full run ranks %s in the 1/%d sample, below its top %d", sampleKeep, rankText(worstTop, worstTop != math.MaxInt), sample.Sample, sampleTop)
		}
	}
}

// formulaRanks maps the phrases of d's formula candidates to the rank
// (from 1) of their candidate among the formula candidates.
func formulaRanks(d *Discovery) map[string]int {
	at := map[string]int{}
	r := 0
	for _, c := range d.Candidates {
		if c.Kind != KindFormula {
			continue
		}
		r++
		for _, pi := range c.Phrases {
			if _, ok := at[d.Phrases[pi].Text]; !ok {
				at[d.Phrases[pi].Text] = r
			}
		}
	}
	return at
}

func rankText(r int, ok bool) string {
	if !ok {
		return "nowhere"
	}
	return fmt.Sprintf("#%d", r)
}

// topFormulas are the names of the first n formula candidates, in order.
func topFormulas(d *Discovery, n int) []string {
	var out []string
	for _, c := range d.Candidates {
		if len(out) == n {
			break
		}
		if c.Kind == KindFormula {
			out = append(out, c.Name)
		}
	}
	return out
}
