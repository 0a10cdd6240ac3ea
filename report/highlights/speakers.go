package highlights

import (
	"fmt"
	"sort"
)

// maxIntroduced is how many families the who-introduced lines name.
const maxIntroduced = 3

// introduced says who introduced the most used formulas: for each of the
// families with the most occurrences in the concordance, the first
// speaker, with side, to use it in the window (its earliest dated
// occurrence with a speaker other than the narrator; the first in table
// order on that day), with the date, the document and the sentence. A
// concordance without speakers (no attribution) gives none.
func (b *builder) introduced() []Highlight {
	c := b.rows(concordance)
	if c.n() == 0 {
		return nil
	}
	uses := map[string]int{}
	first := map[string]int{} // family -> row of its first attributed use
	for i := range c.n() {
		fam := c.str(i, "family")
		uses[fam]++
		sp, d := c.str(i, "speaker"), c.date(i, "date")
		if sp == "" || sp == narrator || d.IsZero() {
			continue
		}
		if j, ok := first[fam]; !ok || d.Before(c.date(j, "date")) {
			first[fam] = i
		}
	}
	fams := make([]string, 0, len(first))
	for f := range first {
		fams = append(fams, f)
	}
	sort.Slice(fams, func(x, y int) bool {
		if uses[fams[x]] != uses[fams[y]] {
			return uses[fams[x]] > uses[fams[y]]
		}
		return fams[x] < fams[y]
	})
	var out []Highlight
	for _, fam := range fams[:min(len(fams), maxIntroduced)] {
		i := first[fam]
		who := c.str(i, "speaker")
		if side := c.str(i, "side"); side != "" && side != who {
			who += " (" + side + ")"
		}
		h := b.line(FirstSpeaker, concordance, fmt.Sprintf("%s was first used by %s on %s, in %s (%s in all)",
			fam, who, day(c.date(i, "date")), c.str(i, "doc"), count(uses[fam], "occurrence")))
		h.Chart = b.chartOf("families", fam)
		h.Quote, h.Doc, h.Date = c.str(i, "sentence"), c.str(i, "doc"), c.date(i, "date")
		b.quoted[h.Quote] = true
		out = append(out, h)
	}
	return out
}

// narrator is the speaker of a journalist's own words (package
// attribution): an outlet reporting a formula has not introduced it.
const narrator = "narrator"
