package bundle

import (
	"reflect"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/phrases"
)

// TestNewCandidates: the Summary sheet lists new formula candidates only, in
// their order, at most top, with their variants (not the phrases that are
// a part of the leader's words), and says "none" when there is none.
func TestNewCandidates(t *testing.T) {
	day := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	d := &phrases.Discovery{Candidates: []phrases.Candidate{
		{Name: "core interests", Kind: phrases.KindFormula, Known: "core-interests", Score: 0.9},
		{Name: "small yard high fence", Kind: phrases.KindFormula, Score: 0.8, First: day, Docs: 5, Periods: 3, Phrases: []int{0, 1, 3}, Variants: []int{0, 1}},
		{Name: "xi jinping", Kind: phrases.KindActor, Score: 0.1},
		{Name: "guardrails", Kind: phrases.KindFormula, Score: 0.7, Docs: 2, Periods: 1, Phrases: []int{2}, Variants: []int{2}},
		{Name: "two countries", Kind: phrases.KindGeneric, Score: 0.2},
	}}
	for _, tc := range []struct {
		top  int
		want []string
	}{
		{10, []string{"small yard high fence: score 0.800, first seen 2025-06-10, 5 documents, 3 months, 2 variants",
			"guardrails: score 0.700, undated, 2 documents, 1 months, 1 variants"}},
		{1, []string{"small yard high fence: score 0.800, first seen 2025-06-10, 5 documents, 3 months, 2 variants"}},
	} {
		var got []string
		for _, it := range newCandidates(d, tc.top) {
			got = append(got, it.Field+": "+it.Value.(string))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("top %d: got %q\nwant %q", tc.top, got, tc.want)
		}
	}
	if it := newCandidates(&phrases.Discovery{}, 10); len(it) != 1 || it[0].Value != "none" {
		t.Errorf("no candidates: %v", it)
	}
}
