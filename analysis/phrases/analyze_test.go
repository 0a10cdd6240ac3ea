package phrases

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// TestAnalyzeWorkers: the parallel analysis gives the same result with one
// worker and with several.
func TestAnalyzeWorkers(t *testing.T) {
	docs := seeds(t)
	var results []*Result
	for _, w := range []int{1, 3} {
		r, err := Analyze(context.Background(), docs, Options{Aliases: corpus.DefaultAliases(), Unit: period.Year,
			Discover: true, DiscoverOptions: DefaultDiscoverOptions(), Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	// Summaries are compared as printed: NaN rates are never DeepEqual.
	if fmt.Sprintf("%+v", results[0].Summary) != fmt.Sprintf("%+v", results[1].Summary) || !reflect.DeepEqual(results[0].Occurrences, results[1].Occurrences) {
		t.Fatal("results differ between 1 and 3 workers")
	}
	if len(results[0].Occurrences) != 57 || results[0].Discovery == nil {
		t.Errorf("%d occurrences", len(results[0].Occurrences))
	}
}

// TestGroupNearVariants: "close neighbors that cannot be moved away" and
// "close neighbours who cannot move apart" land in one candidate family.
func TestGroupNearVariants(t *testing.T) {
	docs := docsOf(t,
		"Xi said they are close neighbors that cannot be moved away in any case.",
		"They are close neighbors that cannot be moved away, he added.",
		"Lee called them close neighbours who cannot move apart at all.",
		"Officials called them close neighbours who cannot move apart again.",
		"Trade figures rose sharply this year in several sectors.",
		"Trade figures rose sharply this year in several sectors too.")
	res := discover(t, docs, DefaultDiscoverOptions())
	cand := map[string]int{}
	for _, p := range res.Phrases {
		cand[p.Text] = p.Candidate
	}
	a, b, c := cand["close neighbors that cannot be moved away"], cand["close neighbors who cannot move apart"], cand["trade figures rose sharply this year in several sectors"]
	if a < 0 || a != b {
		t.Fatalf("variants not grouped: %v", cand)
	}
	if c == a {
		t.Errorf("unrelated phrase grouped with the formula")
	}
	if res.Candidates[a].Docs != 4 {
		t.Errorf("candidate spans %d documents", res.Candidates[a].Docs)
	}
}
