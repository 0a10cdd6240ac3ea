package pdf

import (
	"fmt"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/highlights"
	"gonum.org/v1/plot/vg"
)

// The highlights' margin column (sheet and chart page) and their sizes.
const (
	refW      = 1.3 * vg.Inch
	textSize  = 9.5
	quoteSize = 8.5
	refSize   = 7.5
	maxQuote  = 200 // runes of a quoted sentence shown; the workbook has it whole
)

// highlights lists the findings under their group headings.
func (p *pager) highlights(hs []highlights.Highlight) {
	if len(hs) == 0 {
		p.para("None: highlights compare the latest period with the periods before, and this report has no two dated periods.", textSize, false, 0)
		return
	}
	group := ""
	for _, h := range hs {
		if g := h.Kind.Group(); g != group {
			p.room(subheadingHeight + p.layoutHighlight(h).height) // never a heading alone at the foot of a page
			p.subheading(g)
			group = g
		}
		p.highlight(h)
	}
}

// highlightLines is a highlight broken into lines: its text, its quote
// and its margin references.
type highlightLines struct {
	text, quote, refs []string
	page              int // of its chart
	height            vg.Length
}

func (p *pager) layoutHighlight(h highlights.Highlight) highlightLines {
	var l highlightLines
	textW := width - refW - 10
	l.text = wrap(chart.Safe(h.Text), style(textSize, false, false), textW)
	if h.Quote != "" {
		q := "“" + cut(h.Quote, maxQuote) + "” (" + source(h.Doc, h.Date) + ")"
		l.quote = wrap(chart.Safe(q), style(quoteSize, false, true), textW-8)
	}
	if h.Sheet != "" {
		l.refs = wrap(chart.Safe("sheet "+h.Sheet), style(refSize, false, false), refW-8)
	}
	l.page = p.plan.Anchors[ChartAnchor(h.Chart)]
	if h.Chart != "" && (p.dry || l.page > 0) {
		l.refs = append(l.refs, fmt.Sprintf("chart, page %d", l.page))
	}
	l.height = vg.Length(len(l.text))*textSize*1.35 + vg.Length(len(l.quote))*quoteSize*1.35
	l.height = max(l.height, vg.Length(len(l.refs))*refSize*1.35) + 5
	return l
}

// highlight draws one finding: a bullet, its text, the quoted sentence in
// italics, and in the margin column the sheet with its numbers and a link
// to the chart's page. A finding is never split across pages.
func (p *pager) highlight(h highlights.Highlight) {
	l := p.layoutHighlight(h)
	lines, quote, refs, page := l.text, l.quote, l.refs, l.page
	p.room(l.height)
	y0 := p.y
	for i, l := range lines {
		p.y -= textSize * 1.35
		if i == 0 {
			p.fill(style(textSize, false, false), margin, p.y, "•")
		}
		p.fill(style(textSize, false, false), margin+10, p.y, l)
	}
	qsty := style(quoteSize, false, true)
	qsty.Color = grey
	for _, l := range quote {
		p.y -= quoteSize * 1.35
		p.fill(qsty, margin+18, p.y, l)
	}
	ry := y0
	x := PageWidth - margin - refW + 8
	for i, l := range refs {
		ry -= refSize * 1.35
		rsty := style(refSize, false, false)
		rsty.Color = grey
		if h.Chart != "" && i == len(refs)-1 {
			rsty.Color = linkBlue
			p.link(vg.Rectangle{Min: vg.Point{X: x, Y: ry - 2}, Max: vg.Point{X: x + rsty.Width(l), Y: ry + refSize}}, page)
		}
		p.fill(rsty, x, ry, l)
	}
	p.y = min(p.y, ry) - 5
}

// source is "doc, 2025-12-31" or "doc, undated".
func source(doc string, date time.Time) string {
	if date.IsZero() {
		return doc + ", undated"
	}
	return doc + ", " + date.Format(time.DateOnly)
}

// cut keeps the first n runes of s, at a space, with an ellipsis.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	k := n
	for k > n/2 && r[k] != ' ' {
		k--
	}
	return strings.TrimSpace(string(r[:k])) + " …"
}
