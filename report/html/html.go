package html

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/highlights"
	"github.com/dipstat/dipstat/report/table"
)

// Report is everything report.html shows.
type Report struct {
	Title, Subtitle string
	Header          string // corpus and window, above the title
	Generator       string // "dipstat VERSION"
	Highlights      []highlights.Highlight
	Charts          []Chart
	Tables          []*table.Table // sortable and filterable, in order
	About           []Section
	Warnings        []string
	// DocLinks maps a document ID to the link of its file (relative to
	// report.html); documents without one are not linked.
	DocLinks map[string]string
	// Link turns a Link cell (a file path) into a link; nil keeps it.
	Link func(string) string
	// MaxRows bounds each table (0: DefaultMaxRows).
	MaxRows int
}

// Chart is a chart drawn as SVG.
type Chart struct {
	Name, Title string
	SVG         []byte
}

// Section is a titled list of fields (the run's details).
type Section struct {
	Title  string
	Fields [][2]string
}

// DefaultMaxRows is how many rows of each table the page holds: enough to
// sort and filter the hits of a large corpus in a browser, few enough to
// keep the file mailable.
const DefaultMaxRows = 2000

//go:embed page.tmpl
var pageTmpl string

//go:embed page.css
var pageCSS string

//go:embed page.js
var pageJS string

var tmpl = template.Must(template.New("page").Parse(pageTmpl))

// Write writes the page to w.
func Write(w io.Writer, r Report) error {
	if r.MaxRows <= 0 {
		r.MaxRows = DefaultMaxRows
	}
	v := view{Report: r, CSS: template.CSS(pageCSS), JS: template.JS(pageJS)}
	group := ""
	for _, h := range r.Highlights {
		if g := h.Kind.Group(); g != group || len(v.Groups) == 0 {
			v.Groups = append(v.Groups, hlGroup{Title: g})
			group = g
		}
		item := hlItem{Highlight: h, Source: source(h)}
		if h.Chart != "" {
			item.Href = "#chart-" + h.Chart
		}
		v.Groups[len(v.Groups)-1].Items = append(v.Groups[len(v.Groups)-1].Items, item)
	}
	for _, c := range r.Charts {
		v.Charts = append(v.Charts, chartView{Name: c.Name, Title: c.Title, SVG: inlineSVG(c.SVG, c.Title)})
	}
	for _, t := range r.Tables {
		v.Tables = append(v.Tables, r.tableView(t))
	}
	var b bytes.Buffer
	if err := tmpl.Execute(&b, v); err != nil {
		return fmt.Errorf("report.html: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// view is what the template sees.
type view struct {
	Report
	CSS    template.CSS
	JS     template.JS
	Groups []hlGroup
	Charts []chartView
	Tables []tableView
}

type hlGroup struct {
	Title string
	Items []hlItem
}

type hlItem struct {
	highlights.Highlight
	Source string // "doc, date" of the quote
	Href   string // the chart's anchor
}

type chartView struct {
	Name, Title string
	SVG         template.HTML
}

func source(h highlights.Highlight) string {
	if h.Date.IsZero() {
		return h.Doc + ", undated"
	}
	return h.Doc + ", " + h.Date.Format(time.DateOnly)
}

var svgProlog = regexp.MustCompile(`(?s)^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)?`)

// inlineSVG is a chart's SVG without its XML prolog, labelled for screen
// readers. vgsvg escapes every text it writes, so the markup is safe to
// inline.
func inlineSVG(svg []byte, title string) template.HTML {
	s := svgProlog.ReplaceAllString(string(svg), "")
	s = strings.Replace(s, "<svg ", `<svg role="img" aria-label="`+template.HTMLEscapeString(title)+`" `, 1)
	return template.HTML(s)
}
