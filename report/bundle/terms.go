package bundle

import (
	"fmt"
	"math"
	"strings"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/terms"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// TermsInput is what the terms analysis gives a report.
type TermsInput struct {
	Terms   *terms.Result  // unigrams counted by period
	Ngrams  *terms.Result  // n-grams (2 or more words); nil to leave out
	Keyness *terms.Keyness // latest period against the earlier ones; nil when not computable
	KeyErr  error          // why Keyness is nil
	Chosen  []string       // user-chosen terms to trend, as typed
	Norm    func(string) string
	Top     int // bars in the top-terms chart (default 20)
	Lines   int // lines in the top-terms trend chart (default 6)
}

// maxPeriodCells bounds the Terms by period sheet (a term per row, a period
// per column): with many periods (a daily report over years) it lists fewer
// terms, the most frequent, rather than tens of millions of cells.
const maxPeriodCells = 2_500_000

// termsByPeriod is table.TermsByPeriod of as many of res's terms as
// maxPeriodCells allows, with a note when that is not all of them.
func termsByPeriod(res *terms.Result) *table.Table {
	n := len(res.Terms)
	if len(res.Periods) > 0 {
		n = min(n, max(1, maxPeriodCells/len(res.Periods)))
	}
	if n == len(res.Terms) {
		return table.TermsByPeriod(res)
	}
	cut := *res
	cut.Terms = res.Terms[:n]
	t := table.TermsByPeriod(&cut)
	t.Notes = append(t.Notes, fmt.Sprintf("by period: the %d most frequent of the %d terms listed in Terms (%d periods; at most %d cells)",
		n, len(res.Terms), len(res.Periods), maxPeriodCells))
	return t
}

// TermsPart is the terms analysis's share of a report: Terms, Terms by
// period, N-grams, Collocations and Keyness sheets; top-terms bars, trends
// of the top and chosen terms, keyness bars.
func TermsPart(in TermsInput, cap Caption) Part {
	p := Part{Name: "terms"}
	res := in.Terms
	if res == nil {
		return p
	}
	top, lines := in.Top, in.Lines
	if top <= 0 {
		top = 20
	}
	if lines <= 0 {
		lines = 6
	}
	p.Tables = append(p.Tables, sheet(table.Terms(res), "Terms"), sheet(termsByPeriod(res), "Terms by period"))
	if in.Ngrams != nil {
		p.Tables = append(p.Tables, sheet(table.Ngrams(in.Ngrams), "N-grams"), sheet(table.Collocations(in.Ngrams), "Collocations"))
	}
	if in.Keyness != nil {
		p.Tables = append(p.Tables, sheet(table.Keyness(in.Keyness), "Keyness"))
	}
	// Top terms.
	var items []chart.Item
	for i := range min(top, len(res.Terms)) {
		items = append(items, chart.Item{Label: res.Terms[i].Term, Value: float64(res.Terms[i].Count)})
	}
	c, err := chart.Bars("top-terms", fmt.Sprintf("Top %d terms", len(items)), cap.With(fmt.Sprintf("%d tokens; stopwords left out", res.Tokens)), "occurrences", items)
	p.addChart(c, err, "top terms")
	// Trends.
	labels, idx := datedPeriods(res.Periods)
	var top6 []chart.Series
	for i := range min(lines, len(res.Terms)) {
		tm := &res.Terms[i]
		top6 = append(top6, chart.Series{Name: tm.Term, Values: per10k(tm.Periods, idx)})
	}
	yl := "occurrences per 10,000 tokens"
	c, err = chart.Lines("term-trends", "Trends of the top terms", cap.String(), yl, labels, top6)
	p.addChart(c, err, "trends of the top terms")
	if len(in.Chosen) > 0 {
		var chosen []chart.Series
		for _, w := range in.Chosen {
			key := w
			if in.Norm != nil {
				key = normPhrase(w, in.Norm)
			}
			_, found := res.Lookup(key)
			s := res.Series(key)
			if !found || s == nil {
				p.Warnings = append(p.Warnings, fmt.Sprintf("-terms: %q does not occur in the corpus", w))
				continue
			}
			chosen = append(chosen, chart.Series{Name: w, Values: per10k(s, idx)})
		}
		if len(chosen) > 0 {
			c, err = chart.Lines("chosen-terms", "Trends of the chosen terms", cap.String(), yl, labels, chosen)
			p.addChart(c, err, "trends of the chosen terms")
		}
	}
	// Keyness.
	if in.Keyness != nil {
		k := in.Keyness
		var pos, neg []chart.Item
		for _, r := range k.Rows {
			v := r.G2
			if !r.Positive() {
				v = -v
				if len(neg) < 10 {
					neg = append(neg, chart.Item{Label: r.Term, Value: v})
				}
			} else if len(pos) < 10 {
				pos = append(pos, chart.Item{Label: r.Term, Value: v})
			}
		}
		ref := "earlier periods"
		if n := len(k.Reference); n == 1 {
			ref = k.Reference[0]
		} else if n > 1 {
			ref = k.Reference[0] + " to " + k.Reference[n-1]
		}
		c, err = chart.Diverging("keyness", "Keywords of "+k.Target+" against "+ref, cap.With(fmt.Sprintf("%s: %d documents; reference: %d documents", k.Target, k.TargetDocs, k.RefDocs)),
			"log-likelihood G² (rising +, fading −)", append(pos, neg...))
		var drawn []string
		for _, it := range append(pos, neg...) {
			drawn = append(drawn, it.Label)
		}
		p.addChart(c, err, "keyness of the latest period", drawn...)
	} else if in.KeyErr != nil {
		p.Warnings = append(p.Warnings, fmt.Sprintf("keyness skipped: %v", in.KeyErr))
	}
	// Native charts.
	p.Native = append(p.Native, workbook.NativeChart{Kind: workbook.ColumnChart, Title: "Top terms", XTitle: "term", YTitle: "occurrences",
		Table: "terms", Category: "term", Values: []string{"count"}, MaxPoints: top})
	if len(labels) > 0 {
		p.Native = append(p.Native, workbook.NativeChart{Kind: workbook.LineChart, Title: "Top terms per 10,000 tokens", XTitle: "period", YTitle: "per 10,000 tokens",
			Table: "terms_by_period", ByRow: true, Name: "term", Values: labels, MaxSeries: lines})
	}
	p.pack()
	return p
}

// datedPeriods are the labels of the dated periods and their indexes.
func datedPeriods(ps []terms.PeriodTotal) ([]string, []int) {
	var labels []string
	var idx []int
	for i, p := range ps {
		if p.Label == period.Undated {
			continue
		}
		labels = append(labels, p.Label)
		idx = append(idx, i)
	}
	return labels, idx
}

// per10k picks the dated periods' relative frequencies. A period without
// tokens has none: NaN, which the chart draws as a gap, not as 0.
func per10k(pc []terms.PeriodCount, idx []int) []float64 {
	out := make([]float64, len(idx))
	for j, i := range idx {
		out[j] = math.NaN()
		if i < len(pc) {
			out[j] = pc[i].Per10k
		}
	}
	return out
}

// normPhrase normalizes each word of a phrase.
func normPhrase(s string, norm func(string) string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = norm(w)
	}
	return strings.Join(f, " ")
}
