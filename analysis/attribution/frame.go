package attribution

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// found is the reported-speech frame of a sentence: who speaks, by what cue.
type found struct {
	sp  speaker
	cue string
}

// frameAt finds the first reported-speech frame among the sentence's
// unquoted tokens from token from on: "X said", "said X", "according to X",
// "X's data showed", "X quoted Y as saying", ", adding that", a joint
// statement. It also returns the token of the frame's cue; -1 for a joint
// statement.
func (w *worker) frameAt(raw string, from int) (found, int, bool) {
	f, at, ok := w.firstFrame(raw, from)
	// "According to Xinhua, Xi said ...": state media relay the speaker
	// they report; so does a document or a body that opens the sentence
	// with "according to" for a person ("According to a Chinese readout,
	// Mr. Wang said ...", but "According to the White House, Japan agreed
	// ..." is the White House's account)
	if ok && !f.sp.person && f.cue == "according to" && at > from {
		// "Mr Wang, according to the Foreign Office, said ...": the
		// subject before the aside speaks
		if g, at2, ok2 := w.firstFrame(raw, at+1); ok2 && w.asideBefore(at, at2) {
			if segs, n, ok3 := w.backward(at-1, true); ok3 && n > 0 {
				if sp, ok4 := w.choose(raw, segs[:n]); ok4 && sp.person && sp.named {
					f, at = found{sp, g.cue}, at2
				}
			}
		}
	}
	if ok && !f.sp.person {
		media := f.sp.actor >= 0 && w.isMedia(f.sp.actor)
		if g, at2, ok2 := w.firstFrame(raw, at+1); ok2 && !(g.sp.actor >= 0 && w.isMedia(g.sp.actor)) && g.sp.named &&
			(media || f.cue == "according to" && (at == from || w.asideBefore(at, at2)) && g.sp.person) {
			f, at = g, at2
		}
	}
	// "China hopes the ROK will ..., spokesperson Guo Jiakun said on
	// Monday": a side named alone states its position through the person
	// whose frame after it reports what stands before
	if ok && f.sp.sideOnly && at >= 0 {
		for from2 := at + 1; from2 < len(w.toks); {
			g, at2, ok2 := w.firstFrame(raw, from2)
			if !ok2 {
				break
			}
			if g.sp.person && g.sp.named && w.reportsBefore(at2) {
				f, at = g, at2
				break
			}
			from2 = at2 + 1
		}
	}
	if w.jointStatement(from) && !(ok && f.sp.joint && f.sp.name != Both) {
		return found{sp: speaker{name: Both, side: Both, actor: -1, joint: true}, cue: "joint statement"}, -1, true
	}
	return f, at, ok
}

func (w *worker) firstFrame(raw string, from int) (found, int, bool) {
	toks := w.toks
	for i := from; i < len(toks); i++ {
		k := &toks[i]
		if k.quoted || k.cls&(cVerb|cAccording|cQuoted|cShow) == 0 {
			continue
		}
		if k.cls&cAccording != 0 && i+1 < len(toks) && toks[i+1].word() == "to" && !toks[i+1].quoted {
			if i+2 < len(toks) && toks[i+2].cls&(cPron|cDet) != 0 && (i+3 == len(toks) || toks[i+3].gap != 0) {
				if sp, ok := w.pronoun(raw, i+2); ok { // "according to him"
					return found{sp, "according to"}, i, true
				}
			}
			if sp, ok := w.resolveNP(raw, w.forward(i+2)); ok {
				return found{sp, "according to"}, i, true
			}
		}
		if k.cls&cQuoted != 0 {
			if f, ok := w.quotedAs(raw, i); ok {
				return f, i, true
			}
		}
		if k.cls&cShow != 0 {
			if f, ok := w.dataShowed(raw, i); ok {
				return f, i, true
			}
		}
		if k.cls&cVerb != 0 && k.e != nil && k.e.cue != "" && w.verbForm(raw, k) && !w.subordinate(i) && !w.nounUse(raw, i) && !w.actObject(i) {
			if f, ok := w.speechVerb(raw, i); ok {
				return f, i, true
			}
		}
	}
	return found{}, 0, false
}

// verbForm reports whether a token whose stem is a speech verb's is one of
// the verb's forms ("highlighted", not the noun "highlight"); without
// stemming every token with the verb's entry is.
func (w *worker) verbForm(raw string, k *tok) bool {
	if k.e.forms == nil {
		return true
	}
	return k.e.forms[corpus.NormalizeWord(raw[k.t.Start:k.t.End])]
}

// speechVerb reads the frame of the speech verb at token i.
func (w *worker) speechVerb(raw string, i int) (found, bool) {
	toks := w.toks
	e := toks[i].e
	cue, end := e.cue, i
	if e.needs != "" { // "called on", "pointed out"
		if i+1 >= len(toks) || toks[i+1].quoted {
			return found{}, false
		}
		c, ok := particles[e.needs][toks[i+1].word()]
		if !ok {
			if e.needs == "called on" && w.namesQuoted(i) {
				c, ok = "described", true // 'Xi called the Taiwan question "the most important issue"'
			} else {
				return found{}, false
			}
		} else {
			end = i + 1
		}
		cue = c
	}
	if cue == "added" && addsThing(toks, i) {
		return found{}, false // "airlines have added 48 weekly flights"
	}
	if toks[i].ing && i > 0 && toks[i-1].cls&cBe != 0 && !toks[i-1].quoted {
		// "Washington is urging its allies": a verb in the progressive
		if sp, ok := w.subjectOf(raw, i, end, true); ok {
			return found{sp, cue}, true
		}
		return found{}, false
	}
	if toks[i].ing {
		// ", saying that", "while stressing": the subject of the clause
		prev := ""
		if i > 0 {
			prev = toks[i-1].word()
		}
		if toks[i].gap&gComma != 0 || prev == "while" || prev == "and" || prev == "before" || prev == "after" || prev == "by" {
			if sp, ok := w.clauseSubject(raw, i); ok {
				return found{sp, cue}, true
			}
		}
		return found{}, false
	}
	if sp, ok := w.subjectOf(raw, i, end, false); ok {
		if sp.joint && agreement[cue] {
			sp = speaker{name: Both, side: Both, actor: -1, joint: true} // "Yoon and Kishida agreed"
		}
		return found{sp, cue}, true
	}
	return found{}, false
}

// agreement are the cues whose joint subject speaks as one: "Xi and Lee
// agreed", "Seoul and Tokyo reaffirmed" are both's.
var agreement = map[string]bool{"agreed": true, "affirmed": true, "pledged": true, "confirmed": true}

// quotedAs reads "X quoted Y as saying" (the speaker is Y) and "Y was quoted
// as saying".
func (w *worker) quotedAs(raw string, i int) (found, bool) {
	toks := w.toks
	for j := i + 1; j+1 < len(toks) && j <= i+16; j++ {
		if toks[j].quoted || toks[j].gap&gHard != 0 {
			break
		}
		if toks[j].word() != "as" || toks[j+1].cls&cVerb == 0 || !toks[j+1].ing {
			continue
		}
		if j == i+1 {
			if sp, ok := w.subjectOf(raw, i, i, true); ok {
				return found{sp, "quoted"}, true
			}
			return found{}, false
		}
		if sp, ok := w.resolveNP(raw, seg{i + 1, j}); ok {
			return found{sp, "quoted"}, true
		}
		return found{}, false
	}
	return found{}, false
}

// dataShowed reads "China's customs data showed", "figures from the Korea
// Customs Service show": the speaker is the source of the data.
func (w *worker) dataShowed(raw string, i int) (found, bool) {
	j := i - 1
	for j >= 0 && w.toks[j].cls&cAdv != 0 && w.toks[j+1].gap&gHard == 0 {
		j--
	}
	if j < 0 || w.toks[j+1].gap&gHard != 0 {
		return found{}, false
	}
	segs, n, ok := w.backward(j, w.toks[j+1].gap&gComma != 0)
	if !ok || n == 0 {
		if f, ok := w.dataReleasedBy(raw, i); ok {
			return f, true
		}
		return w.dataSubject(raw, i)
	}
	s := segs[0]
	data := false
	for x := s.a; x < s.b; x++ {
		if w.toks[x].cls&(cDataNoun|cDocNoun) != 0 {
			data = true
		}
	}
	if !data {
		// "A poll conducted in May by the Hankyoreh found"
		if f, ok := w.dataReleasedBy(raw, i); ok {
			return f, true
		}
		// "In a survey of 480 member companies, the German Chamber of
		// Commerce in China found that": a named body finds what it says
		if w.thatFollows(i) { // "found that", "found in a poll last autumn that"
			// "Genron NPO, a Tokyo think-tank, found": the name its
			// description follows
			if sp, ok := w.choose(raw, segs[:n]); ok && sp.named && !sp.person && !sp.joint && !sp.sideOnly {
				return found{sp, "data"}, true
			}
		}
		return found{}, false
	}
	sp, ok := w.resolveNP(raw, s)
	if !ok || !sp.named && sp.side == Unknown {
		if sp, ok := w.dataSource(raw, s); ok {
			return found{sp, "data"}, true
		}
		return found{}, false
	}
	return found{sp, "data"}, true
}

// dataSource is the speaker of a data phrase that names no one: the
// outlet's government for "Government figures", the source last named for
// "The figures", the phrase itself ("recent survey") for an unnamed one.
func (w *worker) dataSource(raw string, s seg) (speaker, bool) {
	a := s.a
	for a < s.b && w.toks[a].cls&cDet != 0 {
		a++
	}
	if a >= s.b {
		return speaker{}, false
	}
	if a == s.b-1 && a > s.a && w.toks[s.a].word() == "the" {
		if w.hasLast && !w.last.person && !w.last.joint {
			return w.last, true
		}
		return speaker{}, false
	}
	// "The central bank's data", "the ministry's figures": a body named by
	// its kind only, the source last named
	if s.b-s.a >= 3 && w.toks[s.a].word() == "the" && w.hasLast && !w.last.person && !w.last.joint && !w.last.sideOnly {
		if o := &w.toks[s.b-2]; o.poss && o.cls&(cBody|cGeneric) != 0 {
			return w.last, true
		}
	}
	sp := speaker{name: w.text(raw, a, s.b), side: Unknown, actor: -1}
	for i := a; i < s.b; i++ {
		if w.toks[i].word() == "government" && w.home != "" {
			sp.name, sp.side = "government", w.home
		}
	}
	return sp, true
}

// dataReleasedBy reads "The figures, released by Statistics Korea on
// Monday, showed": the source after "by" or "from" that follows a data noun.
func (w *worker) dataReleasedBy(raw string, i int) (found, bool) {
	data := false
	for x := 0; x+1 < i; x++ {
		k := &w.toks[x]
		if k.quoted {
			continue
		}
		if k.cls&(cDataNoun|cDocNoun) != 0 {
			data = true
		}
		if data && k.cls&cSrcPrep != 0 && x > 0 && w.releasedBefore(x) {
			s := w.forward(x + 1)
			s.b = min(s.b, i)
			if sp, ok := w.resolveNP(raw, s); ok && (sp.named || sp.side != Unknown) {
				return found{sp, "data"}, true
			}
		}
	}
	return found{}, false
}

// jointStatement reports whether the sentence cites a joint statement as
// its source: "in a joint statement", "according to the joint declaration",
// "the joint press statement said".
func (w *worker) jointStatement(from int) bool {
	toks := w.toks
	for i := from; i < len(toks); i++ {
		if toks[i].cls&cJoint == 0 || toks[i].quoted {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+2 && toks[j].cls&cJointDoc == 0 {
			j++
		}
		if j >= len(toks) || j > i+2 {
			continue
		}
		if toks[j].word() == "press" {
			// "at a joint press conference"; "Prabowo said in a joint
			// press statement": each leader reads his own part
			continue
		}
		for b := i - 1; b >= from && b >= i-3; b-- {
			if n := toks[b].word(); n == "in" || n == "according" {
				return true
			}
		}
		for a := j + 1; a < len(toks) && a <= j+2; a++ {
			if toks[a].cls&cRel != 0 || toks[a].gap&(gComma|gHard) != 0 {
				break // "the 1998 joint declaration, which expressed": no source of this sentence
			}
			if toks[a].cls&cVerb != 0 {
				return true
			}
		}
	}
	return false
}

// subordinators open a clause that is not the sentence's main one: "The
// summit came 10 days after Seoul announced a plan" is the narrator's.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "because": true, "although": true, "though": true, "whereas": true, "if": true, "unless": true}

// subordinate reports whether the speech verb at token i has its subject in
// a subordinate clause that follows a main clause: a subordinator stands
// just before the subject, with words of the sentence before it.
func (w *worker) subordinate(i int) bool {
	toks := w.toks
	j := i - 1
	for j >= 0 && !toks[j].quoted && toks[j+1].gap&(gHard|gComma) == 0 && (toks[j].cls&cAdv != 0 || w.npWord(j)) {
		j--
	}
	if j == i-1 || j <= 0 || toks[j].quoted || toks[j+1].gap&(gHard|gComma) != 0 || !subordinators[toks[j].word()] {
		return false
	}
	// words of a main clause before the subordinator
	for x := j - 1; x >= 0; x-- {
		if toks[x].gap&gHard != 0 && x == 0 {
			break
		}
		if !toks[x].quoted {
			return true
		}
	}
	return false
}

// addsThing reports whether "added" at token i has an object, a number or
// a determiner right after it, so it adds things, not words.
func addsThing(toks []tok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	k := &toks[i+1]
	if k.quoted || k.gap&(gComma|gHard) != 0 {
		return false
	}
	if k.t.Kind == corpus.Number {
		return true
	}
	switch k.word() {
	case "more", "new", "another", "some", "about", "nearly", "over", "around", "almost", "roughly", "its", "their":
		return true
	}
	return false
}

// dataSubject reads a data phrase that opens the sentence before the data
// verb at token i when words stand between them: "A Gallup Korea survey
// released last week showed", "A survey of 250 hotels found".
func (w *worker) dataSubject(raw string, i int) (found, bool) {
	f := w.firstProse()
	if f >= i || w.toks[f].quoted {
		return found{}, false
	}
	s := w.forward(f)
	s.b = min(s.b, i)
	if s.b <= s.a || w.toks[s.b-1].cls&cDataNoun == 0 {
		return found{}, false
	}
	for x := s.b; x < i; x++ {
		if w.toks[x].quoted || w.toks[x].gap&gHard != 0 {
			return found{}, false
		}
	}
	sp, ok := w.resolveNP(raw, s)
	if !ok || !sp.named && sp.side == Unknown {
		if sp, ok = w.dataSource(raw, s); !ok {
			return found{}, false
		}
	}
	return found{sp, "data"}, true
}

// namesQuoted reports whether a quotation follows the verb at token i
// within a few words of its clause: 'called the Taiwan question "the most
// sensitive issue"'.
func (w *worker) namesQuoted(i int) bool {
	for j := i + 1; j < len(w.toks) && j <= i+6; j++ {
		if w.toks[j].quoted && !w.toks[j].chrome {
			return j > i+1
		}
		if w.toks[j].gap&(gComma|gHard) != 0 && w.toks[j].gap&gQuote == 0 {
			return false
		}
	}
	return false
}

// releasedBefore reports whether the "by" or "from" at token x follows a
// data noun or a verb of release, with at most a time between them and no
// comma: "figures from", "released by", "released in April by",
// "conducted last month by".
func (w *worker) releasedBefore(x int) bool {
	for y := x - 1; y >= 0 && y >= x-4; y-- {
		k := &w.toks[y]
		if k.quoted {
			return false
		}
		if k.cls&(cDataNoun|cDocNoun|cSrcVerb) != 0 {
			return y == x-1 || k.cls&cSrcVerb != 0
		}
		if w.toks[y+1].gap&(gComma|gHard) != 0 {
			return false
		}
	}
	return false
}

// nounUse reports whether the speech verb's form in -s at token i is a
// plural noun: after an article, a possessive, an -ing word or a verb of
// having or making ("overlapping claims", "made remarks", "its reports").
func (w *worker) nounUse(raw string, i int) bool {
	if i == 0 || w.toks[i].gap&(gComma|gHard) != 0 {
		return false
	}
	sur := raw[w.toks[i].t.Start:w.toks[i].t.End]
	if !strings.HasSuffix(sur, "s") || strings.HasSuffix(sur, "ss") || sur == "says" {
		return false
	}
	p := &w.toks[i-1]
	if p.quoted || p.cap {
		return false
	}
	if p.cls&cDet != 0 || p.poss || p.ing && p.cls&cVerb == 0 {
		return true
	}
	switch p.word() {
	case "made", "make", "makes", "making", "have", "has", "had", "these", "those", "such", "new", "recent", "earlier", "similar", "rival", "territorial", "competing":
		return true
	}
	return false
}

// actObject reports whether the verb at token i reports an act, not
// words: something claimed or pledged that its object names ("Beijing
// claims almost the entire sea", "China pledged 360 billion yuan"); the
// narrator tells of it.
func (w *worker) actObject(i int) bool {
	e := w.toks[i].e
	if e == nil || i+1 >= len(w.toks) {
		return false
	}
	n := &w.toks[i+1]
	if n.quoted || n.gap&(gComma|gHard) != 0 {
		return false
	}
	number := n.t.Kind == corpus.Number || numberWords[n.word()]
	switch e.cue {
	case "claimed":
		return number || n.word() == "a" || n.word() == "an" || n.word() == "almost" || n.word() == "sovereignty" || n.word() == "most" || n.word() == "parts"
	case "pledged":
		return number
	}
	return false
}

// numberWords open a quantity in words.
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "hundreds": true, "thousands": true, "millions": true, "billions": true}

// asideBefore reports whether the "according to" at token at is an aside
// between a subject and its verb at token verb: "Mr Wang, according to the
// Foreign Office, said ...".
func (w *worker) asideBefore(at, verb int) bool {
	if at == 0 || w.toks[at].gap&gComma == 0 {
		return false
	}
	for i := at + 1; i <= verb; i++ {
		if w.toks[i].gap&gComma != 0 {
			return i+2 > verb // the aside's closing comma, then the verb (or an adverb before it)
		}
	}
	return false
}

// thatFollows reports whether "that" opens what the verb at token i found,
// right after it or after a short phrase of where or when ("found in a
// poll last autumn that"): no verb, comma or quotation between.
func (w *worker) thatFollows(i int) bool {
	for y := i + 1; y < len(w.toks) && y <= i+7; y++ {
		k := &w.toks[y]
		if k.quoted || k.gap&(gHard|gComma) != 0 || k.cls&cVerb != 0 {
			return false
		}
		if k.word() == "that" {
			return y == i+1 || prepositions[w.toks[i+1].word()]
		}
	}
	return false
}
