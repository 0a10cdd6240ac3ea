package bundle

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/highlights"
	"github.com/dipstat/dipstat/report/pdf"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// summaryFiles is how many input files the Summary sheet lists one by one
// with their hashes; a larger corpus gets one line (the manifest keeps every
// file), so the sheet's counts are not 200,000 rows down.
const summaryFiles = 20

// summaryItems is the Summary sheet: the highlights, then run, inputs with
// hashes, parameters, counts and warnings.
func summaryItems(r *Report, m *Manifest, warnings []string, hl []workbook.Item) []workbook.Item {
	it := append([]workbook.Item(nil), hl...)
	add := func(sec, field string, v any) { it = append(it, workbook.Item{Section: sec, Field: field, Value: v}) }
	add("Run", "report", r.Name)
	add("Run", "dipstat version", r.Version)
	add("Run", "started (UTC)", r.Started.UTC().Truncate(time.Second))
	if len(r.Command) > 0 {
		add("Run", "command", strings.Join(r.Command, " "))
	}
	add("Inputs", "corpus paths", strings.Join(r.Paths, ", "))
	add("Inputs", "input files", m.InputList.Count)
	if m.InputList.Count <= summaryFiles {
		for _, f := range m.Inputs {
			if f.Skipped != "" {
				add("Inputs", f.Path, fmt.Sprintf("not read: %s", f.Skipped))
				continue
			}
			add("Inputs", f.Path, fmt.Sprintf("sha256 %s, %d bytes", f.SHA256, f.Size))
		}
	} else {
		add("Inputs", "input bytes", fmt.Sprintf("%d (each file's size and SHA-256 are in %s)", m.InputList.Bytes, InputsFile))
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

// pdfDocument is report.pdf: highlights first, then the key tables, the
// text pages of the parts (changes), the charts, and the run last.
func pdfDocument(r *Report, m *Manifest, hl []highlights.Highlight, keyTables []*table.Table, charts []*chart.Chart, warnings []string) pdf.Document {
	c := m.Corpus
	dates := "no dated documents"
	if c.First != "" {
		dates = c.First + " – " + c.Last
	}
	doc := pdf.Document{
		Title:      "dipstat report " + r.Name,
		Subtitle:   fmt.Sprintf("%s · %s · generated %s by dipstat %s", strings.Join(r.Paths, ", "), dates, r.Started.UTC().Format("2006-01-02 15:04 UTC"), r.Version),
		Header:     header(r, m),
		Footer:     "dipstat report " + r.Name,
		Highlights: hl,
		Tables:     keyTables,
		Charts:     charts,
		Warnings:   warnings,
	}
	about := pdf.Page{Title: "About this report"}
	about.Sections = append(about.Sections, pdf.Section{Title: "Corpus", Fields: []pdf.Field{
		{Name: "Paths", Value: strings.Join(r.Paths, ", ")},
		{Name: "Input files", Value: strconv.Itoa(m.InputList.Count)},
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
		about.Sections = append(about.Sections, pdf.Section{Title: "Parameters", Fields: params})
	}
	doc.About = about
	for _, p := range r.Parts {
		doc.Pages = append(doc.Pages, p.Pages...)
	}
	return doc
}

// header names the corpus and the window on every page of report.pdf.
func header(r *Report, m *Manifest) string {
	c := m.Corpus
	h := fmt.Sprintf("dipstat report %s · corpus %s · %d documents", r.Name, strings.Join(r.Paths, ", "), c.Counted)
	if r.Window != "" {
		h += " · window " + r.Window
	}
	if c.First != "" {
		h += " · dated " + c.First + " – " + c.Last + " by " + c.Period
	}
	return h
}

// highlightItems are the Summary sheet's first rows: each highlight with
// its quote, its sheet and the page of report.pdf that draws its chart.
func highlightItems(hl []highlights.Highlight, plan pdf.Layout, charts []*chart.Chart) []workbook.Item {
	titles := map[string]string{}
	for _, c := range charts {
		titles[c.Name] = c.Title
	}
	var out []workbook.Item
	for _, h := range hl {
		out = append(out, workbook.Item{Section: "Highlights", Field: string(h.Kind), Value: HighlightLine(h, titles[h.Chart], plan.Anchors[pdf.ChartAnchor(h.Chart)])})
	}
	return out
}

// HighlightLine is a highlight as one line of text: the finding, the quoted
// sentence and its source, the sheet, and the chart with its page of
// report.pdf (when page > 0).
func HighlightLine(h highlights.Highlight, chartTitle string, page int) string {
	s := h.Text + "."
	if h.Quote != "" {
		date := "undated"
		if !h.Date.IsZero() {
			date = h.Date.Format(time.DateOnly)
		}
		s += " “" + strings.Join(strings.Fields(h.Quote), " ") + "” (" + h.Doc + ", " + date + ")."
	}
	if h.Sheet != "" {
		s += " Sheet " + h.Sheet + "."
	}
	if h.Chart != "" && page > 0 {
		s += fmt.Sprintf(" Chart “%s”, report.pdf page %d.", chartTitle, page)
	}
	return s
}
