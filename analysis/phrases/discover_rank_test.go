package phrases

import (
	"strings"
	"testing"
)

// TestParseWeights: the shipped weights parse and name every feature they
// set; bad lines are errors naming the line.
func TestParseWeights(t *testing.T) {
	w, err := ParseWeights(weightsText)
	if err != nil {
		t.Fatal(err)
	}
	if w.Threshold <= 0 || w.Threshold >= 1 || w.W[fBias] == 0 {
		t.Errorf("shipped weights: threshold %v, bias %v", w.Threshold, w.W[fBias])
	}
	for _, tc := range []struct {
		text, err string
	}{
		{"threshold 0.4\nbias -1\n", ""},
		{"# comment\n\ncohesion 2\n", ""},
		{"cohesion\n", "line 1: want name and value"},
		{"bias x\n", `line 1: bad value "x"`},
		{"bias NaN\n", "bad value"},
		{"\nsmell 1\n", `line 2: unknown feature "smell"`},
	} {
		_, err := ParseWeights(tc.text)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.text, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: got %v, want %q", tc.text, err, tc.err)
		}
	}
}

func TestParseKind(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Kind
		ok   bool
	}{
		{"formula", KindFormula, true},
		{"actor", KindActor, true},
		{"generic", KindGeneric, true},
		{"other", KindOther, true},
		{"all", "", true},
		{"formulas", "", false},
		{"", "", false},
	} {
		got, err := ParseKind(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("%q: got %q, %v", tc.in, got, err)
		}
	}
}

// TestCoreStem: core words are stems cut to six letters (runes).
func TestCoreStem(t *testing.T) {
	for in, want := range map[string]string{"benefici": "benefi", "benefit": "benefi", "tie": "tie", "win-win": "win-wi", "naïveté": "naïvet"} {
		if got := coreStem(in); got != want {
			t.Errorf("coreStem(%q) = %q, want %q", in, got, want)
		}
	}
}
