package phrases

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// termInfo is what discovery knows of a term (a word or an actor name)
// without looking at the corpus: whether it may stand at a phrase's edge, how
// common it is in ordinary English, and what it names.
type termInfo struct {
	edge     bool    // may begin or end a phrase: not a function word
	actor    bool    // an actor name (or a compound of one), folded by the aliases
	number   bool    // digits, or a word with one ("60th", "16-word")
	title    bool    // an office or rank: "president", "spokesperson"
	inst     bool    // a body or outlet: "ministry", "xinhua"
	proper   bool    // a proper name in the reference list only
	abstract bool    // an abstract noun (headNouns or an abstract suffix)
	head     bool    // one of headNouns
	noun     bool    // a noun in the reference list (or unknown to it)
	verb     bool    // mainly a verb in the reference list
	refPM    float32 // reference frequency per million words
	compound bool    // hyphenated
	known    bool    // in the reference list
	foreign  bool    // letters of a script other than Latin: dipstat reads English formulas
	copula   bool    // "are", "is", "remain" ...: what stands before it in a clause is its subject
	chrome   bool    // a word of a site's furniture: "privacy", "subscribe" (chromeWords)
	weak     bool    // a word beside them there: "policy", "terms" (chromeWeak)
	particle bool    // a particle of names, lower case in them: "von der Leyen", "bin Salman"
}

func newTermInfo(key string, t corpus.Token, actor bool) termInfo {
	ref := reference()
	rw, known := ref.words[key]
	ti := termInfo{
		edge:     !t.Stop && !edgeWords[key],
		actor:    actor,
		number:   t.Kind == corpus.Number || strings.ContainsAny(key, "0123456789"),
		title:    titleWords[key],
		inst:     institutionWords[key],
		abstract: abstractNoun(key),
		head:     headNouns[key],
		refPM:    float32(ref.perMillion(key)),
		compound: strings.IndexByte(key, '-') > 0,
		copula:   copulaWords[key],
		chrome:   chromeWords[key],
		weak:     chromeWeak[key],
		particle: nameParticles[key],
	}
	if actor {
		ti.edge = true
	}
	ti.known = known
	for _, r := range key {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			ti.foreign = true
			break
		}
	}
	if known && rw.classes != "" {
		ti.proper = rw.classes == "P"
		ti.noun = rw.classes[0] == 'N' || strings.IndexByte(rw.classes, 'N') > 0
		ti.verb = rw.classes[0] == 'V'
	} else {
		ti.noun = !ti.number
	}
	return ti
}

// reported reports whether a sentence reports speech: it has a quotation
// mark or a reporting verb ("said", "stressed", "according to").
func reported(text string, toks []corpus.Token) bool {
	if hasQuote(text) {
		return true
	}
	for _, t := range toks {
		if reportWords[t.Norm] {
			return true
		}
	}
	return false
}

// hasQuote reports whether text has a quotation mark, one of "“”«»「」:
// strings.ContainsAny with them, a byte at a time (ContainsAny with marks beyond ASCII decodes
// every rune and searches the marks for it). A mark's first byte is never
// inside another character's encoding, so finding its bytes anywhere is
// finding the mark.
func hasQuote(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"':
			return true
		case 0xC2: // « U+00AB, » U+00BB
			if i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xBB) {
				return true
			}
		case 0xE2: // “ U+201C, ” U+201D
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D) {
				return true
			}
		case 0xE3: // 「 U+300C, 」 U+300D
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x8C || text[i+2] == 0x8D) {
				return true
			}
		}
	}
	return false
}

// capitalized reports whether the text at byte offset i starts with an
// upper-case letter.
func capitalized(raw string, i int) bool {
	r, _ := utf8.DecodeRuneInString(raw[i:])
	return unicode.IsUpper(r)
}
