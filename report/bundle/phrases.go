package bundle

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// PhrasesInput is what the phrases analysis gives a report.
type PhrasesInput struct {
	Summary     *phrases.Summary
	Occurrences []phrases.Occurrence // with Left and Right context
	Discovery   *phrases.Discovery   // recurring phrases; nil to leave out
	// EachOccurrence, when not nil, stands for Occurrences: it walks
	// OccurrenceCount occurrences each time the concordance's rows are
	// read, which are then never held (issue 22).
	EachOccurrence  func(fn func(phrases.Occurrence) error) error
	OccurrenceCount int
	// VariantCharts is the number of families (most frequent first) that get
	// a variant-share chart (default 4); MaxVariants the variants drawn per
	// family before the rest are summed as "other" (default 6).
	VariantCharts int
	MaxVariants   int
}

// PhrasesPart is the phrases analysis's share of a report: Phrase families
// by period, Phrase variants, Variant shares and Phrase occurrences sheets;
// one small panel per family, and the variant shares of the main families.
func PhrasesPart(in PhrasesInput, cap Caption) Part {
	p := Part{Name: "phrases"}
	s := in.Summary
	if s == nil {
		return p
	}
	nCharts, maxVar := in.VariantCharts, in.MaxVariants
	if nCharts <= 0 {
		nCharts = 4
	}
	if maxVar <= 0 {
		maxVar = 6
	}
	p.Tables = append(p.Tables, sheet(table.PhraseFamilies(s), "Phrase families by period"))
	if fk := familyKeyness(s); fk != nil {
		p.Tables = append(p.Tables, sheet(fk, "Family keyness"))
	}
	p.Tables = append(p.Tables,
		sheet(table.PhraseVariants(s, 0), "Phrase variants"),
		sheet(table.PhraseVariantPeriods(s), "Variant shares"),
		sheet(concordance(in), "Phrase occurrences"))
	if d := in.Discovery; d != nil {
		p.Tables = append(p.Tables, sheet(table.Discovered(d, 0, ""), "Recurring phrases"),
			sheet(table.CandidateFamilies(d, 0, ""), "Candidate families"))
		p.Warnings = append(p.Warnings, d.Warnings...)
		p.Summary = append(p.Summary, newCandidates(d, summaryCandidates)...)
	}
	var labels []string
	var idx []int
	for i, pr := range s.Periods {
		if pr.Label != period.Undated {
			labels = append(labels, pr.Label)
			idx = append(idx, i)
		}
	}
	// Families that occur in dated documents, most frequent first.
	dated := func(f phrases.FamilyStats) int {
		n := 0
		for _, i := range idx {
			n += f.ByPeriod[i].Occurrences
		}
		return n
	}
	fams := make([]phrases.FamilyStats, 0, len(s.Families))
	undatedOnly := 0
	for _, f := range s.Families {
		switch {
		case dated(f) > 0:
			fams = append(fams, f)
		case f.Total.Occurrences > 0:
			undatedOnly++
		}
	}
	sort.SliceStable(fams, func(i, j int) bool { return dated(fams[i]) > dated(fams[j]) })
	if len(fams) == 0 {
		p.Warnings = append(p.Warnings, "no formula family occurs in a dated document: phrase charts are skipped")
		return p
	}
	var panels []chart.Series
	for _, f := range fams {
		vals := make([]float64, len(idx))
		for j, i := range idx {
			vals[j] = f.ByPeriod[i].Per10k // NaN without tokens: a gap in the chart
		}
		panels = append(panels, chart.Series{Name: f.Name, Values: vals})
	}
	var notes []string
	if len(panels) > 12 {
		notes = append(notes, fmt.Sprintf("the 12 most frequent of %d families", len(panels)))
	}
	if undatedOnly > 0 {
		notes = append(notes, fmt.Sprintf("%d families found only in undated documents are not drawn", undatedOnly))
	}
	note := strings.Join(notes, "; ")
	c, err := chart.Panels("families", "Formula families per "+s.Unit.String(), cap.With(note), "per 10,000 tokens", labels, panels)
	var drawn []string
	for _, f := range fams[:min(len(fams), chart.MaxPanels)] {
		drawn = append(drawn, f.Name)
	}
	p.addChart(c, err, "formula families per period", drawn...)
	languagesPart(&p, s, cap, labels, idx)
	for k, f := range fams {
		if k >= nCharts {
			break
		}
		// Variants used in dated documents, in the family's order.
		var vars [][]float64
		var names []string
		for _, v := range f.Variants {
			vals := make([]float64, len(idx))
			n := 0
			for j, i := range idx {
				vals[j] = float64(v.ByPeriod[i])
				n += v.ByPeriod[i]
			}
			if n > 0 {
				vars, names = append(vars, vals), append(names, v.Variant)
			}
		}
		if len(vars) < 2 {
			continue
		}
		var series []chart.Series
		other := make([]float64, len(idx))
		hasOther := false
		for vi, vals := range vars {
			if vi < maxVar-1 || len(vars) == maxVar {
				series = append(series, chart.Series{Name: names[vi], Values: vals})
				continue
			}
			hasOther = true
			for j := range vals {
				other[j] += vals[j]
			}
		}
		if hasOther {
			series = append(series, chart.Series{Name: fmt.Sprintf("other (%d variants)", len(vars)-maxVar+1), Values: other})
		}
		c, err := chart.Stacked("variants-"+slug(f.Name), "Variants of “"+f.Name+"” per "+s.Unit.String(), cap.String(), labels, series)
		p.addChart(c, err, "variant shares of "+f.Name, f.Name)
	}
	if len(labels) > 0 {
		p.Native = append(p.Native, workbook.NativeChart{Kind: workbook.LineChart, Title: "Formula families per " + s.Unit.String(),
			XTitle: s.Unit.String(), YTitle: "occurrences", Table: "phrase_families", ByRow: true, Name: "family",
			Values: labels, MaxSeries: 8})
	}
	p.pack()
	return p
}

// summaryCandidates is how many new formula candidates the Summary sheet
// lists.
const summaryCandidates = 10

// concordance is the Phrase occurrences sheet's table.
func concordance(in PhrasesInput) *table.Table {
	if in.EachOccurrence != nil {
		return table.AttributedConcordanceWalked(in.OccurrenceCount, in.EachOccurrence)
	}
	return table.AttributedConcordance(in.Occurrences)
}

// newCandidates lists the best new formula candidates (no known family
// matches them) for the Summary sheet.
func newCandidates(d *phrases.Discovery, top int) []workbook.Item {
	var it []workbook.Item
	for _, c := range d.Candidates {
		if len(it) == top {
			break
		}
		if c.Kind != phrases.KindFormula || c.Known != "" {
			continue
		}
		first := "undated"
		if !c.First.IsZero() {
			first = "first seen " + c.First.Format(time.DateOnly)
		}
		it = append(it, workbook.Item{Section: "New formula candidates", Field: c.Name,
			Value: fmt.Sprintf("score %.3f, %s, %d documents, %d months, %d variants", c.Score, first, c.Docs, c.Periods, len(c.Variants))})
	}
	if len(it) == 0 {
		it = append(it, workbook.Item{Section: "New formula candidates", Field: "candidates", Value: "none"})
	}
	return it
}

// slug is a file-name-safe form of a name.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}
