package attribution

import (
	"strconv"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// worker is the scratch space and the article's state of one Document call.
type worker struct {
	x     *index
	toks  []tok
	ments []mention

	qs     []qspan
	qg     []qgroup
	qfirst []int

	ctx    []ctxEntry
	ctxKey map[string]int
	short  map[string]int
	acr    map[string]acronymName // acronyms the article introduced: "DFAT"
	clock  int
	// homeDateline: home is the dateline's side, not the outlet's (a wire
	// story filed abroad names the other country's bodies as often)
	homeDateline bool
	year         int

	lastPerson int // ctx index of the person last named as speaker or subject; -1
	last       speaker
	hasLast    bool
	turn       speaker // the speaker of the transcript's current turn
	inTurn     bool
	turnPara   int  // the paragraph the current turn's label opened
	turnInline bool // the turn's label stood inside a line (inlineLabel)
	turnLeft   int  // sentences an inline turn goes on for
	transcript bool
	lastJoint  bool // the last speaker was two or more ("the two sides agreed")
	doc        docSpeaker
	home       string // the side of the outlet (homeSide)
	outlet     int32  // the outlet's actor (homeSide), -1 if none

	recs   []rec
	paras  []int  // sentences per paragraph
	person []bool // decided: sentence i's speaker is a person
}

// rec is what the first pass finds in one sentence.
type rec struct {
	f           found
	ok          bool
	turn        speaker
	inTurn      bool
	para        int
	fullyQuoted bool
	chromeOnly  bool // every token is page chrome or a headline
	subject     bool // a person is the subject of this sentence without a frame
	start       int  // byte offset of the sentence
	namedOpen   bool // opens with a name that is not a person's: "The RCEP, which ...", "Washington has cut"
	normative   bool // "should" or "must" outside quotations: a speaker's view
	past        bool // a year before the article's outside quotations ("signed in 2024"): background, not speech
	parts       []Part
}

func newWorker(x *index) *worker {
	return &worker{x: x, ctxKey: map[string]int{}, short: map[string]int{}, acr: map[string]acronymName{}}
}

func (w *worker) reset(d *corpus.Document) {
	w.ctx = w.ctx[:0]
	clear(w.ctxKey)
	clear(w.short)
	w.scanAcronyms(d.Raw)
	w.clock, w.year = 0, 0
	if d.Dated() {
		w.year = d.Date.Year()
	}
	w.lastPerson, w.hasLast, w.inTurn, w.transcript = -1, false, false, false
	w.last, w.turn = speaker{}, speaker{}
	w.recs = w.recs[:0]
	w.paras = w.paras[:0]
	w.lastJoint = false
	w.doc = w.documentSpeaker(d)
	w.home, w.outlet = w.publisher(d)
	w.homeDateline = false
	if w.home == "" {
		w.home = w.datelineSide(d.Raw)
		w.homeDateline = w.home != ""
	}
}

// document attributes every sentence of d in two passes: the first reads
// each sentence's own frame in order (so pronouns and short names resolve
// against what came before), the second gives the sentences without one the
// speaker of their quotation, transcript turn or paragraph, or the narrator.
func (w *worker) document(d *corpus.Document) []Attribution {
	w.reset(d)
	w.quotes(d)
	raw := d.Raw
	para := 0
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if si > 0 && hasNewline(raw[d.Sentences[si-1].End:s.Start]) {
			para++
		}
		for len(w.paras) <= para {
			w.paras = append(w.paras, 0)
		}
		w.paras[para]++
		w.build(raw, s, w.spansOf(si))
		w.scanMentions(raw)
		w.rememberMentions(raw)
		w.rememberSided(raw)
		r := rec{para: para, start: s.Start}
		from := 0
		// a label opens a line, or a paragraph of a page saved on one line
		// with two spaces between paragraphs ("...question.  Reporter: ...")
		lineStart := isLineStart(raw, s.Start) || raw[s.Start] == '[' || si > 0 && wideGap(raw[d.Sentences[si-1].End:s.Start])
		if lineStart || si > 0 && w.inlineLabel(raw, d.Sentences[si-1]) {
			if n, sp, ok := w.label(raw, 0); ok {
				w.turn, w.inTurn, w.transcript = w.homed(sp), true, true
				w.turnPara, w.turnInline, w.turnLeft = para, !lineStart, inlineTurn
				from = n
			}
		} else if w.inTurn && w.turnInline {
			// a turn that opened inside a line has no line to end with: it
			// ends after a few sentences (an answer in a Q&A quoted on a
			// page saved on one line)
			if w.turnLeft--; w.turnLeft < 0 {
				w.inTurn = false
			}
		}
		var at int
		r.f, at, r.ok = w.frameAt(raw, from)
		if r.ok && w.doc.ok && w.doc.sp.joint && s.Start >= w.doc.body && !r.f.sp.joint && !(r.f.sp.person && r.f.sp.named) {
			// "The United States reaffirmed its commitment" in a joint
			// statement is the statement's, both sides'
			r.f.sp = w.doc.sp
		}
		if r.ok && at >= 0 && !r.f.sp.joint && r.f.sp.actor < 0 && r.f.cue != "data" && r.f.cue != "according to" && w.quantitySubject(at) {
			// "In a recent poll, seven in ten South Koreans said": the
			// respondents of a survey speak through it
			if f, ok := w.dataNear(raw, from, at); ok {
				r.f = f
			} else if n := len(w.recs); n > 0 && w.recs[n-1].ok && (w.recs[n-1].f.cue == "data" || w.recs[n-1].f.cue == "according to") {
				r.f = found{w.recs[n-1].f.sp, "data"}
			}
		}
		if r.ok && w.inTurn && r.f.sp.sideOnly && r.f.sp.side == w.turn.side {
			r.ok = false // "China hopes..." in a Chinese spokesperson's answer is the spokesperson's
		}
		if r.ok && w.inTurn && from == 0 && (para > w.turnPara || w.turnInline) && w.endsTurn(r.f) {
			// a later paragraph with its own speaker's frame ("Daniel Osei,
			// an economist, said") is the article's again, not the last
			// answer of a Q&A it quoted
			w.inTurn = false
			for x := len(w.recs) - 1; x >= 0 && w.recs[x].para == para; x-- {
				w.recs[x].inTurn = false
			}
		}
		r.turn, r.inTurn = w.turn, w.inTurn
		for k := range w.toks {
			t := &w.toks[k]
			if t.quoted {
				continue
			}
			if word := t.word(); word == "should" || word == "must" {
				r.normative = true
			}
			if w.year > 0 && len(t.t.Norm) == 4 && t.t.Kind == corpus.Number {
				if y, err := strconv.Atoi(t.t.Norm); err == nil && y >= 1900 && y < w.year {
					r.past = true
				}
			}
		}
		r.fullyQuoted = w.firstProse() < len(w.toks) && w.toks[w.firstProse()].quoted
		r.chromeOnly = len(w.toks) > 0 && w.firstProse() == len(w.toks)
		if r.ok {
			r.f.sp = w.sided(r.f.sp)
		}
		if r.ok {
			r.parts = w.parts(w.scope(raw, from, r.f, at))
			w.spoke(r.f.sp)
		} else {
			r.parts = w.parts(w.subordinateFrames(raw, from))
			r.subject = w.subjectSalience(raw)
			r.namedOpen = !r.subject && w.namedOpening(raw)
		}
		// a new turn starting on a later line of this sentence
		for k := from + 1; k < len(w.toks); k++ {
			if w.toks[k].gap&gNewline != 0 {
				if _, sp, ok := w.label(raw, k); ok {
					w.turn, w.inTurn, w.transcript = w.homed(sp), true, true
					w.turnPara = para
				}
			}
		}
		w.recs = append(w.recs, r)
	}
	out := make([]Attribution, len(d.Sentences))
	w.person = w.person[:0]
	for si := range out {
		out[si] = w.decide(si, out)
	}
	return out
}

// sided gives a speaker without a side the one its words name ("South
// Koreans") or, when takesHome allows it, the outlet's, and records it for
// the speaker's later mentions.
func (w *worker) sided(sp speaker) speaker {
	if sp.side != Unknown && sp.side != "" || sp.joint {
		return sp
	}
	side := w.x.wordsSide(sp.name)
	if side == "" && w.home != "" && takesHome(sp) {
		side = w.home
	}
	if side != "" {
		sp.side = side
		if i, ok := w.ctxKey[sp.key()]; ok && w.ctx[i].sp.side == Unknown {
			w.ctx[i].sp.side = side
		}
	}
	return sp
}

// inlineTurn is how many sentences after its label's a turn opened inside
// a line goes on for, at most.
const inlineTurn = 2

// inlineLabel reports whether a label may open this sentence though it
// stands inside a line (a Q&A on a page saved on one line: "... the
// ministry's transcript. Q: Japan says ... What is China's comment? Guo
// Jiakun: China ..."): a question's label ("Q:", "Question:",
// "Reporter:"), or any after a question or inside a transcript.
func (w *worker) inlineLabel(raw string, prev corpus.Sentence) bool {
	if len(w.toks) < 2 || w.toks[0].quoted || w.toks[1].gap&gColon == 0 && (len(w.toks) < 3 || w.toks[2].gap&gColon == 0) {
		return false // no colon after the first word or two
	}
	if w.toks[0].cls&cQA != 0 && w.toks[0].word() != "a" && w.toks[0].word() != "answer" {
		// a question follows on its line ("Reporter: B.Tsolmon" is a byline)
		rest := raw[w.toks[0].t.Start:min(len(raw), w.toks[0].t.Start+400)]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		return strings.Contains(rest, "?")
	}
	return w.transcript || strings.HasSuffix(strings.TrimRight(raw[prev.Start:prev.End], " \"'\u201d"), "?")
}

// endsTurn reports whether a sentence's frame names a speaker of its own,
// not the turn's: a named person or body, not a source the answer cites
// ("according to", data) nor a side alone ("China hopes").
func (w *worker) endsTurn(f found) bool {
	sp := f.sp
	return sp.named && !sp.joint && !sp.sideOnly && sp.name != "" && sp.name != w.turn.name &&
		f.cue != "according to" && f.cue != "data" && f.cue != "quote"
}

// spoke records a sentence's speaker for the pronouns that follow.
func (w *worker) spoke(sp speaker) {
	if sp.joint {
		w.lastJoint = true
	} else if sp.name != "" {
		w.lastJoint = false
	}
	if !sp.named || sp.name == "" {
		return
	}
	w.last, w.hasLast = sp, true
	if sp.person && !sp.joint {
		if i, ok := w.ctxKey[sp.key()]; ok {
			w.lastPerson = i
			w.learnSide(i, sp)
		} else {
			w.lastPerson = w.remember(sp, 0)
		}
	}
}

// homed gives a speaker without a side the outlet's, when takesHome
// allows it: "Liu Jiang:" in a CGTN transcript.
func (w *worker) homed(sp speaker) speaker {
	if (sp.side == Unknown || sp.side == "") && w.home != "" && takesHome(sp) {
		sp.side = w.home
	}
	return sp
}

// rememberSided records every person the table does not know whom the
// sentence names in full with a side's titles ("Chinese Vice Foreign
// Minister Luo Zhaohui"), wherever in the sentence, so that "Luo said"
// later is that person of that side.
func (w *worker) rememberSided(raw string) {
	for i := 0; i < len(w.toks); i++ {
		if w.toks[i].quoted || !w.nameWord(i) {
			continue
		}
		a, b, sp, ok := w.unknownName(raw, i, len(w.toks))
		if !ok {
			continue
		}
		if sp.person && b-a >= 2 && sp.side != Unknown && sp.side != "" {
			if _, seen := w.ctxKey[sp.key()]; !seen {
				w.rememberShort(raw, seg{a, b}, w.remember(sp, 0))
			}
		}
		i = b - 1
	}
}

// subjectSalience makes the person a sentence without a frame is about
// ("Jang Su-seok, a social media influencer, has visited China") the one a
// later "he said" means.
func (w *worker) subjectSalience(raw string) bool {
	f := w.firstProse()
	if f >= len(w.toks) || w.toks[f].quoted {
		return false
	}
	if f+1 < len(w.toks) && w.toks[f].word() == "for" && w.toks[f+1].cap && w.toks[f+1].gap&(gHard|gComma) == 0 {
		f++ // "For Layla Mansour, a fellow at ..., the UAE is hedging": her view
	} else if prepositions[w.toks[f].word()] || adverbialOpeners[w.toks[f].word()] {
		// "At a regular news briefing Monday, Commerce Ministry
		// spokeswoman He Yongqian was asked ...": the subject after the
		// opening adverbial
		for c := f + 1; c < len(w.toks) && c <= f+12 && w.toks[c].gap&gHard == 0 && !w.toks[c].quoted; c++ {
			if w.toks[c].gap&gComma != 0 {
				f = c
				break
			}
		}
	}
	s := w.forward(f)
	if s.b <= s.a {
		return false
	}
	segs := []seg{s}
	// "China's ambassador to Germany, Deng Hongbo, pushed back": the name
	// set off after the description is the person
	if s.b < len(w.toks) && w.toks[s.b].gap&gComma != 0 && w.toks[s.b].gap&gHard == 0 && w.descriptive(s) {
		if s2 := w.forward(s.b); s2.b > s2.a && s2.b < len(w.toks) && w.toks[s2.b].gap&gComma != 0 {
			segs = []seg{s2, s}
		}
	}
	for _, s := range segs {
		for _, h := range w.heads(raw, s) {
			if h.sp.person && !h.poss {
				if len(segs) > 1 && h.sp.actor < 0 { // the description's side, not the outlet's
					if side := w.sideIn(segs[len(segs)-1]); side != "" {
						h.sp.side = side
					}
				}
				e := w.remember(h.sp, w.rolesNear(s, h.s))
				w.rememberShort(raw, h.s, e)
				w.lastPerson = e
				return true
			}
		}
	}
	return false
}

// namedOpening reports whether a sentence opens with a name, of a thing,
// place or body rather than a person ("The RCEP, which groups 15
// countries, covers ...", "Washington has cut ..."): the narrator's new
// subject, not more of the last speaker's words.
func (w *worker) namedOpening(raw string) bool {
	f := w.firstProse()
	for f < len(w.toks) && w.toks[f].cls&cDet != 0 {
		f++
	}
	if f >= len(w.toks) || w.toks[f].quoted || !w.toks[f].cap || f+1 >= len(w.toks) {
		return false
	}
	if m := w.mentionAt(f); m != nil && m.a == f {
		if m.side < 0 || len(w.x.groups[m.g].actors) > 0 || w.toks[m.b-1].poss || m.b >= len(w.toks) {
			return false
		}
		next := &w.toks[m.b]
		// "Washington has cut ...", not "The ROK is willing ..." after a
		// speaker of the ROK, nor "China and Japan should ..."
		return !next.cap && next.cls&(cConn|cTwo) == 0 && (!w.hasLast || w.x.sides[m.side] != w.last.side)
	}
	return w.toks[f].cls&(notName|cGeneric|cRole|cTitle|cPlural|cTwo) == 0 && allCaps(raw[w.toks[f].t.Start:w.toks[f].t.End])
}

// rememberMentions records every actor the sentence names unambiguously,
// with the titles before it ("Chinese Ambassador to Korea Dai Bing"), so
// that short names, roles and pronouns can find it later.
func (w *worker) rememberMentions(raw string) {
	for mi := range w.ments {
		m := &w.ments[mi]
		g := &w.x.groups[m.g]
		if len(g.actors) != 1 {
			continue
		}
		sp := w.fromActor(g.actors[0])
		// "Commerce Ministry" in an Indian paper names India's (see
		// resolveGroup), not the one the table lists
		if sp.side != w.home && !sp.person && w.homeBody(seg{m.a, m.b}) &&
			!(m.a > 0 && w.toks[m.a-1].ment > 0 && w.ments[w.toks[m.a-1].ment-1].side >= 0) {
			continue
		}
		var roles uint64
		for j := m.a - 1; j >= 0 && w.toks[j+1].gap&(gHard|gComma) == 0; j-- {
			k := &w.toks[j]
			if k.cls&cRole != 0 && k.e != nil && k.ment == 0 {
				roles |= k.e.role
				continue
			}
			if k.cls&(cTitle|cTo) != 0 || k.ment > 0 && w.ments[k.ment-1].side >= 0 {
				continue
			}
			break
		}
		e := w.remember(sp, roles)
		if sp.person {
			w.rememberShort(raw, seg{m.a, m.b}, e)
		}
	}
}

// decide gives sentence si its attribution, out[:si] being decided.
func (w *worker) decide(si int, out []Attribution) Attribution {
	a, person := w.decide1(si, out)
	w.person = append(w.person, person)
	return a
}

func (w *worker) decide1(si int, out []Attribution) (Attribution, bool) {
	r := &w.recs[si]
	if r.ok {
		a := attr(r.f.sp, r.f.cue)
		a.Parts = r.parts
		return a, r.f.sp.person && !r.f.sp.joint
	}
	if r.chromeOnly && !r.inTurn {
		return narrator, false // a headline, a list of links: nobody's words
	}
	if spans := w.spansOf(si); len(spans) > 0 {
		g := w.qg[spans[0].group]
		if !r.fullyQuoted && len(spans) > 1 {
			g = w.qg[spans[len(spans)-1].group]
		}
		if r.fullyQuoted || g.first != g.last {
			for x := g.first; x <= g.last; x++ {
				if x != si && w.recs[x].ok {
					return attr(w.recs[x].f.sp, "quote"), false
				}
			}
			if g.first < si && out[g.first].Cue != Narrator {
				return Attribution{Speaker: out[g.first].Speaker, Side: out[g.first].Side, Cue: "quote"}, false
			}
			if r.fullyQuoted && g.first == si && si > 0 && out[si-1].Cue != Narrator {
				return Attribution{Speaker: out[si-1].Speaker, Side: out[si-1].Side, Cue: "quote"}, false
			}
			if r.fullyQuoted && !r.inTurn {
				return Attribution{Speaker: Unknown, Side: Unknown, Cue: "quote"}, false
			}
		}
	}
	if r.inTurn && r.turn.name != Narrator {
		return attr(r.turn, "transcript"), false
	}
	// a short paragraph of a person's reported speech goes on without a frame
	if si > 0 && !r.subject && !r.namedOpen && !r.past && w.person[si-1] && w.recs[si-1].para == r.para && w.paras[r.para] <= 3 && continues(out[si-1].Cue) {
		return Attribution{Speaker: out[si-1].Speaker, Side: out[si-1].Side, Cue: "continued"}, true
	}
	// "China and Japan should ..." after Wang's reported speech is still
	// Wang's, in a long paragraph or the next one: a journalist does not
	// say what a country should do
	if si > 0 && !r.subject && r.normative && w.person[si-1] && out[si-1].Cue != Narrator && continues(out[si-1].Cue) {
		return Attribution{Speaker: out[si-1].Speaker, Side: out[si-1].Side, Cue: "continued"}, true
	}
	if r.inTurn { // a TV script's narration: "REPORTER:", "[Anchor]"
		a := attr(r.turn, "transcript")
		a.Parts = r.parts
		return a, false
	}
	if w.doc.ok && r.start >= w.doc.body {
		cue := "document"
		if w.doc.sp.joint {
			cue = "joint statement"
		}
		return attr(w.doc.sp, cue), false
	}
	a := narrator
	a.Parts = r.parts
	return a, false
}

// continues reports whether a sentence with this cue is reported speech the
// next sentence of a short paragraph may go on with.
func continues(cue string) bool {
	switch cue {
	case Narrator, "according to", "data", "quote", "quoted", "transcript", "joint statement":
		return false
	}
	return true
}

func attr(sp speaker, cue string) Attribution {
	side := sp.side
	if side == "" {
		side = Unknown
	}
	return Attribution{Speaker: sp.name, Side: side, Cue: cue}
}

// firstProse is the index of the sentence's first token not on a chrome
// line.
func (w *worker) firstProse() int {
	i := 0
	for i < len(w.toks) && w.toks[i].chrome {
		i++
	}
	return i
}
