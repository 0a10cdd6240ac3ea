package phrases

import (
	"strings"
	"testing"
)

// vocab gives words term IDs and core words: function words have no core,
// the others are their own core.
type vocab struct {
	index        map[string]int32
	terms, cores []string
}

func newVocab() *vocab { return &vocab{index: map[string]int32{}} }

var vocabStop = setOf("and or nor not the of an a on to in with")

func (v *vocab) ids(s string) []int32 {
	var out []int32
	for _, w := range strings.Fields(s) {
		id, ok := v.index[w]
		if !ok {
			id = int32(len(v.terms))
			v.index[w] = id
			v.terms = append(v.terms, w)
			core := w
			if vocabStop[w] {
				core = ""
			}
			v.cores = append(v.cores, core)
		}
		out = append(out, id)
	}
	return out
}

func (v *vocab) text(ids []int32) string {
	w := make([]string, len(ids))
	for i, id := range ids {
		w[i] = v.terms[id]
	}
	return strings.Join(w, " ")
}

func TestCoordSides(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // each side, then its coordinator in brackets
	}{
		{"green growth and blue economy", "green growth [and] | blue economy []"},
		{"calm not panic", "calm [not] | panic []"},
		{"trust and not fear", "trust [not] | fear []"},
		{"rivers lakes and seas", "rivers lakes [and] | seas []"},
		{"harbour of hope", ""},
		{"and hope", ""},
	} {
		v := newVocab()
		x := v.ids(tc.in)
		var parts []string
		for _, s := range coordSides(x, v.terms, v.cores) {
			parts = append(parts, v.text(x[s.lo:s.hi])+" ["+s.conj+"]")
		}
		if got := strings.Join(parts, " | "); got != tc.want {
			t.Errorf("%q: sides %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSplitFrom: a phrase is a side of a coordination when the words it
// shares with it are on one side, and the other side recurs on its own and
// is a phrase of its size (two core words or more on each side) or a
// contrast ("not").
func TestSplitFrom(t *testing.T) {
	recurringPhrases := []string{"green growth", "blue economy", "calm", "panic", "open skies", "rivers", "seas"}
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"green growth and blue economy", "green growth", true},
		{"green growth and blue economy", "path of green growth", true}, // "path" is not in x: still one side
		{"green growth and blue economy", "blue economy", true},
		{"green growth and blue economy", "growth economy", false},          // words of both sides
		{"green growth and blue economy", "green economy", false},           // words of both sides
		{"calm not panic", "calm", true},                                    // a contrast: sides of one word split
		{"rivers and seas", "rivers", false},                                // one-word sides of "and": one phrase
		{"harbour of hope", "harbour", false},                               // no coordination
		{"open skies and fair winds", "open skies", false},                  // "fair winds" does not recur
		{"fair winds and open skies", "open skies", false},                  // nor here
		{"warm ties and steady trade and open skies", "steady trade", true}, // its neighbour "open skies" recurs
	} {
		v := newVocab()
		ps := make([]Phrase, len(recurringPhrases))
		for i, r := range recurringPhrases {
			ps[i] = Phrase{Text: r, Kind: KindFormula, ids: v.ids(r)}
		}
		x, y := v.ids(tc.x), v.ids(tc.y)
		recurs := recurring(ps, v.cores)
		got := splitFrom(x, coordSides(x, v.terms, v.cores), y, v.cores, recurs)
		if got != tc.want {
			t.Errorf("%q a side of %q: %v, want %v", tc.y, tc.x, got, tc.want)
		}
		if splitFrom(y, coordSides(y, v.terms, v.cores), x, v.cores, recurs) {
			t.Errorf("%q a side of %q", tc.x, tc.y)
		}
	}
}

// TestDiscoverCoordinationSplit: two phrases said apart and together ("green
// growth and blue economy") lead candidate families of their own, not the
// coordination's; one-word sides of "and" stay with their coordination.
func TestDiscoverCoordinationSplit(t *testing.T) {
	docs := docsOf(t,
		"The mayors pledged green growth and blue economy projects. Rain fell on the port.",
		"Delegates backed green growth and blue economy plans. Ferries ran late.",
		"Green growth and blue economy targets were set. Lanterns lit the pier.",
		"The council wants green growth for the valley. Farmers met on Monday.",
		"A fund for green growth opened. Markets closed early.",
		"Fishers asked for a blue economy charter. The tide was high.",
		"The blue economy needs clean harbours. Gulls circled the quay.",
		"Mutual trust and respect guided the talks. Tea was served.",
		"Both sides called for mutual trust and respect again. Snow fell.",
		"Respect guided the envoys. Bells rang.",
		"Respect matters here. Clocks ticked.",
	)
	res := discover(t, docs, DefaultDiscoverOptions())
	checkFamilies(t, res, []familyPair{
		{"green growth", "blue economy", false},
		{"green growth", "green growth and blue economy", false},
		{"blue economy", "green growth and blue economy", false},
	})
	if testing.Verbose() {
		for _, c := range res.Candidates {
			var ps []string
			for _, m := range c.Phrases {
				ps = append(ps, res.Phrases[m].Text)
			}
			t.Logf("%s: %s", c.Name, strings.Join(ps, " | "))
		}
	}
}
