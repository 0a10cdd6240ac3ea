package terms

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/period"
)

func TestMergeEqualsOnePass(t *testing.T) {
	// 200 generated articles: frequent terms get dense period rows
	docs := append(append(loadSeeds(t), edgeDocs...), generated(t, 200)...)
	o := Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month, DocTerms: true}
	one := count(t, o, docs)
	// three shards in a different grouping
	a, b, c := count(t, o, docs[:2]), count(t, o, docs[2:120]), count(t, o, docs[120:])
	if err := b.Merge(c); err != nil {
		t.Fatal(err)
	}
	if err := a.Merge(b); err != nil {
		t.Fatal(err)
	}
	for _, q := range []Query{{}, {Measure: ByG2, MinN: 2}, {Measure: ByDisp, Top: 10}} {
		r1, err := one.Result(q)
		if err != nil {
			t.Fatal(err)
		}
		r2, _ := a.Result(q)
		if !same(strip(r1), strip(r2)) {
			t.Errorf("query %+v: merged result differs from one pass", q)
		}
	}
	r1, _ := one.Result(Query{})
	r2, _ := a.Result(Query{})
	if !reflect.DeepEqual(r1.TfIdf(5), r2.TfIdf(5)) {
		t.Error("tf-idf of merged counter differs")
	}
	k1, err1 := r1.Keyness(KeyQuery{})
	k2, err2 := r2.Keyness(KeyQuery{})
	if err1 != nil || err2 != nil || !reflect.DeepEqual(k1, k2) {
		t.Errorf("keyness of merged counter differs (%v, %v)", err1, err2)
	}
	if err := a.Merge(NewCounter(Options{MinN: 1, MaxN: 2})); err == nil {
		t.Error("merging counters with different options should fail")
	}
}

// same compares printed forms, so NaN equals NaN.
func same(a, b any) bool { return fmt.Sprintf("%+v", a) == fmt.Sprintf("%+v", b) }

// strip leaves out the counter reference, which differs by construction.
func strip(r *Result) Result {
	x := *r
	x.c, x.pmap = nil, nil
	return x
}

func TestDeterministic(t *testing.T) {
	docs := loadSeeds(t)
	o := Options{MinN: 1, MaxN: 3}
	r1, _ := count(t, o, docs).Result(Query{Top: 30, Measure: ByDocs})
	r2, _ := count(t, o, docs).Result(Query{Top: 30, Measure: ByDocs})
	if !same(strip(r1), strip(r2)) {
		t.Error("two runs differ")
	}
	for i := 1; i < len(r1.Terms); i++ {
		a, b := r1.Terms[i-1], r1.Terms[i]
		if a.Docs < b.Docs || a.Docs == b.Docs && a.Term > b.Term {
			t.Errorf("order: %q (%d) before %q (%d)", a.Term, a.Docs, b.Term, b.Docs)
		}
	}
}

// TestPrune checks the pruning bounds against exact counts: every count is
// a lower bound within its own Term.MaxUndercount (never more than the
// result's), a term whose bound is 0 is exact in every figure, and unigrams
// are always exact; also when pruned shards are merged.
func TestPrune(t *testing.T) {
	docs := generated(t, 100)
	opts := Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Quarter}
	exact := count(t, opts, docs)
	re, _ := exact.Result(Query{})
	small := opts
	small.MaxEntries = 3000
	shards := func(limits ...int) *Counter {
		var cs []*Counter
		for i, lim := range limits {
			o := opts
			o.MaxEntries = lim
			lo, hi := i*len(docs)/len(limits), (i+1)*len(docs)/len(limits)
			cs = append(cs, count(t, o, docs[lo:hi]))
		}
		for _, c := range cs[1:] {
			if err := cs[0].Merge(c); err != nil {
				t.Fatal(err)
			}
		}
		return cs[0]
	}
	for _, tc := range []struct {
		name string
		c    *Counter
	}{
		{"one counter", count(t, small, docs)},
		{"two pruned shards", shards(1500, 1500)},
		{"one of three shards pruned", shards(0, 1200, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.c.MaxUndercount() == 0 {
				t.Fatal("expected pruning")
			}
			rs, _ := tc.c.Result(Query{Top: 20, MinN: 2})
			if len(rs.Warnings) == 0 || !strings.Contains(rs.Warnings[len(rs.Warnings)-1], "n-grams listed") {
				t.Errorf("pruning must be reported in Warnings: %q", rs.Warnings)
			}
			exactTerms, bounded := 0, 0
			for _, tm := range re.Terms {
				got, ok := rs.Lookup(tm.Term)
				if !ok {
					if tm.N == 1 || tm.Count > rs.MaxUndercount {
						t.Errorf("%q (count %d) is gone; the bound is %d", tm.Term, tm.Count, rs.MaxUndercount)
					}
					continue
				}
				b := got.MaxUndercount
				switch {
				case tm.N == 1 && (b != 0 || got.Count != tm.Count):
					t.Errorf("unigram %q: %d (bound %d), exact %d: unigrams must stay exact", tm.Term, got.Count, b, tm.Count)
				case b > rs.MaxUndercount:
					t.Errorf("%q: bound %d over the result's %d", tm.Term, b, rs.MaxUndercount)
				case got.Count > tm.Count || got.Count < tm.Count-b || got.Docs > tm.Docs || got.Docs < tm.Docs-b:
					t.Errorf("%q: count %d docs %d, exact %d %d, bound %d", tm.Term, got.Count, got.Docs, tm.Count, tm.Docs, b)
				}
				if tm.N >= 2 && b == 0 {
					exactTerms++
				} else if tm.N >= 2 {
					bounded++
				}
				sum := 0
				for i, pc := range got.Periods {
					sum += pc.Count
					if pc.Count > tm.Periods[i].Count || pc.Count < tm.Periods[i].Count-b {
						t.Errorf("%q in %s: %d, exact %d, bound %d", tm.Term, rs.Periods[i].Label, pc.Count, tm.Periods[i].Count, b)
					}
				}
				if sum != got.Count {
					t.Errorf("%q: periods sum to %d, total %d", tm.Term, sum, got.Count)
				}
			}
			if exactTerms == 0 || bounded == 0 {
				t.Errorf("%d n-grams with bound 0, %d with a bound: want both kinds", exactTerms, bounded)
			}
		})
	}
}

func TestDispersion(t *testing.T) {
	// "alpha" once in each of four equal documents; "omega" four times in one.
	var ds = []string{"alpha omega omega omega omega beta.", "alpha beta gamma delta epsilon zeta.", "alpha beta gamma delta epsilon zeta.", "alpha beta gamma delta epsilon zeta."}
	c := NewCounter(Options{MinN: 1, MaxN: 1})
	for i, s := range ds {
		c.Add(mkDoc(itoa(i), "2024-01-01", s))
	}
	r, _ := c.Result(Query{})
	alpha, _ := r.Lookup("alpha")
	omega, _ := r.Lookup("omega")
	// S = (sum sqrt(s_i v_i))^2 / f with s_i = 1/4: alpha (4*sqrt(1/4))^2/4 = 1;
	// omega (sqrt(4/4))^2/4 = 0.25, AF = 1.
	if d := alpha.Disp - 1; d > 1e-6 || d < -1e-6 {
		t.Errorf("alpha S = %v, want 1", alpha.Disp)
	}
	if d := omega.Disp - 0.25; d > 1e-6 || d < -1e-6 || omega.AdjCount < 0.999999 || omega.AdjCount > 1.000001 {
		t.Errorf("omega S = %v AF = %v, want 0.25 and 1", omega.Disp, omega.AdjCount)
	}
}

// TestWiden checks that a counter whose trigram level is widened midway
// (as one whose vocabulary outgrows packed keys is) counts exactly what one
// that never widens does, and that packed keys hold the largest ids.
func TestWiden(t *testing.T) {
	ws := []uint32{maxPacked - 1, 0, maxPacked - 2}
	k := packKey(ws)
	for i, w := range ws {
		if got := packWord(k, i); got != w {
			t.Errorf("packWord(packKey(%v), %d) = %d", ws, i, got)
		}
	}
	docs := append(append(loadSeeds(t), edgeDocs...), generated(t, 100)...)
	o := Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month}
	one := count(t, o, docs)
	c := count(t, o, docs[:50])
	c.levels[3] = widen(c.levels[3])
	if _, ok := c.levels[3].(*gramLevel[[3]uint32]); !ok {
		t.Fatalf("widen gave %T", c.levels[3])
	}
	for _, d := range docs[50:] {
		c.Add(d)
	}
	r1, err := one.Result(Query{MinN: 3})
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := c.Result(Query{MinN: 3})
	if !same(strip(r1), strip(r2)) || len(r1.Terms) == 0 {
		t.Error("a widened counter counts differently")
	}
}

// Counters without periods merged by adding each entry's counts twice over
// (once as totals, once as if per period); they panicked when the
// vocabularies differed.
func TestMergeWithoutPeriods(t *testing.T) {
	docs := append(loadSeeds(t), generated(t, 50)...)
	for _, o := range []Options{{MinN: 1, MaxN: 3}, {MinN: 1, MaxN: 5, Raw: true}} {
		one := count(t, o, docs)
		a, b := count(t, o, docs[:2]), count(t, o, docs[2:])
		if err := a.Merge(b); err != nil {
			t.Fatal(err)
		}
		for _, q := range []Query{{}, {Measure: ByG2, MinN: 2}} {
			r1, _ := one.Result(q)
			r2, _ := a.Result(q)
			if !same(strip(r1), strip(r2)) {
				t.Errorf("%+v, query %+v: merged result differs from one pass", o, q)
			}
		}
	}
}

// TestAutoPruneInPlace checks that the counter's own pruning, which frees
// entries in place and renumbers them only when the tables are read,
// counts exactly what dropping the singletons with Prune(2) (which
// renumbers every time) does at the same moments: every term, count,
// bound and period count, with a result read midway (which renumbers) and
// the counting going on after it, and after an encoding round trip.
func TestAutoPruneInPlace(t *testing.T) {
	docs := generated(t, 100)
	for _, o := range []Options{
		{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Quarter},
		{MinN: 2, MaxN: 4, ByPeriod: true, Unit: period.Month, Raw: true},
		{MinN: 1, MaxN: 2},
	} {
		lim := 800 * (o.MaxN - 1)
		auto := o
		auto.MaxEntries = lim
		ref := o
		ref.MaxEntries = -1
		a, b := NewCounter(auto), NewCounter(ref)
		refLim := lim
		dump := func(c *Counter) string {
			r, err := c.Result(Query{})
			if err != nil {
				t.Fatal(err)
			}
			return fmt.Sprintf("%d %d %v", r.MaxUndercount, c.ngramEntries(), r.Terms)
		}
		for i, d := range docs {
			a.Add(d)
			b.Add(d)
			if b.ngramEntries() > refLim {
				b.Prune(2)
				if b.ngramEntries() > refLim/2 {
					refLim *= 2
				}
			}
			if i == len(docs)/2 {
				if x, y := dump(a), dump(b); x != y {
					t.Fatalf("%+v, midway: in place and Prune(2) differ", o)
				}
			}
		}
		if a.MaxUndercount() < 2 || a.MaxUndercount() != b.MaxUndercount() {
			t.Fatalf("%+v: %d and %d rounds; want the same, at least 2", o, a.MaxUndercount(), b.MaxUndercount())
		}
		want := dump(b)
		if got := dump(a); got != want {
			t.Errorf("%+v: in place and Prune(2) differ", o)
		}
		if got := dump(roundTrip(t, a)); got != want {
			t.Errorf("%+v: decoded, in place and Prune(2) differ", o)
		}
	}
}
