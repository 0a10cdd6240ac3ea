package bundle

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/pdf"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// Part is what one analysis adds to a report.
type Part struct {
	Name     string // "corpus", "terms", "phrases", "figures"
	Tables   []*table.Table
	Charts   []*chart.Chart
	Native   []workbook.NativeChart
	Warnings []string
	Files    map[string][]byte // extra files at the folder's top (changes.json)
	Pages    []pdf.Page        // text pages of report.pdf after the summary (changes)
	// Labels maps a chart's name to what it draws (families, series,
	// terms), for highlights that point to the chart.
	Labels map[string][]string
	// Summary adds lines to the workbook's Summary sheet (new formula
	// candidates).
	Summary []workbook.Item
}

// addChart adds a built chart, or a warning when it could not be built,
// and records the labels it draws.
func (p *Part) addChart(c *chart.Chart, err error, what string, labels ...string) {
	switch {
	case errors.Is(err, chart.ErrNoData):
		p.Warnings = append(p.Warnings, fmt.Sprintf("chart %q skipped: %s", what, noDataReason(what)))
	case err != nil:
		p.Warnings = append(p.Warnings, fmt.Sprintf("chart %q skipped: %v", what, err))
	default:
		p.Charts = append(p.Charts, c)
		if p.Labels == nil {
			p.Labels = map[string][]string{}
		}
		p.Labels[c.Name] = labels
	}
}

func noDataReason(what string) string {
	return "no data to draw (no dated documents, or nothing found)"
}

// sheet returns a shallow copy of t whose title (the sheet name) is title.
func sheet(t *table.Table, title string) *table.Table {
	c := *t
	c.Title = title
	return &c
}

// Caption is the caption line every chart carries.
type Caption struct {
	Corpus    string // the corpus paths, joined
	Docs      int    // counted documents
	Undated   int
	Unit      period.Unit
	From, To  time.Time // first and last date; zero when none
	Generated string    // report name or date
}

// String is "Corpus: seeds · 5 documents (1 undated) · by month ·
// 2023-01-10 – 2025-12-31".
func (c Caption) String() string {
	parts := []string{"Corpus: " + c.Corpus}
	docs := fmt.Sprintf("%d documents", c.Docs)
	if c.Docs == 1 {
		docs = "1 document"
	}
	if c.Undated > 0 {
		docs += fmt.Sprintf(" (%d undated)", c.Undated)
	}
	parts = append(parts, docs, "by "+c.Unit.String())
	if !c.From.IsZero() {
		parts = append(parts, c.From.Format(time.DateOnly)+" – "+c.To.Format(time.DateOnly))
	} else {
		parts = append(parts, "no dated documents")
	}
	if c.Generated != "" {
		parts = append(parts, "dipstat report "+c.Generated)
	}
	return strings.Join(parts, " · ")
}

// With is the caption with extra text appended (a chart's own note).
func (c Caption) With(extra string) string {
	if extra == "" {
		return c.String()
	}
	return c.String() + " · " + extra
}

// packMinRows is the length from which a part's tables are packed.
const packMinRows = 256

// pack packs the part's long tables (table.Pack): a report holds every
// part's tables until it has written them all.
func (p *Part) pack() {
	for _, t := range p.Tables {
		if len(t.Rows) >= packMinRows {
			t.Pack()
		}
	}
}
