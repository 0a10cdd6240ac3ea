package chart

import (
	"image/color"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// rect is one filled rectangle in data coordinates.
type rect struct {
	x0, x1, y0, y1 float64
	color          color.Color
}

// rects draws filled rectangles: bars, stacked bars, diverging bars.
type rects []rect

func (rs rects) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	for _, r := range rs {
		x0, x1, y0, y1 := tx(r.x0), tx(r.x1), ty(r.y0), ty(r.y1)
		pts := []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
		c.FillPolygon(r.color, c.ClipPolygonXY(pts))
	}
}

func (rs rects) DataRange() (xmin, xmax, ymin, ymax float64) {
	if len(rs) == 0 {
		return 0, 1, 0, 1
	}
	xmin, xmax, ymin, ymax = rs[0].x0, rs[0].x1, rs[0].y0, rs[0].y1
	for _, r := range rs {
		xmin = min(xmin, r.x0, r.x1)
		xmax = max(xmax, r.x0, r.x1)
		ymin = min(ymin, r.y0, r.y1)
		ymax = max(ymax, r.y0, r.y1)
	}
	return
}

// swatch is a legend thumbnail: a filled square.
type swatch struct{ color color.Color }

func (s swatch) Thumbnail(c *draw.Canvas) {
	c.FillPolygon(s.color, []vg.Point{c.Min, {X: c.Max.X, Y: c.Min.Y}, c.Max, {X: c.Min.X, Y: c.Max.Y}})
}

// texts draws labels at data points, offset in points, clipped to nothing:
// callers leave room by widening the axis.
type texts struct {
	xs, ys []float64
	labels []string
	style  draw.TextStyle
	dx, dy vg.Length
}

func (t texts) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	for i, l := range t.labels {
		c.FillText(t.style, vg.Point{X: tx(t.xs[i]) + t.dx, Y: ty(t.ys[i]) + t.dy}, l)
	}
}

// numTicks is gonum's default ticker with thousands separators.
type numTicks struct{}

func (numTicks) Ticks(lo, hi float64) []plot.Tick {
	ts := plot.DefaultTicks{}.Ticks(lo, hi)
	// As few decimals as tell the labelled ticks apart.
	prec := 0
	for _, t := range ts {
		if t.Label == "" {
			continue
		}
		s := strconv.FormatFloat(t.Value, 'f', -1, 64)
		if i := strings.IndexByte(s, '.'); i >= 0 {
			prec = max(prec, min(len(s)-i-1, 6))
		}
	}
	for i := range ts {
		if ts[i].Label != "" {
			ts[i].Label = thousands(strconv.FormatFloat(ts[i].Value, 'f', prec, 64))
		}
	}
	return ts
}

// yGrid draws light horizontal rules at the major y ticks.
func yGrid(p *plot.Plot) {
	p.Add(grid{})
}

type grid struct{}

func (grid) Plot(c draw.Canvas, p *plot.Plot) {
	_, ty := p.Transforms(&c)
	sty := draw.LineStyle{Color: rule, Width: vg.Points(0.5)}
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if t.IsMinor() {
			continue
		}
		y := ty(t.Value)
		c.StrokeLine2(sty, c.Min.X, y, c.Max.X, y)
	}
}

func xGrid(p *plot.Plot) { p.Add(vgrid{}) }

type vgrid struct{}

func (vgrid) Plot(c draw.Canvas, p *plot.Plot) {
	tx, _ := p.Transforms(&c)
	sty := draw.LineStyle{Color: rule, Width: vg.Points(0.5)}
	for _, t := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
		if t.IsMinor() {
			continue
		}
		x := tx(t.Value)
		c.StrokeLine2(sty, x, c.Min.Y, x, c.Max.Y)
	}
}

// pointLabels draws a label centred above each point (x ascending), moving a
// label below its point when it would overlap the previous label above.
type pointLabels struct {
	xs, ys []float64
	labels []string
	style  draw.TextStyle
	gap    vg.Length
}

func (t pointLabels) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	lastAbove, lastBelow := vg.Length(-1e9), vg.Length(-1e9)
	for i, l := range t.labels {
		x, y := tx(t.xs[i]), ty(t.ys[i])
		w := t.style.Width(l)
		sty := t.style
		sty.XAlign = draw.XCenter
		left := x - w/2
		// Keep labels inside the panel horizontally.
		if left < c.Min.X {
			x += c.Min.X - left
			left = c.Min.X
		}
		if left+w > c.Max.X {
			x -= left + w - c.Max.X
			left = x - w/2
		}
		if left > lastAbove || left <= lastBelow {
			sty.YAlign = draw.YBottom
			c.FillText(sty, vg.Point{X: x, Y: y + t.gap}, l)
			lastAbove = left + w + t.gap
			continue
		}
		sty.YAlign = draw.YTop
		c.FillText(sty, vg.Point{X: x, Y: y - t.gap}, l)
		lastBelow = left + w + t.gap
	}
}
