package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// dots draws round markers of one colour as a single filled path, leaving
// out a marker whose centre falls in the same half-radius cell as one
// already drawn: it would all but vanish under it (along a run of dots the
// edge of the band moves by a tenth of a point at most). A figure cited in
// hundreds of articles makes a band of dots either way; drawn one by one
// they made a chart of 380 KB (SVG) and 230 KB (PDF). The dots look as
// plotter.Scatter's CircleGlyph draws them.
type dots struct {
	xys    plotter.XYs
	color  color.Color
	radius vg.Length
}

func (d dots) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	cell := float64(d.radius / 2)
	seen := map[[2]int64]bool{}
	var path vg.Path
	for _, xy := range d.xys {
		pt := vg.Point{X: trX(xy.X), Y: trY(xy.Y)}
		if !c.Contains(pt) {
			continue
		}
		k := [2]int64{int64(math.Floor(float64(pt.X) / cell)), int64(math.Floor(float64(pt.Y) / cell))}
		if seen[k] {
			continue
		}
		seen[k] = true
		path.Move(vg.Point{X: pt.X + d.radius, Y: pt.Y})
		path.Arc(pt, d.radius, 0, 2*math.Pi)
		path.Close()
	}
	if len(path) > 0 {
		c.SetColor(d.color)
		c.Fill(path)
	}
}

func (d dots) DataRange() (xmin, xmax, ymin, ymax float64) { return plotter.XYRange(d.xys) }

// GlyphBoxes makes room for the dots at the plot's edges, as a Scatter's
// glyphs do.
func (d dots) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	bs := make([]plot.GlyphBox, len(d.xys))
	r := vg.Rectangle{Min: vg.Point{X: -d.radius, Y: -d.radius}, Max: vg.Point{X: d.radius, Y: d.radius}}
	for i, xy := range d.xys {
		bs[i] = plot.GlyphBox{X: p.X.Norm(xy.X), Y: p.Y.Norm(xy.Y), Rectangle: r}
	}
	return bs
}

// polyline draws a line through points, leaving out vertices that lie
// within a tenth of a point of the line drawn (Douglas–Peucker in page
// coordinates): the grey line under a series' dots, whose hundreds of
// points often lie on one level.
type polyline struct {
	xys   plotter.XYs
	style draw.LineStyle
}

// polyTolerance is how far a left-out vertex may lie from the line drawn.
const polyTolerance = vg.Length(0.1)

func (l polyline) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pts := make([]vg.Point, len(l.xys))
	for i, xy := range l.xys {
		pts[i] = vg.Point{X: trX(xy.X), Y: trY(xy.Y)}
	}
	pts = simplify(pts, polyTolerance)
	if len(pts) > 1 {
		c.StrokeLines(l.style, c.ClipLinesXY(pts)...)
	}
}

func (l polyline) DataRange() (xmin, xmax, ymin, ymax float64) { return plotter.XYRange(l.xys) }

// simplify is Douglas–Peucker: the first and last points, and recursively
// the point farthest from the segment between them when it is farther
// than tol.
func simplify(pts []vg.Point, tol vg.Length) []vg.Point {
	if len(pts) < 3 {
		return pts
	}
	keep := make([]bool, len(pts))
	keep[0], keep[len(pts)-1] = true, true
	type span struct{ a, b int }
	stack := []span{{0, len(pts) - 1}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		far, dist := -1, tol
		for i := s.a + 1; i < s.b; i++ {
			if d := segmentDistance(pts[i], pts[s.a], pts[s.b]); d > dist {
				far, dist = i, d
			}
		}
		if far >= 0 {
			keep[far] = true
			stack = append(stack, span{s.a, far}, span{far, s.b})
		}
	}
	var out []vg.Point
	for i, k := range keep {
		if k {
			out = append(out, pts[i])
		}
	}
	return out
}

// segmentDistance is the distance from p to the segment a-b.
func segmentDistance(p, a, b vg.Point) vg.Length {
	dx, dy := float64(b.X-a.X), float64(b.Y-a.Y)
	px, py := float64(p.X-a.X), float64(p.Y-a.Y)
	if l := dx*dx + dy*dy; l > 0 {
		t := math.Max(0, math.Min(1, (px*dx+py*dy)/l))
		px, py = px-t*dx, py-t*dy
	}
	return vg.Length(math.Hypot(px, py))
}
