package highlights

import (
	"fmt"
	"sort"
	"time"
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
	// family -> its first attributed use, its cells kept rather than read
	// again (the concordance may be read from disk in order: table.Walked)
	type use struct {
		date                         time.Time
		speaker, side, doc, sentence string
	}
	first := map[string]use{}
	for i := range c.n() {
		fam := c.str(i, "family")
		uses[fam]++
		sp, d := c.str(i, "speaker"), c.date(i, "date")
		if sp == "" || sp == narrator || d.IsZero() {
			continue
		}
		if u, ok := first[fam]; !ok || d.Before(u.date) {
			first[fam] = use{date: d, speaker: sp, side: c.str(i, "side"), doc: c.str(i, "doc"), sentence: c.str(i, "sentence")}
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
		u := first[fam]
		who := u.speaker
		if side := u.side; side != "" && side != who {
			who += " (" + side + ")"
		}
		h := b.line(FirstSpeaker, concordance, fmt.Sprintf("%s was first used by %s on %s, in %s (%s in all)",
			fam, who, day(u.date), u.doc, count(uses[fam], "occurrence")))
		h.Chart = b.chartOf("families", fam)
		h.Quote, h.Doc, h.Date = u.sentence, u.doc, u.date
		b.quoted[h.Quote] = true
		out = append(out, h)
	}
	return out
}

// narrator is the speaker of a journalist's own words (package
// attribution): an outlet reporting a formula has not introduced it.
const narrator = "narrator"
