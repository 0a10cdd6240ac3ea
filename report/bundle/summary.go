package bundle

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/pdf"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// summaryFiles is how many input files the Summary sheet lists one by one
// with their hashes; a larger corpus gets one line (the manifest keeps every
// file), so the sheet's counts are not 200,000 rows down.
const summaryFiles = 20

// summaryItems is the Summary sheet: run, inputs with hashes, parameters,
// counts and warnings.
func summaryItems(r *Report, m *Manifest, warnings []string) []workbook.Item {
	var it []workbook.Item
	add := func(sec, field string, v any) { it = append(it, workbook.Item{Section: sec, Field: field, Value: v}) }
	add("Run", "report", r.Name)
	add("Run", "dipstat version", r.Version)
	add("Run", "started (UTC)", r.Started.UTC().Truncate(time.Second))
	if len(r.Command) > 0 {
		add("Run", "command", strings.Join(r.Command, " "))
	}
	add("Inputs", "corpus paths", strings.Join(r.Paths, ", "))
	add("Inputs", "input files", len(m.Inputs))
	if len(m.Inputs) <= summaryFiles {
		for _, f := range m.Inputs {
			if f.Skipped != "" {
				add("Inputs", f.Path, fmt.Sprintf("not read: %s", f.Skipped))
				continue
			}
			add("Inputs", f.Path, fmt.Sprintf("sha256 %s, %d bytes", f.SHA256, f.Size))
		}
	} else {
		var size int64
		for _, f := range m.Inputs {
			size += f.Size
		}
		add("Inputs", "input bytes", fmt.Sprintf("%d (each file's size and SHA-256 are in %s)", size, ManifestFile))
	}
	for _, p := range r.Params {
		add("Parameters", p.Name, p.Value)
	}
	c := m.Corpus
	add("Counts", "documents found", c.Documents)
	add("Counts", "documents counted", c.Counted)
	add("Counts", "undated documents", c.Undated)
	add("Counts", "duplicates", c.Duplicates)
	add("Counts", "skipped", c.Skipped)
	add("Counts", "tokens", c.Tokens)
	add("Counts", "period", c.Period)
	add("Counts", "periods", c.Periods)
	if c.First != "" {
		first, _ := time.Parse(time.DateOnly, c.First)
		last, _ := time.Parse(time.DateOnly, c.Last)
		add("Counts", "first date", first)
		add("Counts", "last date", last)
	}
	for _, p := range r.Parts {
		it = append(it, p.Summary...)
	}
	for _, p := range r.Parts {
		for _, t := range p.Tables {
			for _, n := range t.Notes {
				add("Notes", t.Title, n)
			}
		}
	}
	if len(warnings) == 0 {
		add("Warnings", "warnings", "none")
	}
	for _, w := range warnings {
		add("Warnings", "warning", w)
	}
	return it
}

// summaryTable is the Summary sheet as a table for data/summary.csv.
func summaryTable(items []workbook.Item, notes []string) *table.Table {
	t := table.New("summary", "Summary",
		table.Column{Key: "section", Title: "Section"},
		table.Column{Key: "field", Title: "Field"},
		table.Column{Key: "value", Title: "Value"},
	)
	for _, it := range items {
		t.Append(it.Section, it.Field, plainValue(it.Value))
	}
	for _, n := range notes {
		t.Append("Warnings", "workbook", n)
	}
	return t
}

func plainValue(v any) string {
	switch x := v.(type) {
	case time.Time:
		if x.Equal(x.Truncate(24 * time.Hour)) {
			return x.Format(time.DateOnly)
		}
		return x.Format(time.RFC3339)
	case int:
		return strconv.Itoa(x)
	case string:
		return x
	}
	return fmt.Sprint(v)
}

// pdfSummary is the first page of report.pdf.
func pdfSummary(r *Report, m *Manifest, warnings []string) pdf.Summary {
	c := m.Corpus
	dates := "no dated documents"
	if c.First != "" {
		dates = c.First + " – " + c.Last
	}
	s := pdf.Summary{
		Title:    "dipstat report " + r.Name,
		Subtitle: fmt.Sprintf("%s · %s · generated %s by dipstat %s", strings.Join(r.Paths, ", "), dates, r.Started.UTC().Format("2006-01-02 15:04 UTC"), r.Version),
		Footer:   "dipstat report " + r.Name,
		Warnings: warnings,
	}
	s.Sections = append(s.Sections, pdf.Section{Title: "Corpus", Fields: []pdf.Field{
		{Name: "Paths", Value: strings.Join(r.Paths, ", ")},
		{Name: "Input files", Value: strconv.Itoa(len(m.Inputs))},
		{Name: "Documents", Value: fmt.Sprintf("%d found, %d counted (%d undated), %d duplicates, %d skipped", c.Documents, c.Counted, c.Undated, c.Duplicates, c.Skipped)},
		{Name: "Tokens", Value: table.Thousands(strconv.Itoa(c.Tokens))},
		{Name: "Dates", Value: dates},
		{Name: "Periods", Value: fmt.Sprintf("%d by %s", c.Periods, c.Period)},
	}})
	var params []pdf.Field
	defaults := 0
	for _, p := range r.Params {
		if p.Default {
			defaults++
			continue
		}
		params = append(params, pdf.Field{Name: p.Name, Value: p.Value})
	}
	if defaults > 0 {
		params = append(params, pdf.Field{Name: "other flags", Value: fmt.Sprintf("%d at their defaults (listed in the workbook's Summary and manifest.json)", defaults)})
	}
	if len(params) > 0 {
		s.Sections = append(s.Sections, pdf.Section{Title: "Parameters", Fields: params})
	}
	for _, p := range r.Parts {
		s.Pages = append(s.Pages, p.Pages...)
	}
	return s
}
