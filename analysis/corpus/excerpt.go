package corpus

import (
	"strings"
	"unicode/utf8"
)

// MaxExcerpt is the most bytes of a sentence that one hit (a figure, a
// phrase occurrence) quotes. A "sentence" longer than that (a pasted table,
// a list without full stops) is quoted as a window around the hit, so that
// a thousand hits in it do not each repeat all of it.
const MaxExcerpt = 1000

// Excerpt is text[start:end] (a sentence) when it is at most limit bytes
// long; otherwise about limit bytes of it around the hit [hitStart, hitEnd),
// cut at spaces where there are any, with "…" where it was cut. The hit is
// always whole in it.
func Excerpt(text string, start, end, hitStart, hitEnd, limit int) string {
	if end-start <= limit {
		return text[start:end]
	}
	hitStart, hitEnd = clamp(hitStart, start, end), clamp(hitEnd, start, end)
	room := max(0, limit-(hitEnd-hitStart)) / 2
	a, b := hitStart-room, hitEnd+room
	// room one side does not need goes to the other
	if a < start {
		b, a = min(end, b+start-a), start
	}
	if b > end {
		a, b = max(start, a-(b-end)), end
	}
	if a > start {
		a = cutAfterSpace(text, a, hitStart)
	}
	if b < end {
		b = cutBeforeSpace(text, hitEnd, b)
	}
	var sb strings.Builder
	sb.Grow(b - a + 8)
	if a > start {
		sb.WriteString("… ")
	}
	sb.WriteString(strings.TrimSpace(text[a:b]))
	if b < end {
		sb.WriteString(" …")
	}
	return sb.String()
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

// cutAfterSpace moves a window's start a forward to just after the first
// space before limit, or else to the start of a rune.
func cutAfterSpace(text string, a, limit int) int {
	if i := strings.IndexByte(text[a:limit], ' '); i >= 0 {
		return a + i + 1
	}
	for a < limit && !utf8.RuneStart(text[a]) {
		a++
	}
	return a
}

// cutBeforeSpace moves a window's end b back to the last space after from,
// or else to the start of a rune.
func cutBeforeSpace(text string, from, b int) int {
	if i := strings.LastIndexByte(text[from:b], ' '); i >= 0 {
		return from + i
	}
	for b > from && !utf8.RuneStart(text[b]) {
		b--
	}
	return b
}
