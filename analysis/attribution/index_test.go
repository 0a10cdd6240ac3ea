package attribution

import (
	"fmt"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// TestIndexFilter: the filter in front of the word map never turns a
// word of the index away, and turns most other words away.
func TestIndexFilter(t *testing.T) {
	x := newIndex(DefaultActors(), false)
	for _, e := range x.words {
		if got := x.lookupNorm(e.norm); got != e {
			t.Errorf("%q: lookupNorm gives %v, want its entry", e.norm, got)
		}
	}
	passed := 0
	for i := range 10000 {
		w := fmt.Sprintf("zq%dx", i)
		if x.mayHold(corpus.WordHash(w)) {
			passed++
		}
	}
	if passed > 1000 {
		t.Errorf("%d of 10000 words outside the index pass the filter (%d words in it)", passed, len(x.words))
	}
	t.Logf("%d of 10000 words outside the index pass the filter (%d words in it)", passed, len(x.words))
}
