package highlights

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dipstat/dipstat/report/table"
)

// How many rows the key tables keep.
const (
	keyFamilies = 10
	keyVariants = 3 // variants named per family
	keyFigures  = 10
)

// KeyTables are the tables report.pdf and report.html print in full
// beside the highlights: the most frequent formula families with their
// rates in the latest period and before and their main variants, and the
// most cited figures with their sentences. Each is cut from the sheets
// its notes name.
func KeyTables(in Input) []*table.Table {
	b := newBuilder(in)
	var out []*table.Table
	if t := b.familyTable(); t != nil {
		out = append(out, t)
	}
	if t := b.figureTable(); t != nil {
		out = append(out, t)
	}
	return out
}

// familyTable is the families in the most occurrences.
func (b *builder) familyTable() *table.Table {
	fam := b.rows(familiesTable)
	if fam.n() == 0 {
		return nil
	}
	key := b.rows(familyKeyness)
	keyRow := map[string]int{}
	for i := range key.n() {
		keyRow[key.str(i, "family")] = i
	}
	vars := b.rows(variantsTable)
	variants := map[string][]string{}
	for i := range vars.n() {
		f := vars.str(i, "family")
		if len(variants[f]) < keyVariants {
			variants[f] = append(variants[f], fmt.Sprintf("%s (%s)", vars.str(i, "variant"),
				table.Human(vars.num(i, "share"), table.Column{Kind: table.Percent})))
		}
	}
	latest, before := "Latest/10k", "Before/10k"
	if b.dated {
		latest = b.latest.Label + "/10k"
	}
	t := table.New("key_families", "Formula families",
		table.Column{Key: "family", Title: "Family", Width: 18},
		table.Column{Key: "occurrences", Title: "Occurrences", Kind: table.Int, Width: 9},
		table.Column{Key: "per10k", Title: "Per 10k", Kind: table.Float, Decimals: 2, Width: 7},
		table.Column{Key: "latest_per10k", Title: latest, Kind: table.Float, Decimals: 2, Width: 9},
		table.Column{Key: "before_per10k", Title: before, Kind: table.Float, Decimals: 2, Width: 9},
		table.Column{Key: "g2", Title: "G2", Kind: table.Float, Decimals: 2, Width: 6},
		table.Column{Key: "lrc", Title: "LRC", Kind: table.Float, Decimals: 2, Width: 6},
		table.Column{Key: "variants", Title: "Main variants (share)", Width: 40},
	)
	var idx []int
	for i := range fam.n() {
		if fam.int(i, "occurrences") > 0 {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(x, y int) bool { return fam.int(idx[x], "occurrences") > fam.int(idx[y], "occurrences") })
	for _, i := range idx[:min(len(idx), keyFamilies)] {
		name := fam.str(i, "family")
		row := []any{name, fam.int(i, "occurrences"), fam.num(i, "per10k"), nil, nil, nil, nil, strings.Join(variants[name], "; ")}
		if k, ok := keyRow[name]; ok {
			row[3], row[4], row[5], row[6] = key.num(k, "target_per10k"), key.num(k, "ref_per10k"), key.num(k, "g2"), key.num(k, "lrc")
		}
		t.Append(row...)
	}
	famSheet, _ := b.sheet(familiesTable)
	t.Notes = append(t.Notes, fmt.Sprintf("The %d most frequent of %d families (sheet %s)", len(t.Rows), fam.n(), famSheet))
	if s, _ := b.sheet(familyKeyness); s != "" {
		t.Notes = append(t.Notes, "rates in the latest period and before, G2 and LRC: sheet "+s)
	}
	if s, _ := b.sheet(variantsTable); s != "" {
		t.Notes = append(t.Notes, "variants: sheet "+s)
	}
	return t
}

// figureTable is the most cited figure series, each with its latest
// figure and sentence.
func (b *builder) figureTable() *table.Table {
	ss := b.cited()
	if len(ss) == 0 {
		return nil
	}
	t := table.New("key_figures", "Cited figures",
		table.Column{Key: "figure", Title: "Figure", Width: 16},
		table.Column{Key: "subject", Title: "Subject", Width: 18},
		table.Column{Key: "docs", Title: "Docs", Kind: table.Int, Width: 5},
		table.Column{Key: "date", Title: "Latest", Kind: table.Date, Width: 10},
		table.Column{Key: "doc", Title: "Document", Width: 14},
		table.Column{Key: "sentence", Title: "Sentence", Width: 50},
	)
	for _, s := range ss[:min(len(ss), keyFigures)] {
		p := s.latest()
		sentence, _, _ := b.figureSentence(p)
		t.Append(p.asWritten(), s.name, s.docs(), p.date, p.doc, sentence)
	}
	sheet, _ := b.sheet(seriesTable)
	figSheet, _ := b.sheet(figuresTable)
	t.Notes = append(t.Notes, fmt.Sprintf("The %d most cited of %d series (sheet %s; every figure with its sentence: sheet %s)",
		len(t.Rows), len(ss), sheet, figSheet))
	return t
}
