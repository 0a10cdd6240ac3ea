package bundle

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/history"
	"github.com/dipstat/dipstat/report/pdf"
	"github.com/dipstat/dipstat/report/table"
)

// ChangesPart is the comparison with the previous report: the Changes sheet
// (data/changes.csv), a page of report.pdf and changes.json.
func ChangesPart(ch history.Changes) (Part, error) {
	p := Part{Name: "changes"}
	for _, t := range ch.Tables() {
		p.Tables = append(p.Tables, sheet(t, "Changes"))
	}
	var b bytes.Buffer
	if err := ch.WriteJSON(&b); err != nil {
		return p, fmt.Errorf("changes.json: %w", err)
	}
	p.Files = map[string][]byte{"changes.json": b.Bytes()}
	p.Pages = []pdf.Page{changesPage(ch)}
	for _, s := range ch.Skipped {
		p.Warnings = append(p.Warnings, "changes: "+s)
	}
	return p, nil
}

// AllTables is every table of the parts, in order: what the workbook and
// data/*.csv will hold (a history.Snapshot is built from them).
func AllTables(parts []Part) []*table.Table {
	var out []*table.Table
	for _, p := range parts {
		out = append(out, p.Tables...)
	}
	return out
}

// pageRows bounds each list on the Changes page; the sheet and changes.json
// have them all.
const pageRows = 12

// changesPage is the page of report.pdf that says what changed since the
// previous report.
func changesPage(ch history.Changes) pdf.Page {
	pg := pdf.Page{Title: "Changes since the previous report"}
	if ch.First {
		pg.Subtitle = history.NothingToCompare
		return pg
	}
	pg.Subtitle = fmt.Sprintf("%s %s. Every row is in the Changes sheet and changes.json.", ch.Current, ch.Summary())
	docs := pdf.Section{Title: "Documents"}
	docs.Fields = append(docs.Fields,
		pdf.Field{Name: "New", Value: docList(ch.NewDocuments)},
		pdf.Field{Name: "Dropped", Value: docList(ch.DroppedDocuments)})
	pg.Sections = append(pg.Sections, docs)
	if len(ch.Families) > 0 {
		sec := pdf.Section{Title: "Formula families whose rate moved most (per 10,000 tokens)"}
		for _, f := range ch.Families[:min(pageRows, len(ch.Families))] {
			sec.Fields = append(sec.Fields, pdf.Field{Name: f.Family, Value: fmt.Sprintf("%.2f → %.2f (%+.2f)", f.Before, f.After, f.Delta)})
		}
		pg.Sections = append(pg.Sections, sec)
	}
	if len(ch.NewPhrases) > 0 {
		sec := pdf.Section{Title: fmt.Sprintf("New recurring phrases (%d)", len(ch.NewPhrases))}
		for _, ph := range ch.NewPhrases[:min(pageRows, len(ch.NewPhrases))] {
			sec.Fields = append(sec.Fields, pdf.Field{Name: ph.Text, Value: fmt.Sprintf("%d times in %d documents", ph.Count, ph.Docs)})
		}
		pg.Sections = append(pg.Sections, sec)
	}
	if len(ch.NewFigures) > 0 {
		sec := pdf.Section{Title: fmt.Sprintf("New cited figures (%d)", len(ch.NewFigures))}
		for _, f := range ch.NewFigures[:min(pageRows, len(ch.NewFigures))] {
			sec.Fields = append(sec.Fields, pdf.Field{Name: orNone(f.Subject), Value: figureText(f)})
		}
		pg.Sections = append(pg.Sections, sec)
	}
	if len(ch.ChangedFigures) > 0 {
		sec := pdf.Section{Title: fmt.Sprintf("Figures whose value changed (%d)", len(ch.ChangedFigures))}
		for _, f := range ch.ChangedFigures[:min(pageRows, len(ch.ChangedFigures))] {
			sec.Fields = append(sec.Fields, pdf.Field{Name: orNone(f.Subject), Value: figureText(f.Before) + " → " + figureText(f.After)})
		}
		pg.Sections = append(pg.Sections, sec)
	}
	if len(ch.Skipped) > 0 {
		pg.Sections = append(pg.Sections, pdf.Section{Title: "Not compared", Fields: []pdf.Field{{Name: "why", Value: strings.Join(ch.Skipped, "; ")}}})
	}
	return pg
}

func docList(ds []history.Document) string {
	if len(ds) == 0 {
		return "none"
	}
	var ids []string
	for _, d := range ds[:min(pageRows, len(ds))] {
		ids = append(ids, d.ID)
	}
	s := fmt.Sprintf("%d: %s", len(ds), strings.Join(ids, ", "))
	if len(ds) > pageRows {
		s += ", …"
	}
	return s
}

func figureText(f history.Figure) string {
	s := f.Text + " (" + f.Doc
	if !f.Date.IsZero() {
		s += ", " + f.Date.Format(time.DateOnly)
	}
	return s + ")"
}

func orNone(s string) string {
	if s == "" {
		return "(no subject)"
	}
	return s
}
