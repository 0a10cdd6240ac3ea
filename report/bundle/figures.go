package bundle

import (
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

// FiguresInput is what the figures analysis gives a report.
type FiguresInput struct {
	Figures []figures.Figure
	Series  []figures.FigureSeries
	Panels  int // series drawn (default 8): most dated points first
	// MaxRows bounds the Figures and Figure series sheets (default
	// DefaultMaxFigureRows); charts use every figure.
	MaxRows int
}

// DefaultMaxFigureRows is the default bound on the figure sheets' rows: the
// figures the pipeline keeps with their sentences.
const DefaultMaxFigureRows = pipeline.DefaultMaxFigures

// FiguresPart is the figures analysis's share of a report: the Figures and
// Figure series sheets and one panel per series of dated figures, each point
// labelled with the figure as written, the source documents in the caption.
func FiguresPart(in FiguresInput, cap Caption) Part {
	p := Part{Name: "figures"}
	maxRows := in.MaxRows
	if maxRows <= 0 {
		maxRows = DefaultMaxFigureRows
	}
	figs := in.Figures
	if len(figs) > maxRows {
		figs = figs[:maxRows]
	}
	ft := table.Figures(figs)
	if len(figs) < len(in.Figures) {
		ft.Notes = append(ft.Notes, fmt.Sprintf("the first %d of %d figures, in input order", len(figs), len(in.Figures)))
	}
	st := table.FigureSeries(firstPoints(in.Series, maxRows))
	if n := countPoints(in.Series); n > maxRows {
		st.Notes = append(st.Notes, fmt.Sprintf("the first %d of %d series points", maxRows, n))
	}
	p.Tables = append(p.Tables, sheet(ft, "Figures"), sheet(st, "Figure series"))
	n := in.Panels
	if n <= 0 {
		n = 8
	}
	type cand struct {
		s     figures.FigureSeries
		dated int
	}
	var cands []cand
	for _, s := range in.Series {
		d := 0
		for _, pt := range s.Points {
			if !pt.Date.IsZero() {
				d++
			}
		}
		if d > 0 {
			cands = append(cands, cand{s, d})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dated > cands[j].dated })
	if len(cands) > n {
		cands = cands[:n]
	}
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
	title := "Cited figures over time"
	if len(in.Series) > len(series) && len(series) > 0 {
		title = fmt.Sprintf("Cited figures over time (%d of %d series)", len(series), len(in.Series))
	}
	c, err := chart.Points("figures", title, cap.With(note), series)
	var drawn []string
	for _, c := range cands {
		drawn = append(drawn, c.s.Subject)
	}
	p.addChart(c, err, "cited figures over time", drawn...)
	return p
}

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
