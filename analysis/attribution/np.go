package attribution

import "strings"

// A speaker's noun phrase is read from the tokens around a cue: names
// (capitalized words and table names), titles and roles ("Foreign
// Minister", "spokesperson"), determiners and the connectors of names
// ("Ministry of Justice", "Ambassador to China"). Punctuation other than a
// comma ends it; a comma separates an appositive ("Mao Ning, spokesperson of
// the Foreign Ministry, said").

// npClasses are the classes of lower-case words that may stand in a
// speaker's noun phrase.
const npClasses = cDet | cRole | cTitle | cBody | cGeneric | cDataNoun | cDocNoun | cTwo | cPlural

// notName are the classes of words that are no name even when capitalized.
const notName = cStop | cPron | cRel | cBe | cAdv | cVerb | cAccording | cQuoted | cShow | cWeekday | cConn | cTo | cSrcPrep | cSrcVerb

// npWord reports whether token i can stand in a speaker's noun phrase by
// itself.
func (w *worker) npWord(i int) bool {
	k := &w.toks[i]
	if k.quoted {
		return false
	}
	if k.ment > 0 || k.cls&npClasses != 0 {
		return k.cls&(cStop|cPron|cRel) == 0 || k.ment > 0
	}
	return k.cap && k.cls&notName == 0
}

// joins reports whether the connector at token i joins the words either
// side of it into one noun phrase.
func (w *worker) joins(i int) bool {
	if i <= 0 || i+1 >= len(w.toks) || w.toks[i].quoted {
		return false
	}
	k := &w.toks[i]
	prev, next := &w.toks[i-1], &w.toks[i+1]
	if next.gap&(gHard|gComma) != 0 || k.gap&gHard != 0 {
		return false
	}
	switch {
	case (k.lw == "from" || k.lw == "at") && w.personWord(i-1) && (next.lw == "the" || next.cap && w.npWord(i+1)):
		// "Marta Lindgren from the Korea Development Institute": where
		// the person works
		return true
	case k.cls&cConn != 0:
		// "Lee and his Polish counterpart Karol Nawrocki"
		return w.npWord(i-1) && (w.npWord(i+1) || k.word() == "and" && w.counterpartDet(i+1))
	case k.cls&cTo != 0: // Ambassador to China, Embassy in Seoul, officials in Tokyo
		// "the Japan Chamber of Commerce in China": a capitalized name's
		// place
		return (prev.cls&(cRole|cBody|cGeneric) != 0 || k.lw == "in" && prev.cap && w.npWord(i-1) && w.bodyNameBefore(i)) && w.npWord(i+1)
	case k.cls&cSrcPrep != 0: // data from, statement by, data released Wednesday by
		return (prev.cls&(cDataNoun|cDocNoun|cSrcVerb) != 0 || w.srcTime(i-1) && i >= 2 && w.toks[i-2].cls&cSrcVerb != 0) && w.npWord(i+1)
	case k.cls&cSrcVerb != 0: // data released by, data released Wednesday by
		return prev.cls&(cDataNoun|cDocNoun) != 0 && (next.cls&cSrcPrep != 0 ||
			w.srcTime(i+1) && i+2 < len(w.toks) && w.toks[i+2].cls&cSrcPrep != 0 && w.toks[i+2].gap&(gHard|gComma) == 0)
	case w.srcTime(i): // the "Wednesday" of "data released Wednesday by"
		return prev.cls&cSrcVerb != 0 && prev.gap&gHard == 0 && next.cls&cSrcPrep != 0
	}
	return false
}

// bodyNameBefore reports whether the run of capitalized words (and "of",
// "and") right before token i holds a body's word ("Chamber of Commerce",
// "Institute of Finance"): bodyIn over that run.
func (w *worker) bodyNameBefore(i int) bool {
	a := i
	for a > 0 && a > i-8 {
		k := &w.toks[a-1]
		if k.quoted || !k.cap && k.cls&cConn == 0 {
			break
		}
		a--
		if k.gap&(gHard|gComma) != 0 {
			break
		}
	}
	return w.bodyIn(a, i)
}

// personWord reports whether token i is a capitalized word that may end a
// person's name: no role, title, body, data or document word, nor a
// country's name.
func (w *worker) personWord(i int) bool {
	k := &w.toks[i]
	if !k.cap || k.quoted || k.cls&(notName|npClasses) != 0 {
		return false
	}
	if m := w.mentionAt(i); m != nil {
		g := &w.x.groups[m.g]
		return len(g.actors) > 0 && w.x.actors[g.actors[0]].person
	}
	return true
}

// srcTime reports whether token i says when a source's data came out,
// between the verb and "by": a weekday, "today", "earlier".
func (w *worker) srcTime(i int) bool {
	if i >= len(w.toks) || w.toks[i].quoted {
		return false
	}
	if w.toks[i].cls&cWeekday != 0 {
		return true
	}
	switch w.toks[i].word() {
	case "today", "yesterday", "earlier", "recently", "jointly":
		return true
	}
	return false
}

// inNP reports whether token i belongs to a noun phrase whose next token is
// i+1 (reading leftwards): it is a noun phrase word or a connector.
func (w *worker) inNP(i int) bool {
	return w.npWord(i) || w.joins(i) || i > 0 && w.toks[i-1].word() == "and" && w.counterpartDet(i)
}

// counterpartDet reports whether token i is a possessive determiner that
// opens a second speaker's phrase after "and": "his Polish counterpart
// Karol Nawrocki", "her Japanese counterpart".
func (w *worker) counterpartDet(i int) bool {
	if i+1 >= len(w.toks) || w.toks[i].quoted || w.toks[i+1].gap&(gHard|gComma) != 0 {
		return false
	}
	switch w.toks[i].word() {
	case "his", "her", "their":
		return w.npWord(i + 1)
	}
	return false
}

// seg is a stretch [a, b) of tokens.
type seg struct{ a, b int }

// backward collects the noun phrase ending at token j and, across commas,
// the appositives before it: segs[0] ends at j, segs[1] ends before
// segs[0]'s comma, and so on (at most three). ok is false when a phrase
// set off by a comma does not start at a punctuation mark or the sentence's
// start, so it is part of a longer clause ("a professor at Seoul School,").
func (w *worker) backward(j int, commaAfter bool) (segs [3]seg, n int, ok bool) {
	end := j
	for n < 3 {
		if end < 0 || !w.npWord(end) {
			break
		}
		start := end
		for start > 0 && w.toks[start].gap&(gHard|gComma) == 0 && w.inNP(start-1) {
			start--
		}
		for start < end && w.toks[start].cls&cConn != 0 { // never start at "and"
			start++
		}
		// a clause's conjunction bounds it too: "..., while China's
		// ambassador to Australia, Xiao Qian, said"
		bounded := start == 0 || w.toks[start].gap&(gHard|gComma) != 0 || clauseOpeners[w.toks[start-1].word()] && !w.toks[start-1].quoted
		if commaAfter && !bounded {
			return segs, n, n > 0
		}
		segs[n] = seg{start, end + 1}
		n++
		if start == 0 || w.toks[start].gap&gComma == 0 || w.toks[start].gap&gHard != 0 {
			break
		}
		end, commaAfter = start-1, true
	}
	return segs, n, true
}

// clauseOpeners open a clause whose subject may follow with an appositive.
var clauseOpeners = map[string]bool{"while": true, "whereas": true, "but": true, "although": true, "though": true, "when": true}

// forward collects the noun phrase starting at token i.
func (w *worker) forward(i int) seg {
	j := i + 1
	if w.selfRef(i) {
		j = i + 2 // "this newspaper"
	} else if i >= len(w.toks) || !w.npWord(i) && !w.descriptor(i) {
		return seg{i, i}
	}
	for j < len(w.toks) && w.toks[j].gap&(gHard|gComma) == 0 && (w.npWord(j) || w.joins(j) || w.toks[j].word() == "and" && j+1 < len(w.toks) && w.npWord(j+1) || w.descriptor(j) || w.toks[i].cls&cDet != 0 && w.modifier(j)) {
		j++
	}
	for j > i+1 && w.toks[j-1].cls&(cConn|cTo|cSrcPrep|cSrcVerb) != 0 && !w.npWord(j-1) {
		j--
	}
	return seg{i, j}
}

// descriptive reports whether a phrase describes rather than names its
// speaker: it starts with an article, a title ("a professor", "director
// of", "CEO of") or a side's possessive and a title ("China's top economic
// official"), so the name is in the phrase before it.
func (w *worker) descriptive(s seg) bool {
	k := &w.toks[s.a]
	// "BIDA's executive chairman", "Samsung's chief executive": a body's
	// possessive before a title
	for i := s.a; i+1 < s.b && w.toks[i].cap; i++ {
		if w.toks[i].poss {
			for j := i + 1; j < s.b; j++ {
				if w.toks[j].cls&(cRole|cTitle) != 0 && !w.toks[j].cap {
					return true
				}
			}
			break
		}
	}
	if k.ment > 0 && w.ments[k.ment-1].side < 0 {
		return false
	}
	if k.cls&cDet != 0 {
		return true
	}
	// "China's top economic official": a side's possessive before a title
	if m := w.mentionAt(s.a); m != nil && m.a == s.a && m.poss && m.side >= 0 && len(w.x.groups[m.g].actors) == 0 {
		for i := m.b; i < s.b; i++ {
			if w.toks[i].cls&(cRole|cTitle|cGeneric) != 0 && !w.toks[i].cap {
				return true
			}
		}
	}
	if k.cls&(cRole|cTitle|cGeneric) != 0 && !k.cap {
		return true
	}
	// "CEO of", "President of": a capitalized title followed by "of"
	for i := s.a; i+1 < s.b; i++ {
		if w.toks[i+1].cls&cConn != 0 && w.toks[i+1].word() == "of" {
			return w.toks[i].cls&cRole != 0 || isAcronymTitle(w.toks[i].word())
		}
		if w.toks[i].cls&(cRole|cTitle) == 0 && !isAcronymTitle(w.toks[i].word()) {
			return false
		}
	}
	return false
}

func isAcronymTitle(norm string) bool {
	switch norm {
	case "ceo", "cfo", "coo", "cto", "founder", "co-founder", "head", "dean", "professor", "researcher", "fellow", "member", "editor":
		return true
	}
	return false
}

// outletNouns are what an outlet calls itself: "this newspaper", "our
// broadcaster".
var outletNouns = map[string]bool{"newspaper": true, "paper": true, "daily": true, "broadcaster": true,
	"station": true, "magazine": true, "outlet": true, "agency": true, "network": true, "channel": true}

// selfRef reports whether tokens i, i+1 are an outlet naming itself: "this
// newspaper", "our paper".
func (w *worker) selfRef(i int) bool {
	if i+1 >= len(w.toks) || w.toks[i].quoted || w.toks[i+1].gap&(gComma|gHard) != 0 {
		return false
	}
	if d := w.toks[i].word(); d != "this" && d != "our" {
		return false
	}
	return outletNouns[w.toks[i+1].word()]
}

// modifier reports whether token j is a lower-case word of no class right
// before the lower-case head of a body or a speaker: "the interior
// ministry", "the state news agency".
func (w *worker) modifier(j int) bool {
	for x := j; x < len(w.toks) && x <= j+1; x++ {
		k := &w.toks[x]
		if k.quoted || k.cap || k.poss || k.cls != 0 && x == j || x > j && k.gap&(gHard|gComma) != 0 {
			return false
		}
		if x+1 >= len(w.toks) {
			return false
		}
		if n := &w.toks[x+1]; !n.cap && !n.quoted && n.gap&(gHard|gComma) == 0 && n.cls&(cBody|cRole|cGeneric) != 0 {
			return true
		}
	}
	return false
}

// descriptor reports whether token j is a common noun that describes the
// name right after it, or after one more such noun: "industry tracker
// Dataforce", "state utility EVN", "research firm Kpler".
func (w *worker) descriptor(j int) bool {
	for x := j; x < len(w.toks) && x <= j+1; x++ {
		k := &w.toks[x]
		if k.quoted || k.cap || k.poss || k.cls&^(cBody|cGeneric|cTitle) != 0 || x > j && k.gap&(gHard|gComma) != 0 {
			return false
		}
		if x+1 < len(w.toks) && w.toks[x+1].gap&(gHard|gComma) == 0 && w.nameWord(x+1) {
			// the noun right before the name: a body's or a speaker's
			// word, or an agent noun ("tracker", "consultancy"); never a
			// verb ("Pompeo met Foreign Minister Taro Kono")
			n := k.word()
			return k.cls&(cBody|cGeneric) != 0 || strings.HasSuffix(n, "er") || strings.HasSuffix(n, "or") || strings.HasSuffix(n, "cy") || strings.HasSuffix(n, "ist")
		}
	}
	return false
}
