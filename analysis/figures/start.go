package figures

import "strings"

// What may start a figure: scan passes over every other token at once.

// mayStartFigure reports whether figureAt can read anything at t; scan
// passes over any other token.
func mayStartFigure(t *tok) bool {
	switch t.kind {
	case tSym:
		if len(t.s) == 1 {
			return startSymbol[t.s[0]]
		}
		return isStartSymbol(t.s)
	case tWord:
		// most words start no figure: only qualifiers, number words, "a"/"half",
		// currency codes and the short letters before "$" ("us $", "hk $") do
		if !isStartWord(t.lower) && (len(t.s) > 4 || isASCII(t.s)) {
			return false
		}
		return len(t.s) <= 4 || qualFirst[t.lower] || isNumberWord(t.lower) || t.lower == "minus" || t.lower == "quarter"
	}
	return true
}

// isStartSymbol reports whether a symbol can start a figure: a dash (a
// sign), a currency sign or the "(" of an accounting negative.
func isStartSymbol(s string) bool { return isDash(s) || currencySigns[s] != "" || s == "(" }

// startSymbol is isStartSymbol of each one-byte symbol.
var startSymbol = func() (t [256]bool) {
	for c := range t {
		t[c] = isStartSymbol(string([]byte{byte(c)}))
	}
	return t
}()

// startWords holds every lower-case ASCII word at which figureAt can read
// more than nothing: the first words of qualifiers, "minus", the words that
// begin a written number ("a", "an", "half", "quarter" and the number
// words), the letters before "$" up to the first dot ("us", "u" of "u.s $",
// "hk"), "w" of "W1.5 trillion", and currency codes ("usd", "musd"). At any
// other ASCII word every step of figureAt comes back empty, so the word is
// passed over at once. Other words may lower-case or upper-case into one of
// these (the Kelvin sign lowers to "k", "ı" raises to "I"), so they take the
// full path.
var startWords = func() map[string]bool {
	m := map[string]bool{"minus": true, "a": true, "an": true, "half": true, "quarter": true, "w": true,
		"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true, "quadrillion": true, "dozen": true,
		"lakh": true, "crore": true, "p": true}
	for p := range localPrefixes { // "Rs", "KSh", "SR"
		m[strings.ToLower(p)] = true
	}
	for p := range qualifierPhrases {
		w, _, _ := strings.Cut(p, " ")
		m[w] = true
	}
	for w := range smallNumbers {
		m[w] = true
	}
	for w := range tensNumbers {
		m[w] = true
	}
	for p := range dollarPrefixes {
		p, _, _ = strings.Cut(p, ".")
		for k := 1; k <= len(p); k++ {
			m[p[:k]] = true
		}
	}
	for c := range currencyCodes {
		m[strings.ToLower(c)] = true
		m["m"+strings.ToLower(c)] = true
	}
	return m
}()

// startWordFilter has, for each length and first letter of the words of
// startWords that begin and end with a-z, a bit per last letter: a word
// that misses its bit is not in startWords, without hashing it.
var startWordFilter [maxStartWordLen + 1][26]uint32

const maxStartWordLen = 16

func init() {
	for w := range startWords {
		if n := len(w); n > 0 && n <= maxStartWordLen && isLowerASCIILetter(w[0]) && isLowerASCIILetter(w[n-1]) {
			startWordFilter[n][w[0]-'a'] |= 1 << (w[n-1] - 'a')
		}
	}
}

func isLowerASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' }

// isStartWord reports whether w is in startWords.
func isStartWord(w string) bool {
	if n := len(w); n > 0 && n <= maxStartWordLen && isLowerASCIILetter(w[0]) && isLowerASCIILetter(w[n-1]) &&
		startWordFilter[n][w[0]-'a']&(1<<(w[n-1]-'a')) == 0 {
		return false
	}
	return startWords[w]
}
