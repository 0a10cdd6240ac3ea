package table

import (
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"seeds/000_94a00cc6dbc6eaaf.txt", "seeds/000_94a00cc6dbc6eaaf.txt"},
		{"Café 東京 «news» — a\\b.txt", "Café 東京 «news» — a\\b.txt"},
		{"a\x1b[31mred.txt", `a\x1b[31mred.txt`},
		{"b\u202etxt.exe", `b\u202etxt.exe`},
		{"\u2066x\u2069\u200f", `\u2066x\u2069\u200f`},
		{"tab\there\nnl\x7f\u0085", `tab\there\nnl\x7f\u0085`},
		{"bad\xffutf8", `bad\xffutf8`},
	} {
		if got := Escape(tc.in); got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTextEscapesCSVKeeps: the text table shows control characters and
// bidi overrides escaped; csv and json keep the bytes.
func TestTextEscapesCSVKeeps(t *testing.T) {
	tb := &Table{Name: "t", Title: "T", Columns: []Column{{Key: "file", Title: "File"}}, Notes: []string{"note \x1b[2J"}}
	tb.Rows = append(tb.Rows, []any{"a\x1b[31mred.txt"}, []any{"b\u202etxt.exe"})
	var text, csv strings.Builder
	if err := WriteText(&text, tb); err != nil {
		t.Fatal(err)
	}
	if s := text.String(); strings.ContainsAny(s, "\x1b\u202e") || !strings.Contains(s, `a\x1b[31mred.txt`) ||
		!strings.Contains(s, `b\u202etxt.exe`) || !strings.Contains(s, `note \x1b[2J`) {
		t.Errorf("text output:\n%s", s)
	}
	if err := WriteCSV(&csv, tb); err != nil {
		t.Fatal(err)
	}
	if s := csv.String(); !strings.Contains(s, "a\x1b[31mred.txt") || !strings.Contains(s, "b\u202etxt.exe") {
		t.Errorf("csv output changed the bytes: %q", s)
	}
}
