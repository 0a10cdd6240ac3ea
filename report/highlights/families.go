package highlights

import (
	"fmt"
	"time"
)

// families is the families that rose most and fell most in the latest
// period, from the family keyness table (whose rows come rising first,
// then falling, each by the size of the change), each with its most
// recent sentence.
func (b *builder) families() []Highlight {
	r := b.rows(familyKeyness)
	if r.n() == 0 || !b.dated {
		return nil
	}
	var rising, falling []Highlight
	for i := range r.n() {
		name := r.str(i, "family")
		var text string
		up := r.str(i, "direction") == "new" || r.str(i, "direction") == "rising"
		if up && len(rising) >= maxFamilies || !up && len(falling) >= maxFamilies {
			continue
		}
		occ := func(n, docs int) string {
			return fmt.Sprintf("%s in %s", count(n, "occurrence"), count(docs, "document"))
		}
		now := occ(r.int(i, "target"), r.int(i, "target_docs"))
		before := occ(r.int(i, "ref"), r.int(i, "ref_docs"))
		switch r.str(i, "direction") {
		case "new":
			text = fmt.Sprintf("%s is new in %s: %s per 10,000 tokens (%s; none before)",
				name, b.latest.Label, fix(r.num(i, "target_per10k"), 2), now)
		case "gone":
			text = fmt.Sprintf("%s did not occur in %s, against %s per 10,000 tokens before (%s)",
				name, b.latest.Label, fix(r.num(i, "ref_per10k"), 2), before)
		default:
			verb := "fell"
			if up {
				verb = "rose"
			}
			text = fmt.Sprintf("%s %s from %s to %s per 10,000 tokens in %s against the periods before (%s; before, %s)",
				name, verb, fix(r.num(i, "ref_per10k"), 2), fix(r.num(i, "target_per10k"), 2), b.latest.Label, now, before)
		}
		text += fmt.Sprintf("; G2 %s (p %s), LRC %s", fix(r.num(i, "g2"), 2), fix(r.num(i, "p"), 4), fix(r.num(i, "lrc"), 2))
		if r.num(i, "lrc") == 0 {
			text += ": not significant at 95%"
		}
		kind := FallingFamily
		if up {
			kind = RisingFamily
		}
		h := b.line(kind, familyKeyness, text)
		h.Chart = b.chartOf("families", name)
		h.Quote, h.Doc, h.Date = b.familySentence(name)
		if up {
			rising = append(rising, h)
		} else {
			falling = append(falling, h)
		}
	}
	if len(rising) == 0 {
		rising = append(rising, b.line(RisingFamily, familyKeyness,
			fmt.Sprintf("No formula family rose in %s against the periods before (%s compared)", b.latest.Label, count(r.n(), "family"))))
	}
	if len(falling) == 0 {
		falling = append(falling, b.line(FallingFamily, familyKeyness,
			fmt.Sprintf("No formula family fell in %s against the periods before (%s compared)", b.latest.Label, count(r.n(), "family"))))
	}
	return append(rising, falling...)
}

// familySentence is the sentence of the family's most recent occurrence
// in the concordance (the first such in table order), preferring one no
// other highlight quotes.
func (b *builder) familySentence(family string) (sentence, doc string, date time.Time) {
	c := b.rows(concordance)
	// the best row's cells are kept, not read again: the concordance may
	// be read from disk in order (table.Walked), where going back costs a
	// walk from the start
	best := -1
	var bestSentence, bestDoc string
	var bestDate time.Time
	better := func(i int) bool {
		if best < 0 {
			return true
		}
		if fresh, was := !b.quoted[c.str(i, "sentence")], !b.quoted[bestSentence]; fresh != was {
			return fresh
		}
		return c.date(i, "date").After(bestDate)
	}
	for i := range c.n() {
		if c.str(i, "family") == family && better(i) {
			best = i
			bestSentence, bestDoc, bestDate = c.str(i, "sentence"), c.str(i, "doc"), c.date(i, "date")
		}
	}
	if best < 0 {
		return "", "", time.Time{}
	}
	b.quoted[bestSentence] = true
	return bestSentence, bestDoc, bestDate
}
