package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind is the class of a lexical token.
type tkind uint8

const (
	tNum  tkind = iota // digits with internal separators: 1,234.5
	tWord              // letters (and digits after a letter: km2, CO2), apostrophes inside
	tSym               // any other single rune: $ % ( - – / . , ° ±
	tEnd               // past either end of the text
)

// tok is one lexical token of the text being scanned.
type tok struct {
	s          string
	lower      string
	start, end int
	kind       tkind
	gap        bool // whitespace before it
}

// appendTokens splits text into tokens with byte offsets and appends them to
// toks (a scanner reuses one slice from sentence to sentence). Whitespace is
// dropped but remembered in gap; hyphens and symbols are their own tokens.
// ASCII takes a fast path; any other rune is classified with the unicode
// tables.
func appendTokens(toks []tok, text string) []tok {
	lowered := "" // text with ASCII capitals lowered, made at the first capital
	gap := true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case asciiSpace(c):
				gap = true
				i++
				continue
			case c >= '0' && c <= '9':
				j := digitsEnd(text, i)
				toks = append(toks, tok{s: text[i:j], lower: text[i:j], start: i, end: j, kind: tNum, gap: gap})
				i = j
			case asciiLetter(c):
				j, ascii, upper := wordEnd(text, i, 1)
				w := text[i:j]
				lower := w
				switch {
				case !ascii:
					lower = strings.ToLower(w)
				case upper:
					if lowered == "" {
						lowered = asciiLower(text)
					}
					lower = lowered[i:j]
				}
				toks = append(toks, tok{s: w, lower: lower, start: i, end: j, kind: tWord, gap: gap})
				i = j
			default:
				toks = append(toks, tok{s: text[i : i+1], lower: text[i : i+1], start: i, end: i + 1, kind: tSym, gap: gap})
				i++
			}
			gap = false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f':
			gap = true
			i += n
			continue
		case unicode.IsLetter(r):
			j, _, _ := wordEnd(text, i, n)
			w := text[i:j]
			toks = append(toks, tok{s: w, lower: strings.ToLower(w), start: i, end: j, kind: tWord, gap: gap})
			i = j
		default:
			w := text[i : i+n]
			toks = append(toks, tok{s: w, lower: strings.ToLower(w), start: i, end: i + n, kind: tSym, gap: gap})
			i += n
		}
		gap = false
	}
	return toks
}

// asciiSpace reports whether c is an ASCII byte unicode.IsSpace accepts.
func asciiSpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// digitsEnd returns the end of the number token that starts at text[i]:
// digits with single "," or "." separators between digits.
func digitsEnd(text string, i int) int {
	j := i + 1
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			j += 2
			continue
		}
		break
	}
	return j
}

// wordEnd returns the end of the word token whose first letter, n bytes
// long, starts at text[i]: letters, digits and combining marks, and
// apostrophes between letters. A currency code glued to digits ends the
// word ("RMB5 billion", "US5"). ascii tells whether the word is all ASCII,
// upper whether it has an ASCII capital.
func wordEnd(text string, i, n int) (end int, ascii, upper bool) {
	ascii, upper = n == 1, n == 1 && text[i] <= 'Z'
	j := i + n
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if asciiLetter(c) || c >= '0' && c <= '9' {
				upper = upper || c >= 'A' && c <= 'Z'
				j++
				continue
			}
			if c == '\'' && j+1 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[j+1:])
				if unicode.IsLetter(r3) {
					j++
					continue
				}
			}
			break
		}
		r2, n2 := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
			ascii = false
			j += n2
			continue
		}
		if r2 == '’' && j+n2 < len(text) {
			r3, _ := utf8.DecodeRuneInString(text[j+n2:])
			if unicode.IsLetter(r3) {
				ascii = false
				j += n2
				continue
			}
		}
		break
	}
	if k := letterPrefix(text[i:j]); k > 0 {
		j = i + k
	}
	return j, ascii, upper
}

// asciiLower returns text with the ASCII capitals lowered and every other
// byte kept, so that offsets into it are offsets into text.
func asciiLower(text string) string {
	b := []byte(text)
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + ('a' - 'A')
		}
	}
	return string(b)
}

// isDash reports whether s is a hyphen, minus or dash.
func isDash(s string) bool {
	switch s {
	case "-", "–", "—", "‑", "−":
		return true
	}
	return false
}

// isPunct reports whether the token is a punctuation symbol (not a currency sign).
func (t tok) isPunct() bool {
	if t.kind != tSym {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.s)
	return unicode.IsPunct(r)
}

// letterPrefix returns the length of a currency code at the start of a
// letters-and-digits word ("RMB5" gives 3), or 0.
func letterPrefix(w string) int {
	k := 0
	for k < len(w) && (w[k] >= 'A' && w[k] <= 'Z') {
		k++
	}
	if k == 1 && w[0] == 'W' && len(w) > 1 && w[1] >= '0' && w[1] <= '9' {
		return 1 // Korea Herald style won: "W1.5 trillion"
	}
	if k < 3 || k > 4 || k == len(w) || w[k] < '0' || w[k] > '9' {
		return 0
	}
	if _, ok := currencyCodes[w[:k]]; ok {
		return k
	}
	return 0
}
