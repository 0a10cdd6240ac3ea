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

// TestAccumulatorSend: with Send, the occurrences go to the function in
// Analyze's order, none is kept, and the summary is the same; Send(nil)
// keeps only the counts.
func TestAccumulatorSend(t *testing.T) {
	docs := seeds(t)
	o := Options{Aliases: corpus.DefaultAliases(), Unit: period.Month, Match: MatchOptions{Context: 40}}
	want, err := Analyze(context.Background(), docs, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, drop := range []bool{false, true} {
		a, err := NewAccumulator(o)
		if err != nil {
			t.Fatal(err)
		}
		var sent []Occurrence
		if drop {
			a.Send(nil)
		} else {
			a.Send(func(o Occurrence) { sent = append(sent, o) })
		}
		for _, d := range docs {
			a.Add(d)
		}
		got, err := a.Result()
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Occurrences) != 0 {
			t.Errorf("drop=%v: %d occurrences kept", drop, len(got.Occurrences))
		}
		if fmt.Sprintf("%+v", got.Summary) != fmt.Sprintf("%+v", want.Summary) {
			t.Errorf("drop=%v: summaries differ", drop)
		}
		if !drop && fmt.Sprintf("%+v", sent) != fmt.Sprintf("%+v", want.Occurrences) {
			t.Errorf("sent %d occurrences, want Analyze's %d in its order", len(sent), len(want.Occurrences))
		}
	}
}
