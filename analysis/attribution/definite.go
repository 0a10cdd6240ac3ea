package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// namedBefore resolves "the board", "the chamber", "the office" to the
// organization the article named before offset end whose name has that
// word ("the Rosario Board of Trade", "the German Chamber of Commerce in
// China"), even in a sentence nobody spoke: the last such name, with the
// side of a side's word before the noun in it ("Serbian Statistical
// Office"), else none. A side's word right before the noun in lower case
// ("China's embassy in Buenos Aires", "the Chinese embassy") names it
// first.
func (w *worker) namedBefore(raw, noun string, end int) (speaker, bool) {
	if len(noun) < 3 || !isLowerWord(noun) {
		return speaker{}, false
	}
	head := strings.ToUpper(noun[:1]) + noun[1:]
	text := raw[:end]
	if sp, ok := w.sideNounBefore(text, noun); ok {
		return sp, true
	}
	for off := len(text); off > 0; {
		i := strings.LastIndex(text[:off], head)
		if i < 0 {
			return speaker{}, false
		}
		off = i
		j := i + len(head)
		if !wordBoundary(text, i, j) {
			continue
		}
		left := nameBefore(text[:j])
		if left == "" {
			continue // "Board" alone, or at a sentence's start
		}
		name := left + nameAfter(text[j:])
		side := w.x.wordsSide(left)
		if side == "" {
			side = Unknown
		}
		return speaker{name: name, side: side, actor: -1, named: true}, true
	}
	return speaker{}, false
}

// nameAfter is the rest of a name after its head noun: "of Trade", "of
// Commerce in China"; connectors and capitalized words, ending on a
// capitalized word.
func nameAfter(text string) string {
	words := strings.Fields(text[:min(len(text), 200)])
	n, end := 0, 0
	for n < len(words) {
		w := words[n]
		trimmed := strings.TrimRight(w, ",.;:)\"”’")
		r, _ := utf8.DecodeRuneInString(trimmed)
		switch {
		case trimmed == "of" || trimmed == "for" || trimmed == "and" || trimmed == "in" || trimmed == "on":
		case trimmed != "" && unicode.IsUpper(r):
			end = n + 1
		default:
			n = len(words)
			continue
		}
		if trimmed != w { // punctuation ends the name
			break
		}
		n++
	}
	if end == 0 || len(text) > 0 && text[0] != ' ' {
		return ""
	}
	out := strings.Join(words[:end], " ")
	return " " + strings.TrimRight(out, ",.;:)\"”’")
}

// wordBoundary reports whether text[i:j] is a whole word.
func wordBoundary(text string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// sideNounBefore finds the last "China's embassy" or "Chinese embassy" in
// text: a side's word (or its possessive) right before noun.
func (w *worker) sideNounBefore(text, noun string) (speaker, bool) {
	for off := len(text); off > 0; {
		i := strings.LastIndex(text[:off], " "+noun)
		if i < 0 {
			return speaker{}, false
		}
		off = i
		if !wordBoundary(text, i+1, i+1+len(noun)) {
			continue
		}
		j := strings.LastIndexByte(text[:i], ' ') + 1
		word := text[j:i]
		key := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "\u2019s"))
		sd, ok := w.x.sideWord[key]
		if !ok {
			continue
		}
		side := w.x.sides[sd]
		return speaker{name: word + " " + noun, side: side, actor: -1, named: true}, true
	}
	return speaker{}, false
}
