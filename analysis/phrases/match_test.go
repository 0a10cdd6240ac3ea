package phrases

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// testdata/seeds.expect is written by hand and never regenerated, so this
// package has no -update flag.

const seedsDir = "../../seeds"

var loadSeeds = sync.OnceValues(func() (*corpus.Corpus, error) {
	return corpus.Load(context.Background(), []string{seedsDir}, corpus.DefaultOptions())
})

func seeds(t testing.TB) []*corpus.Document {
	t.Helper()
	c, err := loadSeeds()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 5 {
		t.Fatalf("want 5 seed documents, got %d", len(c.Docs))
	}
	return c.Docs
}

// TestSeedsExpectations compares the default families' matches on the seeds
// with the hand-written list in testdata/seeds.expect, exactly.
func TestSeedsExpectations(t *testing.T) {
	fh, err := os.Open("testdata/seeds.expect")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var want []string
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			want = append(want, l)
		}
	}
	m := NewMatcher(DefaultFamilies(), corpus.DefaultAliases(), MatchOptions{})
	var got []string
	for _, d := range seeds(t) {
		for _, o := range m.Match(d) {
			got = append(got, fmt.Sprintf("%s\t%s\t%s", o.Doc, o.Family, o.Text))
			if d.Raw[o.Start:o.End] != o.Text || !strings.Contains(o.Sentence, o.Text) ||
				d.Raw[o.SentStart:o.SentEnd] != o.Sentence {
				t.Errorf("%s: offsets do not point at the text %q", o.Doc, o.Text)
			}
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("matches differ from testdata/seeds.expect\n--- got\n%s\n--- want\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestScratchGrows: once the scratch buffer has served the largest attempt,
// attempts as large allocate nothing, however often they come (a full
// buffer is replaced by one twice as large, not by one as small).
func TestScratchGrows(t *testing.T) {
	var sc scratch
	attempt := func() {
		sc.reset()
		for range 40 { // a pattern of 40 nodes on a sentence of 300 units
			sc.get(301)
		}
	}
	attempt()
	if n := testing.AllocsPerRun(100, attempt); n != 0 {
		t.Errorf("%v allocations per attempt after the first, want 0", n)
	}
}
