package table

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape makes s safe to print on a terminal: control characters (an ESC
// starts a terminal command), bidirectional overrides and isolates (which
// reorder what follows them on the line) and invalid UTF-8 are written as Go
// escapes (\x1b, \u202e, \xff). Anything else, including every ordinary file
// name, is returned unchanged. It is for text meant for people: the csv and
// json formats keep the bytes as they are.
func Escape(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unsafeRune(r, n) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case unsafeRune(r, n):
			q := strconv.QuoteRuneToASCII(r) // '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune, n int) bool {
	if r == utf8.RuneError && n == 1 || unicode.IsControl(r) {
		return true
	}
	switch r {
	case '\u061c', '\u200e', '\u200f', // Arabic letter mark, LRM, RLM
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', // embeddings, overrides
		'\u2066', '\u2067', '\u2068', '\u2069': // isolates
		return true
	}
	return false
}
