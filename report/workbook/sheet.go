package workbook

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/dipstat/dipstat/report/table"
	"github.com/xuri/excelize/v2"
)

// maxRows is the data rows a sheet holds under its header; a variable so
// tests can exercise truncation.
var maxRows = MaxSheetRows - 1

// sheetInfo records where a table landed, for charts and the Summary.
type sheetInfo struct {
	sheet   string
	table   *table.Table
	rows    int // data rows written
	dropped int // rows cut by the row limit
	cut     int // cells cut at the character limit
}

// writeTable streams t to a new sheet as an Excel table.
func (b *builder) writeTable(t *table.Table) (*sheetInfo, error) {
	name := b.sheetName(t.Title, t.Name)
	if _, err := b.f.NewSheet(name); err != nil {
		return nil, fmt.Errorf("sheet %s: %w", name, err)
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return nil, fmt.Errorf("sheet %s: %w", name, err)
	}
	info := &sheetInfo{sheet: name, table: t}
	ncol := len(t.Columns)
	colStyle := make([]int, ncol)
	widths := make([]float64, ncol)
	for i, c := range t.Columns {
		if colStyle[i], err = b.st.column(c); err != nil {
			return nil, err
		}
		w := c.Width
		if w <= 0 {
			w = float64(min(max(utf8.RuneCountInString(c.Header())+2, 10), 60))
		}
		widths[i] = min(w, 255)
	}
	// one call per run of equal widths: excelize's SetColWidth costs time
	// in proportion to the columns set so far, so a call per column of a
	// sheet of thousands of periods took minutes
	for i := 0; i < ncol; {
		j := i + 1
		for j < ncol && widths[j] == widths[i] {
			j++
		}
		if err := sw.SetColWidth(i+1, j, widths[i]); err != nil {
			return nil, err
		}
		i = j
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return nil, err
	}
	head := make([]any, ncol)
	for i, c := range t.Columns {
		head[i] = excelize.Cell{StyleID: b.st.header, Value: c.Header()}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return nil, err
	}
	rows := t.Len()
	if rows > maxRows {
		info.dropped = rows - maxRows
		rows = maxRows
	}
	if rows > 0 {
		if err := b.writeRows(sw, t, rows, colStyle, info); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	info.rows = rows
	last := max(info.rows, 1) + 1 // an empty table keeps one blank row
	end, _ := excelize.CoordinatesToCellName(ncol, last)
	show := true
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + end, Name: b.tableName(t.Name),
		StyleName: "TableStyleLight9", ShowRowStripes: &show}); err != nil {
		return nil, fmt.Errorf("sheet %s table: %w", name, err)
	}
	if err := sw.Flush(); err != nil {
		return nil, fmt.Errorf("sheet %s: %w", name, err)
	}
	return info, nil
}

// writeRows writes t's first rows data rows: a placeholder row through
// excelize, the rows themselves into a piece (see spliceZip).
func (b *builder) writeRows(sw *excelize.StreamWriter, t *table.Table, rows int, colStyle []int, info *sheetInfo) error {
	b.npiece++
	token := fmt.Sprintf("%s%d", tokenPrefix, b.npiece)
	if err := sw.SetRow("A2", []any{token}); err != nil {
		return err
	}
	p, err := newPiece(b.tmp, token)
	if err != nil {
		return err
	}
	b.zip.pieces[token] = p
	x := newRowXML(len(t.Columns), b.dateStyle)
	x.buf = <-p.free
	cells := make([]excelize.Cell, len(t.Columns))
	for r := range rows {
		for i, v := range t.Row(r) {
			c, cut := cell(v, t.Columns[i], colStyle[i], b.link)
			if cut {
				info.cut++
			}
			cells[i] = c
		}
		if err := x.row(r+2, cells); err != nil {
			return fmt.Errorf("row %d: %w", r+2, err)
		}
		if len(x.buf) >= pieceChunk {
			x.buf = p.send(x.buf)
		}
	}
	if err := table.Err(t); err != nil {
		return err
	}
	p.send(x.buf)
	// the compressor goes on while the next sheet is made
	p.end()
	return nil
}

// dateStyle is the style excelize gives a date in a cell without one.
func (b *builder) dateStyle() (int, error) {
	if b.timeStyle == 0 {
		id, err := b.f.NewStyle(&excelize.Style{NumFmt: 22})
		if err != nil {
			return 0, err
		}
		b.timeStyle = id
	}
	return b.timeStyle, nil
}

var badSheetChars = regexp.MustCompile(`[\[\]:*?/\\]`)

// sheetName is a valid, unused sheet name from title (or name).
func (b *builder) sheetName(title, name string) string {
	s := strings.TrimSpace(badSheetChars.ReplaceAllString(title, " "))
	if s == "" {
		s = name
	}
	s = strings.Trim(s, "'")
	s = truncRunes(s, 31)
	base := s
	for i := 2; b.used[strings.ToLower(s)]; i++ {
		suf := fmt.Sprintf(" (%d)", i)
		s = truncRunes(base, 31-len(suf)) + suf
	}
	b.used[strings.ToLower(s)] = true
	return s
}

func truncRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

var badTableChars = regexp.MustCompile(`[^A-Za-z0-9_]`)

// tableName is a valid, unused Excel table name from a table's name.
func (b *builder) tableName(name string) string {
	s := "t_" + badTableChars.ReplaceAllString(name, "_")
	s = truncRunes(s, 200)
	base := s
	for i := 2; b.used["table:"+strings.ToLower(s)]; i++ {
		s = fmt.Sprintf("%s_%d", base, i)
	}
	b.used["table:"+strings.ToLower(s)] = true
	return s
}
