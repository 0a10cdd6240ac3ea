package pdf

import (
	"fmt"
	"image/color"
	"io"

	"github.com/dipstat/dipstat/report/chart"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A4 portrait, with margins.
const (
	PageWidth  = 8.27 * vg.Inch
	PageHeight = 11.69 * vg.Inch
	margin     = 0.6 * vg.Inch
)

// Field is one line of the summary page.
type Field struct {
	Name  string
	Value string
}

// Summary is the first page: a title, sections of fields, warnings.
type Summary struct {
	Title    string
	Subtitle string
	Sections []Section
	Warnings []string
	Footer   string // left of the page number on every page
	// Pages are text pages drawn after the summary, before the charts
	// (what changed since the previous report).
	Pages []Page
}

// Page is a text page: a title, a line under it, sections of fields.
type Page struct {
	Title    string
	Subtitle string
	Sections []Section
}

// Section is a titled group of fields.
type Section struct {
	Title  string
	Fields []Field
}

// Write writes the summary page(s), then each chart on its own page, to w.
// It returns the number of pages.
func Write(w io.Writer, sum Summary, charts []*chart.Chart) (int, error) {
	c := chart.NewPDF(PageWidth, PageHeight)
	// A dry run counts the summary pages for the "page N of M" footers and
	// the table of contents.
	contents := func(first int) Summary {
		s := sum
		if len(charts) == 0 {
			return s
		}
		sec := Section{Title: "Charts"}
		for i, ch := range charts {
			sec.Fields = append(sec.Fields, Field{Name: fmt.Sprintf("page %d", first+i), Value: ch.Title})
		}
		s.Sections = append(append([]Section(nil), sum.Sections...), sec)
		return s
	}
	dry := &pager{dry: true}
	dry.start()
	dry.summary(contents(2))
	for _, pg := range sum.Pages {
		dry.page(pg)
	}
	p := &pager{c: c, total: dry.pages + len(charts), footer: sum.Footer}
	p.start()
	p.summary(contents(dry.pages + 1))
	for _, pg := range sum.Pages {
		p.page(pg)
	}
	for _, ch := range charts {
		p.next()
		s := chart.Full
		h := min(ch.Height(s), PageHeight-2*margin-0.3*vg.Inch)
		top := PageHeight - margin
		left := (PageWidth - s.Width) / 2
		dc := draw.Canvas{Canvas: c, Rectangle: vg.Rectangle{
			Min: vg.Point{X: left, Y: top - h}, Max: vg.Point{X: left + s.Width, Y: top}}}
		ch.Draw(dc, s)
	}
	if _, err := c.WriteTo(w); err != nil {
		return 0, fmt.Errorf("write report pdf: %w", err)
	}
	return p.pages, nil
}

// pager draws text pages; a dry pager only counts them.
type pager struct {
	c      *chart.PDF
	dry    bool
	pages  int
	total  int
	footer string
	y      vg.Length
}

func (p *pager) start() {
	p.pages = 0
	p.begin()
}

func (p *pager) next() {
	if !p.dry {
		p.c.NextPage()
	}
	p.begin()
}

// begin starts a page: white background and the footer.
func (p *pager) begin() {
	p.pages++
	p.y = PageHeight - margin
	if p.dry {
		return
	}
	dc := draw.New(p.c)
	chart.White(dc)
	sty := chart.TextStyle(8, false)
	sty.Color = color.Gray{Y: 110}
	dc.FillText(sty, vg.Point{X: margin, Y: margin / 2}, chart.Safe(p.footer))
	sty.XAlign = draw.XRight
	dc.FillText(sty, vg.Point{X: PageWidth - margin, Y: margin / 2}, fmt.Sprintf("page %d of %d", p.pages, p.total))
}

func (p *pager) fill(sty draw.TextStyle, pt vg.Point, txt string) {
	if p.dry {
		return
	}
	dc := draw.New(p.c)
	dc.FillText(sty, pt, txt)
}

// line draws one line of text at the current position, breaking the page
// when it is full.
func (p *pager) line(txt string, size vg.Length, bold bool, indent vg.Length) {
	sty := chart.TextStyle(size, bold)
	if p.y-size*1.4 < margin+0.4*vg.Inch {
		p.next()
	}
	p.y -= size * 1.4
	p.fill(sty, vg.Point{X: margin + indent, Y: p.y}, txt)
}

// para draws wrapped text.
func (p *pager) para(txt string, size vg.Length, bold bool, indent vg.Length) {
	sty := chart.TextStyle(size, bold)
	for _, l := range chart.Wrap(chart.Safe(txt), sty, PageWidth-2*margin-indent) {
		p.line(l, size, bold, indent)
	}
}

func (p *pager) summary(s Summary) {
	p.text(s.Title, s.Subtitle, s.Sections)
	p.y -= 8
	if len(s.Warnings) == 0 {
		p.para("Warnings: none", 13, true, 0)
		return
	}
	p.para(fmt.Sprintf("Warnings (%d)", len(s.Warnings)), 13, true, 0)
	for _, w := range s.Warnings {
		p.para("• "+w, 9, false, 6)
	}
}

// text draws a title, a subtitle and sections of fields with the names in
// one column.
func (p *pager) text(title, subtitle string, sections []Section) {
	p.para(title, 20, true, 0)
	if subtitle != "" {
		p.para(subtitle, 11, false, 0)
	}
	p.y -= 10
	keyW := vg.Length(0)
	sty := chart.TextStyle(10, false)
	for _, sec := range sections {
		for _, f := range sec.Fields {
			keyW = max(keyW, sty.Width(chart.Safe(f.Name)))
		}
	}
	keyW = min(keyW+12, 2.4*vg.Inch)
	for _, sec := range sections {
		p.y -= 8
		p.para(sec.Title, 13, true, 0)
		for _, f := range sec.Fields {
			p.field(f, keyW)
		}
	}
}

// page draws a text page (it may run over onto more pages).
func (p *pager) page(pg Page) {
	p.next()
	p.text(pg.Title, pg.Subtitle, pg.Sections)
}

// field draws a name in bold and its value beside it, each wrapped within
// its column, so a long name never runs into its value.
func (p *pager) field(f Field, keyW vg.Length) {
	vsty := chart.TextStyle(10, false)
	names := chart.Wrap(chart.Safe(f.Name), chart.TextStyle(10, true), keyW-8)
	vals := chart.Wrap(chart.Safe(f.Value), vsty, PageWidth-2*margin-keyW)
	for i := range max(len(names), len(vals), 1) {
		name := ""
		if i < len(names) {
			name = names[i]
		}
		p.line(name, 10, true, 0)
		if i < len(vals) {
			p.fill(vsty, vg.Point{X: margin + keyW, Y: p.y}, vals[i])
		}
	}
}
