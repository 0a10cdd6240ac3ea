package bundle

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/pipeline"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
)

// FiguresInput is what the figures analysis gives a report: the figures
// and their series in memory, or (Each) a walk over the figures, which are
// then read twice more but never all held.
type FiguresInput struct {
	Figures []figures.Figure
	Series  []figures.FigureSeries
	// Each, when not nil, stands for Figures and Series: it walks the
	// figures in input order (each document's together), Total of them.
	Each   figures.Each
	Total  int
	Panels int // series drawn (default 8): most dated points first
	// MaxRows bounds the Figures and Figure series sheets (default
	// DefaultMaxFigureRows); charts use every figure.
	MaxRows int
	// RowsOnRead, with Each, makes the Figures sheet's rows from Each each
	// time they are read instead of holding them (issue 22).
	RowsOnRead bool
}

// DefaultMaxFigureRows is the default bound on the figure sheets' rows: the
// figures the pipeline keeps with their sentences.
const DefaultMaxFigureRows = pipeline.DefaultMaxFigures

// seriesCand is a series that may be drawn, with its dated points.
type seriesCand struct {
	s     figures.FigureSeries
	dated int
}

// seriesView is what the figures part shows of the series: those of the
// Figure series sheet (cut to its rows), the panels' candidates (at most
// panels, most dated points first), and the counts of all.
type seriesView struct {
	table          []figures.FigureSeries
	cands          []seriesCand
	series, points int
}

// viewSeries is the seriesView of a list of series.
func viewSeries(all []figures.FigureSeries, maxRows, panels int) seriesView {
	v := seriesView{table: firstPoints(all, maxRows), series: len(all), points: countPoints(all)}
	for _, s := range all {
		d := 0
		for _, pt := range s.Points {
			if !pt.Date.IsZero() {
				d++
			}
		}
		if d > 0 {
			v.cands = append(v.cands, seriesCand{s, d})
		}
	}
	sort.SliceStable(v.cands, func(i, j int) bool { return v.cands[i].dated > v.cands[j].dated })
	if len(v.cands) > panels {
		v.cands = v.cands[:panels]
	}
	return v
}

// planSeries is the seriesView of the figures each walks: a first walk
// plans the series (figures.SeriesPlan), a second collects only the
// series of the sheet and of the panels.
func planSeries(each figures.Each, maxRows, panels int) (seriesView, error) {
	plan, err := figures.PlanSeries(each, figures.SeriesOptions{})
	if err != nil {
		return seriesView{}, err
	}
	v := seriesView{series: len(plan.Series)}
	inTable := 0 // the sheet's series: a prefix, as firstPoints cuts
	for rem := maxRows; inTable < len(plan.Series) && rem > 0; inTable++ {
		rem -= plan.Series[inTable].Points
	}
	var cands []int
	for i, s := range plan.Series {
		v.points += s.Points
		if s.Dated > 0 {
			cands = append(cands, i)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return plan.Series[cands[i]].Dated > plan.Series[cands[j]].Dated })
	if len(cands) > panels {
		cands = cands[:panels]
	}
	drawn := map[int]bool{}
	for _, i := range cands {
		drawn[i] = true
	}
	// The sheet and the panels show no sentence, speaker or source: points
	// without them do not hold a second copy of the figures' sentences
	// (the walk decodes each anew) while the Figures sheet holds the first.
	lean := func(fn func(figures.Figure) error) error {
		return each(func(f figures.Figure) error {
			f.Sentence, f.Speaker, f.Side, f.Cue, f.Source = "", "", "", "", ""
			return fn(f)
		})
	}
	// The sheet's series keep the points its rows show, the panels' a
	// sample of those of a series too large to draw whole (issue 22):
	// neither grows with the corpus.
	rows := make([]int, inTable)
	for i, rem := 0, maxRows; i < inTable; i++ {
		rows[i] = min(plan.Series[i].Points, rem)
		rem -= rows[i]
	}
	// one walk of the figures for both
	var got []figures.FigureSeries
	v.table, got, err = plan.CollectFirstAndSample(lean, func(i int) int {
		if i < inTable {
			return rows[i]
		}
		return 0
	}, func(i int) bool { return drawn[i] }, maxPanelSample)
	if err != nil {
		return seriesView{}, err
	}
	byKey := map[string]figures.FigureSeries{}
	for _, s := range got {
		byKey[s.Key] = s
	}
	for _, i := range cands {
		v.cands = append(v.cands, seriesCand{byKey[plan.Series[i].Key], plan.Series[i].Dated})
	}
	return v, nil
}

// maxPanelSample is the most points of a series a panel draws from: a
// larger series is sampled (figures.SeriesPlan.CollectSample), and its
// panel thinned to maxPanelPoints marks in any case.
const maxPanelSample = 20_000

// FiguresPart is the figures analysis's share of a report: the Figures and
// Figure series sheets and one panel per series of dated figures, each point
// labelled with the figure as written, the source documents in the caption.
func FiguresPart(in FiguresInput, cap Caption) (Part, error) {
	p := Part{Name: "figures"}
	maxRows := in.MaxRows
	if maxRows <= 0 {
		maxRows = DefaultMaxFigureRows
	}
	n := in.Panels
	if n <= 0 {
		n = 8
	}
	figs, total := in.Figures, len(in.Figures)
	var view seriesView
	var ft *table.Table
	shown := 0
	if in.Each != nil {
		total = in.Total
		var err error
		if in.RowsOnRead {
			shown = min(maxRows, in.Total)
			if ft, err = table.FiguresWalked(shown, in.Each); err != nil {
				return p, err
			}
		} else {
			figs = make([]figures.Figure, 0, min(maxRows, in.Total))
			err = in.Each(func(f figures.Figure) error {
				if len(figs) == maxRows {
					return spoolStop
				}
				figs = append(figs, f)
				return nil
			})
			if err != nil && !errors.Is(err, spoolStop) {
				return p, err
			}
		}
		if view, err = planSeries(in.Each, maxRows, n); err != nil {
			return p, err
		}
	} else {
		if len(figs) > maxRows {
			figs = figs[:maxRows]
		}
		view = viewSeries(in.Series, maxRows, n)
	}
	if ft == nil {
		ft, shown = table.Figures(figs), len(figs)
	}
	if shown < total {
		ft.Notes = append(ft.Notes, fmt.Sprintf("the first %d of %d figures, in input order", shown, total))
	}
	st := table.FigureSeries(view.table)
	if view.points > maxRows {
		st.Notes = append(st.Notes, fmt.Sprintf("the first %d of %d series points", maxRows, view.points))
	}
	p.Tables = append(p.Tables, sheet(ft, "Figures"), sheet(st, "Figure series"))
	cands := view.cands
	var series []chart.PointSeries
	sources := map[string]time.Time{}
	for _, c := range cands {
		series = append(series, pointSeries(c.s, sources))
	}
	var docs []string
	for d := range sources {
		docs = append(docs, d)
	}
	sort.Slice(docs, func(i, j int) bool {
		if !sources[docs[i]].Equal(sources[docs[j]]) {
			return sources[docs[i]].Before(sources[docs[j]])
		}
		return docs[i] < docs[j]
	})
	var src []string
	for i, d := range docs {
		if i == 10 {
			src = append(src, fmt.Sprintf("and %d more", len(docs)-10))
			break
		}
		src = append(src, d+" ("+sources[d].Format(time.DateOnly)+")")
	}
	note := ""
	if len(src) > 0 {
		note = "sources: " + strings.Join(src, ", ")
	}
	for _, c := range cands {
		if c.s.Of > 0 {
			// the sources named are those of the points drawn
			note += fmt.Sprintf("; series of more than %d points are drawn from a sample of them", maxPanelSample)
			break
		}
	}
	title := "Cited figures over time"
	if view.series > len(series) && len(series) > 0 {
		title = fmt.Sprintf("Cited figures over time (%d of %d series)", len(series), view.series)
	}
	c, err := chart.Points("figures", title, cap.With(note), series)
	var drawn []string
	for _, c := range cands {
		drawn = append(drawn, c.s.Subject)
	}
	p.addChart(c, err, "cited figures over time", drawn...)
	p.pack()
	return p, nil
}

// spoolStop ends a walk early.
var spoolStop = errors.New("enough figures")

// pointSeries turns a figure series into chart points in a readable scale
// (thousand, million, billion), labelled with the figure as written.
func pointSeries(s figures.FigureSeries, sources map[string]time.Time) chart.PointSeries {
	same := true
	for _, pt := range s.Points {
		same = same && pt.Unit == s.Unit
	}
	unit := s.Unit
	val := func(pt figures.Point) float64 { return pt.Value }
	if !same {
		unit = s.Family
		val = func(pt figures.Point) float64 { return pt.Base }
	}
	top := 0.0
	for _, pt := range s.Points {
		top = max(top, math.Abs(val(pt)))
	}
	scale, word := 1.0, ""
	switch {
	case top >= 1e9:
		scale, word = 1e9, "billion "
	case top >= 1e6:
		scale, word = 1e6, "million "
	case top >= 1e4:
		scale, word = 1e3, "thousand "
	}
	out := chart.PointSeries{Name: s.Subject, Unit: word + unit}
	drawn := map[chart.Point]bool{} // the same citation on the same day is one mark
	for _, pt := range s.Points {
		if pt.Date.IsZero() {
			continue
		}
		label := pt.Text
		if pt.Qualifier != "" && !strings.HasPrefix(pt.Qualifier, "range") {
			label = pt.Qualifier + " " + label
		}
		if t, ok := sources[pt.Doc]; !ok || pt.Date.Before(t) {
			sources[pt.Doc] = pt.Date
		}
		p := chart.Point{Date: pt.Date, Value: val(pt) / scale, Label: label}
		if !drawn[p] {
			drawn[p] = true
			out.Points = append(out.Points, p)
		}
	}
	out.Points = thinPoints(out.Points, maxPanelPoints)
	return out
}

// maxPanelPoints bounds the marks of one series panel: past it a panel is a
// band of dots that a reader cannot tell apart anyway.
const maxPanelPoints = 2000

// thinPoints keeps at most max points, in order: the first, the last, the
// lowest and the highest, and the rest evenly spread.
func thinPoints(pts []chart.Point, max int) []chart.Point {
	if len(pts) <= max {
		return pts
	}
	keep := make([]bool, len(pts))
	lo, hi := 0, 0
	for i, p := range pts {
		if p.Value < pts[lo].Value {
			lo = i
		}
		if p.Value > pts[hi].Value {
			hi = i
		}
	}
	keep[0], keep[len(pts)-1], keep[lo], keep[hi] = true, true, true, true
	step := float64(len(pts)-1) / float64(max-5)
	for k := 0.0; int(k) < len(pts); k += step {
		keep[int(k)] = true
	}
	var out []chart.Point
	for i, p := range pts {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

func countPoints(series []figures.FigureSeries) int {
	n := 0
	for _, s := range series {
		n += len(s.Points)
	}
	return n
}

// firstPoints keeps the series in order until max points are kept.
func firstPoints(series []figures.FigureSeries, max int) []figures.FigureSeries {
	if countPoints(series) <= max {
		return series
	}
	var out []figures.FigureSeries
	for _, s := range series {
		if max <= 0 {
			break
		}
		if len(s.Points) > max {
			s.Points = s.Points[:max]
		}
		max -= len(s.Points)
		out = append(out, s)
	}
	return out
}
