package phrases

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// TestCountsMerge: counting the seeds in two parts and merging gives what one
// pass gives.
func TestCountsMerge(t *testing.T) {
	docs := seeds(t)
	m := NewMatcher(DefaultFamilies(), corpus.DefaultAliases(), MatchOptions{})
	one, a, b := NewCounts(), NewCounts(), NewCounts()
	for i, d := range docs {
		occ := m.Match(d)
		one.Add(occ, d)
		if i%2 == 0 {
			a.Add(occ, d)
		} else {
			b.Add(occ, d)
		}
	}
	a.Merge(b)
	if !reflect.DeepEqual(one, a) {
		t.Fatal("merged counts differ from one pass")
	}
	// Compared as printed: a period without tokens has a NaN rate, and NaN
	// is never DeepEqual to itself.
	s1, s2 := one.Summarize(period.Year, m.Families()), a.Summarize(period.Year, m.Families())
	if fmt.Sprintf("%+v", s1) != fmt.Sprintf("%+v", s2) {
		t.Fatal("summaries differ")
	}
}

func TestSummarizeSeeds(t *testing.T) {
	docs := seeds(t)
	m := NewMatcher(DefaultFamilies(), corpus.DefaultAliases(), MatchOptions{})
	c := NewCounts()
	for _, d := range docs {
		c.Add(m.Match(d), d)
	}
	s := c.Summarize(period.Year, m.Families())
	var labels []string
	for _, p := range s.Periods {
		labels = append(labels, p.Label)
	}
	if !reflect.DeepEqual(labels, []string{"2023", "2024", "2025", "undated"}) {
		t.Fatalf("periods %v", labels)
	}
	if s.Docs != 5 || s.Periods[1].Docs != 0 || s.Periods[3].Docs != 1 {
		t.Errorf("docs per period wrong: %+v", s.Periods)
	}
	var cn FamilyStats
	for _, f := range s.Families {
		if f.Name == "close-neighbors" {
			cn = f
		}
	}
	// 000 twice (2023); 001, 003, 004 twice (2025); 002 once (undated).
	if cn.Total.Occurrences != 7 || cn.Total.Docs != 5 {
		t.Fatalf("close-neighbors total %+v", cn.Total)
	}
	if cn.ByPeriod[0].Occurrences != 2 || cn.ByPeriod[0].Docs != 1 || cn.ByPeriod[2].Occurrences != 4 ||
		cn.ByPeriod[2].Docs != 3 || cn.ByPeriod[3].Occurrences != 1 {
		t.Errorf("close-neighbors by period %+v", cn.ByPeriod)
	}
	want := float64(2) * 10000 / float64(s.Periods[0].Tokens)
	if cn.ByPeriod[0].Per10k != want {
		t.Errorf("per 10k %v, want %v", cn.ByPeriod[0].Per10k, want)
	}
	v := cn.Variants[0]
	if v.Variant != "close neighbors that will always live next to each other" || v.Count != 2 ||
		!v.First.Equal(time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC)) || v.Share != 2.0/7 {
		t.Errorf("top variant %+v", v)
	}
	if len(cn.Variants) != 6 {
		t.Errorf("want 6 variants, got %d", len(cn.Variants))
	}
	for _, v := range cn.Variants {
		if v.Variant == "close neighbors with long-standing relations" && (!v.First.IsZero() || v.ByPeriod[3] != 1) {
			t.Errorf("undated variant %+v", v)
		}
	}
}
