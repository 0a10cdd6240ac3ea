package phrases

import (
	"context"
	"fmt"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// TestAccumulatorEqualsAnalyze: documents added one at a time give
// Analyze's result over all of them.
func TestAccumulatorEqualsAnalyze(t *testing.T) {
	docs := seeds(t)
	for name, o := range map[string]Options{
		"families by month": {Aliases: corpus.DefaultAliases(), Unit: period.Month, Match: MatchOptions{Context: 40}},
		"auto, discover":    {Aliases: corpus.DefaultAliases(), AutoUnit: true, Discover: true, DiscoverOptions: DefaultDiscoverOptions()},
		"no aliases, year":  {Unit: period.Year, Match: MatchOptions{Context: 10}},
	} {
		want, err := Analyze(context.Background(), docs, o)
		if err != nil {
			t.Fatal(err)
		}
		a, err := NewAccumulator(o)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			a.Add(d)
		}
		got, err := a.Result()
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Occurrences) == 0 {
			t.Fatalf("%s: no occurrences in the seeds", name)
		}
		if g, w := fmt.Sprintf("%+v %+v", got.Summary, got.Occurrences), fmt.Sprintf("%+v %+v", want.Summary, want.Occurrences); g != w {
			t.Errorf("%s: results differ", name)
		}
		if (got.Discovery == nil) != (want.Discovery == nil) ||
			got.Discovery != nil && fmt.Sprintf("%+v", got.Discovery.Candidates) != fmt.Sprintf("%+v", want.Discovery.Candidates) {
			t.Errorf("%s: discoveries differ", name)
		}
	}
}
