package terms

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/stats"
)

// twoPeriods plants "digital economy" (new) and "supply chains" (rising) in
// March, and "trade deficit" (fading) and "tourism" (gone) in February.
func twoPeriods() []*corpus.Document {
	base := "The two ministers held talks in Seoul. They agreed to deepen cooperation and exchanges. "
	var docs []*corpus.Document
	for i := 0; i < 12; i++ {
		feb := base + "The trade deficit worried officials. Tourism recovered slowly. "
		if i%3 == 0 {
			feb += "Supply chains were discussed. "
		}
		feb += "The trade deficit remained large."
		docs = append(docs, mkDoc(fmt.Sprintf("feb%02d", i), fmt.Sprintf("2024-02-%02d", i+1), feb))
		mar := base + "The digital economy grew. Supply chains must stay stable. Supply chains were discussed. "
		if i%4 == 0 {
			mar += "The trade deficit narrowed. "
		}
		mar += "The digital economy is a new engine."
		docs = append(docs, mkDoc(fmt.Sprintf("mar%02d", i), fmt.Sprintf("2024-03-%02d", i+1), mar))
	}
	docs = append(docs, mkDoc("nodate", "", base+"Tourism and the digital economy."))
	return docs
}

func TestKeynessFindsPlantedTerms(t *testing.T) {
	c := count(t, Options{MinN: 1, MaxN: 2, ByPeriod: true, Unit: period.Month}, twoPeriods())
	r, err := c.Result(Query{})
	if err != nil {
		t.Fatal(err)
	}
	k, err := r.Keyness(KeyQuery{MinCount: 3})
	if err != nil {
		t.Fatal(err)
	}
	if k.Target != "2024-03" || len(k.Reference) != 1 || k.Reference[0] != "2024-02" || k.TargetDocs != 12 || k.RefDocs != 12 {
		t.Fatalf("compared %s (%d docs) with %v (%d docs)", k.Target, k.TargetDocs, k.Reference, k.RefDocs)
	}
	rows := map[string]KeyRow{}
	for _, row := range k.Rows {
		rows[row.Term] = row
	}
	for _, want := range []struct{ term, dir string }{
		{"digital economy", "new"}, {"digital", "new"}, {"supply chains", "rising"},
		{"trade deficit", "fading"}, {"tourism", "gone"},
	} {
		row, ok := rows[want.term]
		if !ok {
			t.Errorf("%q not found", want.term)
			continue
		}
		if row.Direction != want.dir || row.P > 0.01 || row.LRC == 0 {
			t.Errorf("%q: %+v, want %s, significant", want.term, row, want.dir)
		}
	}
	if row := rows["ministers"]; row.P < 0.05 || row.LRC != 0 {
		t.Errorf("a steady word is not key: %+v", row)
	}
	// positive rows first, each side by G2
	seenNeg := false
	for i, row := range k.Rows {
		if !row.Positive() {
			seenNeg = true
		} else if seenNeg {
			t.Errorf("row %d %q: positive after negative", i, row.Term)
		}
	}
	if dd := rows["digital economy"]; dd.Target != 24 || dd.Ref != 0 || dd.TargetDocs != 12 || dd.RefDocs != 0 {
		t.Errorf("digital economy counts: %+v", dd)
	}
	if _, err := r.Keyness(KeyQuery{Target: "2023-01"}); !errors.Is(err, ErrNoPeriods) {
		t.Errorf("unknown period: err = %v", err)
	}
	if _, err := r.Keyness(KeyQuery{Target: "2024-02"}); !errors.Is(err, ErrNoPeriods) {
		t.Errorf("nothing before the first period: err = %v", err)
	}
	if k2, err := r.Keyness(KeyQuery{Target: "2024-02", Reference: "rest", Top: 1}); err != nil || len(k2.Rows) != 2 {
		t.Errorf("rest reference with top 1: %v, %+v", err, k2)
	}
}

// keyTop keeps what sorting every row and cutting at Top keeps, ties in
// G2 included, and makes the text only of rows it may keep.
func TestKeyTop(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct{ rows, top, g2s int }{
		{0, 5, 3}, {3, 5, 3}, {50, 5, 3}, {50, 1, 2}, {500, 40, 7}, {500, 0, 7}, {1000, 100, 1000},
	} {
		var all []KeyRow
		for range tc.rows {
			all = append(all, KeyRow{Term: fmt.Sprint("t", rnd.IntN(tc.rows/2+1)), N: 1 + rnd.IntN(3),
				Key: stats.Key{G2: float64(rnd.IntN(tc.g2s))}})
		}
		want := slices.Clone(all)
		slices.SortFunc(want, func(a, b KeyRow) int { return keyOrder(&a, &b) })
		if tc.top > 0 && len(want) > tc.top {
			want = want[:tc.top]
		}
		kt := newKeyTop(tc.top)
		texts := 0
		for _, r := range all {
			term := r.Term
			r.Term = ""
			kt.offer(&r, func() string { texts++; return term })
		}
		got := kt.sorted()
		if len(got) != len(want) {
			t.Fatalf("%+v: %d rows, want %d", tc, len(got), len(want))
		}
		for i := range want {
			if got[i].Term != want[i].Term || got[i].N != want[i].N || got[i].G2 != want[i].G2 {
				t.Fatalf("%+v: row %d is %s/%d/%v, want %s/%d/%v", tc, i, got[i].Term, got[i].N, got[i].G2, want[i].Term, want[i].N, want[i].G2)
			}
		}
		if tc.top > 0 && tc.g2s == 1000 && texts > tc.rows/2 {
			t.Errorf("%+v: the text of %d rows was made", tc, texts)
		}
	}
}
