package chart

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"regexp"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Formats lists the output formats Render knows, in the default order.
var Formats = []string{"pdf", "svg", "png"}

// Options tunes rendering.
type Options struct {
	DPI int // PNG resolution; 0 means 200
}

// Render draws c laid out for s in format ("pdf", "svg" or "png") to w.
func Render(w io.Writer, c *Chart, s Size, format string, o Options) error {
	cw, err := NewCanvas(format, s.Width, c.Height(s), o)
	if err != nil {
		return err
	}
	dc := draw.New(cw)
	white(dc)
	c.Draw(dc, s)
	if _, err := cw.WriteTo(w); err != nil {
		return fmt.Errorf("render %s %s: %w", c.Name, format, err)
	}
	return nil
}

// NewCanvas makes a canvas of the given format and size.
func NewCanvas(format string, w, h vg.Length, o Options) (vg.CanvasWriterTo, error) {
	switch strings.ToLower(format) {
	case "pdf":
		return NewPDF(w, h), nil
	case "svg":
		return &svgCanvas{vgsvg.NewWith(vgsvg.UseWH(w, h), vgsvg.EmbedFonts(false))}, nil
	case "png":
		dpi := o.DPI
		if dpi <= 0 {
			dpi = 200
		}
		c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
		return vgimg.PngCanvas{Canvas: c}, nil
	}
	return nil, fmt.Errorf("unknown chart format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// white paints the canvas background.
func white(dc draw.Canvas) {
	dc.FillPolygon(color.White, []vg.Point{dc.Min, {X: dc.Max.X, Y: dc.Min.Y}, dc.Max, {X: dc.Min.X, Y: dc.Max.Y}})
}

// FontStack is the CSS font family of SVG text: the Liberation Sans the
// charts are laid out with, then fonts with the same metrics (Arimo is its
// other name; Arial and Helvetica have the same widths), so text fits as
// drawn wherever the SVG is opened.
const FontStack = "'Liberation Sans',Arimo,Arial,Helvetica,sans-serif"

// CJKFontStacks are the CSS font families of SVG text drawn with the CJK
// fallback fonts: the font the chart was laid out with, then fonts of the
// same script that systems without it have.
var CJKFontStacks = map[string]string{
	"Droid Sans Fallback": "'Droid Sans Fallback','Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif",
	"NanumGothic":         "NanumGothic,'Noto Sans CJK KR','Source Han Sans K','Malgun Gothic','Apple SD Gothic Neo',sans-serif",
}

// svgCanvas is a vgsvg canvas whose text names its font with a stack of
// fonts (FontStack, CJKFontStacks) instead of embedding the font files
// (about 550 KB each for Liberation, megabytes for the CJK fonts).
type svgCanvas struct{ *vgsvg.Canvas }

// svgFamily matches how vgsvg starts the style of every text element
// (the family, then a font-variant that CSS does not need); svgRoot is
// its root element.
var (
	svgFamily = regexp.MustCompile(`style="font-family:([^;"]*);font-variant:[^;"]*;`)
	svgRoot   = []byte("<svg ")
)

func (c *svgCanvas) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if _, err := c.Canvas.WriteTo(&buf); err != nil {
		return 0, err
	}
	out := svgFamily.ReplaceAllFunc(buf.Bytes(), func(m []byte) []byte {
		family := string(svgFamily.FindSubmatch(m)[1])
		stack := CJKFontStacks[family]
		switch {
		case family == "Liberation Sans":
			stack = FontStack
		case stack == "":
			stack = "'" + family + "',sans-serif"
		}
		return []byte(`style="font-family:` + stack + `;`)
	})
	// Round joins, as the PNG and PDF renderers draw them (SVG's default,
	// mitred, puts spikes on sharp peaks of a line).
	out = bytes.Replace(out, svgRoot, []byte(`<svg stroke-linejoin="round" `), 1)
	n, err := w.Write(out)
	return int64(n), err
}
