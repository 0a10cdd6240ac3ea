package chart

import (
	"errors"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// ErrNoData is returned by a builder when there is nothing to draw.
var ErrNoData = errors.New("chart: no data to draw")

// Chart is a titled figure of one or more panels, laid out for a Size when
// it is drawn.
type Chart struct {
	Name    string // file name stem: "volume", "top-terms"
	Title   string
	Caption string // corpus, period, date range, sources
	// layout builds the panels for a size.
	layout func(s Size) layout
}

type layout struct {
	panels []*plot.Plot
	cols   int
	legend *plot.Legend // drawn in a strip right of the panels
	height vg.Length    // 0: the size's default
}

// Height is the chart's height at size s: the size's default, or more when
// the chart has many rows of panels or bars.
func (c *Chart) Height(s Size) vg.Length {
	l := c.layout(s)
	h := l.height
	if h == 0 {
		h = s.Height
	}
	if legendBelow(l.legend, s) {
		h += legendHeight(l.legend) + s.Tick
	}
	return h
}

// legendBelow says whether the legend goes under the panels: when beside
// them it would take more than a quarter of the width.
func legendBelow(l *plot.Legend, s Size) bool {
	return l != nil && legendWidth(l, s) > s.Width/4
}

// Draw draws the chart on dc laid out for s: title, panels, legend, caption.
func (c *Chart) Draw(dc draw.Canvas, s Size) {
	l := c.layout(s)
	pad := s.Tick
	width := dc.Max.X - dc.Min.X
	// Title, shrunk to fit and cut if still too wide.
	tsty := s.textStyle(s.Title, true)
	title := fit(Safe(c.Title), &tsty, width-2*pad)
	tsty.XAlign, tsty.YAlign = draw.XLeft, draw.YTop
	dc.FillText(tsty, vg.Point{X: dc.Min.X + pad, Y: dc.Max.Y - pad}, title)
	top := dc.Max.Y - pad - tsty.Height(title) - s.Title*0.4
	// Caption lines, wrapped to the width.
	csty := s.textStyle(s.Caption, false)
	csty.Color = grey
	lines := wrap(Safe(c.Caption), csty, width-2*pad)
	csty.XAlign, csty.YAlign = draw.XLeft, draw.YBottom
	bottom := dc.Min.Y + pad/2
	for i := len(lines) - 1; i >= 0; i-- {
		dc.FillText(csty, vg.Point{X: dc.Min.X + pad, Y: bottom}, lines[i])
		bottom += s.Caption * 1.25
	}
	bottom += s.Caption * 0.6
	area := draw.Canvas{Canvas: dc.Canvas, Rectangle: vg.Rectangle{
		Min: vg.Point{X: dc.Min.X + pad/2, Y: bottom},
		Max: vg.Point{X: dc.Max.X - pad, Y: top},
	}}
	if legendBelow(l.legend, s) {
		strip := area
		strip.Max.Y = area.Min.Y + legendHeight(l.legend)
		strip.Min.X += s.Label * 2
		area.Min.Y = strip.Max.Y + s.Tick
		l.legend.Draw(strip)
	} else if l.legend != nil {
		lw := legendWidth(l.legend, s)
		strip := area
		strip.Min.X = area.Max.X - lw
		area.Max.X = strip.Min.X - pad
		l.legend.Draw(strip)
	}
	if len(l.panels) == 0 {
		return
	}
	cols := max(l.cols, 1)
	rows := (len(l.panels) + cols - 1) / cols
	grid := make([][]*plot.Plot, rows)
	for i := range grid {
		grid[i] = make([]*plot.Plot, cols)
	}
	for i, p := range l.panels {
		grid[i/cols][i%cols] = p
	}
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: pad * 1.5, PadY: pad * 1.2}
	canvases := plot.Align(grid, tiles, area)
	for r := range grid {
		for cI, p := range grid[r] {
			if p != nil {
				p.Draw(canvases[r][cI])
			}
		}
	}
}

// legendWidth is the width of the legend strip at size s.
func legendWidth(l *plot.Legend, s Size) vg.Length {
	return l.Rectangle(draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: 1000, Y: 1000}}}).Size().X + s.Tick
}

// besideWidth is the width the legend takes beside the panels: 0 when it
// goes below them.
func besideWidth(l *plot.Legend, s Size) vg.Length {
	if l == nil || legendBelow(l, s) {
		return 0
	}
	return legendWidth(l, s) + s.Tick
}

// legendHeight is the height of the legend's entries.
func legendHeight(l *plot.Legend) vg.Length {
	return l.Rectangle(draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: 1000, Y: 1000}}}).Size().Y
}

// newLegend is a legend styled for s, placed at the top left of its strip.
func newLegend(s Size) *plot.Legend {
	l := plot.NewLegend()
	l.TextStyle = s.textStyle(s.Tick, false)
	l.Top, l.Left = true, true
	l.ThumbnailWidth = s.Tick * 2
	l.Padding = s.Tick * 0.3
	return &l
}

// fit shrinks sty's font down to 75% until txt fits w, then cuts txt.
func fit(txt string, sty *draw.TextStyle, w vg.Length) string {
	min := sty.Font.Size * 0.75
	for sty.Width(txt) > w && sty.Font.Size > min {
		sty.Font.Size -= 0.5
	}
	if sty.Width(txt) <= w {
		return txt
	}
	r := []rune(txt)
	for len(r) > 1 && sty.Width(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// clipLines cuts each line of txt wider than w at sty with an ellipsis.
func clipLines(txt string, sty draw.TextStyle, w vg.Length) string {
	lines := strings.Split(txt, "\n")
	for i, l := range lines {
		if sty.Width(l) <= w {
			continue
		}
		r := []rune(l)
		for len(r) > 1 && sty.Width(string(r)+"…") > w {
			r = r[:len(r)-1]
		}
		lines[i] = strings.TrimSpace(string(r)) + "…"
	}
	return strings.Join(lines, "\n")
}

// wrap splits txt into lines no wider than w, breaking at spaces.
func wrap(txt string, sty draw.TextStyle, w vg.Length) []string {
	var lines []string
	for _, para := range strings.Split(txt, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if line != "" && sty.Width(try) > w {
				lines = append(lines, line)
				line = word
				continue
			}
			line = try
		}
		if line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}
