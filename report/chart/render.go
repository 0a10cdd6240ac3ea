package chart

import (
	"fmt"
	"image/color"
	"io"
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Formats lists the output formats Render knows, in the default order.
var Formats = []string{"pdf", "svg", "png"}

// Options tunes rendering.
type Options struct {
	DPI int // PNG resolution; 0 means 200
	// NoEmbed leaves fonts out of SVG files (they are always embedded in
	// PDF). Used for small golden files.
	NoEmbed bool
}

// Render draws c laid out for s in format ("pdf", "svg" or "png") to w.
func Render(w io.Writer, c *Chart, s Size, format string, o Options) error {
	if strings.EqualFold(format, "pdf") {
		s = s.ForPDF()
	}
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
		return vgsvg.NewWith(vgsvg.UseWH(w, h), vgsvg.EmbedFonts(!o.NoEmbed)), nil
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

// PDF is a vgpdf canvas with fonts embedded whose text is encoded to
// Windows-1252, the only encoding gonum's PDF backend writes. Text should
// already have gone through Safe; anything else unencodable prints as '?'.
type PDF struct{ *vgpdf.Canvas }

// NewPDF returns a PDF canvas of one page of w by h; NextPage adds pages.
func NewPDF(w, h vg.Length) *PDF {
	c := vgpdf.New(w, h)
	c.EmbedFonts(true)
	return &PDF{c}
}

// FillString encodes str to Windows-1252 before drawing it.
func (p *PDF) FillString(f font.Face, pt vg.Point, str string) {
	// vgpdf registers every font with style "" but selects bold and italic
	// faces with style "B"/"I", which fpdf rejects: fold weight and style
	// into the variant so each face is a distinct plain font. (Charts use
	// only the regular face in PDF; see Size.ForPDF.)
	if f.Font.Weight != xfont.WeightNormal || f.Font.Style != xfont.StyleNormal {
		f.Font.Variant += font.Variant(fmt.Sprintf("W%dS%d", f.Font.Weight, f.Font.Style))
		f.Font.Weight, f.Font.Style = xfont.WeightNormal, xfont.StyleNormal
	}
	p.Canvas.FillString(f, pt, toCP1252(str))
}
