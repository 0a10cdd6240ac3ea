package facet

import (
	"strings"
	"testing"
)

// FuzzParse: the parsers of -by, -keyness FACET=A:B and -echo never panic,
// and what they accept is well formed.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"side", "speaker", "outlet", "source", "Section", "text", "a b", "",
		"side=China:ROK", "outlet=Xinhua:Yonhap", "side=China", "=:", "30d", "4w", "-1d", "3651d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fc, err := Parse(s); err == nil {
			if fc.Name == "" || fc.Name == "text" || strings.ContainsAny(fc.Name, " =:\t\n") {
				t.Errorf("Parse(%q) accepted %q", s, fc.Name)
			}
		}
		if kp, ok, err := ParseKeyPair(s); ok && err == nil {
			if kp.Target == "" || kp.Ref == "" || kp.Target == kp.Ref || kp.Facet.Name == "" {
				t.Errorf("ParseKeyPair(%q) accepted %+v", s, kp)
			}
		} else if !ok && strings.Contains(s, "=") {
			t.Errorf("ParseKeyPair(%q): not read as a facet pair", s)
		}
		if n, err := ParseDays(s); err == nil && (n < 0 || n > 3650) {
			t.Errorf("ParseDays(%q) = %d", s, n)
		}
	})
}
