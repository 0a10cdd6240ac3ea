package attribution

import (
	"slices"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// mention is a known name in the sentence: a table variant (of one actor or
// several that share it) or a word naming a side.
type mention struct {
	a, b int   // tokens [a, b) of w.toks
	g    int32 // the matching group
	side int16 // a side's own word ("Chinese"): the side; else -1
	poss bool  // the name ends in 's
}

// scanMentions finds the known names of the sentence, longest first at each
// token, and marks their tokens.
func (w *worker) scanMentions(raw string) {
	w.ments = w.ments[:0]
	toks := w.toks
	for i := 0; i < len(toks); {
		k := &toks[i]
		if k.cls&cFirst == 0 {
			i++
			continue
		}
		n := w.matchAt(raw, k.e, i)
		if n == 0 && k.e2 != nil && k.e2 != k.e {
			n = w.matchAt(raw, k.e2, i)
		}
		if n == 0 {
			i++
			continue
		}
		for j := i; j < i+n; j++ {
			toks[j].ment = int32(len(w.ments))
		}
		i += n
	}
}

// matchAt tries the groups of e at token i, longest first, and records the
// first that matches; it returns the number of tokens matched.
func (w *worker) matchAt(raw string, e *entry, i int) int {
	if e == nil {
		return 0
	}
	for _, gi := range e.groups {
		g := &w.x.groups[gi]
		if w.matches(raw, g, i) {
			n := len(g.words)
			if g.single && len(g.actors) > 0 && (w.nameNeighbor(i-1, i) || w.nameNeighbor(i+1, i+1) || w.givenName(raw, i+1, i+1) || w.givenName(raw, i-1, i)) {
				// "Kim" of "Kim Hea Kyung", "Yoon" of "Yoon Do-son", "Wang" of
				// "Wang Lei", "Hua" of "Chang Hua": another person
				return 0
			}
			if w.nameGoesOn(g, i+n) {
				continue
			}
			// "Gilberto Teodoro Jr.": a person's name goes on over its suffix
			if i+n < len(w.toks) && w.toks[i+n].gap == 0 && nameSuffix[w.toks[i+n].lw] && len(g.actors) > 0 && w.x.actors[g.actors[0]].person {
				n++
			}
			w.ments = append(w.ments, mention{a: i, b: i + n, g: gi, side: g.side, poss: w.toks[i+n-1].poss})
			return n
		}
	}
	return 0
}

func (w *worker) matches(raw string, g *group, i int) bool {
	if i+len(g.words) > len(w.toks) {
		return false
	}
	last := len(g.words) - 1
	for k, word := range g.words {
		t := &w.toks[i+k]
		if k > 0 && t.gap&gHard != 0 {
			return false
		}
		norm := t.norm()
		if norm != word && !(k == last && t.poss && stripPoss(norm) == word) {
			return false
		}
		if g.exact != nil {
			sur := raw[t.t.Start:t.t.End]
			if k == last && t.poss {
				sur = strings.TrimSuffix(strings.TrimSuffix(sur, "'s"), "\u2019s")
			}
			if sur != g.exact[k] {
				return false
			}
		}
		if g.single && !t.cap {
			return false
		}
	}
	return true
}

// mentionAt returns the mention covering token i, or nil.
func (w *worker) mentionAt(i int) *mention {
	if m := w.toks[i].ment; m > 0 {
		return &w.ments[m-1]
	}
	return nil
}

// nameNeighbor reports whether token i, next to a one-word name (gap being
// the token whose gap separates them), is a capitalized word of the same
// name: then the name is another person's ("Yoon Do-son" is not Yoon Suk
// Yeol).
func (w *worker) nameNeighbor(i, gap int) bool {
	if i < 0 || i >= len(w.toks) || gap >= len(w.toks) || w.toks[gap].gap != 0 {
		return false
	}
	k := &w.toks[i]
	return k.cap && k.ment == 0 && k.cls&(notName|cDet|cRole|cTitle|cGeneric|cFirst|cQA) == 0
}

// givenName reports whether token i, next to a one-word name (gap is the
// later of the two tokens, whose gap lies between them), is a capitalized
// word that only begins or ends other names in the table ("Lei" of "Hong
// Lei", "Chang" of "Chang Wanquan"): with the name it is another person's
// full name ("Wang Lei", "Li Wei", "Chang Hua"), unless it starts a name
// of its own there.
func (w *worker) givenName(raw string, i, gap int) bool {
	if i < 0 || i >= len(w.toks) || gap >= len(w.toks) || w.toks[gap].gap != 0 || w.toks[i].quoted {
		return false
	}
	k := &w.toks[i]
	if !k.cap || k.ment != 0 || k.cls&cFirst == 0 || k.cls&^cFirst&(notName|cDet|cRole|cTitle|cGeneric|cQA) != 0 {
		return false
	}
	return w.matchLen(raw, k.e, i) <= 1 && (k.e2 == nil || w.matchLen(raw, k.e2, i) <= 1)
}

// matchLen is the length of the longest group of e that matches at token
// i, 0 if none.
func (w *worker) matchLen(raw string, e *entry, i int) int {
	if e == nil {
		return 0
	}
	for _, gi := range e.groups {
		if g := &w.x.groups[gi]; w.matches(raw, g, i) {
			return len(g.words)
		}
	}
	return 0
}

// nameSuffix are the words that may follow a person's name as part of it.
var nameSuffix = map[string]bool{"jr": true, "sr": true, "jr.": true, "sr.": true}

// nameGoesOn reports whether a body's name of the table, "<body> of
// <portfolio>", matched up to token e, is only the start of a longer name:
// "and" and capitalized words that end in no body's head ("General
// Department of Customs and Excise" is not the "General Department of
// Customs" of another country, nor "Ministry of Foreign Affairs and Trade"
// Japan's "Ministry of Foreign Affairs"; "the Ministry of Finance and the
// Bank of Korea" are two bodies).
func (w *worker) nameGoesOn(g *group, e int) bool {
	if len(g.words) < 3 || len(g.actors) == 0 || w.x.actors[g.actors[0]].person || e+1 >= len(w.toks) ||
		!slices.Contains(g.words, "of") || bodyHeads[g.words[len(g.words)-1]] {
		return false // only "<body> of <portfolio>" goes on: "Ministry of Trade and Industry"
	}
	if a := &w.toks[e]; a.lw != "and" || a.quoted || a.gap&(gHard|gComma) != 0 {
		return false
	}
	last := -1
	for x := e + 1; x < len(w.toks) && w.toks[x].cap && !w.toks[x].quoted && w.toks[x].gap&(gHard|gComma) == 0 && w.toks[x].t.Kind == corpus.Word; x++ {
		last = x
	}
	return last >= 0 && !bodyHeads[w.toks[last].lw]
}
