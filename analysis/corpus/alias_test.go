package corpus

import (
	"strings"
	"testing"
)

func TestAliases(t *testing.T) {
	a := DefaultAliases()
	tz := NewTokenizer(nil, false)
	tests := []struct {
		text  string
		at    int
		canon string
		n     int
	}{
		{"the Republic of Korea and China", 1, "south korea", 3},
		{"ROK and China", 0, "south korea", 1},
		{"South Korea", 0, "south korea", 2},
		{"Korea", 0, "south korea", 1},
		{"North Korea", 0, "north korea", 2},
		{"the DPRK", 1, "north korea", 1},
		{"let us go", 1, "", 0},
		{"the US and China", 1, "united states", 1},
		{"the U.S. and China", 1, "united states", 1},
		{"the People's Republic of China", 1, "china", 4},
	}
	for _, tt := range tests {
		toks := tz.Tokens(nil, tt.text, 0, len(tt.text))
		canon, n := a.Match(tt.text, toks, tt.at)
		if canon != tt.canon || n != tt.n {
			t.Errorf("Match(%q, %d) = %q, %d; want %q, %d", tt.text, tt.at, canon, n, tt.canon, tt.n)
		}
	}
	if c, ok := a.Word("rok"); !ok || c != "south korea" {
		t.Errorf("Word(rok) = %q, %v", c, ok)
	}
	extra, err := ReadAliases(strings.NewReader("# mine\nasean = Association of Southeast Asian Nations | ASEAN\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := a.Merge(extra)
	s := "the Association of Southeast Asian Nations met"
	if c, n := m.Match(s, tz.Tokens(nil, s, 0, len(s)), 1); c != "asean" || n != 5 {
		t.Errorf("merged Match = %q, %d", c, n)
	}
	if _, err := ReadAliases(strings.NewReader("no equals sign\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad alias file: %v", err)
	}
}
