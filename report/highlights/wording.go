package highlights

import (
	"fmt"
	"sort"
	"time"
)

// variants is the new wordings of established formulas: variants first
// used in the latest period by families used before it, most frequent
// first, each with the sentence of its first use.
func (b *builder) variants() []Highlight {
	r := b.rows(variantsTable)
	if r.n() == 0 || !b.dated {
		return nil
	}
	established := map[string]bool{} // families with a variant used before the latest period
	for i := range r.n() {
		if d := r.date(i, "first_seen"); !d.IsZero() && d.Before(b.latest.Start) {
			established[r.str(i, "family")] = true
		}
	}
	var idx []int
	for i := range r.n() {
		if established[r.str(i, "family")] && b.latest.Contains(r.date(i, "first_seen")) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(x, y int) bool { return r.int(idx[x], "count") > r.int(idx[y], "count") })
	var out []Highlight
	for _, i := range idx[:min(len(idx), maxVariants)] {
		fam, v, first := r.str(i, "family"), r.str(i, "variant"), r.date(i, "first_seen")
		h := b.line(NewVariant, variantsTable, fmt.Sprintf("New wording of %s in %s: %s, %s, first on %s",
			fam, b.latest.Label, quoted(v), count(r.int(i, "count"), "time"), day(first)))
		h.Chart = b.chartOf("variants-", fam)
		h.Quote, h.Doc, h.Date = b.variantSentence(fam, v, first)
		out = append(out, h)
	}
	return out
}

// variantSentence is the sentence of the variant's first use on date.
func (b *builder) variantSentence(family, variant string, date time.Time) (string, string, time.Time) {
	c := b.rows(concordance)
	for i := range c.n() {
		if c.str(i, "family") == family && c.str(i, "variant") == variant && c.date(i, "date").Equal(date) {
			return c.str(i, "sentence"), c.str(i, "doc"), date
		}
	}
	return "", "", time.Time{}
}

// phrases is the recurring phrases first seen in the latest period, in the
// most documents first, each with its example sentence.
func (b *builder) phrases() []Highlight {
	r := b.rows(discoveredTable)
	if r.n() == 0 || !b.dated {
		return nil
	}
	var idx []int
	for i := range r.n() {
		if b.latest.Contains(r.date(i, "first_seen")) {
			idx = append(idx, i) // the table ranks by documents, then count
		}
	}
	var out []Highlight
	for _, i := range idx[:min(len(idx), maxPhrases)] {
		h := b.line(NewPhrase, discoveredTable, fmt.Sprintf("New recurring phrase in %s: %s, in %s (%s), first on %s",
			b.latest.Label, quoted(r.str(i, "phrase")), count(r.int(i, "docs"), "document"), count(r.int(i, "count"), "time"),
			day(r.date(i, "first_seen"))))
		h.Quote, h.Doc, h.Date = r.str(i, "sentence"), r.str(i, "doc"), r.date(i, "date")
		out = append(out, h)
	}
	return out
}
