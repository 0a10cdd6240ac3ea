package chart

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Unknown replaces a run of characters Safe can neither keep nor transliterate.
const Unknown = "[…]"

// substitutes are transliterations of common characters outside Windows-1252.
var substitutes = map[rune]string{
	'−': "-", // minus sign
	'‐': "-", '‑': "-", '‒': "–", '―': "—",
	'′': "'", '″': "\"", '‹': "‹", '›': "›",
	'\u00a0': " ", '\u2009': " ", '\u202f': " ", '\u2007': " ", '\u200b': "",
	'Ł': "L", 'ł': "l", 'Đ': "D", 'đ': "d", 'ı': "i",
	'≈': "~", '≤': "<=", '≥': ">=", '≠': "!=", '→': "->", '←': "<-",
	'₩': "KRW ", '¥': "¥", '元': " yuan", '円': " yen", '₹': "INR ", '₽': "RUB ",
	'℃': "°C", '㎢': "km²", '㎡': "m²", '㎞': "km",
	'「': "“", '」': "”", '『': "“", '』': "”", '、': ",", '。': ".", '，': ",", '：': ":", '（': "(", '）': ")",
}

// Safe returns s as the chart fonts can draw it: every character
// Windows-1252 can encode kept as is, Chinese, Korean and other CJK
// characters kept when the CJK fonts are installed (see CJKFonts), common
// symbols transliterated ("−" to "-", "≥" to ">="), Hangul syllables
// without a font romanized (Revised Romanization, each word capitalized),
// accents stripped where the bare letter is encodable, and any other run
// of characters replaced by Unknown. The result draws the same in PDF,
// SVG and PNG.
func Safe(s string) string {
	if isCP1252(s) {
		return s
	}
	return safe(s, fonts().has)
}

// safe is Safe, with the CJK characters for which draw is true kept (none
// when draw is nil).
func safe(s string, draw func(rune) bool) string {
	var b strings.Builder
	unknown := false
	prevHangul := false
	for _, r := range s {
		out, ok := "", true
		hangul := false
		switch {
		case r < 0x80 || encodable(r):
			out = string(r)
		case draw != nil && isCJK(r) && draw(r):
			out = string(r)
		case substitutes[r] != "" || r == '\u200b':
			out = substitutes[r]
		case r >= 0xAC00 && r <= 0xD7A3:
			hangul = true
			out = romanize(r)
			if !prevHangul {
				out = strings.ToUpper(out[:1]) + out[1:]
			}
		default:
			out, ok = stripMarks(r)
		}
		prevHangul = hangul
		if !ok {
			if !unknown {
				b.WriteString(Unknown)
			}
			unknown = true
			continue
		}
		unknown = false
		b.WriteString(out)
	}
	return b.String()
}

// stripMarks decomposes r and keeps its base letters when they are encodable.
func stripMarks(r rune) (string, bool) {
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) {
		switch {
		case unicode.Is(unicode.Mn, d):
		case d < 0x80 || encodable(d):
			b.WriteRune(d)
		default:
			return "", false
		}
	}
	return b.String(), b.Len() > 0
}

func encodable(r rune) bool {
	_, ok := charmap.Windows1252.EncodeRune(r)
	return ok
}

func isCP1252(s string) bool {
	for _, r := range s {
		if r >= 0x80 && !encodable(r) {
			return false
		}
	}
	return true
}

// Revised Romanization of Korean, letter by letter (no sound-change rules).
var (
	hangulInitial = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulMedial  = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	hangulFinal   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

func romanize(r rune) string {
	i := int(r - 0xAC00)
	l, v, t := i/(21*28), i%(21*28)/28, i%28
	return hangulInitial[l] + hangulMedial[v] + hangulFinal[t]
}
