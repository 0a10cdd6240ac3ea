package attribution

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// A sentence's frame speaks for the clause it stands in, not always for
// the whole sentence. "Another $16 billion is due in two weeks, and the
// White House has said a further list could follow": the first clause is
// the narrator's. "Trade rose 5 percent, according to customs data, though
// the share of chips fell": the clause after the source's is the
// narrator's. "Exports grew, while analysts said ...": each clause has its
// own speaker. Within the frame's clause, the words of its subject are the
// narrator's ("Yoon, who is on a six-day visit, said ..."), and so is what
// follows the frame of a quotation ('"...," he said, in a swipe at ...').

// Part is a stretch of a sentence that is not its speaker's words: the
// narrator's, or another clause's speaker's.
type Part struct {
	Start, End         int // byte offsets in Document.Raw
	Speaker, Side, Cue string
}

// tokPart is a Part over tokens [a, b).
type tokPart struct {
	a, b int
	narr bool  // the narrator's; else f's
	f    found // for !narr
}

// clauseWords open a clause after a comma: "..., and the White House said".
var clauseWords = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "though": true, "although": true, "yet": true, "as": true}

// clauseStarts returns the first token of every clause of the sentence,
// from token from on: from itself, then each unquoted token after a
// semicolon, or after a comma when it is a clause word.
func (w *worker) clauseStarts(from int) []int {
	cs := []int{from}
	for i := from + 1; i < len(w.toks); i++ {
		k := &w.toks[i]
		if k.quoted {
			continue
		}
		if k.gap&gSemi != 0 || k.gap&gComma != 0 && clauseWords[k.word()] && !w.secondVerb(i+1) && !w.asWellAs(i) {
			cs = append(cs, i)
		}
	}
	return cs
}

// asWellAs reports whether token i opens "as well as", which joins two
// things said, not a clause of background.
func (w *worker) asWellAs(i int) bool {
	return i+2 < len(w.toks) && w.toks[i].word() == "as" && w.toks[i+1].word() == "well" && w.toks[i+2].word() == "as"
}

// secondVerb reports whether token i is a verb of the clause before it:
// "..., and agreed to", "..., and committed to".
func (w *worker) secondVerb(i int) bool {
	if i >= len(w.toks) {
		return false
	}
	k := &w.toks[i]
	if k.cap || k.t.Kind != corpus.Word {
		return false
	}
	return k.cls&cVerb != 0 || strings.HasSuffix(k.word(), "ed")
}

// quantitySubject reports whether the subject of the speech verb at token
// at is a share or count of people ("52.3 per cent said", "one in three
// Koreans said"): the respondents of a survey, who do not make a new
// speaker of their clause.
func (w *worker) quantitySubject(at int) bool {
	for i := at - 1; i >= 0 && i >= at-6; i-- {
		k := &w.toks[i]
		if k.quoted {
			return false
		}
		if i > 0 && w.toks[i-1].word() == "the" && i+1 < len(w.toks) && w.toks[i+1].cls&cPlural != 0 {
			return false // "the two sides", "the three leaders": no share
		}
		if k.t.Kind == corpus.Number {
			return true
		}
		for _, p := range strings.Split(k.word(), "-") {
			switch p {
			case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
				"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "percent", "cent", "majority":
				return true
			}
		}
		if w.toks[i].gap&(gComma|gHard) != 0 {
			return false
		}
	}
	return false
}

// dataNear finds the survey a sentence whose speech verb at token at has
// respondents for subject cites before it: "In a recent poll, seven in ten
// South Koreans said", "In a joint survey released by a Japanese think tank
// and a Chinese publisher, 84.7 percent said".
func (w *worker) dataNear(raw string, from, at int) (found, bool) {
	for x := from; x < at; x++ {
		k := &w.toks[x]
		if k.quoted || k.cls&cDataNoun == 0 || k.cls&cVerb != 0 {
			continue
		}
		for y := x + 1; y < at && y <= x+5 && w.toks[y].gap&(gHard|gComma) == 0; y++ {
			if w.toks[y].cls&cSrcPrep != 0 {
				if sp, ok := w.resolveNP(raw, w.forward(y+1)); ok {
					return found{sp, "data"}, true
				}
				break
			}
		}
		a := x
		for a > from && w.toks[a].gap&(gHard|gComma) == 0 && w.npWord(a-1) {
			a--
		}
		if sp, ok := w.resolveNP(raw, seg{a, x + 1}); ok && (sp.named || sp.side != Unknown) {
			return found{sp, "data"}, true
		}
		if sp, ok := w.dataSource(raw, seg{a, x + 1}); ok {
			return found{sp, "data"}, true
		}
	}
	return found{}, false
}

// scope finds the parts of a sentence whose frame f was found at token
// fAt (-1 for a joint statement); from is the first token after a
// transcript label.
func (w *worker) scope(raw string, from int, f found, fAt int) []tokPart {
	if f.cue == "joint statement" {
		return nil
	}
	cs := w.clauseStarts(from)
	all := w.toks
	type clause struct {
		a, b int
		f    found
		at   int
		ok   bool
	}
	cl := make([]clause, len(cs))
	main := -1
	for i, a := range cs {
		b := len(all)
		if i+1 < len(cs) {
			b = cs[i+1]
		}
		cl[i] = clause{a: a, b: b}
		var g found
		var at int
		var ok bool
		if len(cs) == 1 {
			g, at, ok = f, fAt, true // one clause: the sentence's frame
		} else {
			w.toks = all[:b]
			g, at, ok = w.frameAt(raw, a)
			w.toks = all
		}
		// "..., and that Beijing supports ...": more of the frame's
		// complement, whose frames are reported ones
		reported := i > 0 && a+1 < b && w.toks[a+1].word() == "that"
		if ok && (at >= a || at < 0) && !(i > 0 && at >= 0 && w.quantitySubject(at)) && !reported {
			cl[i].f, cl[i].at, cl[i].ok = g, at, true
			if main < 0 {
				main = i
			}
		}
	}
	if main < 0 {
		return nil
	}
	var parts []tokPart
	// page chrome and a headline run into the sentence are nobody's words
	for i := 0; i < len(all); {
		if !all[i].chrome {
			i++
			continue
		}
		j := i
		for j < len(all) && all[j].chrome {
			j++
		}
		parts = append(parts, tokPart{a: i, b: j, narr: true})
		i = j
	}
	narr := func(a, b int) {
		for i := a; i < b; {
			for i < b && w.toks[i].quoted {
				i++
			}
			j := i
			for j < b && !w.toks[j].quoted {
				j++
			}
			if i < j {
				parts = append(parts, tokPart{a: i, b: j, narr: true})
			}
			i = j
		}
	}
	// "According to X, ..." opening the sentence speaks for all of it;
	// "..., according to X, though ..." for its clause and those before
	m := &cl[main]
	opening := m.at >= 0 && m.at <= w.firstProse()
	// "China should ..., and ... the region, Wang said": the frame after
	// its words speaks for the clauses before it
	after := m.at >= 0 && !w.toks[m.at].ing && w.reportsBefore(m.at)
	var spoken []tokPart
	last := main
	for i := range cl {
		c := &cl[i]
		switch {
		case i < main:
			// "Noting that visits exceeded 12 million, the leaders
			// agreed": an opening participle of speech is the subject's
			if k := &w.toks[c.a]; c.a == w.firstProse() && k.ing && (k.cls&cVerb != 0 || speakingWords[k.word()]) && !k.quoted {
				continue
			}
			if m.f.cue != "according to" && !after {
				narr(c.a, c.b)
			}
		case c.ok:
			last = i
			// "Mr Xi said China will ..., and jointly oppose
			// protectionism, according to a Chinese readout": the
			// readout relays the person's words, to the end
			relay := i > main && c.f.cue == "according to" && !c.f.sp.person && f.sp.person && f.sp.named && f.cue != "according to"
			if i != main && !relay && (c.f.sp.name != f.sp.name || c.f.cue != f.cue) {
				spoken = append(spoken, tokPart{a: c.a, b: c.b, f: c.f})
			}
			if c.at >= 0 {
				w.subjectScope(c.a, c.b, c.at, c.f, narr)
			}
		default:
			if cl[last].f.cue == "according to" && !(last == main && opening) || w.toks[c.a].word() == "as" && !w.hasComma(c.a+1, c.b) && !(c.a+1 < c.b && w.toks[c.a+1].cls&cPron != 0) {
				narr(c.a, c.b) // ", as the two countries seek ...": the narrator's background
			}
		}
	}
	// ", which has attracted 1,460 projects", ", where cargo rose 38
	// percent": a relative clause after the frame's verb is the narrator's
	// background, to the end of its clause
	for i := main; i < len(cl); i++ {
		c := &cl[i]
		from := c.a
		if c.ok && c.at >= c.a {
			from = c.at + 1
		}
		for x := from; x < c.b; x++ {
			if k := &w.toks[x]; !k.quoted && k.gap&gComma != 0 && (relatives[k.word()] || w.describes(x)) && !w.speakerRelative(x) && !w.modalIn(x+1, c.b) &&
				!(k.word() == "who" && w.speechAt(x+1)) {
				// "..., where vessels were spotted for 335 days, the Japan
				// Coast Guard said": a frame at the clause's end reports it
				if g, at2, ok := w.firstFrame(raw, x+1); ok && at2 < c.b && g.sp.named && g.sp.name != f.sp.name && w.reportsBefore(at2) {
					spoken = append(spoken, tokPart{a: x, b: c.b, f: g})
					break
				}
				narr(x, c.b)
				break
			}
			// "..., Guo Jiakun said on Monday, after Seoul joined a
			// three-day exercise": when the frame reports what stands
			// before it, a time clause after it is the narrator's
			if k := &w.toks[x]; c.ok && c.at >= 0 && !k.quoted && k.gap&gComma != 0 && timeClauses[k.word()] && w.reportsBefore(c.at) {
				narr(x, c.b)
				break
			}
			// ", issued 27 years ago,", ", signed by 15 countries last
			// November,": a participle's aside set off by commas
			if y := w.participleAside(x, c.b); y > x {
				narr(x, y)
				x = y - 1
			}
		}
	}
	return append(parts, spoken...)
}

// timeClauses open a clause that tells when, after a frame: ", after
// Seoul joined the drills", ", amid rising tensions".
var timeClauses = map[string]bool{"after": true, "before": true, "following": true, "amid": true}

// hasComma reports whether a comma stands before any token of [a, b).
func (w *worker) hasComma(a, b int) bool {
	for i := a; i < b; i++ {
		if w.toks[i].gap&gComma != 0 {
			return true
		}
	}
	return false
}

// modalIn reports whether a modal verb stands in [a, b) before a comma:
// ", which could carry 15 terawatt-hours" is part of what was agreed.
func (w *worker) modalIn(a, b int) bool {
	for i := a; i < b; i++ {
		if i > a && w.toks[i].gap&(gComma|gHard) != 0 {
			return false
		}
		switch w.toks[i].word() {
		case "could", "would", "will", "may", "might", "should", "can", "must", "shall":
			return true
		}
	}
	return false
}

// describes reports whether an appositive with a relative clause starts
// at token x: ", a program that began in 1979 and has provided ...".
func (w *worker) describes(x int) bool {
	if n := w.toks[x].word(); n != "a" && n != "an" {
		return false
	}
	for y := x + 1; y < len(w.toks) && y <= x+8; y++ {
		k := &w.toks[y]
		if k.quoted || k.gap&(gComma|gHard) != 0 {
			return false
		}
		if n := k.word(); n == "that" || relatives[n] {
			return true
		}
	}
	return false
}

// participleAside returns the end of an aside that opens at token x with
// a past participle after a comma and closes at the next comma (", issued
// 27 years ago,"); x when there is none.
func (w *worker) participleAside(x, b int) int {
	k := &w.toks[x]
	if k.quoted || k.gap&gComma == 0 || k.cap || k.cls&cVerb != 0 || !strings.HasSuffix(k.word(), "ed") || x == 0 {
		return x
	}
	if p := &w.toks[x-1]; p.quoted || p.cls&(cVerb|cPron) != 0 {
		return x // "Europe's approach, she said, remained ...": the main verb
	}
	for y := x + 1; y < b && y <= x+8; y++ {
		if w.toks[y].quoted || w.toks[y].gap&gHard != 0 {
			return x
		}
		if w.toks[y].gap&gComma != 0 {
			return y
		}
	}
	return x
}

// relatives open a relative clause after a comma.
var relatives = map[string]bool{"which": true, "where": true, "who": true, "whom": true, "whose": true}

// speakerRelative reports whether the relative at token x describes the
// speaker of an inverted frame just before it ('said an economist at a
// think tank, who put the cost at ...'): those are the speaker's words.
func (w *worker) speakerRelative(x int) bool {
	for j := x - 1; j >= 0 && x-j <= 12; j-- {
		k := &w.toks[j]
		if k.quoted {
			return false
		}
		if k.cls&cVerb != 0 && k.e != nil && k.e.cue != "" {
			return w.toks[j].gap&(gComma|gQuote) != 0 || j > 0 && w.toks[j-1].quoted
		}
	}
	return false
}

// speechAt reports whether token i is a speech verb's form: "who said".
func (w *worker) speechAt(i int) bool {
	for i < len(w.toks) && w.toks[i].cls&cAdv != 0 {
		i++ // "who also said"
	}
	if i >= len(w.toks) {
		return false
	}
	k := &w.toks[i]
	return k.cls&cVerb != 0 && k.e != nil && k.e.cue != ""
}

// parts converts a sentence's token parts to byte parts.
func (w *worker) parts(tps []tokPart) []Part {
	if len(tps) == 0 {
		return nil
	}
	out := make([]Part, 0, len(tps))
	for _, p := range tps {
		start, end := w.toks[p.a].t.Start, w.toks[p.b-1].t.End
		if p.narr {
			out = append(out, Part{Start: start, End: end, Speaker: Narrator, Side: Narrator, Cue: Narrator})
			continue
		}
		a := attr(w.sided(p.f.sp), p.f.cue) // "..., while commerce secretary Sunil Barthwal told reporters"
		out = append(out, Part{Start: start, End: end, Speaker: a.Speaker, Side: a.Side, Cue: a.Cue})
	}
	return out
}

// subordinateFrames finds the frames of a sentence that has none of its
// own, in subordinate clauses: "The talks came a day after the Bank of
// Korea said the economy shrank 0.2 percent": what the bank said is the
// bank's, to the end of its clause, and the rest the narrator's.
func (w *worker) subordinateFrames(raw string, from int) []tokPart {
	var parts []tokPart
	for i := from; i < len(w.toks); i++ {
		k := &w.toks[i]
		if k.quoted || k.ing || k.cls&cVerb == 0 || k.e == nil || k.e.cue == "" || !w.verbForm(raw, k) || !w.subordinate(i) {
			continue
		}
		f, ok := w.speechVerb(raw, i)
		if !ok || f.sp.joint && f.sp.name == Both {
			continue
		}
		end := len(w.toks)
		for x := i + 1; x < len(w.toks); x++ {
			if t := &w.toks[x]; !t.quoted && (t.gap&gSemi != 0 || t.gap&gComma != 0 && (clauseWords[t.word()] || relatives[t.word()])) {
				end = x
				break
			}
		}
		if i+1 < end {
			parts = append(parts, tokPart{a: i + 1, b: end, f: f})
		}
		i = end - 1
	}
	return parts
}

// infinitive reports whether the word after "to" is a verb's: lower case,
// no article, pronoun, number or preposition ("to hold", "to further
// deepen"; not "to the plan", "to reporters" is left a noun by its plural).
func infinitive(k *tok) bool {
	if k.quoted || k.cap || k.t.Kind != corpus.Word || k.cls&(cDet|cStop|cPron|cGeneric|cPlural|cRole|cBody) != 0 {
		return false
	}
	return !strings.HasSuffix(k.lw, "s") || strings.HasSuffix(k.lw, "ss")
}
