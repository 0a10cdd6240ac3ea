package chart

import (
	"sort"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Point is one dated value: a figure cited in a document.
type Point struct {
	Date  time.Time
	Value float64
	Label string // drawn beside the point, e.g. "12.5 bn USD"; the value when empty
}

// PointSeries is the points of one series (a subject and unit): one panel.
type PointSeries struct {
	Name   string
	Unit   string // y axis label
	Points []Point
}

// Points draws one panel per series (at most 12) of dated points joined in
// date order, each labelled with its value and unit: cited-figure series.
// Undated points are dropped; a series without dated points is skipped.
func Points(name, title, caption string, series []PointSeries) (*Chart, error) {
	var keep []PointSeries
	for _, se := range series {
		var pts []Point
		for _, p := range se.Points {
			if !p.Date.IsZero() {
				pts = append(pts, p)
			}
		}
		if len(pts) == 0 {
			continue
		}
		sort.SliceStable(pts, func(i, j int) bool { return pts[i].Date.Before(pts[j].Date) })
		se.Points = pts
		keep = append(keep, se)
	}
	if len(keep) == 0 {
		return nil, ErrNoData
	}
	if len(keep) > MaxPanels {
		keep = keep[:MaxPanels]
	}
	first, last := keep[0].Points[0].Date, keep[0].Points[0].Date
	for _, se := range keep {
		for _, p := range se.Points {
			if p.Date.Before(first) {
				first = p.Date
			}
			if p.Date.After(last) {
				last = p.Date
			}
		}
	}
	return &Chart{Name: name, Title: title, Caption: caption, layout: func(s Size) layout {
		cols := 1
		if len(keep) > 1 {
			cols = 2
		}
		var ps []*plot.Plot
		for _, se := range keep {
			p := newPlot(s, cut(se.Name, 40), "", cut(se.Unit, 24))
			p.Title.TextStyle.Font.Size = s.Tick + 0.5
			xys := make(plotter.XYs, len(se.Points))
			lab := pointLabels{style: s.textStyle(s.Tick*0.95, false), gap: s.Marker*1.2 + s.Tick*0.25}
			lo, hi := se.Points[0].Value, se.Points[0].Value
			show := labelledPoints(se.Points)
			for i, pt := range se.Points {
				xys[i] = plotter.XY{X: toDays(pt.Date), Y: pt.Value}
				l := pt.Label
				if strings.TrimSpace(l) == "" {
					l = number(pt.Value)
				}
				if show[i] {
					lab.xs, lab.ys, lab.labels = append(lab.xs, xys[i].X), append(lab.ys, pt.Value), append(lab.labels, cut(l, 36))
				}
				lo, hi = min(lo, pt.Value), max(hi, pt.Value)
			}
			line := polyline{xys: xys, style: draw.LineStyle{Color: rule, Width: s.Line * 0.8}}
			yGrid(p)
			p.Add(line, dots{xys: xys, color: palette[0], radius: s.Marker * 1.2}, lab)
			dateAxis(p, first, last, s, plotWidth(s, cols, 0))
			if lo >= 0 {
				lo = 0
			}
			span := hi - lo
			if span == 0 {
				span = max(1, hi)
			}
			lo = min(lo, lo-span*0.15*boolF(lo < 0))
			p.Y.Min, p.Y.Max = lo, hi+span*0.3
			p.Y.Tick.Marker = numTicks{}
			ps = append(ps, p)
		}
		rows := (len(ps) + cols - 1) / cols
		h := max(s.Height, vg.Length(rows)*s.Height*0.5+s.Title*3)
		return layout{panels: ps, cols: cols, height: h}
	}}, nil
}

func boolF(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// maxPointLabels is the most points of a panel labelled one by one; a longer
// series labels its first, last, lowest and highest points.
const maxPointLabels = 8

func labelledPoints(pts []Point) []bool {
	show := make([]bool, len(pts))
	if len(pts) <= maxPointLabels {
		for i := range show {
			show[i] = true
		}
		return show
	}
	lo, hi := 0, 0
	for i, p := range pts {
		if p.Value < pts[lo].Value {
			lo = i
		}
		if p.Value > pts[hi].Value {
			hi = i
		}
	}
	show[0], show[len(pts)-1], show[lo], show[hi] = true, true, true, true
	return show
}
