package chart

import (
	"image/color"

	xfont "golang.org/x/image/font"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Size is a layout for one width of a printed page: the canvas size and the
// font sizes that stay readable at that width.
type Size struct {
	Name          string    // "column" or "full"
	Width, Height vg.Length // Height is the default; tall charts grow it
	Title         vg.Length // chart title
	Label         vg.Length // axis labels, panel titles
	Tick          vg.Length // tick labels, legend, point labels
	Caption       vg.Length // caption line
	Line          vg.Length // line width
	Marker        vg.Length // marker radius
}

// The two sizes of a printed page: a single column and the full text width.
var (
	Column = Size{Name: "column", Width: 3.5 * vg.Inch, Height: 2.75 * vg.Inch,
		Title: 9, Label: 7.5, Tick: 6.5, Caption: 5.5, Line: 1, Marker: 1.8}
	Full = Size{Name: "full", Width: 7 * vg.Inch, Height: 4.2 * vg.Inch,
		Title: 13, Label: 10, Tick: 8.5, Caption: 7.5, Line: 1.6, Marker: 2.8}
)

// Sizes lists the layouts a report renders.
var Sizes = []Size{Full, Column}

// palette is colour-blind safe (Okabe–Ito) with black last.
var palette = []color.Color{
	color.RGBA{0, 114, 178, 255},   // blue
	color.RGBA{213, 94, 0, 255},    // vermillion
	color.RGBA{0, 158, 115, 255},   // bluish green
	color.RGBA{204, 121, 167, 255}, // reddish purple
	color.RGBA{230, 159, 0, 255},   // orange
	color.RGBA{86, 180, 233, 255},  // sky blue
	color.RGBA{240, 228, 66, 255},  // yellow
	color.RGBA{0, 0, 0, 255},
}

// Colors used by single-colour charts.
var (
	ink     = color.Gray{40}
	grey    = color.Gray{110}
	rule    = color.Gray{225}
	rising  = palette[0]
	fading  = palette[1]
	neutral = palette[0]
)

func colorAt(i int) color.Color { return palette[i%len(palette)] }

func (s Size) face(size vg.Length, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return f
}

func (s Size) textStyle(size vg.Length, bold bool) draw.TextStyle {
	sty := plot.New().Title.TextStyle
	sty.Font = s.face(size, bold)
	sty.Handler = chartText{}
	sty.Color = ink
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
	return sty
}

// newPlot is a plot styled for s: panel title, axis labels and ticks.
func newPlot(s Size, title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	var h chartText // per-glyph fallback to the CJK fonts
	p.Title.TextStyle.Handler = h
	p.X.Label.TextStyle.Handler, p.X.Tick.Label.Handler = h, h
	p.Y.Label.TextStyle.Handler, p.Y.Tick.Label.Handler = h, h
	p.Legend.TextStyle.Handler = h
	p.Title.Text = Safe(title)
	p.Title.TextStyle.Font = s.face(s.Label, true)
	p.Title.Padding = s.Label / 2
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = s.face(s.Label, false)
		ax.Tick.Label.Font = s.face(s.Tick, false)
		ax.Label.TextStyle.Color = ink
		ax.Tick.Label.Color = ink
		ax.Padding = s.Tick / 3
		ax.LineStyle.Color = grey
		ax.Tick.LineStyle.Color = grey
		ax.Tick.Length = s.Tick / 2
	}
	p.X.Label.Text = Safe(xLabel)
	p.Y.Label.Text = Safe(yLabel)
	p.Legend.TextStyle.Font = s.face(s.Tick, false)
	return p
}
