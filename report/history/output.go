package history

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dipstat/dipstat/report/table"
)

// MaxRows is the most rows each kind of change gets in the changes table;
// changes.json has them all.
const MaxRows = 200

// TableName is the name of the changes table: the Changes sheet and
// data/changes.csv.
const TableName = "changes"

// Tables returns the changes table: one row per change, grouped by kind of
// change (new documents, dropped documents, family rates, new phrases, new
// figures, changed figures). A first run has one row saying there is nothing
// to compare with.
func (c Changes) Tables() []*table.Table {
	t := table.New(TableName, "Changes since the previous report",
		table.Column{Key: "change", Title: "Change", Width: 16},
		table.Column{Key: "item", Title: "Item", Max: 40, Width: 30},
		table.Column{Key: "detail", Title: "Detail", Max: 60, Width: 50},
		table.Column{Key: "before", Title: "Before", Kind: table.Float, Decimals: -1, Width: 12},
		table.Column{Key: "after", Title: "After", Kind: table.Float, Decimals: -1, Width: 12},
		table.Column{Key: "delta", Title: "Change", Kind: table.Float, Decimals: -1, Width: 12},
		table.Column{Key: "doc", Title: "Document", Width: 24},
		table.Column{Key: "date", Title: "Date", Kind: table.Date, Width: 11},
	)
	if c.First {
		t.Append("none", NothingToCompare, "", nil, nil, nil, "", nil)
		t.Notes = append(t.Notes, "The next report in this output folder will be compared with this one.")
		return []*table.Table{t}
	}
	t.Notes = append(t.Notes, "Compared with the previous report, "+c.Previous+"; "+strings.TrimPrefix(c.Summary(), "since "+c.Previous+": ")+".")
	section := func(kind string, n int, row func(i int)) {
		for i := 0; i < n && i < MaxRows; i++ {
			row(i)
		}
		if n > MaxRows {
			t.Notes = append(t.Notes, fmt.Sprintf("%d more rows of %q are in changes.json.", n-MaxRows, kind))
		}
	}
	section("new document", len(c.NewDocuments), func(i int) {
		d := c.NewDocuments[i]
		t.Append("new document", d.ID, docDetail(d), nil, nil, nil, d.ID, date(d))
	})
	section("dropped document", len(c.DroppedDocuments), func(i int) {
		d := c.DroppedDocuments[i]
		t.Append("dropped document", d.ID, docDetail(d), nil, nil, nil, d.ID, date(d))
	})
	section("family rate", len(c.Families), func(i int) {
		f := c.Families[i]
		t.Append("family rate", f.Family, "occurrences per 10,000 tokens, whole corpus", f.Before, f.After, f.Delta, "", nil)
	})
	section("new phrase", len(c.NewPhrases), func(i int) {
		p := c.NewPhrases[i]
		detail := fmt.Sprintf("%d times in %d documents", p.Count, p.Docs)
		if !p.FirstSeen.IsZero() {
			detail += ", first seen " + p.FirstSeen.Format("2006-01-02")
		}
		t.Append("new phrase", p.Text, detail, nil, nil, nil, "", nil)
	})
	section("new figure", len(c.NewFigures), func(i int) {
		f := c.NewFigures[i]
		t.Append("new figure", subject(f.Subject), figDetail(f), nil, f.Value, nil, f.Doc, dateOf(f))
	})
	section("changed figure", len(c.ChangedFigures), func(i int) {
		f := c.ChangedFigures[i]
		detail := figDetail(f.After) + " (was " + strings.TrimSpace(f.Before.Text)
		if f.Before.Doc != "" {
			detail += " in " + f.Before.Doc
		}
		detail += ")"
		t.Append("changed figure", f.Subject, detail, f.Before.Value, f.After.Value, f.After.Value-f.Before.Value,
			f.After.Doc, dateOf(f.After))
	})
	if len(c.Skipped) > 0 {
		t.Notes = append(t.Notes, "Not compared, because a report lacks the table: "+strings.Join(c.Skipped, ", ")+".")
	}
	return []*table.Table{t}
}

func docDetail(d Document) string {
	s := d.File
	if d.Title != "" {
		s += ": " + d.Title
	}
	if d.Status != "" && d.Status != "ok" {
		s += " [" + d.Status + "]"
	}
	return s
}

func figDetail(f Figure) string {
	s := f.Kind
	if f.Unit != "" {
		s += ", " + f.Unit
	}
	if f.Text != "" {
		s += ": " + f.Text
	}
	return s
}

func subject(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(no subject)"
	}
	return s
}

func date(d Document) any { return dateOf(Figure{Date: d.Date}) }

func dateOf(f Figure) any {
	if f.Date.IsZero() {
		return nil
	}
	return f.Date
}

// WriteJSON writes changes.json: the Changes as one indented JSON object
// with every list present (empty, not null), and a message on a first run.
// The document lists, which can hold every document of a corpus, are
// written one document at a time, never as one buffer; the bytes are those
// of json.MarshalIndent.
func (c Changes) WriteJSON(w io.Writer) error {
	o := c.jsonObject()
	lists := [][]Document{o.NewDocuments, o.DroppedDocuments}
	o.NewDocuments, o.DroppedDocuments = []Document{}, []Document{}
	b, err := json.MarshalIndent(o, "", "  ")
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	bw := bufio.NewWriter(w)
	for i, key := range []string{"new_documents", "dropped_documents"} {
		// a newline and two spaces only ever open a field of the object:
		// strings hold their newlines escaped
		mark := "\n  \"" + key + "\": []"
		at := bytes.Index(b, []byte(mark))
		if at < 0 {
			return fmt.Errorf("history: no %s in changes.json", key)
		}
		at += len(mark) - len("[]")
		bw.Write(b[:at])
		b = b[at+len("[]"):]
		if err := writeDocuments(bw, lists[i]); err != nil {
			return err
		}
	}
	bw.Write(b)
	bw.WriteByte('\n')
	return bw.Flush()
}

// changesJSON is the object changes.json holds.
type changesJSON struct {
	Message string `json:"message,omitempty"`
	Changes
}

func (c Changes) jsonObject() changesJSON {
	o := changesJSON{Changes: c}
	if c.First {
		o.Message = NothingToCompare
	} else {
		o.Message = c.Summary()
	}
	fill(&o.NewDocuments)
	fill(&o.DroppedDocuments)
	fill(&o.Families)
	fill(&o.NewPhrases)
	fill(&o.NewFigures)
	fill(&o.ChangedFigures)
	return o
}

// writeDocuments writes ds as the value of a field of changes.json's
// object, indented as json.MarshalIndent(o, "", "  ") would.
func writeDocuments(w *bufio.Writer, ds []Document) error {
	if len(ds) == 0 {
		_, err := w.WriteString("[]")
		return err
	}
	w.WriteString("[\n")
	for i, d := range ds {
		b, err := json.MarshalIndent(d, "    ", "  ")
		if err != nil {
			return fmt.Errorf("history: %w", err)
		}
		w.WriteString("    ")
		w.Write(b)
		if i < len(ds)-1 {
			w.WriteByte(',')
		}
		w.WriteByte('\n')
	}
	_, err := w.WriteString("  ]")
	return err
}

func fill[T any](s *[]T) {
	if *s == nil {
		*s = []T{}
	}
}
