package chart

import (
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// TextStyle is the chart text style at a font size, for pages drawn around
// charts (a report's summary page). Its alignment is left and bottom.
// Bold is only for SVG and PNG pages: on a PDF canvas use FillBold.
func TextStyle(size vg.Length, bold bool) draw.TextStyle { return Full.textStyle(size, bold) }

// FillBold draws txt in a bold look that any canvas can show: the regular
// face three times across a thirtieth of the font size (see Size.ForPDF
// for why).
func FillBold(dc draw.Canvas, sty draw.TextStyle, pt vg.Point, txt string) {
	for i := range 3 {
		dc.FillText(sty, vg.Point{X: pt.X + sty.Font.Size*vg.Length(i)/60, Y: pt.Y}, txt)
	}
}

// Wrap splits txt into lines no wider than w at sty, breaking at spaces.
func Wrap(txt string, sty draw.TextStyle, w vg.Length) []string { return wrap(txt, sty, w) }

// White fills dc with white.
func White(dc draw.Canvas) { white(dc) }
