package attribution

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// The side a description gives a name the table does not know, beyond
// the side words in its titles (see nameSide): where the speaker works
// ("of the EU Institute", "who follows China at the EU Institute"), what
// the speaker studies and so gives no side ("head of China research", "a
// professor of Korean politics"), and a bare spokesperson's body.

// spokespersonBefore reports whether a spokesperson's bare title stands
// right before the name at token i ("spokesperson Lee Jae-woong", not
// "ministry spokesperson Lin Jian").
func (w *worker) spokespersonBefore(i int) bool {
	if i < 1 || w.toks[i-1].quoted || w.toks[i].gap&(gHard|gComma) != 0 {
		return false
	}
	switch w.toks[i-1].word() {
	case "spokesperson", "spokesman", "spokeswoman":
	default:
		return false
	}
	// a bare title: "external affairs ministry spokesperson Randhir
	// Jaiswal" names its body, whose side the outlet may give
	if i >= 2 && w.toks[i-1].gap&(gHard|gComma) == 0 {
		if p := &w.toks[i-2]; !p.quoted && p.cls&(cRole|cTitle|cBody|cGeneric) != 0 || p.ment > 0 || p.cap {
			return false
		}
	}
	return true
}

// affiliationSide is the side that opens the name of the body a relative
// clause from token j places the speaker at ("Marta Lindgren, who follows
// China at the EU Institute for Security Studies": EU, not China, the
// subject of her work), or that the "of", "from" or "at" at j names
// ("Marta Lindgren of the EU Institute"); -1 when it names none.
func (w *worker) affiliationSide(j int) int16 {
	toks := w.toks
	for x := j; x+1 < len(toks) && x < j+16; x++ {
		if x > j && toks[x].gap&(gHard|gComma) != 0 || toks[x].quoted {
			break
		}
		if toks[x].lw != "at" && toks[x].lw != "for" && (x > j || toks[x].lw != "of" && toks[x].lw != "from") {
			continue
		}
		y := x + 1
		if toks[y].lw == "the" && y+1 < len(toks) && toks[y+1].gap == 0 {
			y++
		}
		m := w.mentionAt(y)
		if m == nil || m.a != y {
			return -1
		}
		if as := w.x.groups[m.g].actors; len(as) == 1 && !w.x.actors[as[0]].person {
			return w.x.sideIndex(w.x.actors[as[0]].Side) // the table's body
		}
		if m.side < 0 || len(w.x.groups[m.g].actors) != 0 || m.b >= len(toks) {
			return -1
		}
		if n := &toks[m.b]; n.cap && n.gap == 0 && !n.quoted {
			return m.side // the first word of a body's name
		}
		return -1
	}
	return -1
}

// studied reports whether the side's word opening a mention at token x
// names what a speaker studies, not the speaker's side: "the Center for
// American Studies", "China affairs", "head of China research" (a
// country's name before a word of study), "a professor of Korean
// politics", "an expert on Chinese history" (after a person's noun and
// "of" or "on", before a lower-case noun).
func (w *worker) studied(x int) bool {
	m := w.mentionAt(x)
	if m == nil || m.a != x || m.b >= len(w.toks) {
		return false
	}
	n := &w.toks[m.b]
	switch {
	case n.word() == "studies" || n.word() == "affairs":
		return true
	case m.b == x+1 && topicNouns[n.word()] && countryNoun(&w.toks[x]):
		return true
	case x < 2:
		return false
	}
	p, r := &w.toks[x-1], &w.toks[x-2]
	if p.lw != "of" && p.lw != "on" || p.quoted || r.cls&(cRole|cGeneric) == 0 || r.cls&cBody != 0 {
		return false
	}
	return !n.cap && !n.quoted && n.t.Kind == corpus.Word && n.cls&(cStop|cConn|cVerb) == 0 && n.gap&(gHard|gComma) == 0
}

// topicNouns, after a country's name, make it what a person studies: "a
// China analyst", "head of Japan research".
var topicNouns = map[string]bool{"research": true, "researcher": true, "researchers": true, "analyst": true, "analysts": true,
	"expert": true, "experts": true, "specialist": true, "specialists": true, "scholar": true, "scholars": true,
	"watcher": true, "watchers": true, "hand": true, "hands": true, "desk": true, "program": true, "programme": true, "policy": true}

// countryNoun reports whether a side's word is a country's name, not its
// adjective ("China", not "Chinese"; "Korea", not "Korean"), nor an
// abbreviation that stands for the adjective ("a US analyst" is American).
func countryNoun(k *tok) bool {
	switch k.lw {
	case "us", "uk", "eu", "rok", "prc", "usa", "dprk", "uae", "asean":
		return false
	}
	if !k.cap || strings.Contains(k.lw, ".") {
		return false
	}
	for _, suf := range []string{"ese", "ean", "ian", "can", "kan", "yan", "ban", "man", "han", "ish", "ch", "i", "ic", "ine", "ino", "ss"} {
		if strings.HasSuffix(k.lw, suf) {
			return false
		}
	}
	return true
}
