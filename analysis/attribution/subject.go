package attribution

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// subjectOf finds the speaker of the verb toks[i:end+1]: the noun phrase
// before it (with its appositives), a pronoun, the relative "who", or, when
// nothing precedes it in its clause, the phrase after it ("said Wang Yi").
// With passiveOK, "was quoted" is not passive.
func (w *worker) subjectOf(raw string, i, end int, passiveOK bool) (speaker, bool) {
	toks := w.toks
	j, passive := i-1, false
skip:
	for j >= 0 && !toks[j].quoted && toks[j+1].gap&gHard == 0 {
		k := &toks[j]
		// "Rubio, who was due on Thursday, has stressed": adverbs do not
		// reach across a comma, but for "however"
		if toks[j+1].gap&gComma != 0 && j+1 < i && k.word() != "however" {
			break
		}
		switch {
		case k.cls&cBe != 0:
			passive = true
		case k.cls&cAdv != 0 || k.word() == "however":
		case k.cls&cWeekday != 0:
			if j > 0 && toks[j-1].word() == "on" {
				j--
			}
		default:
			break skip
		}
		j--
	}
	if passive && !passiveOK {
		if end+2 < len(toks) && toks[end+1].word() == "by" {
			return w.resolveNP(raw, w.forward(end+2))
		}
		return speaker{}, false
	}
	// a comma before the verb sets off what stands before it, even when
	// an adverbial was skipped ("Suthep, who met Li Qiang on Monday, said")
	verbGap := toks[j+1].gap | toks[i].gap&gComma
	if j < 0 || toks[j].quoted || verbGap&gHard != 0 {
		return w.inverted(raw, end)
	}
	k := &toks[j]
	if k.cls&cRel != 0 { // "Lee, who said"
		if j > 0 {
			if segs, n, ok := w.backward(j-1, false); ok && n > 0 {
				return w.choose(raw, segs[:n])
			}
		}
		return speaker{}, false
	}
	if k.cls&cPron != 0 {
		return w.pronoun(raw, j)
	}
	if sp, ok := w.informed(raw, j); ok {
		return sp, true
	}
	if j > 0 && companyNouns[k.word()] && toks[j-1].word() == "the" && !toks[j-1].quoted && j+1 == i {
		// "Turkish Airlines operates 21 weekly flights to China, the
		// company said": the firm the sentence opens with
		if sp, ok := w.openingFirm(raw, j-1); ok {
			return sp, true
		}
	}
	if j > 0 && k.cls == 0 && !k.cap && toks[j-1].word() == "the" && !toks[j-1].quoted {
		// "the board said": a noun the table does not know, the head of
		// an organization's name the article gave before
		if sp, ok := w.namedBefore(raw, k.word(), toks[j-1].t.Start); ok {
			return sp, true
		}
	}
	// "Mohamad, better known as Tok Mat, said": the name before the aka
	if j2, ok := w.knownAs(j); ok {
		j = j2
	}
	segs, n, ok := w.backward(j, verbGap&gComma != 0)
	if n > 0 && segs[0].a > 0 && w.toks[segs[0].a].gap&(gComma|gHard) == 0 {
		if x := w.modifiedStart(segs[0].a, 0); x < segs[0].a { // "the transport department"
			segs[0].a, n, ok = x, 1, true
		}
	}
	if ok && n > 0 {
		if sp, ok := w.choose(raw, segs[:n]); ok {
			return sp, true
		}
	}
	if verbGap&gComma != 0 && !addressee[toks[end].word()] {
		if sp, ok := w.inverted(raw, end); ok {
			return sp, true
		}
	}
	if n == 0 && verbGap&gComma == 0 && w.reducedRelative(j, end) {
		return speaker{}, false // "the plan announced in March": no one speaks
	}
	if !ok || k.word() == "and" || k.word() == "but" || n == 0 {
		return w.clauseSubject(raw, i)
	}
	return speaker{}, false
}

// choose picks the speaker among a phrase and its appositives: the phrase
// next to the verb, unless it only describes ("director of the Institute")
// and a name stands before it.
func (w *worker) choose(raw string, segs []seg) (speaker, bool) {
	if len(segs) > 1 && w.descriptive(segs[0]) {
		for _, s := range segs[1:] {
			if sp, ok := w.resolveNP(raw, s); ok && sp.named {
				if sp.actor < 0 && sp.person && w.bodyDescription(segs[0]) {
					sp.person = false // "Genron NPO, a Tokyo think-tank,": a body, by its description
				}
				if sp.side == Unknown && sp.person {
					sp.side = w.describedSide(raw, segs[0]) // "Ashik Chowdhury, BIDA's executive chairman"
				}
				if r, _ := w.roleIn(segs[0]); r != 0 {
					w.remember(sp, r) // "the director said" later is this speaker
				}
				return sp, true
			}
		}
	}
	sp, ok := w.resolveNP(raw, segs[0])
	if ok && sp.named && sp.side == Unknown {
		// "China's ambassador to Germany, Deng Hongbo, said": a name the
		// table does not know takes the side of its appositive
		for _, s := range segs[1:] {
			if side := w.sideIn(s); side != "" {
				sp.side = side
				break
			}
		}
	}
	return sp, ok
}

// bodyDescription reports whether a description's head noun, before its
// first preposition, is a body's ("a Tokyo think-tank", "a research group
// in Washington"; not "a lawmaker of the Democratic Party").
func (w *worker) bodyDescription(s seg) bool {
	head := -1
	for x := s.a; x < s.b; x++ {
		k := &w.toks[x]
		if x > s.a && (k.cls&(cConn|cTo|cSrcPrep) != 0 || prepositions[k.word()]) {
			break
		}
		head = x
	}
	return head > s.a && w.toks[head].cls&cBody != 0 && w.toks[head].cls&cRole == 0 && !w.toks[head].cap
}

// describedSide is the side a description names ("BIDA's executive
// chairman", "the Chinese embassy's spokesperson", "Lee's chief of
// staff"): a side's word, else the one body, or person in the possessive,
// it names with a side; Unknown when none.
func (w *worker) describedSide(raw string, s seg) string {
	if side := w.sideIn(s); side != "" {
		return side
	}
	side := Unknown
	for _, h := range w.heads(raw, s) {
		if h.sp.person && !h.poss || h.sp.joint || h.sp.side == "" || h.sp.side == Unknown {
			continue
		}
		if side != Unknown && side != h.sp.side {
			return Unknown
		}
		side = h.sp.side
	}
	return side
}

// addressee are the speech verbs whose object is who was spoken to, never
// an inverted subject: "Sun Yiming, a fellow at ..., told the Global Times".
var addressee = map[string]bool{"told": true, "tells": true, "asked": true, "asks": true, "urged": true, "urges": true, "called": true, "calls": true, "on": true, "upon": true,
	"thanked": true, "thanks": true}

// inverted reads the speaker after the verb at end: '"...," said Wang Yi'.
// The phrase must end the clause ("said Wang Yi.", "said Wang Yi, the
// minister", "said Wang Yi on Monday"), or it is what was said ("said China
// valued the ties").
func (w *worker) inverted(raw string, end int) (speaker, bool) {
	if e := w.toks[end].e; e != nil && e.cue == "described" {
		return speaker{}, false // "Rubio, on a visit, described India as ...": India is described
	}
	s := w.forward(end + 1)
	if s.b <= s.a || w.toks[s.b-1].poss {
		return speaker{}, false // "stressed Washington's commitment": an object's owner
	}
	if s.b < len(w.toks) {
		next := &w.toks[s.b]
		if next.gap&(gComma|gHard) == 0 && next.cls&(cStop|cWeekday|cTo|cSrcPrep|cRel) == 0 {
			return speaker{}, false // "said one official who accompanied Abe" ends it too
		}
		if next.quoted && next.gap&(gComma|gColon) == 0 {
			return speaker{}, false // 'said Pakistan "firmly adheres to"': what was said
		}
	}
	return w.resolveNP(raw, s)
}

// prepositions make a name after them an object, not a subject.
var prepositions = map[string]bool{
	"with": true, "to": true, "of": true, "for": true, "by": true, "from": true, "at": true,
	"in": true, "on": true, "about": true, "between": true, "against": true, "toward": true,
	"towards": true, "among": true, "including": true, "like": true, "than": true, "into": true,
	"upon": true, "over": true, "under": true, "via": true, "amid": true, "during": true,
	"since": true, "after": true, "before": true, "congratulated": true, "met": true, "welcomed": true,
}

// clauseSubject is the subject a participle (", adding that") or a second
// verb ("welcomed the visit and said") attaches to: the sentence's first noun
// phrase after an opening adverbial ("For his part, Park"), else the first
// name before token i that follows no preposition ("when Xi held talks with
// Lee, stressing").
func (w *worker) clauseSubject(raw string, i int) (speaker, bool) {
	toks := w.toks
	start := 0
	for start < i && toks[start].quoted {
		start++
	}
	if start < i && (toks[start].cls&(cStop|cWeekday|cVerb) != 0 || toks[start].cls&cConn != 0 || adverbialOpeners[toks[start].word()]) {
		for x := start + 1; x < i; x++ {
			if toks[x].gap&gComma != 0 && !toks[x].quoted {
				start = x
				break
			}
		}
		// "In the talks, which lasted an hour, Abe and Xi": past a
		// relative clause set off by commas
		if start < i && toks[start].cls&cRel != 0 {
			for x := start + 1; x < i; x++ {
				if toks[x].gap&gComma != 0 && !toks[x].quoted {
					start = x
					break
				}
			}
		}
	}
	if start < i {
		s := w.forward(start)
		s.b = min(s.b, i)
		if sp, ok := w.resolveNP(raw, s); ok && (sp.named || sp.side != Unknown) {
			return sp, true
		}
	}
	for x := 0; x < i; x++ {
		k := &toks[x]
		if k.quoted || k.poss || x > 0 && prepositions[toks[x-1].word()] {
			continue
		}
		if k.cls&cPron != 0 && (k.word() == "he" || k.word() == "she") {
			return w.pronoun(raw, x)
		}
		if m := w.mentionAt(x); m != nil && m.a == x && len(w.x.groups[m.g].actors) > 0 {
			if toks[m.b-1].poss {
				continue
			}
			return w.resolveNP(raw, seg{m.a, m.b})
		}
		if _, b, _, ok := w.unknownName(raw, x, i); ok && !toks[b-1].poss {
			return w.resolveNP(raw, seg{x, b})
		}
	}
	return speaker{}, false
}

// adverbialOpeners open a sentence with a phrase of time or linkage set
// off by a comma, before its subject: "Last year, the two governments
// signed ...", "Separately, Seoul said".
var adverbialOpeners = map[string]bool{"last": true, "next": true, "earlier": true, "later": true, "early": true, "late": true,
	"meanwhile": true, "separately": true, "however": true, "moreover": true, "additionally": true, "instead": true,
	"overall": true, "still": true, "yesterday": true, "today": true, "recently": true, "previously": true, "prior": true}

// subjectClause are the words after which "he" or "she" is the subject
// the sentence opened with: "Xi attended the meeting, where he called for".
var subjectClause = map[string]bool{"where": true, "when": true, "as": true, "after": true, "before": true, "while": true}

// pronoun resolves a pronoun subject. "he" and "she" are a person named
// with a possessive earlier in the sentence ("During Xi's visit, he urged"),
// else the person the article last named as a speaker or as the subject of
// a sentence; "they" the last speaker; "it" the last organization speaking;
// "we" and "I" outside quotations the speaker of a transcript's turn.
func (w *worker) pronoun(raw string, j int) (speaker, bool) {
	p := w.toks[j].word()
	if c := strings.IndexAny(p, "'’"); c > 0 {
		p = p[:c] // "I'd say", "we're", "he'd"
	}
	switch p {
	case "he", "she", "him", "her":
		for x := 0; x < j; x++ {
			if k := &w.toks[x]; k.poss && !k.quoted {
				if m := w.mentionAt(x); m != nil && m.b == x+1 && len(w.x.groups[m.g].actors) > 0 {
					if sp := w.resolveGroup(&w.x.groups[m.g], seg{m.a, m.b}); sp.person {
						return sp, true
					}
				}
				if e, ok := w.short[surface(raw, k)]; ok && w.ctx[e].sp.person {
					return w.ctx[e].sp, true
				}
			}
		}
		// "Xi attended the meeting, where he called for": the person the
		// sentence opens with
		if f := w.firstProse(); j > f+1 && !w.toks[f].quoted && subjectClause[w.toks[j-1].word()] {
			s := w.forward(f)
			s.b = min(s.b, j)
			for _, h := range w.heads(raw, s) {
				if h.sp.person && !h.poss && !h.sp.joint && h.sp.actor >= 0 {
					return h.sp, true
				}
			}
		}
		if w.lastPerson >= 0 {
			return w.ctx[w.lastPerson].sp, true
		}
		name := p
		if name == "him" {
			name = "he"
		} else if name == "her" {
			name = "she"
		}
		return speaker{name: name, side: Unknown, actor: -1, person: true}, true
	case "they", "them":
		if w.lastJoint || !w.hasLast && w.doc.ok && w.doc.sp.joint {
			return speaker{name: Both, side: Both, actor: -1, joint: true}, true
		}
		if w.hasLast {
			return w.last, true
		}
		return speaker{name: "they", side: Unknown, actor: -1}, true
	case "it":
		if w.hasLast && !w.last.person && !w.last.joint {
			return w.last, true
		}
	case "we", "i":
		if w.inTurn {
			return w.turn, true
		}
		if w.doc.ok {
			return w.doc.sp, true
		}
	}
	return speaker{}, false
}

// reducedRelative reports whether the verb toks[j+1:end+1] is a past
// participle after the noun it describes, "the plan announced in March":
// a lower-case word no speaker's phrase holds before it, a preposition or
// a time after it.
func (w *worker) reducedRelative(j, end int) bool {
	k := &w.toks[j]
	if k.cap || k.quoted || k.cls != 0 || k.t.Kind != corpus.Word || end+1 >= len(w.toks) {
		return false
	}
	next := &w.toks[end+1]
	if !strings.HasSuffix(w.toks[end].word(), "ed") || next.word() == "that" {
		return false
	}
	return next.gap&(gComma|gHard) == 0 && (next.cls&(cStop|cTo|cWeekday) != 0 || next.word() == "last" || next.word() == "earlier")
}

// companyNouns name a firm by its kind: "the company said".
var companyNouns = map[string]bool{"company": true, "firm": true, "carrier": true, "airline": true, "group": true,
	"operator": true, "lender": true, "utility": true, "automaker": true, "carmaker": true, "chipmaker": true,
	"shipbuilder": true, "producer": true, "exporter": true, "insurer": true, "conglomerate": true}

// openingFirm is the organization a sentence opens with, before token end,
// when the frame names it by its kind: a name of capitalized words (with
// "of", "and", "&") that is no person's and more than a side's word
// ("Turkish Airlines", "Russian Railways"), its side from its words.
func (w *worker) openingFirm(raw string, end int) (speaker, bool) {
	f := w.firstProse()
	if f >= end || w.toks[f].quoted {
		return speaker{}, false
	}
	b, words := f, 0
	for b < end && (w.toks[b].cap || b > f && w.toks[b].cls&cConn != 0) && (b == f || w.toks[b].gap&(gHard|gComma) == 0) {
		if w.toks[b].cap {
			words++
		}
		b++
	}
	for b > f && w.toks[b-1].cls&cConn != 0 {
		b--
	}
	if words < 2 || words > 6 {
		return speaker{}, false
	}
	for _, h := range w.heads(raw, seg{f, b}) {
		if h.sp.person {
			return speaker{}, false
		}
		if h.sp.actor >= 0 && h.s.a == f && h.s.b >= b-1 {
			return h.sp, true // a firm of the table ("Samsung Electronics"): its name and side
		}
	}
	name := w.text(raw, f, b)
	if _, side := w.x.sideWord[strings.ToLower(name)]; side {
		return speaker{}, false
	}
	side := w.x.wordsSide(name)
	if side == "" {
		side = Unknown
	}
	return speaker{name: name, side: side, actor: -1, named: true}, true
}

// informedWords follow the unnamed sources of wire copy: "people familiar
// with the talks", "sources close to the government", "officials briefed
// on the plan", "a person with knowledge of the matter".
var informedWords = map[string]bool{"familiar": true, "close": true, "briefed": true, "knowledge": true}

// informed reads an unnamed source whose phrase ends at token j, before
// its verb: "People familiar with the talks said": people familiar with
// the talks, with the side of a side's word in it.
func (w *worker) informed(raw string, j int) (speaker, bool) {
	a, ok := w.informedStart(j)
	if !ok {
		return speaker{}, false
	}
	side := w.sideIn(seg{a, j + 1})
	if side == "" {
		side = Unknown
	}
	name := w.text(raw, a, j+1)
	if w.toks[a].cls&cDet != 0 {
		name = w.text(raw, a+1, j+1)
	}
	return speaker{name: name, side: side, actor: -1, named: true}, true
}

// informedStart is the first token of an unnamed source's phrase that ends
// at token j ("people familiar with the talks").
func (w *worker) informedStart(j int) (int, bool) {
	for x := j; x >= 1 && x >= j-6; x-- {
		k := &w.toks[x]
		if k.quoted || x < j && w.toks[x+1].gap&(gHard|gComma) != 0 {
			return 0, false
		}
		if !informedWords[k.word()] {
			continue
		}
		a := x - 1
		if k.word() == "knowledge" && a >= 1 && w.toks[a].word() == "with" {
			a--
		}
		if w.toks[a].cls&(cGeneric|cPlural) == 0 && w.toks[a].word() != "people" && w.toks[a].word() != "person" && w.toks[a].word() != "persons" {
			return 0, false
		}
		for a > 0 && w.toks[a].gap&(gHard|gComma) == 0 && w.toks[a-1].cls&(cDet|cTitle|cTwo) != 0 {
			a-- // "two people", "senior officials", "a person"
		}
		if a > 0 && w.toks[a].gap&(gHard|gComma) == 0 && w.toks[a-1].cap && w.mentionAt(a-1) != nil {
			a-- // "Chinese officials briefed on"
		}
		return a, true
	}
	return 0, false
}

// knownAs reads back over an "also known as" aside that ends at token j
// (", better known as Tok Mat,") and returns the token before its comma.
func (w *worker) knownAs(j int) (int, bool) {
	for x := j; x >= 2 && x > j-6; x-- {
		if w.toks[x].gap&(gHard|gComma) != 0 {
			return 0, false
		}
		if w.toks[x-1].word() != "as" || w.toks[x-2].word() != "known" {
			continue
		}
		a := x - 2
		if a > 0 && w.toks[a].gap&gComma == 0 {
			a-- // "better known", "also known", "popularly known"
		}
		if a > 0 && w.toks[a].gap&gComma != 0 {
			return a - 1, true
		}
		return 0, false
	}
	return 0, false
}
