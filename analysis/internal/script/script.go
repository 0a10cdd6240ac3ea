// Package script holds the one definition of Chinese and Korean writing
// the analysis packages share: which runes are Han, which Hangul, and
// whether a string holds or is made of them.
package script

import (
	"unicode"
	"unicode/utf8"
)

// IsHan reports a Chinese character: a CJK ideograph of any block, a
// compatibility ideograph, a radical, the iteration mark 々 and 〇
// (unicode.Han).
func IsHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// IsHangul reports a Korean syllable or jamo (unicode.Hangul).
func IsHangul(r rune) bool {
	if r >= 0xAC00 && r <= 0xD7A3 {
		return true
	}
	return r >= 0x1100 && unicode.Is(unicode.Hangul, r)
}

// IsCJK reports Han or Hangul.
func IsCJK(r rune) bool { return r >= 0x1100 && (IsHan(r) || IsHangul(r)) }

// HasCJK reports whether s holds a Han or Hangul character. It decodes only
// the runes whose lead byte may start one, so English text costs a byte
// scan.
func HasCJK(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE1 { // the lead bytes of U+1000 and above
			r, _ := utf8.DecodeRuneInString(s[i:])
			if IsCJK(r) {
				return true
			}
		}
	}
	return false
}

// AllHan reports whether s is not empty and all Han characters.
func AllHan(s string) bool {
	for _, r := range s {
		if !IsHan(r) {
			return false
		}
	}
	return s != ""
}
