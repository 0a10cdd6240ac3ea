package attribution

import (
	"strings"
	"testing"
)

// FuzzTrimClosers: trimClosers trims what strings.TrimRight with its cut
// set does, on any text.
func FuzzTrimClosers(f *testing.F) {
	for _, s := range []string{"", "PSA", "PSA,", "(PSA).", "“PSA”", "PSA’s", "Korea’", "x”’;.", "”", "\u2019\u201d", "\xe2\x80", "a\x99", "\x80\x9d", "é,", "a\u201c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimClosers(s), strings.TrimRight(s, ",.;:)\"”'’"); got != want {
			t.Errorf("trimClosers(%q) = %q, want %q", s, got, want)
		}
	})
}
