package phrases

import (
	"strings"

	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Context returns up to width characters of raw before start and after end,
// with runs of white space collapsed to one space, for concordance lines.
// Characters are runes, and the cut never splits one.
func Context(raw string, start, end, width int) (left, right string) {
	if width <= 0 {
		return "", ""
	}
	return collapse(raw[back(raw, start, width):start]), collapse(raw[end:forward(raw, end, width)])
}

// back is the offset n characters before i, a run of white space counting as
// one character.
func back(s string, i, n int) int {
	for c := 0; i > 0 && c < n; c++ {
		r, sz := lastRune(s[:i])
		i -= sz
		for isSpace(r) && i > 0 {
			r, sz = lastRune(s[:i])
			if !isSpace(r) {
				break
			}
			i -= sz
		}
	}
	return i
}

// forward is the offset n characters after i, as back counts them.
func forward(s string, i, n int) int {
	for c := 0; i < len(s) && c < n; c++ {
		r, sz := firstRune(s[i:])
		i += sz
		for isSpace(r) && i < len(s) {
			r, sz = firstRune(s[i:])
			if !isSpace(r) {
				break
			}
			i += sz
		}
	}
	return i
}

// firstRune and lastRune are utf8.DecodeRuneInString and
// utf8.DecodeLastRuneInString, without a call for an ASCII byte: contexts
// are read a character at a time for every occurrence (issue 16).
func firstRune(s string) (rune, int) {
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

func lastRune(s string) (rune, int) {
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s)
}

// isSpace is unicode.IsSpace, without a call for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// DocContext is Context within the text of d that cleaning kept: it never
// reaches into a removed span (date header, credits, debris) around the match.
func DocContext(d *corpus.Document, start, end, width int) (left, right string) {
	lo, hi := 0, len(d.Raw)
	for _, r := range d.Removed {
		if r.End <= start && r.End > lo {
			lo = r.End
		}
		if r.Start >= end && r.Start < hi {
			hi = r.Start
		}
	}
	l, r := Context(d.Raw[lo:hi], start-lo, end-lo, width)
	return l, r
}

// collapse replaces each run of white space with one space. A string
// with nothing to replace is returned as it is, not copied.
func collapse(s string) string {
	if collapsed(s) {
		return s
	}
	return collapseRuns(s)
}

// collapseRuns is collapse, always copying (and replacing invalid UTF-8
// with U+FFFD).
func collapseRuns(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// collapsed reports whether collapse(s) is s: valid UTF-8 whose only white
// space is single spaces.
func collapsed(s string) bool {
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c == ' ' && space || c != ' ' && isSpace(rune(c)) {
				return false
			}
			space = c == ' '
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && sz == 1 || unicode.IsSpace(r) {
			return false
		}
		space = false
		i += sz
	}
	return true
}

// OneLine is s with runs of white space collapsed and the ends trimmed.
// A string that is one line already is returned as it is, not copied: the
// report's tables hold a sentence for each of 100,000 occurrences, and
// occurrences of one sentence then share one string.
func OneLine(s string) string {
	if isOneLine(s) {
		return s
	}
	return strings.TrimSpace(collapse(s))
}

// isOneLine reports whether OneLine(s) is s: valid UTF-8 whose only white
// space is single spaces between other characters.
func isOneLine(s string) bool {
	space := true // a leading space would be trimmed
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of the text, without decoding
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) {
			return false
		}
		space = false
		i += n
	}
	return !space || s == ""
}
