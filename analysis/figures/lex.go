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

// lex splits text into tokens with byte offsets. Whitespace is dropped but
// remembered in gap; hyphens and symbols are their own tokens.
func lex(text string) []tok {
	toks := make([]tok, 0, len(text)/5+4)
	gap := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f':
			gap = true
			i += n
			continue
		case r >= '0' && r <= '9':
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
			toks = append(toks, tok{s: text[i:j], start: i, end: j, kind: tNum, gap: gap})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			// "RMB5 billion", "US5": a currency code glued to digits is two tokens
			if k := letterPrefix(text[i:j]); k > 0 {
				j = i + k
			}
			toks = append(toks, tok{s: text[i:j], start: i, end: j, kind: tWord, gap: gap})
			i = j
		default:
			toks = append(toks, tok{s: text[i : i+n], start: i, end: i + n, kind: tSym, gap: gap})
			i += n
		}
		gap = false
	}
	for k := range toks {
		toks[k].lower = strings.ToLower(toks[k].s)
	}
	return toks
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
