package table

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/terms"
)

func seedResult(t *testing.T, o terms.Options, q terms.Query) *terms.Result {
	t.Helper()
	c, err := corpus.Load(context.Background(), []string{"../../seeds"}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	tc := terms.NewCounter(o)
	for _, d := range c.Docs {
		tc.Add(d)
	}
	r, err := tc.Result(q)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTermTables(t *testing.T) {
	r := seedResult(t, terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Year}, terms.Query{Top: 12, Measure: terms.ByG2, MinN: 2})
	k, err := r.Keyness(terms.KeyQuery{Top: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		tab  *Table
		rows int
		keys []string
	}{
		{Terms(r), 12, []string{"term", "n", "period", "count", "per10k", "docs", "docshare", "disp", "adjcount"}},
		{Ngrams(r), 12, []string{"term", "n", "period", "count", "per10k", "docs", "g2", "pmi", "t", "logdice"}},
		{Collocations(r), 12, []string{"term", "n", "count", "expected", "g2", "pmi", "t", "logdice"}},
		{TermPeriods(r), 12 * len(r.Periods), []string{"term", "n", "period", "count", "per10k", "docs"}},
		{TermsByPeriod(r), 12, append([]string{"term", "count", "all"}, termPeriodLabels(r)...)},
		{Periods(r), len(r.Periods), []string{"period", "start", "end", "docs", "tokens"}},
		{Keyness(k), len(k.Rows), []string{"term", "n", "direction", "g2", "p", "log_ratio", "lrc", "target", "ref", "target_docs", "ref_docs"}},
	} {
		t.Run(tc.tab.Name, func(t *testing.T) {
			if len(tc.tab.Rows) != tc.rows {
				t.Errorf("%d rows, want %d", len(tc.tab.Rows), tc.rows)
			}
			for _, key := range tc.keys {
				if tc.tab.Col(key) < 0 {
					t.Errorf("no column %q", key)
				}
			}
			for _, w := range Writers {
				var buf bytes.Buffer
				if err := w(&buf, tc.tab); err != nil { // also checks value kinds
					t.Fatal(err)
				}
			}
		})
	}
	// JSON rows carry the period; undated is its own period
	var buf bytes.Buffer
	WriteJSON(&buf, TermPeriods(r))
	var last map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if err := json.Unmarshal([]byte(line), &last); err != nil {
			t.Fatal(err)
		}
	}
	if last["period"] != "undated" {
		t.Errorf("last period row = %v, want the undated bucket", last)
	}
}

func TestTfIdfTable(t *testing.T) {
	r := seedResult(t, terms.Options{MinN: 1, MaxN: 1, DocTerms: true}, terms.Query{})
	tab := TfIdf(r.TfIdf(2))
	if len(tab.Rows) != 10 || tab.Rows[0][2] != 1 || tab.Rows[1][2] != 2 {
		t.Errorf("tf-idf table: %v", tab.Rows)
	}
}

func TestRnd(t *testing.T) {
	for in, want := range map[float64]float64{1.23456789: 1.23457, 0: 0, 1.2345678e-10: 1.23457e-10, -98765.4321: -98765.4} {
		if got := rnd(in); got != want {
			t.Errorf("rnd(%v) = %v, want %v", in, got, want)
		}
	}
	if !math.IsNaN(rnd(math.NaN())) {
		t.Error("NaN must stay NaN")
	}
}

func termPeriodLabels(r *terms.Result) []string {
	var out []string
	for _, p := range r.Periods {
		out = append(out, p.Label)
	}
	return out
}
