package chart

import (
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// TextStyle is the chart text style at a font size, for pages drawn around
// charts (a report's summary page). Its alignment is left and bottom.
func TextStyle(size vg.Length, bold bool) draw.TextStyle { return Full.textStyle(size, bold) }

// Wrap splits txt into lines no wider than w at sty, breaking at spaces.
func Wrap(txt string, sty draw.TextStyle, w vg.Length) []string { return wrap(txt, sty, w) }

// White fills dc with white.
func White(dc draw.Canvas) { white(dc) }
