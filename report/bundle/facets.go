package bundle

import (
	"fmt"
	"sort"
	"time"

	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// FacetsInput is what attribution gives a report: the formula occurrences
// counted by side and speaker, and the attributed figures.
type FacetsInput struct {
	Tally   *facet.Tally
	Summary *phrases.Summary // for the periods and the order of the families
	Figures []figures.Figure // with Speaker and Side
	Each    figures.Each     // when not nil, walks the figures instead
}

// EchoDays is the window of the Reciprocity sheet: another side's use of
// a family within 30 days of a side's use echoes it (dipstat phrases -echo
// chooses the window).
const EchoDays = 30

// favouriteFamilies is how many families the Speakers sheet names per
// speaker.
const favouriteFamilies = 3

// FacetsPart is who says it: the Families by side, Reciprocity, Speakers
// and Figures by source sheets, a chart of the formula families by side over time, and
// for the Summary sheet the top formula of each side and the families that
// crossed from one side to another.
func FacetsPart(in FacetsInput, cap Caption) (Part, error) {
	p := Part{Name: "facets"}
	s := in.Summary
	if in.Tally == nil || s == nil {
		return p, nil
	}
	labels := make([]string, len(s.Periods))
	for i, pr := range s.Periods {
		labels[i] = pr.Label
	}
	order := make([]string, len(s.Families))
	for i, f := range s.Families {
		order[i] = f.Name
	}
	bySide := in.Tally.Sides.Summarize(s.Unit, labels, order)
	p.Tables = append(p.Tables,
		sheet(table.FamiliesByFacet(bySide, facet.Side), "Families by side"),
		sheet(table.Echoes(facet.Echoes(in.Tally.Sides, order, EchoDays), EchoDays), "Reciprocity"),
		sheet(table.Speakers(in.Tally.SpeakerList(), favouriteFamilies), "Speakers"))
	src, _ := facet.Parse(facet.Source)
	each := in.Each
	if each == nil {
		each = figures.EachOf(in.Figures)
	}
	groups, err := facet.FiguresByEach(each, src, nil, s.Unit, nil)
	if err != nil {
		return p, err
	}
	p.Tables = append(p.Tables, sheet(table.FiguresByFacet(groups, facet.Source, nil), "Figures by source"))
	p.Summary = append(p.Summary, sideSummary(bySide)...)
	sidesChart(&p, bySide, cap)
	p.pack()
	return p, nil
}

// sideSummary is the Summary sheet's lines on sides: each side's top
// formula, and every family that crossed from one side to another.
func sideSummary(s *facet.Summary) []workbook.Item {
	const top, crossed = "Top formula by side", "Families that crossed sides"
	var it []workbook.Item
	for _, t := range facet.TopBySide(s) {
		it = append(it, workbook.Item{Section: top, Field: t.Side,
			Value: fmt.Sprintf("%s: %d of the side's %d formula occurrences", t.Family, t.Count, t.Total)})
	}
	if len(it) == 0 {
		it = append(it, workbook.Item{Section: top, Field: "sides", Value: "no formula attributed to a side"})
	}
	n := len(it)
	for _, c := range facet.Crossings(s) {
		it = append(it, workbook.Item{Section: crossed, Field: c.Family,
			Value: fmt.Sprintf("%s first (%s), then %s (%s)", c.From, c.First.Format(time.DateOnly), c.To, c.Crossed.Format(time.DateOnly))})
	}
	if len(it) == n {
		it = append(it, workbook.Item{Section: crossed, Field: "families", Value: "none: no family used by one side was taken up by another in the window"})
	}
	return it
}

// sidesChart draws one small panel per family and side: the occurrences
// per period of the families used by most sides, then most often (at most
// chart.MaxPanels panels).
func sidesChart(p *Part, s *facet.Summary, cap Caption) {
	var idx []int
	var labels []string
	for i, l := range s.Periods {
		if l != period.Undated {
			idx = append(idx, i)
			labels = append(labels, l)
		}
	}
	type fam struct {
		rows  []facet.Row
		total int
	}
	var fams []fam
	for i := 0; i < len(s.Rows); {
		j := i
		for j < len(s.Rows) && s.Rows[j].Key == s.Rows[i].Key {
			j++
		}
		var f fam
		for _, r := range s.Rows[i:j] {
			if facet.IsSide(r.Value) && !r.First.IsZero() {
				f.rows = append(f.rows, r)
				f.total += r.Total
			}
		}
		if len(f.rows) > 0 {
			fams = append(fams, f)
		}
		i = j
	}
	sort.SliceStable(fams, func(a, b int) bool {
		if len(fams[a].rows) != len(fams[b].rows) {
			return len(fams[a].rows) > len(fams[b].rows)
		}
		return fams[a].total > fams[b].total
	})
	var panels []chart.Series
	var drawn []string
	for _, f := range fams {
		for _, r := range f.rows {
			vals := make([]float64, len(idx))
			for j, i := range idx {
				vals[j] = float64(r.ByPeriod[i])
			}
			panels = append(panels, chart.Series{Name: r.Key + " · " + r.Value, Values: vals})
		}
		drawn = append(drawn, f.rows[0].Key)
	}
	c, err := chart.Panels("families-by-side", "Formula families by side per "+s.Unit.String(),
		cap.With("occurrences attributed to each side (speakers of the sentences)"), "occurrences", labels, panels)
	p.addChart(c, err, "formula families by side", drawn...)
}
