package phrases

import (
	"fmt"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// TestMarkKnown checks which family each phrase is found a variant of,
// with enough distinct example sentences that several goroutines share
// them, some sentences shared by several phrases, and a phrase missing
// from its sentence (then its own text is matched).
func TestMarkKnown(t *testing.T) {
	m := NewMatcher(DefaultFamilies(), corpus.DefaultAliases(), MatchOptions{})
	tests := []struct {
		sentence, phrase, want string
	}{
		{"The two are close neighbors that cannot be moved away, he said %d times.", "close neighbors", "close-neighbors"},
		{"The two are close neighbors that cannot be moved away, he said %d times.", "cannot be moved away", "close-neighbors"},
		{"They respect each other's core interests and major concerns in round %d.", "major concerns", "core-interests"},
		{"They respect each other's core interests and major concerns in round %d.", "respect each other's", "core-interests"},
		{"Talks in round %d sought mutual benefit and win-win outcomes.", "sought mutual benefit", "mutual-benefit"},
		{"Talks in round %d covered the weather.", "the weather", ""},
		{"Nothing here, round %d.", "mutually beneficial cooperation", "mutual-benefit"}, // not in its sentence
	}
	d := &Discovery{}
	var want []string
	for i := range 200 {
		for _, tt := range tests {
			sent := fmt.Sprintf(tt.sentence, i)
			d.Phrases = append(d.Phrases, Phrase{Text: tt.phrase, Candidate: -1,
				Example: Occurrence{Doc: fmt.Sprint(i), Sentence: sent, Text: tt.phrase}})
			want = append(want, tt.want)
		}
	}
	d.Candidates = []Candidate{{Phrases: []int{5, 2, 0}}, {Phrases: []int{5, 12}}}
	d.MarkKnown(m)
	for i, p := range d.Phrases {
		if p.Known != want[i] {
			t.Fatalf("phrase %d %q in %q: known %q, want %q", i, p.Text, p.Example.Sentence, p.Known, want[i])
		}
	}
	if d.Candidates[0].Known != "core-interests" || d.Candidates[1].Known != "" {
		t.Errorf("candidates known as %q and %q, want core-interests and none", d.Candidates[0].Known, d.Candidates[1].Known)
	}
}
