package table

import (
	"fmt"
	"strings"

	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/figures"
)

// facetTitle is a facet's column header: "Side", "Outlet", a field's name.
func facetTitle(name string) string {
	if name == "" {
		return name
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// facetKey is a facet's column key: its name, unless another column of the
// table has it.
func facetKey(name string, taken ...string) string {
	for _, t := range taken {
		if t == name {
			return "by_" + name
		}
	}
	return name
}

// FamiliesByFacet is formula families split by a facet (dipstat phrases
// -by): one row per family and facet value with its occurrences, the
// documents holding them, its share of the family's occurrences, its first
// and last dated use, then its occurrences in each period.
func FamiliesByFacet(s *facet.Summary, name string) *Table {
	key := facetKey(name, "family", "occurrences", "docs", "share", "first_seen", "last_seen")
	cols := []Column{
		{Key: "family", Title: "Family", Width: 22},
		{Key: key, Title: facetTitle(name), Max: 32, Width: 24},
		{Key: "occurrences", Title: "Occurrences", Kind: Int, Width: 11},
		{Key: "docs", Title: "Docs", Kind: Int, Width: 6},
		{Key: "share", Title: "Share", Kind: Percent, Decimals: 1, Width: 7},
		{Key: "first_seen", Title: "First seen", Kind: Date, Width: 11},
		{Key: "last_seen", Title: "Last seen", Kind: Date, Width: 11},
	}
	for _, p := range s.Periods {
		cols = append(cols, Column{Key: p, Kind: Int, Width: 9})
	}
	t := New("families_by_"+slugName(name), "Formula families by "+name+" and "+s.Unit.String(), cols...)
	for _, r := range s.Rows {
		row := []any{r.Key, r.Value, r.Total, r.Docs, round4(r.Share), r.First, r.Last}
		for _, n := range r.ByPeriod {
			row = append(row, n)
		}
		t.Append(row...)
	}
	t.Notes = append(t.Notes, "Share is of the family's occurrences; first and last seen ignore undated documents.")
	return t
}

// Speakers lists every speaker of formula families with the side they speak
// for, their occurrences, first and last dated use, and their favourite
// families (most used first, with counts).
func Speakers(list []facet.SpeakerStats, families int) *Table {
	t := New("speakers", "Speakers of the formula families",
		Column{Key: "speaker", Title: "Speaker", Max: 32, Width: 28},
		Column{Key: "side", Title: "Side", Width: 10},
		Column{Key: "occurrences", Title: "Occurrences", Kind: Int, Width: 11},
		Column{Key: "families", Title: "Families", Kind: Int, Width: 9},
		Column{Key: "first_seen", Title: "First seen", Kind: Date, Width: 11},
		Column{Key: "last_seen", Title: "Last seen", Kind: Date, Width: 11},
		Column{Key: "favourites", Title: "Favourite families", Max: 80, Width: 60},
	)
	for _, s := range list {
		var fav []string
		for i, f := range s.Families {
			if families > 0 && i >= families {
				break
			}
			fav = append(fav, fmt.Sprintf("%s (%d)", f.Family, f.Count))
		}
		t.Append(s.Speaker, s.Side, s.Occurrences, len(s.Families), s.First, s.Last, strings.Join(fav, ", "))
	}
	t.Notes = append(t.Notes, "Speaker and side of the sentence of each occurrence (see docs/attribution.md): narrator is the journalist's own words, both a joint statement.")
	return t
}

// FiguresByFacet is cited figures grouped by a facet (dipstat figures -by):
// one row per value with the side most of its figures are cited by, the
// figures and documents, their kinds, first and last dated figure and an
// example; then, when labels are given, the figures in each period.
func FiguresByFacet(groups []facet.FigureGroup, name string, labels []string) *Table {
	key := facetKey(name, "side", "figures", "docs", "kinds", "first_seen", "last_seen", "example")
	cols := []Column{
		{Key: key, Title: facetTitle(name), Max: 36, Width: 30},
		{Key: "side", Title: "Side", Width: 10},
		{Key: "figures", Title: "Figures", Kind: Int, Width: 8},
		{Key: "docs", Title: "Docs", Kind: Int, Width: 6},
		{Key: "kinds", Title: "Kinds", Max: 40, Width: 30},
		{Key: "first_seen", Title: "First seen", Kind: Date, Width: 11},
		{Key: "last_seen", Title: "Last seen", Kind: Date, Width: 11},
		{Key: "example", Title: "Example", Max: 50, Width: 50},
	}
	for _, l := range labels {
		cols = append(cols, Column{Key: l, Kind: Int, Width: 9})
	}
	t := New("figures_by_"+slugName(name), "Cited figures by "+name, cols...)
	for _, g := range groups {
		var kinds []string
		for _, k := range g.Kinds {
			kinds = append(kinds, fmt.Sprintf("%s %d", k.Kind, k.Count))
		}
		row := []any{g.Value, g.Side, g.Figures, g.Docs, strings.Join(kinds, ", "), g.First, g.Last, figureExample(g.Example)}
		for _, n := range g.ByPeriod {
			row = append(row, n)
		}
		t.Append(row...)
	}
	note := "Ordinals (\"30th anniversary\") are not amounts and are left out."
	if name == facet.Source {
		note = "Source: who the figure is cited from, the speaker of its sentence; " + facet.None + " for the journalist's own figures. " + note
	}
	t.Notes = append(t.Notes, note)
	return t
}

// figureExample is a figure with its subject: "$298.9 billion (bilateral
// trade volume)".
func figureExample(f figures.Figure) string {
	if f.Subject == "" {
		return f.Text
	}
	return f.Text + " (" + f.Subject + ")"
}

// slugName is a facet's name for a table name: lower case, "_" for other
// characters.
func slugName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// Stack joins tables of the same columns, one per facet value (the same
// table computed over each value's share of the corpus), into one with a
// first column naming the value. Notes that every table has are kept once;
// the others are kept with their value in front.
func Stack(name string, values []string, ts []*Table) *Table {
	if len(ts) == 0 {
		return New("by_"+slugName(name), "Nothing to show by "+name, Column{Key: name, Title: facetTitle(name)})
	}
	var taken []string
	for _, c := range ts[0].Columns {
		taken = append(taken, c.Key)
	}
	cols := append([]Column{{Key: facetKey(name, taken...), Title: facetTitle(name), Max: 32, Width: 24}}, ts[0].Columns...)
	out := New(ts[0].Name+"_by_"+slugName(name), ts[0].Title+" by "+name, cols...)
	count := map[string]int{}
	for _, t := range ts {
		for _, n := range t.Notes {
			count[n]++
		}
	}
	seen := map[string]bool{}
	for i, t := range ts {
		for _, r := range t.Rows {
			out.Rows = append(out.Rows, append([]any{values[i]}, r...))
		}
		for _, n := range t.Notes {
			switch {
			case count[n] < len(ts):
				out.Notes = append(out.Notes, values[i]+": "+n)
			case !seen[n]:
				seen[n] = true
				out.Notes = append(out.Notes, n)
			}
		}
	}
	return out
}

// WithColumn is t with a first column c holding vals, one per row.
func WithColumn(t *Table, c Column, vals []any) *Table {
	var taken []string
	for _, col := range t.Columns {
		taken = append(taken, col.Key)
	}
	c.Key = facetKey(c.Key, taken...)
	c.Title = facetTitle(c.Title)
	out := &Table{Name: t.Name, Title: t.Title, Notes: t.Notes, Columns: append([]Column{c}, t.Columns...)}
	for i, r := range t.Rows {
		out.Rows = append(out.Rows, append([]any{vals[i]}, r...))
	}
	return out
}

// Echoes is the reciprocity of the formula families (dipstat phrases
// -echo): per family and side, its uses and share of the family's uses by
// the sides, and how many of its dated uses another side echoed within the
// window of days, with the sides that did.
func Echoes(es []facet.Echo, days int) *Table {
	t := New("family_echoes", fmt.Sprintf("Reciprocity of the formula families: echoes within %d days", days),
		Column{Key: "family", Title: "Family", Width: 22},
		Column{Key: "side", Title: "Side", Width: 10},
		Column{Key: "uses", Title: "Uses", Kind: Int, Width: 6},
		Column{Key: "share", Title: "Share", Kind: Percent, Decimals: 1, Width: 7},
		Column{Key: "dated", Title: "Dated", Kind: Int, Width: 6},
		Column{Key: "echoed", Title: "Echoed", Kind: Int, Width: 7},
		Column{Key: "echo_rate", Title: "Echo rate", Kind: Percent, Decimals: 1, Width: 9},
		Column{Key: "echoed_by", Title: "Echoed by", Max: 40, Width: 30},
	)
	for _, e := range es {
		var by []string
		for _, s := range e.By {
			by = append(by, fmt.Sprintf("%s %d", s.Side, s.Count))
		}
		t.Append(e.Family, e.Side, e.Uses, round4(e.Share), e.Dated, e.Echoed, round4(e.Rate()), strings.Join(by, ", "))
	}
	t.Notes = append(t.Notes, fmt.Sprintf("Share is of the family's uses by the sides (not the narrator, both sides, the press or unknown speakers); a dated use is echoed when another side used the family on the same day or within %d days after; undated uses are never echoed.", days))
	return t
}
