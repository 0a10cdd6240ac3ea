package pdf

import (
	"strings"

	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Text tables: size, line height and cell padding.
const (
	cellSize  = 7.5
	cellLine  = cellSize * 1.3
	cellPad   = 3
	maxCell   = 280 // runes of a text cell shown
	tableNote = 7.5
)

// textTable draws t as a table of text: a bold header, rows whose cells
// wrap within their column (numbers right-aligned), rules between rows,
// then the notes. The header is repeated on every page the table spans.
func (p *pager) textTable(t *table.Table) {
	head := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = c.Header()
	}
	widths := columnWidths(t)
	p.room(2 * (cellLine*2 + 2*cellPad))
	p.tableRow(head, t.Columns, widths, true)
	for k := range t.Len() {
		row := t.Row(k)
		cells := make([]string, len(row))
		for i, v := range row {
			c := t.Columns[i]
			c.Max = maxCell
			cells[i] = table.Human(v, c)
		}
		if h := rowHeight(cells, t.Columns, widths, false); p.y-h < bottom {
			p.next()
			p.tableRow(head, t.Columns, widths, true)
		}
		p.tableRow(cells, t.Columns, widths, false)
	}
	p.y -= 4
	for _, n := range t.Notes {
		nsty := style(tableNote, false, false)
		nsty.Color = grey
		for _, l := range wrap(chart.Safe(n), nsty, width) {
			p.room(tableNote * 1.4)
			p.y -= tableNote * 1.4
			p.fill(nsty, margin, p.y, l)
		}
	}
}

// columnWidths shares the page width among the columns in proportion to
// their Width, but never narrower than the longest word of the header or,
// for numbers, the widest value: text columns give up what those need.
func columnWidths(t *table.Table) []vg.Length {
	n := len(t.Columns)
	need := make([]vg.Length, n)
	bold, reg := style(cellSize, true, false), style(cellSize, false, false)
	for i, c := range t.Columns {
		for _, w := range strings.Fields(chart.Safe(c.Header())) {
			need[i] = max(need[i], bold.Width(w)+2*cellPad)
		}
		if numeric(c.Kind) {
			for k := range t.Len() {
				row := t.Row(k)
				need[i] = max(need[i], reg.Width(table.Human(row[i], c))+2*cellPad)
			}
		}
	}
	widths := make([]vg.Length, n)
	free, share := width, 0.0
	for i, c := range t.Columns {
		if numeric(c.Kind) {
			widths[i] = need[i]
			free -= need[i]
			continue
		}
		share += max(c.Width, 4)
	}
	for i, c := range t.Columns {
		if !numeric(c.Kind) {
			widths[i] = max(need[i], free*vg.Length(max(c.Width, 4)/share))
		}
	}
	return widths
}

func numeric(k table.Kind) bool { return k == table.Int || k == table.Float || k == table.Percent }

// cellLines wraps each cell within its column.
func cellLines(cells []string, cols []table.Column, widths []vg.Length, bold bool) [][]string {
	out := make([][]string, len(cells))
	sty := style(cellSize, bold, false)
	for i, s := range cells {
		out[i] = wrap(chart.Safe(s), sty, widths[i]-2*cellPad)
	}
	return out
}

func rowHeight(cells []string, cols []table.Column, widths []vg.Length, bold bool) vg.Length {
	n := 1
	for _, ls := range cellLines(cells, cols, widths, bold) {
		n = max(n, len(ls))
	}
	return vg.Length(n)*cellLine + 2*cellPad
}

// tableRow draws one row below the current line and a rule under it.
func (p *pager) tableRow(cells []string, cols []table.Column, widths []vg.Length, bold bool) {
	lines := cellLines(cells, cols, widths, bold)
	h := rowHeight(cells, cols, widths, bold)
	sty := style(cellSize, bold, false)
	x := margin
	for i, ls := range lines {
		num := numeric(cols[i].Kind)
		for k, l := range ls {
			y := p.y - cellPad - vg.Length(k+1)*cellLine + 2
			if num {
				r := sty
				r.XAlign = draw.XRight
				p.fill(r, x+widths[i]-cellPad, y, l)
				continue
			}
			p.fill(sty, x+cellPad, y, l)
		}
		x += widths[i]
	}
	p.y -= h
	if !p.dry {
		c := rule
		w := vg.Length(0.4)
		if bold {
			c, w = grey, 0.8
		}
		dc := draw.New(p.c)
		dc.StrokeLine2(draw.LineStyle{Color: c, Width: w}, margin, p.y, PageWidth-margin, p.y)
	}
}
