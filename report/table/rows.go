package table

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A RowWriter writes a table's rows as they come, for tables too long to
// hold: the header (when the format has one) before the first row, then
// each row. Close writes the header if no row came, what is still
// buffered and the table's notes. Its output is what the format's Writer
// writes for the same rows.
type RowWriter interface {
	// Write writes one row; its values are as for Table.Append.
	Write(row ...any) error
	Close() error
}

// A RowWriterFunc starts writing, to w, a table with t's name, columns and
// notes; t's rows are not written.
type RowWriterFunc func(w io.Writer, t *Table) RowWriter

// RowWriters maps each output format's name to its row writer.
var RowWriters = map[string]RowWriterFunc{
	"text": func(w io.Writer, t *Table) RowWriter { return NewTextRows(w, t, TextBlock) },
	"csv":  NewCSVRows,
	"json": NewJSONRows,
}

// LookupRows returns the row writer for a format name, or an error listing
// the known ones.
func LookupRows(format string) (RowWriterFunc, error) {
	if w, ok := RowWriters[format]; ok {
		return w, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(FormatNames(), ", "))
}

// writeAll writes t's rows through a row writer.
func writeAll(rw RowWriter, t *Table) error {
	var err error
	// an error reading the rows is the caller's to check (Err), as the
	// rows of a failed walk are nils to Row
	Each(t, func(row []any) bool {
		err = rw.Write(row...)
		return err == nil
	})
	if err != nil {
		return err
	}
	return rw.Close()
}

func checkRow(t *Table, row []any) {
	if len(row) != len(t.Columns) {
		panic(fmt.Sprintf("table %s: row has %d values for %d columns", t.Name, len(row), len(t.Columns)))
	}
}

type csvRows struct {
	t      *Table
	cw     *csv.Writer
	rec    []string
	header bool
}

// NewCSVRows writes CSV row by row (see WriteCSV).
func NewCSVRows(w io.Writer, t *Table) RowWriter {
	return &csvRows{t: t, cw: csv.NewWriter(w), rec: make([]string, len(t.Columns))}
}

func (c *csvRows) writeHeader() error {
	c.header = true
	for i, col := range c.t.Columns {
		c.rec[i] = col.Key
	}
	return c.cw.Write(c.rec)
}

func (c *csvRows) Write(row ...any) error {
	checkRow(c.t, row)
	if !c.header {
		if err := c.writeHeader(); err != nil {
			return err
		}
	}
	for i, v := range row {
		c.rec[i] = Plain(v)
	}
	return c.cw.Write(c.rec)
}

func (c *csvRows) Close() error {
	if !c.header {
		if err := c.writeHeader(); err != nil {
			return err
		}
	}
	c.cw.Flush()
	return c.cw.Error()
}

type jsonRows struct {
	t   *Table
	bw  *bufio.Writer
	buf []byte
}

// NewJSONRows writes JSON Lines row by row (see WriteJSON).
func NewJSONRows(w io.Writer, t *Table) RowWriter {
	return &jsonRows{t: t, bw: bufio.NewWriter(w)}
}

func (j *jsonRows) Write(row ...any) error {
	checkRow(j.t, row)
	buf := append(j.buf[:0], '{')
	for i, v := range row {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = strconv.AppendQuote(buf, j.t.Columns[i].Key)
		buf = append(buf, ':')
		buf = appendJSON(buf, v, j.t.Columns[i].Kind)
	}
	buf = append(buf, '}', '\n')
	j.buf = buf
	_, err := j.bw.Write(buf)
	return err
}

func (j *jsonRows) Close() error { return j.bw.Flush() }

// TextBlock is how many rows a streamed text table holds: a table of at
// most that many rows is written as WriteText writes it; a longer one is
// written TextBlock rows at a time, each block aligned on its own cells
// and on the widths before it, so columns only ever widen.
const TextBlock = 1000

type textRows struct {
	t      *Table
	bw     *bufio.Writer
	block  int
	widths []int
	cells  [][]string
	header bool
}

// NewTextRows writes an aligned text table row by row (see WriteText),
// holding at most block rows; block <= 0 holds them all, as WriteText does.
func NewTextRows(w io.Writer, t *Table, block int) RowWriter {
	tw := &textRows{t: t, bw: bufio.NewWriter(w), block: block, widths: make([]int, len(t.Columns))}
	for i, c := range t.Columns {
		tw.widths[i] = displayWidth(c.Header())
	}
	return tw
}

func (tw *textRows) Write(row ...any) error {
	checkRow(tw.t, row)
	cells := make([]string, len(row))
	for i, v := range row {
		s := Escape(Human(v, tw.t.Columns[i]))
		cells[i] = s
		tw.widths[i] = max(tw.widths[i], displayWidth(s))
	}
	tw.cells = append(tw.cells, cells)
	if tw.block > 0 && len(tw.cells) >= tw.block {
		return tw.flush()
	}
	return nil
}

// flush writes the header if it is not written yet, then the rows held,
// aligned on the widths so far.
func (tw *textRows) flush() error {
	if !tw.header {
		tw.header = true
		head := make([]string, len(tw.t.Columns))
		rule := make([]string, len(tw.t.Columns))
		for i, c := range tw.t.Columns {
			head[i] = c.Header()
			rule[i] = strings.Repeat("-", tw.widths[i])
		}
		tw.line(head)
		tw.line(rule)
	}
	for _, row := range tw.cells {
		tw.line(row)
	}
	clear(tw.cells)
	tw.cells = tw.cells[:0]
	return tw.bw.Flush()
}

func (tw *textRows) line(vals []string) {
	var b strings.Builder
	for i, s := range vals {
		if i > 0 {
			b.WriteString("  ")
		}
		pad := strings.Repeat(" ", tw.widths[i]-displayWidth(s))
		if right(tw.t.Columns[i].Kind) {
			b.WriteString(pad + s)
		} else if i < len(vals)-1 {
			b.WriteString(s + pad)
		} else {
			b.WriteString(s)
		}
	}
	tw.bw.WriteString(strings.TrimRight(b.String(), " ") + "\n")
}

func (tw *textRows) Close() error {
	if err := tw.flush(); err != nil {
		return err
	}
	for _, n := range tw.t.Notes {
		tw.bw.WriteString("note: " + Escape(n) + "\n")
	}
	return tw.bw.Flush()
}
