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
	// Take a generous slice, collapse, then cut to width runes.
	lo := start
	for n := 0; lo > 0 && n < 4*width; n++ {
		_, sz := utf8.DecodeLastRuneInString(raw[:lo])
		lo -= sz
	}
	hi := end
	for n := 0; hi < len(raw) && n < 4*width; n++ {
		_, sz := utf8.DecodeRuneInString(raw[hi:])
		hi += sz
	}
	l := []rune(collapse(raw[lo:start]))
	if len(l) > width {
		l = l[len(l)-width:]
	}
	r := []rune(collapse(raw[end:hi]))
	if len(r) > width {
		r = r[:width]
	}
	return string(l), string(r)
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
func OneLine(s string) string { return strings.TrimSpace(collapse(s)) }
