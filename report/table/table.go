package table

import (
	"fmt"
)

// Kind is the type of a column's values.
type Kind int

const (
	Text    Kind = iota // string
	Int                 // int or int64
	Float               // float64
	Percent             // float64 fraction: 0.245 is 24.5%
	Date                // time.Time, zero for none; written YYYY-MM-DD
	Link                // string: a file path or URL
)

// Column describes one column.
type Column struct {
	Key      string // JSON key and CSV header: lower_snake or a short word
	Title    string // header for people (text tables, workbooks); Key when empty
	Kind     Kind
	Decimals int // digits after the point for Float and Percent in text and workbooks
	Max      int // in text tables, cut longer cells to this many runes (0: no cut)
	Width    float64
}

// Header is the column's title for people.
func (c Column) Header() string {
	if c.Title != "" {
		return c.Title
	}
	return c.Key
}

// Table is a named, typed table of rows.
type Table struct {
	Name    string // short name: file and sheet name ("terms", "figures")
	Title   string // what the table shows, for people
	Columns []Column
	Rows    [][]any
	// Source, when not nil, stands for Rows: it makes each row when asked,
	// so a table as long as the corpus (the documents) is not held as
	// cells (issue 22). Read a table's rows with Len and Row.
	Source RowSource
	Notes  []string // caveats to show with the table
}

// RowSource makes a table's rows on demand.
type RowSource interface {
	Len() int
	// Row is row i, a new slice each time (the caller may keep it).
	Row(i int) []any
}

// Len is the number of rows.
func (t *Table) Len() int {
	if t.Source != nil {
		return t.Source.Len()
	}
	return len(t.Rows)
}

// Row is row i (0 <= i < Len()).
func (t *Table) Row(i int) []any {
	if t.Source != nil {
		return t.Source.Row(i)
	}
	return t.Rows[i]
}

// New returns an empty table.
func New(name, title string, cols ...Column) *Table {
	return &Table{Name: name, Title: title, Columns: cols}
}

// Append adds a row. Values must match the columns in number and kind:
// string for Text and Link, int or int64 for Int, float64 for Float and
// Percent, time.Time for Date; nil for an empty cell.
func (t *Table) Append(vals ...any) {
	if t.Source != nil {
		panic(fmt.Sprintf("table %s: Append to a table with a Source", t.Name))
	}
	if len(vals) != len(t.Columns) {
		panic(fmt.Sprintf("table %s: row has %d values for %d columns", t.Name, len(vals), len(t.Columns)))
	}
	t.Rows = append(t.Rows, vals)
}

// Col returns the index of the column with the given key, or -1.
func (t *Table) Col(key string) int {
	for i, c := range t.Columns {
		if c.Key == key {
			return i
		}
	}
	return -1
}

func asInt(v any) (int64, bool) {
	switch x := v.(type) {
	case int:
		return int64(x), true
	case int64:
		return x, true
	case int32:
		return int64(x), true
	}
	return 0, false
}
