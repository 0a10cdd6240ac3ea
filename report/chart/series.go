package chart

import (
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Series is one value per period: a term's relative frequency, a family's
// occurrences, a corpus count. Unit names the values ("documents", "per
// 10,000 words") for panel axes.
type Series struct {
	Name   string
	Unit   string
	Values []float64
}

// maxSeries bounds the lines of one chart, MaxPanels the panels of small
// multiples (the first ones are drawn).
const (
	maxSeries = 8
	MaxPanels = 12
)

func hasData(periods []string, series []Series) bool {
	if len(periods) == 0 {
		return false
	}
	for _, s := range series {
		if len(s.Values) == len(periods) {
			return true
		}
	}
	return false
}

// Columns draws each series as vertical bars over the periods, one panel per
// series stacked in rows: documents and tokens per period.
func Columns(name, title, caption string, periods []string, series []Series) (*Chart, error) {
	if !hasData(periods, series) {
		return nil, ErrNoData
	}
	return &Chart{Name: name, Title: title, Caption: caption, layout: func(s Size) layout {
		var ps []*plot.Plot
		for i, se := range series {
			p := newPlot(s, se.Name, "", se.Unit)
			var rs rects
			top := 0.0
			for j, v := range se.Values {
				rs = append(rs, rect{float64(j) - 0.38, float64(j) + 0.38, 0, v, colorAt(i)})
				top = max(top, v)
			}
			yGrid(p)
			p.Add(rs)
			periodAxis(p, periods, s, plotWidth(s, 1, 0))
			p.Y.Min, p.Y.Max = 0, roomFor(top, 0.05)
			p.Y.Tick.Marker = numTicks{}
			ps = append(ps, p)
		}
		h := s.Height
		if len(ps) > 2 {
			h = s.Height * vg.Length(len(ps)) / 2
		}
		return layout{panels: ps, cols: 1, height: h}
	}}, nil
}

// Lines draws each series as a line with markers over the periods, with a
// legend beside the plot: term trends.
func Lines(name, title, caption, yLabel string, periods []string, series []Series) (*Chart, error) {
	if !hasData(periods, series) {
		return nil, ErrNoData
	}
	if len(series) > maxSeries {
		series = series[:maxSeries]
	}
	caption = gapNote(caption, series)
	return &Chart{Name: name, Title: title, Caption: caption, layout: func(s Size) layout {
		p := newPlot(s, "", "", yLabel)
		l := newLegend(s)
		top := 0.0
		yGrid(p)
		for i, se := range series {
			line, pts := linePoints(se.Values, s, i)
			p.Add(line, pts)
			l.Add(cut(se.Name, 60), line, pts)
			top = maxOf(top, se.Values)
		}
		periodAxis(p, periods, s, plotWidth(s, 1, besideWidth(l, s)))
		p.Y.Min, p.Y.Max = 0, roomFor(top, 0.05)
		p.Y.Tick.Marker = numTicks{}
		return layout{panels: []*plot.Plot{p}, cols: 1, legend: l}
	}}, nil
}

// glyphs vary the marker shape with the colour so lines stay apart in grey.
var glyphs = []draw.GlyphDrawer{draw.CircleGlyph{}, draw.SquareGlyph{}, draw.TriangleGlyph{}, draw.RingGlyph{}, draw.PyramidGlyph{}, draw.BoxGlyph{}, draw.CrossGlyph{}, draw.PlusGlyph{}}

func linePoints(vals []float64, s Size, i int) (gapLine, *plotter.Scatter) {
	col := colorAt(i)
	g := gapLine{style: draw.LineStyle{Color: col, Width: s.Line}}
	var pts plotter.XYs
	var seg plotter.XYs
	flush := func() {
		if len(seg) > 1 {
			l, err := plotter.NewLine(seg)
			if err == nil {
				l.LineStyle = g.style
				g.segs = append(g.segs, l)
			}
		}
		seg = nil
	}
	for j, v := range vals {
		if math.IsNaN(v) {
			flush()
			continue
		}
		xy := plotter.XY{X: float64(j), Y: v}
		seg = append(seg, xy)
		pts = append(pts, xy)
	}
	flush()
	sc, err := plotter.NewScatter(pts)
	if err != nil {
		sc = &plotter.Scatter{}
	}
	sc.Color, sc.Radius, sc.Shape = col, s.Marker, glyphs[i%len(glyphs)]
	return g, sc
}

// gapLine is a line broken where a value is missing (NaN): a period with no
// documents has no relative frequency, which is not a frequency of 0.
type gapLine struct {
	segs  []*plotter.Line
	style draw.LineStyle
}

// Plot implements plot.Plotter.
func (g gapLine) Plot(c draw.Canvas, p *plot.Plot) {
	for _, l := range g.segs {
		l.Plot(c, p)
	}
}

// Thumbnail implements plot.Thumbnailer for the legend.
func (g gapLine) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(g.style, c.Min.X, y, c.Max.X, y)
}

// gapNote adds to a caption why lines break, when some value is missing.
func gapNote(caption string, series []Series) string {
	for _, se := range series {
		for _, v := range se.Values {
			if math.IsNaN(v) {
				const note = "no line across periods without documents"
				if caption == "" {
					return note
				}
				return caption + " · " + note
			}
		}
	}
	return caption
}

// maxOf is the largest value that is not NaN, or 0.
func maxOf(top float64, vals []float64) float64 {
	for _, v := range vals {
		if !math.IsNaN(v) {
			top = max(top, v)
		}
	}
	return top
}

// Panels draws one small panel per series (at most 12) on a shared y scale:
// formula families per period.
func Panels(name, title, caption, yLabel string, periods []string, series []Series) (*Chart, error) {
	if !hasData(periods, series) {
		return nil, ErrNoData
	}
	if len(series) > MaxPanels {
		series = series[:MaxPanels]
	}
	caption = gapNote(caption, series)
	top := 0.0
	for _, se := range series {
		top = maxOf(top, se.Values)
	}
	return &Chart{Name: name, Title: title, Caption: caption, layout: func(s Size) layout {
		cols := 2
		if s.Name == Full.Name && len(series) > 4 {
			cols = 3
		}
		cols = min(cols, len(series))
		var ps []*plot.Plot
		for i, se := range series {
			yl := ""
			if i%cols == 0 {
				yl = yLabel
			}
			p := newPlot(s, cut(se.Name, 36), "", yl)
			p.Title.TextStyle.Font.Size = s.Tick + 0.5
			p.Title.Text = clipLines(p.Title.Text, p.Title.TextStyle, s.Width/vg.Length(cols)-s.Tick*2)
			yGrid(p)
			line, pts := linePoints(se.Values, s, 0)
			p.Add(line, pts)
			periodAxis(p, periods, s, plotWidth(s, cols, 0))
			p.Y.Min, p.Y.Max = 0, roomFor(top, 0.08)
			p.Y.Tick.Marker = numTicks{}
			ps = append(ps, p)
		}
		rows := (len(ps) + cols - 1) / cols
		// A panel title of several lines (a family and its wording in
		// a language) takes room from the panel: add it back, so the
		// panels keep the height the y label needs.
		extra := 0
		for _, se := range series {
			extra = max(extra, strings.Count(se.Name, "\n"))
		}
		titleH := vg.Length(1+extra) * (s.Tick + 0.5) * 1.2
		rowH := s.Height*0.42 + titleH - (s.Tick+0.5)*1.2
		// and at least the room for the y label along the data area, so
		// that it never reaches above the panel and pushes its row's
		// titles out of line
		rowH = max(rowH, s.textStyle(s.Label, false).Width(yLabel)+titleH+s.Tick*5)
		h := max(s.Height, vg.Length(rows)*rowH+s.Title*3)
		return layout{panels: ps, cols: cols, height: h}
	}}, nil
}

// Stacked draws, per period, the share of each series in the period's total
// as stacked bars summing to 100%: variant shares of a family.
func Stacked(name, title, caption string, periods []string, series []Series) (*Chart, error) {
	if !hasData(periods, series) {
		return nil, ErrNoData
	}
	if len(series) > maxSeries {
		series = series[:maxSeries]
	}
	total := make([]float64, len(periods))
	for _, se := range series {
		for j, v := range se.Values {
			total[j] += v
		}
	}
	return &Chart{Name: name, Title: title, Caption: caption, layout: func(s Size) layout {
		p := newPlot(s, "", "", "share of the family (%)")
		l := newLegend(s)
		var rs rects
		base := make([]float64, len(periods))
		for i, se := range series {
			col := colorAt(i)
			for j, v := range se.Values {
				if total[j] == 0 || v == 0 {
					continue
				}
				h := v / total[j] * 100
				rs = append(rs, rect{float64(j) - 0.4, float64(j) + 0.4, base[j], base[j] + h, col})
				base[j] += h
			}
		}
		// The legend lists the series top down, as they are stacked.
		for i := len(series) - 1; i >= 0; i-- {
			l.Add(cut(series[i].Name, 60), swatch{colorAt(i)})
		}
		// The number of occurrences above each bar: a 100% bar of one
		// occurrence should not look like one of fifty.
		n := texts{style: s.textStyle(s.Tick*0.9, false), dy: s.Tick * 0.25}
		n.style.XAlign = draw.XCenter
		n.style.Color = grey
		slot := plotWidth(s, 1, besideWidth(l, s)) / vg.Length(len(periods))
		for j, t := range total {
			if t > 0 && n.style.Width("n="+number(t))+s.Tick*0.5 <= slot {
				n.xs, n.ys, n.labels = append(n.xs, float64(j)), append(n.ys, 100), append(n.labels, "n="+number(t))
			}
		}
		yGrid(p)
		p.Add(rs, n)
		periodAxis(p, periods, s, plotWidth(s, 1, besideWidth(l, s)))
		p.Y.Min, p.Y.Max = 0, 100+float64(s.Tick)*1.8/float64(s.Height)*100
		p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: 0, Label: "0"}, {Value: 25}, {Value: 50, Label: "50"}, {Value: 75}, {Value: 100, Label: "100"}})
		return layout{panels: []*plot.Plot{p}, cols: 1, legend: l}
	}}, nil
}
