package phrases

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestOneLine: strings that are one line already come back as they are,
// and every string gives what collapsing and trimming give.
func TestOneLine(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\\nb", "a\\tb", "a\\u00a0b", "a\\u0085b",
		"China and Korea", "close  neighbors", "\\xffbad", "ok \\xff", "\\ufffd", "é è", " é", "a\\r\\nb "} {
		s := unquote(t, s)
		want := strings.TrimSpace(collapse(s))
		if got := OneLine(s); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", s, got, want)
		}
		if isOneLine(s) && s != want {
			t.Errorf("isOneLine(%q), but it collapses to %q", s, want)
		}
	}
}

func unquote(t *testing.T, s string) string {
	u, err := strconv.Unquote(`"` + s + `"`)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// refContext is Context as first written (rune by rune through package
// unicode and utf8, always copying: collapseRuns is the collapse of then):
// the fast paths must agree with it.
func refContext(raw string, start, end, width int) (string, string) {
	if width <= 0 {
		return "", ""
	}
	back := func(s string, i, n int) int {
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
	forward := func(s string, i, n int) int {
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
	return collapseRuns(raw[back(raw, start, width):start]), collapseRuns(raw[end:forward(raw, end, width)])
}

// FuzzContext: Context agrees with refContext on any text, span and width.
func FuzzContext(f *testing.F) {
	for _, s := range []string{"Héllo\n\n  wörld, this is   the match and then more text", "a\u00a0\u0085b  c\td", "\xff\xfe ok \xc3", "“quoted”  —  text\r\n", "a\rb \v\fc", "   ", ""} {
		f.Add(s, 3, 5, 8)
		f.Add(s, 1, 2, 30)
	}
	f.Fuzz(func(t *testing.T, raw string, start, end, width int) {
		if len(raw) == 0 {
			return
		}
		start, end = abs(start)%(len(raw)+1), abs(end)%(len(raw)+1)
		if start > end {
			start, end = end, start
		}
		width = abs(width) % 40
		l, r := Context(raw, start, end, width)
		wl, wr := refContext(raw, start, end, width)
		if l != wl || r != wr {
			t.Fatalf("Context(%q, %d, %d, %d) = %q, %q, want %q, %q", raw, start, end, width, l, r, wl, wr)
		}
	})
}

func abs(x int) int {
	if x < 0 {
		if x == -x { // the smallest int
			return 0
		}
		return -x
	}
	return x
}

// refIsOneLine is isOneLine as first written, rune by rune.
func refIsOneLine(s string) bool {
	space := true
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

// FuzzIsOneLine: isOneLine, with its ASCII path, agrees with refIsOneLine.
func FuzzIsOneLine(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", "a\tb", "a\vb", "a\fb", "a\rb", "a\nb", "a\u00a0b", "a\u0085b", "a\u2028b",
		"\xffbad", "ok \xff", "\ufffd", "é è", " é", "é ", "close neighbors", "a\x00b", "\u3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isOneLine(s), refIsOneLine(s); got != want {
			t.Errorf("isOneLine(%q) = %v, want %v", s, got, want)
		}
	})
}
