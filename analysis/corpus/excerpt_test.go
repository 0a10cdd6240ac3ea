package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("word ", 100) + "HIT" + strings.Repeat(" word", 100) // 1003 bytes
	nospace := strings.Repeat("é", 600) + "HIT" + strings.Repeat("é", 600)
	for _, c := range []struct {
		name                  string
		text                  string
		start, end, hs, he, m int
		want                  string
	}{
		{"short sentence whole", "x A short one. y", 2, 14, 4, 9, 100, "A short one."},
		{"at the limit whole", long, 0, len(long), 500, 503, len(long), long},
		{"long: window at spaces", long, 0, len(long), 500, 503, 23,
			"… word HIT word …"},
		{"hit at the start", long, 0, len(long), 0, 4, 12, "word word …"},
		{"hit at the end", long, 0, len(long), len(long) - 4, len(long), 12, "… word word"},
		{"hit longer than max", long, 0, len(long), 495, 508, 4, "… word HIT word …"},
	} {
		got := Excerpt(c.text, c.start, c.end, c.hs, c.he, c.m)
		if got != c.want {
			t.Errorf("%s: Excerpt = %q, want %q", c.name, got, c.want)
		}
	}
	// no spaces: cut at rune starts, the hit whole, about max bytes
	at := strings.Index(nospace, "HIT")
	got := Excerpt(nospace, 0, len(nospace), at, at+3, 100)
	if !utf8.ValidString(got) || !strings.Contains(got, "HIT") || len(got) > 100+len("… ")+len(" …") {
		t.Errorf("no spaces: %q (%d bytes)", got, len(got))
	}
}

// FuzzExcerpt: any excerpt is valid UTF-8 (for valid input), holds the hit
// whole, and is at most about limit bytes (or the hit, if longer).
func FuzzExcerpt(f *testing.F) {
	f.Add("China and South Korea traded $298.9 billion in the first eleven months.", 30, 44, 20)
	f.Add(strings.Repeat("é", 50)+" 5 "+strings.Repeat("ü", 50), 100, 103, 10)
	f.Fuzz(func(t *testing.T, text string, hs, he, limit int) {
		if !utf8.ValidString(text) || limit < 0 || limit > 1<<20 || hs < 0 || he > len(text) || hs > he ||
			!utf8.RuneStart(byteAt(text, hs)) || !utf8.RuneStart(byteAt(text, he)) {
			return
		}
		got := Excerpt(text, 0, len(text), hs, he, limit)
		hit := strings.TrimSpace(text[hs:he])
		if !utf8.ValidString(got) || !strings.Contains(got, hit) {
			t.Fatalf("Excerpt(%q, %d, %d, %d) = %q", text, hs, he, limit, got)
		}
		if len(text) > limit && len(got) > max(limit, he-hs)+len("… ")+len(" …") {
			t.Fatalf("Excerpt is %d bytes, limit %d, hit %d", len(got), limit, he-hs)
		}
	})
}

// byteAt is text[i], or a rune start past the end.
func byteAt(text string, i int) byte {
	if i >= len(text) {
		return 'x'
	}
	return text[i]
}
