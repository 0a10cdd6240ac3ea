package phrases

import (
	"strconv"
	"strings"
	"testing"
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
