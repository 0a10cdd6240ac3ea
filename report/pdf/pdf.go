package pdf

import (
	"fmt"
	"io"

	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/highlights"
	"github.com/dipstat/dipstat/report/table"
	"gonum.org/v1/plot/vg"
)

// A4 portrait, with margins.
const (
	PageWidth  = 8.27 * vg.Inch
	PageHeight = 11.69 * vg.Inch
	margin     = 0.6 * vg.Inch
)

// Document is report.pdf, findings first: the highlights and a table of
// contents on page 1, the key tables, the text pages (what changed), every
// chart on its own page, and the run's details last. Every page has a
// header naming the corpus and window and a footer with its number.
type Document struct {
	Title      string // page 1's heading
	Subtitle   string // under it
	Header     string // top of every page: corpus and window
	Footer     string // bottom left of every page
	Highlights []highlights.Highlight
	Tables     []*table.Table // key tables, printed as text tables
	Pages      []Page         // text pages after the tables (changes)
	Charts     []*chart.Chart
	About      Page     // the run: corpus, parameters; drawn last
	Warnings   []string // at the end of About
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

// Field is one line of a section: a name and its value.
type Field struct {
	Name  string
	Value string
}

// Layout is where things landed: the number of pages and the page of each
// anchor (AnchorHighlights, TableAnchor, ChartAnchor, ...).
type Layout struct {
	Pages   int
	Anchors map[string]int
}

// Anchors of the document's parts.
const (
	AnchorHighlights = "highlights"
	AnchorContents   = "contents"
	AnchorAbout      = "about"
)

// TableAnchor is the anchor of a key table, ChartAnchor of a chart's page,
// PageAnchor of the i-th text page.
func TableAnchor(name string) string { return "table:" + name }
func ChartAnchor(name string) string { return "chart:" + name }
func PageAnchor(i int) string        { return fmt.Sprintf("page:%d", i) }

// Plan lays the document out without drawing it. The pages of everything
// before About do not depend on the warnings, so a plan made before the
// last warnings are known gives the pages Write will.
func Plan(doc Document) Layout {
	p := &pager{dry: true}
	p.document(doc)
	return p.layout()
}

// Write draws the document to w and returns its layout.
func Write(w io.Writer, doc Document) (Layout, error) {
	plan := Plan(doc)
	c := chart.NewPDF(PageWidth, PageHeight)
	c.SetTitle(doc.Title)
	p := &pager{c: c, plan: plan}
	p.document(doc)
	if _, err := c.WriteTo(w); err != nil {
		return Layout{}, fmt.Errorf("write report pdf: %w", err)
	}
	return p.layout(), nil
}

// document lays out (and, unless dry, draws) every part in order.
func (p *pager) document(doc Document) {
	p.header, p.footer = doc.Header, doc.Footer
	p.start()
	p.title(doc.Title, doc.Subtitle)
	p.anchor(AnchorHighlights, "Highlights", 0)
	p.heading("Highlights")
	p.highlights(doc.Highlights)
	p.anchor(AnchorContents, "Contents", 0)
	p.heading("Contents")
	p.contents(doc)
	for _, t := range doc.Tables {
		p.next()
		p.anchor(TableAnchor(t.Name), t.Title, 0)
		p.heading(t.Title)
		p.textTable(t)
	}
	for i, pg := range doc.Pages {
		p.next()
		p.anchor(PageAnchor(i), pg.Title, 0)
		p.text(pg.Title, pg.Subtitle, pg.Sections)
	}
	for i, ch := range doc.Charts {
		p.next()
		level := 1
		if i == 0 {
			p.bookmark("Charts", 0)
		}
		p.anchor(ChartAnchor(ch.Name), ch.Title, level)
		p.chart(ch)
	}
	p.next()
	p.anchor(AnchorAbout, "About this report", 0)
	p.text(doc.About.Title, doc.About.Subtitle, doc.About.Sections)
	p.warnings(doc.Warnings)
}

// contents lists every part with its page, each line a link.
func (p *pager) contents(doc Document) {
	type entry struct {
		title, anchor string
		level         int
	}
	entries := []entry{{"Highlights", AnchorHighlights, 0}}
	for _, t := range doc.Tables {
		entries = append(entries, entry{t.Title, TableAnchor(t.Name), 0})
	}
	for i, pg := range doc.Pages {
		entries = append(entries, entry{pg.Title, PageAnchor(i), 0})
	}
	if len(doc.Charts) > 0 {
		entries = append(entries, entry{"Charts", ChartAnchor(doc.Charts[0].Name), 0})
	}
	for _, ch := range doc.Charts {
		entries = append(entries, entry{ch.Title, ChartAnchor(ch.Name), 1})
	}
	entries = append(entries, entry{"About this report: corpus, parameters, warnings", AnchorAbout, 0})
	for _, e := range entries {
		p.tocLine(e.title, e.anchor, vg.Length(e.level)*14)
	}
}
