package pdf

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/dipstat/dipstat/report/chart"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// pager lays text out page by page. A dry pager only measures: it counts
// pages and records where each anchor lands; a drawing pager draws the
// same layout on c and resolves links with the plan of a dry run.
type pager struct {
	c       *chart.PDF
	dry     bool
	plan    Layout // a dry run's layout: the total and every anchor's page
	pages   int
	anchors map[string]int
	header  string
	footer  string
	y       vg.Length // the baseline of the last line drawn
}

// Colours of the page furniture.
var (
	grey     = color.Gray{Y: 110}
	rule     = color.Gray{Y: 200}
	linkBlue = color.RGBA{0, 90, 160, 255}
)

// top and bottom are the limits of the text area.
const (
	top    = PageHeight - margin - 6
	bottom = margin + 0.25*vg.Inch
	width  = PageWidth - 2*margin
)

func (p *pager) layout() Layout { return Layout{Pages: p.pages, Anchors: p.anchors} }

func (p *pager) start() {
	p.pages = 0
	p.anchors = map[string]int{}
	p.begin()
}

// next starts a new page.
func (p *pager) next() {
	if !p.dry {
		p.c.NextPage()
	}
	p.begin()
}

// begin starts a page: white background, header and footer.
func (p *pager) begin() {
	p.pages++
	p.y = top
	if p.dry {
		return
	}
	dc := draw.New(p.c)
	chart.White(dc)
	sty := style(7.5, false, false)
	sty.Color = grey
	dc.FillText(sty, vg.Point{X: margin, Y: PageHeight - margin/2 - 4}, fit(chart.Safe(p.header), sty, width))
	dc.StrokeLine2(draw.LineStyle{Color: rule, Width: 0.5}, margin, PageHeight-margin/2-8, PageWidth-margin, PageHeight-margin/2-8)
	dc.FillText(sty, vg.Point{X: margin, Y: margin / 2}, chart.Safe(p.footer))
	sty.XAlign = draw.XRight
	dc.FillText(sty, vg.Point{X: PageWidth - margin, Y: margin / 2}, fmt.Sprintf("page %d of %d", p.pages, p.plan.Pages))
}

// anchor records that name is on the current page and adds an outline
// entry for it.
func (p *pager) anchor(name, title string, level int) {
	p.anchors[name] = p.pages
	p.bookmark(title, level)
}

func (p *pager) bookmark(title string, level int) {
	if !p.dry {
		p.c.Bookmark(chart.Safe(title), level)
	}
}

// room starts a new page unless h fits below the current line.
func (p *pager) room(h vg.Length) {
	if p.y-h < bottom {
		p.next()
	}
}

// style is the text style of the pages: regular, bold or italic.
func style(size vg.Length, bold, italic bool) draw.TextStyle {
	sty := chart.TextStyle(size, bold)
	if italic {
		sty.Font.Style = xfont.StyleItalic
	}
	return sty
}

func (p *pager) fill(sty draw.TextStyle, x, y vg.Length, txt string) {
	if !p.dry {
		dc := draw.New(p.c)
		dc.FillText(sty, vg.Point{X: x, Y: y}, txt)
	}
}

// line draws one line of text at the next baseline, breaking the page
// when it is full.
func (p *pager) line(txt string, size vg.Length, bold bool, indent vg.Length) {
	p.room(size * 1.4)
	p.y -= size * 1.4
	p.fill(style(size, bold, false), margin+indent, p.y, txt)
}

// para draws wrapped text.
func (p *pager) para(txt string, size vg.Length, bold bool, indent vg.Length) {
	for _, l := range wrap(chart.Safe(txt), style(size, bold, false), width-indent) {
		p.line(l, size, bold, indent)
	}
}

// title is page 1's heading.
func (p *pager) title(title, subtitle string) {
	p.para(title, 20, true, 0)
	if subtitle != "" {
		p.para(subtitle, 10, false, 0)
	}
	p.y -= 6
}

// heading is a section heading; it keeps at least three lines below it
// on its page.
func (p *pager) heading(txt string) {
	p.room(14*1.4 + 3*13)
	p.y -= 6
	p.para(txt, 14, true, 0)
	p.y -= 2
}

// subheadingHeight is the height a subheading takes.
const subheadingHeight = 3 + 11*1.4

// subheading is a group heading within a section; it keeps at least three
// lines below it on its page.
func (p *pager) subheading(txt string) {
	p.room(subheadingHeight + 3*13)
	p.y -= 3
	p.para(txt, 11, true, 0)
}

// tocLine is a contents entry: its title, dots, and its page, the whole
// line a link to that page.
func (p *pager) tocLine(title, anchor string, indent vg.Length) {
	const size = 10
	sty := style(size, false, false)
	page := p.plan.Anchors[anchor]
	num := fmt.Sprint(page)
	numW := sty.Width("999")
	txt := fit(chart.Safe(title), sty, width-indent-numW-20)
	p.room(size * 1.45)
	p.y -= size * 1.45
	p.fill(sty, margin+indent, p.y, txt)
	dots := sty
	dots.Color = rule
	if !p.dry {
		x0 := margin + indent + sty.Width(txt) + 4
		x1 := PageWidth - margin - numW - 4
		for x := x0; x+sty.Width(".") <= x1; x += sty.Width(". ") {
			p.fill(dots, x, p.y, ".")
		}
	}
	r := sty
	r.XAlign = draw.XRight
	r.Color = linkBlue
	p.fill(r, PageWidth-margin, p.y, num)
	p.link(vg.Rectangle{Min: vg.Point{X: margin + indent, Y: p.y - 3}, Max: vg.Point{X: PageWidth - margin, Y: p.y + size}}, page)
}

// link makes rect of the current page a link to page.
func (p *pager) link(rect vg.Rectangle, page int) {
	if !p.dry && page > 0 {
		p.c.LinkToPage(rect, page)
	}
}

// text draws a title, a subtitle and sections of fields with the names in
// one column.
func (p *pager) text(title, subtitle string, sections []Section) {
	p.heading(title)
	if subtitle != "" {
		p.para(subtitle, 10, false, 0)
	}
	p.y -= 4
	keyW := vg.Length(0)
	sty := style(10, true, false)
	for _, sec := range sections {
		for _, f := range sec.Fields {
			keyW = max(keyW, sty.Width(chart.Safe(f.Name)))
		}
	}
	keyW = min(keyW+12, 2.4*vg.Inch)
	for _, sec := range sections {
		p.subheading(sec.Title)
		for _, f := range sec.Fields {
			p.field(f, keyW)
		}
	}
}

// field draws a name in bold and its value beside it, each wrapped within
// its column, so a long name never runs into its value.
func (p *pager) field(f Field, keyW vg.Length) {
	vsty := style(10, false, false)
	names := wrap(chart.Safe(f.Name), style(10, true, false), keyW-8)
	vals := wrap(chart.Safe(f.Value), vsty, width-keyW)
	for i := range max(len(names), len(vals), 1) {
		name := ""
		if i < len(names) {
			name = names[i]
		}
		p.line(name, 10, true, 0)
		if i < len(vals) {
			p.fill(vsty, margin+keyW, p.y, vals[i])
		}
	}
}

// warnings ends the About page.
func (p *pager) warnings(ws []string) {
	if len(ws) == 0 {
		p.subheading("Warnings: none")
		return
	}
	p.subheading(fmt.Sprintf("Warnings (%d)", len(ws)))
	for _, w := range ws {
		p.para("• "+w, 9, false, 6)
	}
}

// chart draws a chart at full width at the top of the current page.
func (p *pager) chart(ch *chart.Chart) {
	if p.dry {
		return
	}
	s := chart.Full
	h := min(ch.Height(s), top-bottom)
	left := (PageWidth - s.Width) / 2
	dc := draw.Canvas{Canvas: p.c, Rectangle: vg.Rectangle{
		Min: vg.Point{X: left, Y: top - h}, Max: vg.Point{X: left + s.Width, Y: top}}}
	ch.Draw(dc, s)
}

// wrap splits txt into lines no wider than w at sty, breaking at spaces,
// and inside a word only when the word alone is wider than w.
func wrap(txt string, sty draw.TextStyle, w vg.Length) []string {
	var out []string
	for _, l := range chart.Wrap(txt, sty, w) {
		for sty.Width(l) > w && len([]rune(l)) > 1 {
			r := []rune(l)
			n := len(r) - 1
			for n > 1 && sty.Width(string(r[:n])) > w {
				n--
			}
			out = append(out, string(r[:n]))
			l = string(r[n:])
		}
		out = append(out, l)
	}
	return out
}

// fit cuts txt with an ellipsis to fit w.
func fit(txt string, sty draw.TextStyle, w vg.Length) string {
	if sty.Width(txt) <= w {
		return txt
	}
	r := []rune(txt)
	for len(r) > 1 && sty.Width(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}
