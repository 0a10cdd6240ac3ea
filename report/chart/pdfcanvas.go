package chart

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"github.com/dipstat/dipstat/report/internal/iox"
)

// PDF is a vg.Canvas that writes a PDF document through fpdf. Unlike
// gonum's vgpdf, which embeds every font file whole (about 200 KB a face)
// and gives every face the same file, it embeds each face as a TrueType
// subset of the glyphs the document uses, so a chart weighs tens of
// kilobytes and bold is bold. Its pages can also carry links and bookmarks
// (report.pdf's contents).
//
// Coordinates are vg's: points from the bottom left of the page, which is
// PDF's own user space, so paths and transforms are written as PDF
// operators directly; text goes through fpdf, which records the glyphs
// used for the subset.
type PDF struct {
	doc   *fpdf.Fpdf
	w, h  vg.Length
	stack []pdfState
	fonts map[font.Font]pdfFont // registered faces
	faces map[*opentype.Font]pdfFont
	nimg  int
	err   error // first error of a font or image; returned by WriteTo
}

// pdfState is what Push saves besides PDF's own graphics state.
type pdfState struct {
	color color.Color
	alpha float64
	width vg.Length
}

type pdfFont struct{ family, style string }

// NewPDF returns a PDF canvas of one page of w by h; NextPage adds pages.
func NewPDF(w, h vg.Length) *PDF {
	doc := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w.Points(), Ht: h.Points()}})
	doc.SetAutoPageBreak(false, 0)
	doc.SetMargins(0, 0, 0)
	doc.SetCreator("dipstat", false)
	// A fixed date keeps identical reports byte-identical; the manifest
	// records when a report was made.
	doc.SetCreationDate(time.Unix(0, 0).UTC())
	doc.SetModificationDate(time.Unix(0, 0).UTC())
	p := &PDF{doc: doc, w: w, h: h, fonts: map[font.Font]pdfFont{}, faces: map[*opentype.Font]pdfFont{}}
	p.NextPage()
	return p
}

// NextPage starts a new page; drawing goes to it.
func (p *PDF) NextPage() {
	if p.doc.PageNo() > 0 {
		p.doc.RawWriteStr("Q")
	}
	p.doc.AddPage()
	p.stack = []pdfState{{color: color.Black, alpha: 1, width: 1}}
	// Round joins, as gonum's PNG renderer draws them; butt caps.
	p.doc.RawWriteStr("q 1 j 0 J")
	vg.Initialize(p)
}

// Page is the number of the current page, from 1.
func (p *PDF) Page() int { return p.doc.PageNo() }

// Size is the page size.
func (p *PDF) Size() (w, h vg.Length) { return p.w, p.h }

func (p *PDF) state() *pdfState { return &p.stack[len(p.stack)-1] }

func (p *PDF) raw(format string, args ...any) { p.doc.RawWriteStr(fmt.Sprintf(format, args...)) }

// SetLineWidth sets the width of stroked paths.
func (p *PDF) SetLineWidth(w vg.Length) {
	p.state().width = w
	if w > 0 {
		p.raw("%s w", num(w.Points()))
	}
}

// SetLineDash sets the dash pattern of stroked paths.
func (p *PDF) SetLineDash(pattern []vg.Length, offset vg.Length) {
	var ds []string
	for _, d := range pattern {
		ds = append(ds, num(d.Points()))
	}
	p.raw("[%s] %s d", strings.Join(ds, " "), num(offset.Points()))
}

// SetColor sets the stroke, fill and text colour.
func (p *PDF) SetColor(c color.Color) {
	if c == nil {
		c = color.Black
	}
	st := p.state()
	st.color = c
	r, g, b, a := rgb(c)
	p.doc.SetDrawColor(r, g, b)
	p.doc.SetFillColor(r, g, b)
	p.doc.SetTextColor(r, g, b)
	if a != st.alpha { // an ExtGState only for what is not opaque
		p.doc.SetAlpha(a, "Normal")
		st.alpha = a
	}
}

// rgb is c as 8-bit components (not premultiplied) and an opacity.
func rgb(c color.Color) (r, g, b int, alpha float64) {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return int(n.R), int(n.G), int(n.B), float64(n.A) / 255
}

// Rotate rotates the user space by rad radians, counter-clockwise.
func (p *PDF) Rotate(rad float64) {
	s, c := math.Sin(rad), math.Cos(rad)
	p.raw("%s %s %s %s 0 0 cm", num(c), num(s), num(-s), num(c))
}

// Translate moves the origin to pt.
func (p *PDF) Translate(pt vg.Point) {
	p.raw("1 0 0 1 %s %s cm", num(pt.X.Points()), num(pt.Y.Points()))
}

// Scale scales the user space.
func (p *PDF) Scale(x, y float64) { p.raw("%s 0 0 %s 0 0 cm", num(x), num(y)) }

// Push saves the graphics state.
func (p *PDF) Push() {
	p.stack = append(p.stack, *p.state())
	p.raw("q")
}

// Pop restores the state of the matching Push.
func (p *PDF) Pop() {
	if len(p.stack) == 1 {
		return
	}
	p.stack = p.stack[:len(p.stack)-1]
	p.raw("Q")
	// fpdf keeps its own idea of the current colours (and wraps text in
	// its text colour when that differs from the fill): tell it what Q
	// restored.
	r, g, b, _ := rgb(p.state().color)
	p.doc.SetDrawColor(r, g, b)
	p.doc.SetFillColor(r, g, b)
	p.doc.SetTextColor(r, g, b)
}

// Stroke strokes the path with the current line width, dash and colour.
func (p *PDF) Stroke(path vg.Path) {
	if p.state().width > 0 {
		p.path(path)
		p.raw("S")
	}
}

// Fill fills the path (non-zero winding).
func (p *PDF) Fill(path vg.Path) {
	if centers, r, ok := circles(path); ok {
		// Dots: a zero-length line with round caps paints a filled
		// circle (PDF 32000-1:2008, 8.5.3.2), in a tenth of the bytes of
		// four curves.
		var b strings.Builder
		fmt.Fprintf(&b, "q 1 J %s w\n", num(2*r.Points()))
		for _, c := range centers {
			xy := num(c.X.Points()) + " " + num(c.Y.Points())
			b.WriteString(xy + " m " + xy + " l\n")
		}
		b.WriteString("S Q")
		p.doc.RawWriteStr(b.String())
		return
	}
	p.path(path)
	p.raw("f")
}

// circles reports whether path is only full circles of one radius, each
// a move, an arc of a whole turn and a close (as gonum's CircleGlyph and
// the dots plotter draw them), and returns their centres.
func circles(path vg.Path) ([]vg.Point, vg.Length, bool) {
	if len(path) == 0 || len(path)%3 != 0 {
		return nil, 0, false
	}
	var centres []vg.Point
	r := path[1].Radius
	for i := 0; i < len(path); i += 3 {
		mv, a, cl := path[i], path[i+1], path[i+2]
		if mv.Type != vg.MoveComp || a.Type != vg.ArcComp || cl.Type != vg.CloseComp || a.Radius != r || r <= 0 ||
			math.Abs(math.Abs(a.Angle)-2*math.Pi) > 1e-9 {
			return nil, 0, false
		}
		centres = append(centres, a.Pos)
	}
	return centres, r, true
}

// path writes path's segments; arcs become cubic Bézier curves.
func (p *PDF) path(path vg.Path) {
	var b strings.Builder
	pt := func(q vg.Point) string { return num(q.X.Points()) + " " + num(q.Y.Points()) }
	for _, c := range path {
		switch c.Type {
		case vg.MoveComp:
			b.WriteString(pt(c.Pos) + " m\n")
		case vg.LineComp:
			b.WriteString(pt(c.Pos) + " l\n")
		case vg.ArcComp:
			arc(&b, c, pt)
		case vg.CurveComp:
			switch len(c.Control) {
			case 1: // quadratic: raise to cubic
				b.WriteString(pt(c.Control[0]) + " " + pt(c.Pos) + " y\n")
			case 2:
				b.WriteString(pt(c.Control[0]) + " " + pt(c.Control[1]) + " " + pt(c.Pos) + " c\n")
			}
		case vg.CloseComp:
			b.WriteString("h\n")
		}
	}
	p.doc.RawWriteStr(strings.TrimSuffix(b.String(), "\n"))
}

// arc appends an arc as cubic Bézier segments of at most a quarter turn,
// joined to the current point by a line, as vg's arcs are.
func arc(b *strings.Builder, c vg.PathComp, pt func(vg.Point) string) {
	r := c.Radius
	at := func(a float64) vg.Point {
		return vg.Point{X: c.Pos.X + r*vg.Length(math.Cos(a)), Y: c.Pos.Y + r*vg.Length(math.Sin(a))}
	}
	b.WriteString(pt(at(c.Start)) + " l\n")
	n := int(math.Ceil(math.Abs(c.Angle) / (math.Pi / 2)))
	if n == 0 {
		return
	}
	step := c.Angle / float64(n)
	k := 4.0 / 3 * math.Tan(step/4)
	for i := range n {
		a0 := c.Start + float64(i)*step
		a1 := a0 + step
		p0, p3 := at(a0), at(a1)
		c1 := vg.Point{X: p0.X - vg.Length(k*math.Sin(a0))*r, Y: p0.Y + vg.Length(k*math.Cos(a0))*r}
		c2 := vg.Point{X: p3.X + vg.Length(k*math.Sin(a1))*r, Y: p3.Y - vg.Length(k*math.Cos(a1))*r}
		b.WriteString(pt(c1) + " " + pt(c2) + " " + pt(p3) + " c\n")
	}
}

// FillString draws str with its baseline starting at pt.
func (p *PDF) FillString(f font.Face, pt vg.Point, str string) {
	if f.Font.Size == 0 || str == "" {
		return
	}
	pf, err := p.font(f)
	if err != nil {
		p.fail(err)
		return
	}
	p.doc.SetFont(pf.family, pf.style, f.Font.Size.Points())
	p.Push()
	p.Translate(pt)
	// fpdf places text from the top of the page: y = page height puts the
	// baseline on the origin of the current user space.
	p.doc.Text(0, p.h.Points(), str)
	p.Pop()
}

// font registers f's face with the document once, as a UTF-8 TrueType
// font that fpdf subsets when it writes the file. A face that stands in
// for another weight (a fallback font without bold) is the same font.
func (p *PDF) font(f font.Face) (pdfFont, error) {
	key := f.Font
	key.Size = 0
	if pf, ok := p.fonts[key]; ok {
		return pf, nil
	}
	if pf, ok := p.faces[f.Face]; ok {
		p.fonts[key] = pf
		return pf, nil
	}
	raw, err := fontSource(f.Face)
	if err != nil {
		return pdfFont{}, fmt.Errorf("pdf font %s: %w", f.Name(), err)
	}
	family := strings.ToLower(strings.ReplaceAll(string(key.Typeface), " ", ""))
	if key.Variant != "" {
		family += "-" + strings.ToLower(string(key.Variant))
	}
	style := ""
	switch key.Weight {
	case xfont.WeightNormal:
	case xfont.WeightBold:
		style = "B"
	default:
		family += "-w" + strconv.Itoa(int(key.Weight))
	}
	if key.Style != xfont.StyleNormal {
		style += "I"
	}
	p.doc.AddUTF8FontFromBytes(family, style, raw)
	if err := p.doc.Error(); err != nil {
		return pdfFont{}, fmt.Errorf("pdf font %s: %w", f.Name(), err)
	}
	pf := pdfFont{family, style}
	p.fonts[key] = pf
	p.faces[f.Face] = pf
	return pf, nil
}

// fontSources are the font files of faces, kept once read: a CJK font is
// megabytes, and every chart document registers it again.
var fontSources sync.Map // *opentype.Font -> []byte

// fontSource returns the bytes of f's font file.
func fontSource(f *opentype.Font) ([]byte, error) {
	if b, ok := fontSources.Load(f); ok {
		return b.([]byte), nil
	}
	var raw bytes.Buffer
	if _, err := f.WriteSourceTo(nil, &raw); err != nil {
		return nil, err
	}
	b, _ := fontSources.LoadOrStore(f, raw.Bytes())
	return b.([]byte), nil
}

// DrawImage draws img scaled into rect.
func (p *PDF) DrawImage(rect vg.Rectangle, img image.Image) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		p.fail(fmt.Errorf("pdf image: %w", err))
		return
	}
	p.nimg++
	name := fmt.Sprintf("image%d", p.nimg)
	opt := fpdf.ImageOptions{ImageType: "png"}
	p.doc.RegisterImageOptionsReader(name, opt, &buf)
	sz := rect.Size()
	// fpdf places images from the top of the page.
	p.doc.ImageOptions(name, rect.Min.X.Points(), p.h.Points()-rect.Min.Y.Points()-sz.Y.Points(), sz.X.Points(), sz.Y.Points(), false, opt, 0, "")
}

func (p *PDF) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// LinkToPage makes rect (in page coordinates, not the current transform)
// of the current page a link to the top of page.
func (p *PDF) LinkToPage(rect vg.Rectangle, page int) {
	id := p.doc.AddLink()
	p.doc.SetLink(id, 0, page)
	sz := rect.Size()
	p.doc.Link(rect.Min.X.Points(), p.h.Points()-rect.Max.Y.Points(), sz.X.Points(), sz.Y.Points(), id)
}

// Bookmark adds an entry to the document outline (the viewer's sidebar)
// pointing at the current page; level 0 is the top.
func (p *PDF) Bookmark(title string, level int) {
	// fpdf encodes an outline title as UTF-16 only while a UTF-8 font is
	// current.
	f := Full.face(10, false)
	pf, err := p.font(font.DefaultCache.Lookup(f, f.Size))
	if err != nil {
		p.fail(err)
		return
	}
	p.doc.SetFont(pf.family, pf.style, 10)
	p.doc.Bookmark(title, level, 0)
}

// SetTitle sets the document's title (its metadata).
func (p *PDF) SetTitle(title string) { p.doc.SetTitle(title, true) }

// WriteTo writes the document to w. The canvas cannot be drawn on after.
func (p *PDF) WriteTo(w io.Writer) (int64, error) {
	if p.err != nil {
		return 0, p.err
	}
	p.doc.RawWriteStr("Q")
	cw := &iox.CountWriter{W: w}
	if err := p.doc.Output(cw); err != nil {
		return cw.N, err
	}
	return cw.N, nil
}

// num formats a coordinate with at most 3 decimals and no trailing zeros.
func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 3, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}
