package corpus

import "unicode"

// isHan reports a Chinese character (CJK ideographs, their extensions and
// compatibility forms, and the iteration mark 々 and 〇).
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x3400 && (unicode.Is(unicode.Han, r) || r == '〇')
}

// isHangul reports a Korean syllable or jamo.
func isHangul(r rune) bool {
	if r >= 0xAC00 && r <= 0xD7A3 {
		return true
	}
	return r >= 0x1100 && unicode.Is(unicode.Hangul, r)
}

// isCJKRune reports Han or Hangul.
func isCJKRune(r rune) bool { return r >= 0x1100 && (isHan(r) || isHangul(r)) }
