package phrases

import (
	"testing"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
)

// TestMatchAttribution: with an Attributor, every occurrence carries the
// speaker, side and cue of its sentence; without one, none.
func TestMatchAttribution(t *testing.T) {
	docs := docsOf(t, "China and South Korea are close neighbors, Wang Yi said. "+
		"The two countries should respect each other's core interests. "+
		"The one-China principle is the basis of ties.\n\nSeoul said it upholds the one-China policy.")
	at := attribution.New(nil, attribution.Options{})
	m := NewMatcher(DefaultFamilies(), corpus.DefaultAliases(), MatchOptions{Attributor: at})
	var got []string
	for _, o := range m.Match(docs[0]) {
		got = append(got, o.Family+": "+o.Speaker+" | "+o.Side+" | "+o.Cue)
	}
	want := []string{
		"close-neighbors: Wang Yi | China | said",
		"core-interests: Wang Yi | China | continued",
		"one-china: Wang Yi | China | continued",
		"one-china: Seoul | ROK | said",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("occurrence %d: %s, want %s", i, got[i], want[i])
		}
	}
	for _, o := range NewMatcher(DefaultFamilies(), corpus.DefaultAliases(), MatchOptions{}).Match(docs[0]) {
		if o.Speaker != "" || o.Side != "" || o.Cue != "" {
			t.Errorf("attributed without an Attributor: %+v", o)
		}
	}
}
