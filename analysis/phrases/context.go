package phrases

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
	"unicode"
	"unicode/utf8"
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
		r, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
		for unicode.IsSpace(r) && i > 0 {
			r, sz = utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsSpace(r) {
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
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		for unicode.IsSpace(r) && i < len(s) {
			r, sz = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += sz
		}
	}
	return i
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

// collapse replaces each run of white space with one space.
func collapse(s string) string {
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
	for _, r := range s {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
		case r == utf8.RuneError || unicode.IsSpace(r):
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}
