package phrases

import (
	"slices"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
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

// TestInflectionKey: inflections and spellings of one word share a key,
// derivations do not.
func TestInflectionKey(t *testing.T) {
	for _, tc := range []struct {
		words []string // one key
		other []string // each a key of its own, unlike words[0]'s
	}{
		{[]string{"neighbor", "neighbors", "neighbour", "neighbours", "neighboring"}, []string{"neighborly", "neighborhood"}},
		{[]string{"decouple", "decoupling", "decoupled", "decouples"}, []string{"decoupler"}},
		{[]string{"de-risk", "de-risking", "de-risked"}, []string{"risk"}},
		{[]string{"cooperate", "cooperating", "cooperated", "cooperates"}, []string{"cooperation", "cooperative", "cooper"}},
		{[]string{"cooperation", "cooperations"}, []string{"cooperative"}},
		{[]string{"global"}, []string{"globalization", "globally", "globe"}},
		{[]string{"partner", "partners"}, []string{"partnership"}},
		{[]string{"benefit", "benefits", "benefited", "benefiting"}, []string{"beneficial"}},
		{[]string{"relation", "relations"}, []string{"relate", "relationship", "related"}},
		{[]string{"policy", "policies"}, []string{"police"}},
		{[]string{"tie", "ties", "tied"}, []string{"tier"}},
		{[]string{"agree", "agreed", "agrees", "agreeing"}, []string{"agreement"}},
		{[]string{"commit", "committed", "committing", "commits"}, []string{"commitment"}},
		{[]string{"exchange", "exchanges", "exchanged"}, []string{"exchanger"}},
		{[]string{"principle", "principles"}, []string{"principal"}},
		{[]string{"mutual"}, []string{"mutually"}},
		{[]string{"new"}, []string{"news"}},
		{[]string{"politics"}, []string{"politic", "political"}},
		{[]string{"hegemony"}, []string{"hegemonism", "hegemonic"}},
		{[]string{"interest", "interests"}, []string{"interestingly"}},
		{[]string{"process", "processes"}, nil},
		{[]string{"consensus"}, []string{"consensu"}},
		{[]string{"중국"}, nil},
		{[]string{"2024"}, nil},
	} {
		key := inflectionKey(corpus.NormalizeWord(tc.words[0]))
		for _, w := range tc.words[1:] {
			if got := inflectionKey(corpus.NormalizeWord(w)); got != key {
				t.Errorf("inflectionKey(%q) = %q, want %q as for %q", w, got, key, tc.words[0])
			}
		}
		for _, w := range tc.other {
			if got := inflectionKey(corpus.NormalizeWord(w)); got == key {
				t.Errorf("inflectionKey(%q) = %q, the key of %q", w, got, tc.words[0])
			}
		}
	}
}

// TestVariants: a candidate family's variants are its leader and the members
// that are not a part of the leader's words; longer phrases that hold them
// stay.
func TestVariants(t *testing.T) {
	ids := map[string]int32{}
	phrase := func(text string) Phrase {
		var p Phrase
		p.Text = text
		for _, w := range strings.Fields(text) {
			if _, ok := ids[w]; !ok {
				ids[w] = int32(len(ids))
			}
			p.ids = append(p.ids, ids[w])
		}
		return p
	}
	ps := []Phrase{
		phrase("close neighbors"),                           // 0
		phrase("neighbors"),                                 // 1
		phrase("close neighbors that cannot be moved away"), // 2
		phrase("close"),                                     // 3
		phrase("neighbors close"),                           // 4: the words, not in order
		phrase("important neighbors"),                       // 5
		phrase("strategic cooperative partnership"),         // 6
		phrase("cooperative partnership"),                   // 7
		phrase("strategic partnership"),                     // 8: not consecutive in the leader
	}
	for _, tc := range []struct {
		members, want []int
	}{
		{[]int{0}, []int{0}},
		{[]int{0, 1, 2, 3, 4, 5}, []int{0, 2, 4, 5}},
		{[]int{2, 0, 1}, []int{2}},
		{[]int{6, 7, 8}, []int{6, 8}},
	} {
		if got := variants(ps, tc.members); !slices.Equal(got, tc.want) {
			t.Errorf("variants of %v: got %v, want %v", tc.members, got, tc.want)
		}
	}
}
