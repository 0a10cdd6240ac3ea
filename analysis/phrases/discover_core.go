package phrases

import (
	"strings"
	"unicode/utf8"
)

// Core words: the key under which candidate grouping (see group) takes two
// content words to be one word. Only inflections and spellings of one word
// share a key: "neighbors", "neighbour" and "neighboring" are "neighbor";
// "decoupling", "decoupled" and "decouple" are one word, and so are
// "cooperate" and "cooperating". A derivation is another word, with a key of
// its own: "cooperation", "cooperative" and "cooperate" are three words, as
// are "global" and "globalization", "partner" and "partnership", "benefit"
// and "beneficial", "mutual" and "mutually".
//
// Why derivations stay apart: a candidate family is one formula in its
// wordings, and in diplomatic English a derivation often marks another
// formula ("strategic cooperative partnership" against "trilateral
// cooperation", "global south" against "economic globalization"). A full
// stemmer (Snowball, as -stem uses) takes both to "cooper" and "global", and
// a shared rare word then ties formulas that have nothing else in common.
// The cost: a family worded once as a verb and once as a noun ("cooperate
// for mutual benefit", "mutually beneficial cooperation") is grouped only by
// its other shared words.
//
// The key is the word after the inflectional steps of Porter's stemmer (M.F.
// Porter, "An algorithm for suffix stripping", 1980: step 1a plurals, 1b -ed
// and -ing with its repairs, 1c y to i, 5a silent e), with the Snowball
// (Porter2) reading of -ies and -ied ("ties" is "tie", "policies" is
// "policy"). British spellings are folded before (corpus.FoldSpelling).
// Only step 1 is taken because the stemmer libraries at hand export the
// whole stemmer only; the steps are a dozen rules, tested in
// TestInflectionKey.

// inflectionKey is the key of a lower-case word: see above. A hyphenated
// compound inflects in its last part ("de-risking" is "de-risk"); words in
// other scripts are their own key.
func inflectionKey(w string) string {
	if w == "" || w[0] >= utf8.RuneSelf {
		return w
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		if i == len(w)-1 {
			return w
		}
		return w[:i+1] + inflectionKey(w[i+1:])
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return w // digits, apostrophes: not a word to inflect
		}
	}
	if len(w) <= 2 || invariant[w] || strings.HasSuffix(w, "ics") {
		return w // "news" is not the plural of "new", nor "politics" of "politic"
	}
	// Step 1a: plurals and the third person.
	switch {
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied"):
		if len(w) > 4 {
			w = w[:len(w)-2] // policies -> polici
		} else {
			w = w[:len(w)-1] // ties -> tie
		}
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s") && hasVowel(w[:len(w)-2]):
		w = w[:len(w)-1]
	}
	// Step 1b: -eed, -ed, -ing.
	switch {
	case strings.HasSuffix(w, "eed"):
		if measure(w[:len(w)-3]) > 0 {
			w = w[:len(w)-1] // agreed -> agree
		}
	case strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		w = repair(w[:len(w)-2])
	case strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		w = repair(w[:len(w)-3])
	}
	// Step 1c: y to i after a consonant, so that "policy" meets "polici".
	if n := len(w); n > 2 && w[n-1] == 'y' && consonant(w, n-2) {
		w = w[:n-1] + "i"
	}
	// Step 5a: a silent e, so that "decouple" meets "decoupl(ing)".
	if n := len(w); n > 1 && w[n-1] == 'e' {
		if m := measure(w[:n-1]); m > 1 || m == 1 && !cvc(w[:n-1]) {
			w = w[:n-1]
		}
	}
	return w
}

// invariant are words in -s that are no plural.
var invariant = map[string]bool{"news": true, "series": true, "species": true, "means": true, "whereas": true, "perhaps": true}

// repair restores what removing -ed or -ing took too far (Porter's step 1b):
// "cooperat" is "cooperate", "committ" is "commit", "hop" is "hope".
func repair(w string) string {
	switch {
	case strings.HasSuffix(w, "at"), strings.HasSuffix(w, "bl"), strings.HasSuffix(w, "iz"):
		return w + "e"
	}
	n := len(w)
	if n >= 2 && w[n-1] == w[n-2] && consonant(w, n-1) && !strings.ContainsRune("lsz", rune(w[n-1])) {
		return w[:n-1]
	}
	if measure(w) == 1 && cvc(w) {
		return w + "e"
	}
	return w
}

// consonant reports whether w[i] is a consonant: not a, e, i, o, u, nor a y
// after a consonant.
func consonant(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !consonant(w, i-1)
	}
	return true
}

func hasVowel(w string) bool {
	for i := range len(w) {
		if !consonant(w, i) {
			return true
		}
	}
	return false
}

// measure is Porter's m: the number of vowel-consonant sequences in w.
func measure(w string) int {
	m, vowel := 0, false
	for i := range len(w) {
		if consonant(w, i) {
			if vowel {
				m++
			}
			vowel = false
		} else {
			vowel = true
		}
	}
	return m
}

// cvc reports whether w ends consonant-vowel-consonant, the last not w, x
// or y ("hop", not "snow").
func cvc(w string) bool {
	n := len(w)
	return n >= 3 && consonant(w, n-1) && !consonant(w, n-2) && consonant(w, n-3) && !strings.ContainsRune("wxy", rune(w[n-1]))
}
