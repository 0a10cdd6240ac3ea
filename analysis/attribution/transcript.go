package attribution

import (
	"strings"
	"unicode"
)

// Transcripts of press conferences (the Chinese foreign ministry's daily
// briefing, for one) give each turn a line starting with the speaker's name
// and a colon: "Spokesperson Mao Ning: ...", "Mao Ning: ...", "Q: ..." (a
// journalist), "AFP: ..." (the outlet asking). The speaker holds until the
// next such line.

// maxLabelWords is the longest "Name:" label read.
const maxLabelWords = 10

// label reads a transcript label at token at, which must start a line: the
// number of its tokens and its speaker.
func (w *worker) label(raw string, at int) (int, speaker, bool) {
	toks := w.toks
	if at >= len(toks) || toks[at].quoted {
		return 0, speaker{}, false
	}
	if n, sp, ok := w.soundbite(raw, at); ok {
		return n, sp, true
	}
	if n := w.bracketTag(raw, at); n > 0 {
		// "[Sound bite] President Lee Jae-myung (Korean): "..."": the
		// named speaker's turn
		if m, sp, ok := w.langLabel(raw, at+n); ok {
			return n + m, sp, true
		}
	}
	n := 0
	for k := at + 1; k < len(toks) && k-at <= maxLabelWords; k++ {
		g := toks[k].gap
		if g&gColon != 0 {
			n = k - at
			break
		}
		if g != 0 {
			if n = w.bracketLabel(raw, at, k); n == 0 {
				return 0, speaker{}, false
			}
			if toks[k].gap&gQuote == 0 {
				// "[Reporter]", "[Anchor]": the narration goes on
				switch toks[at].word() {
				case "reporter", "anchor", "narrator", "correspondent", "pkg":
					return n, speaker{name: Narrator, side: Narrator, actor: -1}, true
				}
				return 0, speaker{}, false
			}
			break
		}
	}
	if n == 0 {
		return 0, speaker{}, false
	}
	for k := at; k < at+n; k++ {
		if !toks[k].cap && toks[k].cls&cConn == 0 {
			return 0, speaker{}, false
		}
	}
	first := &toks[at]
	if n == 1 && first.cls&cQA != 0 {
		switch first.word() {
		case "q", "question", "journalist", "reporter", "follow-up":
			if allCaps(raw[first.t.Start:first.t.End]) && first.word() == "reporter" {
				return 1, speaker{name: Narrator, side: Narrator, actor: -1}, true // a TV script's REPORTER
			}
			return 1, speaker{name: Journalist, side: Press, actor: -1, person: true}, true
		case "a", "answer":
			if w.doc.ok && !w.doc.sp.joint {
				return 1, w.doc.sp, true
			}
			return 1, w.answerer(), true
		}
	}
	if n == 1 && first.cls&cNotLabel != 0 {
		return 0, speaker{}, false
	}
	if n == 1 && (first.word() == "anchor" || first.word() == "narrator" || first.word() == "correspondent") {
		return 1, speaker{name: Narrator, side: Narrator, actor: -1}, true
	}
	if w.doc.ok && !w.doc.sp.joint && w.onlyTitles(seg{at, at + n}) {
		return n, w.doc.sp, true // "Spokesperson:" in a spokesperson's document
	}
	sp, ok := w.resolveNP(raw, seg{at, at + n})
	if !ok || !sp.named || sp.joint {
		return 0, speaker{}, false
	}
	// A known actor or a full name starts a transcript; a one-word unknown
	// label ("AFP:") only continues one.
	if sp.actor < 0 && !w.transcript && !(sp.person && n >= 2 && w.hasRole(seg{at, at + n})) {
		return 0, speaker{}, false
	}
	// In a transcript, an outlet's label ("AFP:", "Kyodo News:") is a
	// journalist asking.
	if w.transcript && !sp.person && sp.actor < 0 || sp.actor >= 0 && !sp.person && w.isMedia(sp.actor) {
		return n, speaker{name: Journalist, side: Press, actor: -1, person: true}, true
	}
	return n, sp, true
}

// hasRole reports whether s holds a title ("Spokesperson Lin Jian").
func (w *worker) hasRole(s seg) bool {
	r, _ := w.roleIn(s)
	return r != 0
}

// answerer is the speaker of an "A:" line: the spokesperson the article
// named last, else the last person named.
func (w *worker) answerer() speaker {
	if sp, ok := w.byRole(roleBit("spokesperson"), true, ""); ok {
		return sp
	}
	if w.lastPerson >= 0 {
		return w.ctx[w.lastPerson].sp
	}
	return speaker{name: "spokesperson", side: Unknown, actor: -1, person: true}
}

// roleBit is the bit of a role word.
func roleBit(word string) uint64 {
	for i, g := range roleWords {
		for _, f := range strings.Fields(g) {
			if f == word {
				return 1 << i
			}
		}
	}
	return 0
}

// onlyTitles reports whether s holds titles and roles but no name
// ("Spokesperson", "Embassy Spokesperson").
func (w *worker) onlyTitles(s seg) bool {
	for i := s.a; i < s.b; i++ {
		if k := &w.toks[i]; k.cls&(cRole|cTitle|cBody|cDet) == 0 || k.ment > 0 && w.ments[k.ment-1].side < 0 {
			return false
		}
	}
	return s.b > s.a
}

// isMedia reports whether table actor ai is a news outlet (see
// isMediaActor; decided when the index is built).
func (w *worker) isMedia(ai int32) bool { return w.x.actors[ai].media }

// isMediaActor reports whether a is a news outlet: marked so, or its name
// has a media word ("News", "Agency", "Daily", "Times", "Television").
func isMediaActor(a *Actor) bool {
	if a.Media {
		return true
	}
	for _, n := range append([]string{a.Name}, a.Variants...) {
		for _, f := range strings.Fields(strings.ToLower(n)) {
			switch f {
			case "news", "agency", "daily", "times", "television", "tv", "broadcasting", "herald", "post", "ilbo", "shimbun", "shinmun", "sinmun", "press", "radio":
				return true
			}
		}
	}
	return false
}

// soundbite reads a TV script's soundbite line, "SOUNDBITE (CHINESE) XI
// JINPING, Chinese President:": the speaker is the name after the
// parenthesis; the label ends at the colon.
func (w *worker) soundbite(raw string, at int) (int, speaker, bool) {
	toks := w.toks
	if w := toks[at].word(); w != "soundbite" && w != "sot" {
		return 0, speaker{}, false
	}
	a := at + 1
	for a < len(toks) && a <= at+3 && toks[a].gap&gHard != 0 && strings.Contains(raw[toks[a-1].t.End:toks[a].t.Start], "(") {
		a++ // "(CHINESE)"
		for a < len(toks) && !strings.Contains(raw[toks[a-1].t.End:toks[a].t.Start], ")") {
			a++
		}
	}
	b := a
	for b < len(toks) && (b == a || toks[b].gap == 0) {
		b++
	}
	end := b
	for end < len(toks) && toks[end].gap&gColon == 0 && end-at < 16 {
		end++
	}
	if b <= a || end >= len(toks) || toks[end].gap&gColon == 0 {
		return 0, speaker{}, false
	}
	sp, ok := w.resolveNP(raw, seg{a, b})
	if !ok || !sp.named {
		return 0, speaker{}, false
	}
	if sp.actor < 0 && allCaps(sp.name) && strings.Contains(sp.name, " ") {
		sp.name, sp.person = titleCase(sp.name), true // "LIU JIANG" is Liu Jiang
	}
	return end - at, sp, true
}

// titleCase writes each word of an all-capitals name with one capital.
func titleCase(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, x := range f {
		r := []rune(x)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// bracketLabel reads a TV script's tag in brackets: a speaker's before a
// quotation ('[Biden] "Our alliance is ..."'), the narration's ("[Reporter]
// The declaration ..."). The tag opens the line at token at and closes
// before token k; it returns the tag's length in tokens, or 0.
func (w *worker) bracketLabel(raw string, at, k int) int {
	start := w.toks[at].t.Start
	if start == 0 || raw[start-1] != '[' {
		return 0
	}
	between := raw[w.toks[k-1].t.End:w.toks[k].t.Start]
	if !strings.HasPrefix(between, "]") {
		return 0
	}
	return k - at
}

// bracketTag is the number of tokens of a tag in square brackets at token
// at ("[Sound bite]", "[Interview]"), 0 if there is none.
func (w *worker) bracketTag(raw string, at int) int {
	for k := at + 1; k < len(w.toks) && k <= at+3; k++ {
		if w.toks[k].gap != 0 {
			return w.bracketLabel(raw, at, k)
		}
	}
	return 0
}

// langLabel reads "Lee Jae-myung (Korean):" at token a: a name, the
// language in brackets and a colon; it returns the label's length.
func (w *worker) langLabel(raw string, a int) (int, speaker, bool) {
	toks := w.toks
	b := a + 1
	for b < len(toks) && b-a < maxLabelWords && toks[b].gap == 0 {
		b++
	}
	if b >= len(toks) || !strings.Contains(raw[toks[b-1].t.End:toks[b].t.Start], "(") {
		return 0, speaker{}, false
	}
	end := b + 1
	for end < len(toks) && end-b <= 3 && !strings.Contains(raw[toks[end-1].t.End:toks[end].t.Start], ")") {
		end++
	}
	if end >= len(toks) || toks[end].gap&gColon == 0 {
		return 0, speaker{}, false
	}
	sp, ok := w.resolveNP(raw, seg{a, b})
	if !ok || !sp.named || sp.joint {
		return 0, speaker{}, false
	}
	return end - a, sp, true
}
