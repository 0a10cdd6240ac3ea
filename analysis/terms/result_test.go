package terms

import (
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/period"
)

// Top must select exactly the first terms of the full ordering, ties included.
func TestTopEqualsPrefix(t *testing.T) {
	c := count(t, Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Year}, loadSeeds(t))
	for m := ByCount; m <= ByLogDice; m++ {
		for _, top := range []int{1, 7, 25, 100} {
			full, err := c.Result(Query{Measure: m, MinN: 2})
			if err != nil {
				t.Fatal(err)
			}
			part, _ := c.Result(Query{Measure: m, MinN: 2, Top: top})
			if len(part.Terms) != top || part.Candidates != full.Candidates {
				t.Fatalf("%s top %d: %d terms of %d", m, top, len(part.Terms), part.Candidates)
			}
			if !same(part.Terms, full.Terms[:top]) {
				t.Errorf("%s top %d differs from the prefix of the full list", m, top)
			}
		}
	}
}

func TestParseMeasure(t *testing.T) {
	for in, want := range map[string]Measure{"count": ByCount, "LLR": ByG2, "g2": ByG2, "dp": ByDisp, "logdice": ByLogDice, " t ": ByT} {
		if got, err := ParseMeasure(in); err != nil || got != want {
			t.Errorf("%q: %v %v, want %v", in, got, err, want)
		}
	}
	if _, err := ParseMeasure("chi2"); err == nil {
		t.Error("unknown measure accepted")
	}
}

func TestResultErrors(t *testing.T) {
	c := NewCounter(Options{MinN: 2, MaxN: 3})
	for _, q := range []Query{{MinN: 1}, {MaxN: 4}, {Top: -1}} {
		if _, err := c.Result(q); err == nil {
			t.Errorf("%+v: want an error", q)
		}
	}
	r, _ := c.Result(Query{})
	if _, err := r.Keyness(KeyQuery{}); err == nil {
		t.Error("keyness without periods: want an error")
	}
	if err := (Options{MinN: 0, MaxN: 3}).Check(); err == nil {
		t.Error("n 0 accepted")
	}
}

func FuzzParseMeasure(f *testing.F) {
	for _, s := range append(measureNames, "G2", " dp ", "", "tscore", "x") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMeasure(s)
		if err != nil {
			return
		}
		if m < ByCount || m > ByLogDice {
			t.Fatalf("%q parsed to %d", s, m)
		}
		if back, err := ParseMeasure(m.String()); err != nil || back != m {
			t.Fatalf("%q: %v does not round-trip", s, m)
		}
	})
}

// TestResultTooManyPeriods: a timeline over period.MaxPeriods is an error,
// not a table of tens of thousands of columns.
func TestResultTooManyPeriods(t *testing.T) {
	c := NewCounter(Options{MinN: 1, MaxN: 1, ByPeriod: true, Unit: period.Day})
	c.Add(mkDoc("old", "1900-01-01", "Trade grew."))
	c.Add(mkDoc("new", "2025-12-31", "Trade grew."))
	if _, err := c.Result(Query{}); err == nil || !strings.Contains(err.Error(), "46021 periods") {
		t.Errorf("Result over 46,021 days: %v", err)
	}
	c2 := NewCounter(Options{MinN: 1, MaxN: 1, ByPeriod: true, Unit: period.Year})
	c2.Add(mkDoc("old", "1900-01-01", "Trade grew."))
	c2.Add(mkDoc("new", "2025-12-31", "Trade grew."))
	if r, err := c2.Result(Query{}); err != nil || len(r.Periods) != 126 {
		t.Errorf("Result by year: %v", err)
	}
}
