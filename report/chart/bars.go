package chart

import (
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Item is one labelled value: a term and its count, a term and its keyness.
type Item struct {
	Label string
	Value float64
}

// maxLabel is the longest item label drawn; longer ones are cut with "…".
const maxLabel = 32

func cut(s string, n int) string {
	lines := strings.Split(Safe(s), "\n")
	for i, l := range lines { // each line of a label of several
		if r := []rune(l); len(r) > n {
			lines[i] = string(r[:n-1]) + "…"
		}
	}
	return strings.Join(lines, "\n")
}

// barsHeight is the height of a chart of n horizontal bars at size s.
func barsHeight(s Size, n int) vg.Length {
	return max(s.Height, vg.Length(n)*s.Tick*1.9+s.Title*2+s.Caption*3+s.Label*3.5)
}

// Bars is a horizontal bar chart of items, first at the top, each bar
// labelled with its value: top terms by frequency.
func Bars(name, title, caption, xLabel string, items []Item) (*Chart, error) {
	if len(items) == 0 {
		return nil, ErrNoData
	}
	return &Chart{Name: name, Title: title, Caption: caption, layout: func(s Size) layout {
		p := newPlot(s, "", xLabel, "")
		n := len(items)
		var rs rects
		var tx texts
		tx.style = s.textStyle(s.Tick, false)
		tx.style.YAlign = draw.YCenter
		tx.dx = s.Tick / 3
		ticks := make([]plot.Tick, n)
		top := 0.0
		format := formatter(values(items))
		for i, it := range items {
			y := float64(n - 1 - i)
			rs = append(rs, rect{0, it.Value, y - 0.36, y + 0.36, neutral})
			tx.xs, tx.ys, tx.labels = append(tx.xs, it.Value), append(tx.ys, y), append(tx.labels, format(it.Value))
			ticks[i] = plot.Tick{Value: y, Label: cut(it.Label, maxLabel)}
			top = max(top, it.Value)
		}
		xGrid(p)
		p.Add(rs, tx)
		p.Y.Tick.Marker = plot.ConstantTicks(ticks)
		p.Y.Min, p.Y.Max = -0.6, float64(n)-0.4
		p.Y.Tick.Length = 0
		if top <= 0 {
			top = 1
		}
		p.X.Min, p.X.Max = 0, top/labelRoom(s, items, tx.labels, 0, 1)
		p.X.Tick.Marker = numTicks{}
		return layout{panels: []*plot.Plot{p}, cols: 1, height: barsHeight(s, n)}
	}}, nil
}

// roomFor widens an axis maximum by frac for labels past the data.
func roomFor(v, frac float64) float64 {
	if v <= 0 {
		return 1
	}
	return v * (1 + frac)
}

// Diverging is a horizontal bar chart of signed values sorted from the most
// positive (top, in the rising colour) to the most negative (bottom, in the
// fading colour) around a zero line: keyness of the latest period.
func Diverging(name, title, caption, xLabel string, items []Item) (*Chart, error) {
	if len(items) == 0 {
		return nil, ErrNoData
	}
	return &Chart{Name: name, Title: title, Caption: caption, layout: func(s Size) layout {
		p := newPlot(s, "", xLabel, "")
		n := len(items)
		var rs rects
		right := texts{style: s.textStyle(s.Tick, false), dx: s.Tick / 3}
		right.style.YAlign = draw.YCenter
		left := right
		left.style.XAlign = draw.XRight
		left.dx = -s.Tick / 3
		ticks := make([]plot.Tick, n)
		span := 0.0
		l := newLegend(s)
		l.Add("rising", swatch{rising})
		l.Add("fading", swatch{fading})
		format := formatter(values(items))
		for i, it := range items {
			y := float64(n - 1 - i)
			col := rising
			lab := &right
			if it.Value < 0 {
				col, lab = fading, &left
			}
			rs = append(rs, rect{0, it.Value, y - 0.36, y + 0.36, col})
			lab.xs, lab.ys, lab.labels = append(lab.xs, it.Value), append(lab.ys, y), append(lab.labels, format(it.Value))
			ticks[i] = plot.Tick{Value: y, Label: cut(it.Label, maxLabel)}
			span = max(span, math.Abs(it.Value))
		}
		if span == 0 {
			span = 1
		}
		xGrid(p)
		zero, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: -0.6}, {X: 0, Y: float64(n) - 0.4}})
		zero.Color = grey
		zero.Width = vg.Points(0.7)
		p.Add(rs, zero, right, left)
		p.Y.Tick.Marker = plot.ConstantTicks(ticks)
		p.Y.Min, p.Y.Max = -0.6, float64(n)-0.4
		p.Y.Tick.Length = 0
		extent := span / labelRoom(s, items, append(right.labels, left.labels...), legendWidth(l, s)+s.Tick, 0.5)
		p.X.Tick.Marker = numTicks{}
		p.X.Min, p.X.Max = -extent, extent
		return layout{panels: []*plot.Plot{p}, cols: 1, legend: l, height: barsHeight(s, n)}
	}}, nil
}

func values(items []Item) []float64 {
	out := make([]float64, len(items))
	for i, it := range items {
		out[i] = it.Value
	}
	return out
}

// labelRoom is the fraction of a bar's half (share 0.5) or whole (share 1)
// data width the longest bar may take so that its value label still fits
// beside it: the data width is the canvas minus the item labels, the axis
// and the legend.
func labelRoom(s Size, items []Item, valueLabels []string, legend vg.Length, share float64) float64 {
	sty := s.textStyle(s.Tick, false)
	itemW, valW := vg.Length(0), vg.Length(0)
	for _, it := range items {
		itemW = max(itemW, sty.Width(cut(it.Label, maxLabel)))
	}
	for _, l := range valueLabels {
		valW = max(valW, sty.Width(l))
	}
	data := (s.Width - legend - itemW - s.Tick*3) * vg.Length(share)
	if data <= 0 {
		return 0.5
	}
	room := 1 - float64((valW+s.Tick)/data)
	return min(max(room, 0.4), 0.95)
}
