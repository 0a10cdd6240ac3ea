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
	first := len(toks)
	capitals := 0 // bytes of the ASCII words with capitals, lowered at the end
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
				toks = addTok(toks, text[i:j], text[i:j], i, j, tNum, gap)
				i = j
			case asciiLetter(c):
				j, ascii, upper := wordEnd(text, i, 1)
				w := text[i:j]
				lower := w
				switch {
				case !ascii:
					lower = strings.ToLower(w)
				case upper:
					lower = "" // set by lowerCapitals
					capitals += j - i
				}
				toks = addTok(toks, w, lower, i, j, tWord, gap)
				i = j
			default:
				toks = addTok(toks, text[i:i+1], text[i:i+1], i, i+1, tSym, gap)
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
			toks = addTok(toks, w, strings.ToLower(w), i, j, tWord, gap)
			i = j
		default:
			w := text[i : i+n]
			toks = addTok(toks, w, strings.ToLower(w), i, i+n, tSym, gap)
			i += n
		}
		gap = false
	}
	if capitals > 0 {
		lowerCapitals(toks[first:], capitals)
	}
	return toks
}

// addTok appends a token. It stores the fields one by one, which under the
// garbage collector's write barrier costs less than copying a whole tok.
func addTok(toks []tok, s, lower string, start, end int, kind tkind, gap bool) []tok {
	n := len(toks)
	if n < cap(toks) {
		toks = toks[:n+1]
	} else {
		toks = append(toks, tok{})
	}
	t := &toks[n]
	t.s, t.lower, t.start, t.end, t.kind, t.gap = s, lower, start, end, kind, gap
	return toks
}

// lowerCapitals sets the lower form of the ASCII words with capitals (those
// with lower "", which no other token has) to the word with its capitals
// lowered; n is their total length, and all of them share one string.
func lowerCapitals(toks []tok, n int) {
	var b strings.Builder
	b.Grow(n)
	for k := range toks {
		if t := &toks[k]; t.kind == tWord && t.lower == "" {
			for k := 0; k < len(t.s); k++ {
				c := t.s[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
	}
	low := b.String()
	off := 0
	for k := range toks {
		if t := &toks[k]; t.kind == tWord && t.lower == "" {
			t.lower = low[off : off+len(t.s)]
			off += len(t.s)
		}
	}
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
			if cl := asciiWordByte[c]; cl != 0 {
				upper = upper || cl == capital
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
	if c := text[i]; c >= 'A' && c <= 'Z' {
		if k := letterPrefix(text[i:j]); k > 0 {
			j = i + k
		}
	}
	return j, ascii, upper
}

// Classes of ASCII bytes inside a word: asciiWordByte is 0 for the bytes
// that end a word (an apostrophe is decided by what follows it).
const (
	small   = 1 // a-z and 0-9
	capital = 2 // A-Z
)

var asciiWordByte = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = small
		case c >= 'A' && c <= 'Z':
			t[c] = capital
		}
	}
	return t
}()

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

// gluedPrefixes are the local currency prefixes that the lexer cuts from
// the digits glued to them.
var gluedPrefixes = []string{"Rs", "Rp", "RM", "Php", "PhP", "Tk", "Ksh", "KSh", "Dhs", "Sh", "SR", "QR", "Dh", "Bt"}

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
	if k == 1 && w[0] == 'P' && len(w) > 1 && isAllDigits(w[1:]) {
		return 1 // Philippine pesos: "P5 billion" (not "P2P")
	}
	if k == 1 && (w[0] == 'R' || w[0] == 'N') && len(w) > 1 && isAllDigits(strings.NewReplacer(".", "", ",", "").Replace(w[1:])) && w[len(w)-1] != '.' {
		return 1 // the rand, "R570 billion"; the naira, "N7.2 trillion" (not "R&D", "R2-D2")
	}
	// "Rs1,300 crore", "Rp5 trillion", "RM5 billion", "Php2 billion"
	for _, p := range gluedPrefixes {
		if len(w) > len(p) && w[:len(p)] == p && w[len(p)] >= '0' && w[len(p)] <= '9' {
			return len(p)
		}
	}
	if k < 3 || k > 4 || k == len(w) || w[k] < '0' || w[k] > '9' {
		return 0
	}
	if _, ok := currencyCodes[w[:k]]; ok && w[:k] != "PHP" { // "PHP5" is the language
		return k
	}
	return 0
}
