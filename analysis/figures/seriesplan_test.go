package figures

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// planFigures are the figures of 1,500 synthetic articles, each document's
// together, dated over three years with some undated, as a run lists them.
func planFigures(t testing.TB) []Figure {
	sents, err := corpustest.Sentences(seedsDir)
	if err != nil {
		t.Fatal(err)
	}
	var figs []Figure
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, a := range corpustest.Articles(sents, corpustest.Spec{Articles: 1500, Seed: 7}) {
		date := start.AddDate(0, 0, (i*37)%1000)
		if i%11 == 0 {
			date = time.Time{}
		}
		for _, f := range ExtractDated(a, date) {
			f.Doc = fmt.Sprintf("doc%04d", (i*7919)%1500) // input order is not name order
			figs = append(figs, f)
		}
	}
	return figs
}

// TestPlanEqualsGroupSeries checks that planning and collecting every
// series gives exactly GroupSeries' series, with any options, and that
// collecting some gives exactly those.
func TestPlanEqualsGroupSeries(t *testing.T) {
	figs := planFigures(t)
	for _, opt := range []SeriesOptions{{}, {IncludeOrdinals: true}, {MinPoints: 3}} {
		want := GroupSeries(figs, opt)
		plan, err := PlanSeries(EachOf(figs), opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) < 10 || len(plan.Series) != len(want) {
			t.Fatalf("%+v: %d series planned, GroupSeries %d", opt, len(plan.Series), len(want))
		}
		for i, s := range want {
			info := plan.Series[i]
			dated := 0
			for _, p := range s.Points {
				if !p.Date.IsZero() {
					dated++
				}
			}
			if info.Key != s.Key || info.Subject != s.Subject || info.Unit != s.Unit || info.Family != s.Family ||
				info.Kind != s.Kind || info.Points != len(s.Points) || info.Dated != dated {
				t.Fatalf("%+v: series %d planned as %+v, GroupSeries has %s (%d points, %d dated)", opt, i, info, s.Key, len(s.Points), dated)
			}
		}
		got, err := plan.Collect(EachOf(figs), func(int) bool { return true })
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: collected series differ from GroupSeries'", opt)
		}
		some, err := plan.Collect(EachOf(figs), func(i int) bool { return i%3 == 1 })
		if err != nil {
			t.Fatal(err)
		}
		var wantSome []FigureSeries
		for i := 1; i < len(want); i += 3 {
			wantSome = append(wantSome, want[i])
		}
		if !reflect.DeepEqual(some, wantSome) {
			t.Errorf("%+v: every third series collected differs from GroupSeries'", opt)
		}
	}
}

func TestPlanWalkError(t *testing.T) {
	boom := fmt.Errorf("read error")
	bad := func(fn func(Figure) error) error { return boom }
	if _, err := PlanSeries(bad, SeriesOptions{}); err != boom {
		t.Errorf("PlanSeries: error %v, want %v", err, boom)
	}
	p, _ := PlanSeries(EachOf(nil), SeriesOptions{})
	if _, err := p.Collect(bad, func(int) bool { return true }); err != boom {
		t.Errorf("Collect: error %v, want %v", err, boom)
	}
}

// TestCollectBounded: CollectFirst keeps exactly the first points Collect
// gives a series; CollectSample gives a series no larger than its size as
// Collect does, and of a larger one about size points in series order with
// its first, last, lowest and highest dated points.
func TestCollectBounded(t *testing.T) {
	figs := planFigures(t)
	plan, err := PlanSeries(EachOf(figs), SeriesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	all, err := plan.Collect(EachOf(figs), func(int) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	big := 0 // the largest series
	for i, s := range all {
		if len(s.Points) > len(all[big].Points) {
			big = i
		}
	}
	n := len(all[big].Points)
	if n < 60 {
		t.Fatalf("largest series has %d points", n)
	}
	first, err := plan.CollectFirst(EachOf(figs), func(i int) int {
		switch i {
		case big:
			return n / 3
		case 0, 1:
			return -1
		}
		return 0
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range first {
		var want FigureSeries
		for _, a := range all {
			if a.Key == s.Key {
				want = a
			}
		}
		k := len(want.Points)
		if s.Key == all[big].Key {
			k = n / 3
			if s.Of != n {
				t.Errorf("cut series: Of %d, want %d", s.Of, n)
			}
		}
		if len(s.Points) != k {
			t.Fatalf("series %s: %d points, want %d", s.Key, len(s.Points), k)
		}
		for j := range s.Points {
			got, w := s.Points[j], want.Points[j]
			got.Conflict, w.Conflict = false, false // flagged among the points kept
			if !reflect.DeepEqual(got, w) {
				t.Fatalf("series %s point %d: %+v, want %+v", s.Key, j, got, w)
			}
		}
	}
	if len(first) != 3 && !(big <= 1 && len(first) == 2) {
		t.Errorf("%d series collected, want 3", len(first))
	}
	// Sampling: the whole series when it fits.
	whole, err := plan.CollectSample(EachOf(figs), func(i int) bool { return i == big }, n)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole) != 1 || !reflect.DeepEqual(whole[0], all[big]) {
		t.Errorf("a series no larger than the sample differs from Collect's")
	}
	size := n / 4
	some, err := plan.CollectSample(EachOf(figs), func(i int) bool { return i == big }, size)
	if err != nil {
		t.Fatal(err)
	}
	s := some[0]
	if s.Of != n || len(s.Points) < size/2 || len(s.Points) > 2*size+6 {
		t.Fatalf("sample of %d of %d points (Of %d), want about %d", len(s.Points), n, s.Of, size)
	}
	var dated []Point
	for _, p := range all[big].Points {
		if !p.Date.IsZero() {
			dated = append(dated, p)
		}
	}
	has := func(want Point) bool {
		for _, p := range s.Points {
			if p.Doc == want.Doc && p.Start == want.Start {
				return true
			}
		}
		return false
	}
	lo, hi := dated[0], dated[0]
	for _, p := range dated {
		if p.Value < lo.Value {
			lo = p
		}
		if p.Value > hi.Value {
			hi = p
		}
	}
	for name, p := range map[string]Point{"first": dated[0], "last": dated[len(dated)-1]} {
		if !has(p) {
			t.Errorf("the sample lacks the %s dated point", name)
		}
	}
	for name, v := range map[string]float64{"lowest": lo.Value, "highest": hi.Value} {
		found := false
		for _, p := range s.Points {
			found = found || !p.Date.IsZero() && p.Value == v
		}
		if !found {
			t.Errorf("the sample lacks a point of the %s value, %g", name, v)
		}
	}
	for j := 1; j < len(s.Points); j++ {
		if pointLess(s.Points[j], s.Points[j-1]) {
			t.Fatalf("sample out of order at %d", j)
		}
	}
}

// TestCollectFirstAndSample: one walk gives what CollectFirst and
// CollectSample give in two, for cuts and samples that overlap, and walks
// the figures once.
func TestCollectFirstAndSample(t *testing.T) {
	figs := planFigures(t)
	plan, err := PlanSeries(EachOf(figs), SeriesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	first := func(i int) int {
		switch i % 4 {
		case 0:
			return -1
		case 1:
			return 2
		}
		return 0
	}
	for _, size := range []int{1, 5, 1000} {
		drawn := func(i int) bool { return i%3 != 2 }
		wantFirst, err := plan.CollectFirst(EachOf(figs), first)
		if err != nil {
			t.Fatal(err)
		}
		wantSample, err := plan.CollectSample(EachOf(figs), drawn, size)
		if err != nil {
			t.Fatal(err)
		}
		walks := 0
		each := func(fn func(Figure) error) error {
			walks++
			return EachOf(figs)(fn)
		}
		gotFirst, gotSample, err := plan.CollectFirstAndSample(each, first, drawn, size)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(gotFirst, wantFirst) || !reflect.DeepEqual(gotSample, wantSample) {
			t.Errorf("size %d: one walk gives %d and %d series, two walks %d and %d, or their points differ",
				size, len(gotFirst), len(gotSample), len(wantFirst), len(wantSample))
		}
		if walks != 1 {
			t.Errorf("size %d: %d walks, want 1", size, walks)
		}
		if len(wantFirst) == 0 || len(wantSample) == 0 {
			t.Errorf("size %d: nothing collected, the test proves nothing", size)
		}
	}
}
