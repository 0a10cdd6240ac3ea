package attribution

// The narrator's words inside a frame's clause: what stands before its
// subject, asides, and the words a frame reports before it.

// subjectScope marks the narrator's words of a frame's clause [a, b) with
// the frame's cue at token at: what stands before its subject ("In the
// talks, which lasted an hour, Abe said ...", "Yoon, who is on a six-day
// visit, said ..."); after a quotation, the subject and what follows the
// frame ('"...," the 80-year-old president said at talks that lasted two
// hours'), up to another speech verb or "who".
func (w *worker) subjectScope(a, b, at int, f found, narr func(a, b int)) {
	switch f.cue {
	case "according to", "quoted", "joint statement":
		return
	}
	toks := w.toks
	if toks[at].ing {
		return
	}
	end := at + 1
	if toks[at].e != nil && toks[at].e.needs != "" {
		end++
	}
	j := at - 1
	for j >= a && !toks[j].quoted && toks[j+1].gap&gHard == 0 && toks[j].cls&(cAdv|cBe|cWeekday) != 0 {
		j--
	}
	if j < a {
		return
	}
	if w := toks[j].word(); toks[j+1].gap&(gComma|gHard) == 0 && (w == "and" || w == "but" || w == "or") {
		return // "Lee welcomed the visit and said": the subject's own words
	}
	quoteBefore := false
	for i := a; i < at; i++ {
		if toks[i].quoted && !toks[i].chrome {
			quoteBefore = true
		}
	}
	if quoteBefore {
		s := at
		for s > a && !toks[s-1].quoted && toks[s].gap&(gComma|gHard) == 0 {
			s--
		}
		narr(s, at)
		stop := b
		for i := end; i < b; i++ {
			if k := &toks[i]; !k.quoted && (k.cls&cVerb != 0 && k.e != nil && k.e.cue != "" || k.cls&cRel != 0) {
				stop = i // "..., adding that", "..., who put the cost at"
				break
			}
		}
		narr(end, stop)
		return
	}
	if toks[j+1].gap&(gComma|gHard) != 0 {
		// "Yoon, who is on a visit, said ...", but not "..., said Wang Yi",
		// nor "..., data from ABARES, the farm forecaster, showed, while"
		if !w.endsClause(end) && !w.reportsBefore(at) {
			narr(a, at)
		}
		return
	}
	s := j
	for s > a && toks[s].gap&(gHard|gComma) == 0 && w.inNP(s-1) {
		s--
	}
	if a2, ok := w.informedStart(j); ok && a2 >= a {
		s = a2 // "..., people familiar with the matter said"
	} else if j >= a+2 && toks[j].cls&cPron != 0 && toks[j-1].word() == "of" && toks[j-2].cls&cDet != 0 {
		s = j - 2 // "..., one of them said"
	}
	s = w.modifiedStart(s, a)
	if s > a && toks[s].gap&(gComma|gHard) != 0 && (!w.complement(end) || w.toldOnly(at, end)) {
		return // "Trade will grow, Wang said on Monday."
	}
	if topics[toks[a].word()] {
		return // "On the peninsula issue, Li said": the speaker's topic
	}
	if k := &toks[a]; a == w.firstProse() && k.ing && (k.cls&cVerb != 0 || speakingWords[k.word()]) && !k.quoted {
		return // "Noting that visits rose, the leaders agreed": a participle of speech is the subject's
	}
	// the phrases set off by commas before the subject: "In the talks,
	// which lasted an hour, Abe said"
	for s > a && toks[s].gap&(gComma|gHard) == 0 {
		s--
	}
	narr(a, s)
}

// modifiedStart extends a subject whose head, at token s, names a body, a
// role or a kind of speaker to the lower-case words that modify it, when
// an article or a possessive opens them after a comma: "..., the city's
// transport department said". Otherwise it returns s.
func (w *worker) modifiedStart(s, a int) int {
	if w.toks[s].cls&(cBody|cRole|cGeneric) == 0 {
		return s
	}
	x := s
	for n := 0; n < 4 && x > a && w.toks[x].gap&(gHard|gComma) == 0; n++ {
		p := &w.toks[x-1]
		if p.quoted || p.cap && p.cls&cDet == 0 || p.cls&(notName&^cStop|cConn|cTo) != 0 || p.cls&cStop != 0 && p.cls&cDet == 0 {
			return s
		}
		x--
		if w.toks[x].gap&(gHard|gComma) != 0 {
			if w.toks[x].cls&cDet != 0 || w.toks[x].poss {
				return x
			}
			return s
		}
	}
	return s
}

// topics open a phrase that names what the speaker speaks about, or
// belongs to it ("Since ties were set up 33 years ago, he noted").
var topics = map[string]bool{"since": true, "on": true, "regarding": true, "concerning": true, "about": true, "as": true, "asked": true, "speaking": true}

// reportsBefore reports whether the speech verb at token at follows the
// words it reports: nothing but when and where follows it ("..., Wang said
// on Monday."), or its subject follows it ("..., said Wang Yi.").
func (w *worker) reportsBefore(at int) bool {
	end := at + 1
	if k := &w.toks[at]; k.e != nil && k.e.needs != "" {
		end++
	}
	if end >= len(w.toks) {
		return true
	}
	if w.toks[at].gap&(gComma|gHard) != 0 && w.endsClause(end) {
		return true
	}
	return !w.complement(end) || w.toldOnly(at, end)
}

// toldOnly reports whether the verb at token at names only whom it
// addresses, its clause ending after that ("..., Ishiba told reporters at
// the prime minister's office"): it reports what stands before it.
func (w *worker) toldOnly(at, end int) bool {
	if e := w.toks[at].e; e == nil || e.cue != "told" {
		return false
	}
	j := end
	for j < len(w.toks) && j < end+6 && !w.toks[j].quoted && w.toks[j].gap&(gComma|gHard) == 0 && w.toks[j].cls&(cStop|cWeekday) == 0 {
		j++ // whom: "reporters", "the Global Times"
	}
	if j == end {
		return false
	}
	// no "that" or infinitive in the rest of the clause: "told Biden at the
	// talks that ..." reports what follows
	for ; j < len(w.toks) && !w.toks[j].quoted && w.toks[j].gap&(gComma|gHard) == 0; j++ {
		if w.toks[j].word() == "that" || w.toks[j].word() == "to" && j+1 < len(w.toks) && infinitive(&w.toks[j+1]) {
			return false
		}
	}
	return true
}

// endsClause reports whether the noun phrase from token i ends its clause:
// "said Wang Yi.", "said Wang Yi, the minister", "said Wang on Monday".
func (w *worker) endsClause(i int) bool {
	s := w.forward(i)
	if s.b <= s.a {
		return false
	}
	if s.b < len(w.toks) {
		next := &w.toks[s.b]
		return next.gap&(gComma|gHard) != 0 || next.cls&(cStop|cWeekday|cTo|cSrcPrep) != 0
	}
	return true
}

// complement reports whether the words after a speech verb, from token i
// to the next comma, are what was said ("said ties were stable", "said in
// a statement that") rather than when and where ("said on Monday").
func (w *worker) complement(i int) bool {
	toks := w.toks
	if i >= len(toks) || toks[i].quoted || toks[i].gap&(gComma|gHard) != 0 {
		return false
	}
	if toks[i].cls&(cStop|cTo|cWeekday) == 0 {
		return true
	}
	if toks[i].word() == "to" && i+1 < len(toks) && infinitive(&toks[i+1]) {
		return true // "agreed to hold talks"
	}
	for ; i < len(toks) && !toks[i].quoted && toks[i].gap&(gComma|gHard) == 0; i++ {
		if toks[i].word() == "that" {
			return true
		}
	}
	return false
}

// speakingWords open a sentence with its subject speaking: "Speaking to
// Malaysian media at the end of his visit, Mohamad said ...".
var speakingWords = map[string]bool{"speaking": true, "addressing": true, "talking": true, "briefing": true, "responding": true, "commenting": true}
