package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// Meta supplies or overrides metadata per input file, keyed by the path as
// given and by its base name.
type Meta map[string]MetaRow

// MetaRow is one row of a metadata file. Empty fields leave the document's own
// value alone.
type MetaRow struct {
	Date          time.Time
	Source, Title string
	// Fields are the other columns, by lower-case header, for the facets
	// of Options.Fields.
	Fields map[string]string
}

// ReadMeta reads a CSV file with a header naming the columns file, date,
// source and title (any order; only file is required).
func ReadMeta(r io.Reader) (Meta, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	fi, ok := col["file"]
	if !ok {
		return nil, errors.New("line 1: no \"file\" column")
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	m := Meta{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return m, nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, err
		}
		if fi >= len(rec) || strings.TrimSpace(rec[fi]) == "" {
			return nil, fmt.Errorf("line %d: empty file name", line)
		}
		row := MetaRow{Source: get(rec, "source"), Title: get(rec, "title")}
		for name := range col {
			switch name {
			case "file", "date", "source", "title", "":
				continue
			}
			if v := get(rec, name); v != "" {
				if row.Fields == nil {
					row.Fields = map[string]string{}
				}
				row.Fields[name] = v
			}
		}
		if ds := get(rec, "date"); ds != "" {
			d, ok := ParseDate(ds)
			if !ok {
				return nil, fmt.Errorf("line %d: bad date %q%s", line, ds, dateProblem(ds))
			}
			row.Date = d
		}
		m[filepath.ToSlash(filepath.Clean(strings.TrimSpace(rec[fi])))] = row
	}
}

// lookup finds the row for a file: by its path as given, else by base name.
func (m Meta) lookup(file string) (MetaRow, bool) {
	if m == nil {
		return MetaRow{}, false
	}
	if r, ok := m[filepath.ToSlash(filepath.Clean(file))]; ok {
		return r, true
	}
	r, ok := m[filepath.Base(file)]
	return r, ok
}

func (r MetaRow) apply(d *Document, fields []string) {
	for _, f := range fields {
		if v, ok := r.Fields[f]; ok {
			if d.Fields == nil {
				d.Fields = map[string]string{}
			}
			d.Fields[f] = v
		}
	}
	if !r.Date.IsZero() {
		d.Date = r.Date
	}
	if r.Source != "" {
		d.Source = r.Source
	}
	if r.Title != "" {
		d.Title = r.Title
	}
}
