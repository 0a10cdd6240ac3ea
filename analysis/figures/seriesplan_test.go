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
