package evaluation

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// loadDevset loads the development set's articles with their gold files.
func loadDevset(t testing.TB) []GoldDoc {
	t.Helper()
	o := corpus.DefaultOptions()
	o.KeepDuplicates = true
	c, err := corpus.Load(context.Background(), []string{devsetDir}, o)
	if err != nil {
		t.Fatal(err)
	}
	var out []GoldDoc
	for _, d := range c.Docs {
		if filepath.Ext(d.File) != ".txt" {
			continue // README.md
		}
		name := strings.TrimSuffix(d.File, filepath.Ext(d.File)) + ".gold"
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		g, err := ReadGold(name, f, d.Raw)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, GoldDoc{Doc: d, Gold: g})
	}
	if len(out) < 40 {
		t.Fatalf("devset: %d documents", len(out))
	}
	return out
}

// discoverDevset runs discovery on the devset as dipstat does, with the
// formula lexicon replaced by an empty one.
func discoverDevset(t testing.TB, docs []GoldDoc, o phrases.DiscoverOptions) (*phrases.Discovery, [][]phrases.Span) {
	t.Helper()
	dc, err := phrases.NewDiscoverer(corpus.DefaultAliases(), o)
	if err != nil {
		t.Fatal(err)
	}
	for _, gd := range docs {
		dc.Add(gd.Doc)
	}
	res := dc.Run()
	res.MarkKnown(phrases.NewMatcher(nil, corpus.DefaultAliases(), phrases.MatchOptions{}))
	return res, dc.Spans(res.Phrases)
}

// Issue 23's bar: among the top 60 formula candidates, every recurring gold
// formula family but at most one is surfaced, and at least 90% are well
// formed. Not met yet: maxMissedFamilies holds the level reached, so that
// the test catches a step back.
const (
	discoverTop        = 60
	maxMissedFamilies  = 2 // issue 23 asks for 1
	minWellFormedShare = 0.9
)

// TestDiscoverDevset scores discovery without the lexicon on the devset;
// make test prints its two totals (-v shows them with the candidates).
func TestDiscoverDevset(t *testing.T) {
	docs := loadDevset(t)
	res, spans := discoverDevset(t, docs, phrases.DefaultDiscoverOptions())
	for _, c := range res.Candidates {
		if c.Known != "" {
			t.Errorf("%q is a variant of %q with an empty lexicon", c.Name, c.Known)
		}
	}
	s := ScoreDiscovery(res, spans, docs, discoverTop)
	var b strings.Builder
	s.Write(&b, testing.Verbose())
	t.Log("\n" + b.String())
	if len(s.Missed) > maxMissedFamilies {
		t.Errorf("%d recurring gold families missed, at most %d allowed: %v", len(s.Missed), maxMissedFamilies, s.Missed)
	}
	if s.Shown < discoverTop || float64(s.WellFormed) < minWellFormedShare*float64(s.Shown) {
		t.Errorf("%d of %d top formula candidates well formed, want %d candidates and %.0f%%", s.WellFormed, s.Shown, discoverTop, 100*minWellFormedShare)
	}
}
