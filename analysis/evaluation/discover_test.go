package evaluation

import (
	"context"
	"fmt"
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
	return loadGoldDir(t, devsetDir, minArticles)
}

// loadGoldDir loads the articles X.txt of dir with their gold files X.gold;
// it fails when there are fewer than least.
func loadGoldDir(t testing.TB, dir string, least int) []GoldDoc {
	t.Helper()
	o := corpus.DefaultOptions()
	o.KeepDuplicates = true
	c, err := corpus.Load(context.Background(), []string{dir}, o)
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
	if len(out) < least {
		t.Fatalf("%s: %d documents, want at least %d", dir, len(out), least)
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

// The discovery held-out set (testdata/discover-heldout): articles of our own
// writing on relations the devset lacks, with four recurring formulas the
// lexicon does not list. The weights are never fit on it. The floors are the
// levels first measured, so that the test catches a step back; they are not
// targets to tune the articles or the weights to.
const (
	discoverHeldOutDir      = "../../testdata/discover-heldout"
	discoverHeldOutFloor    = 7 // recurring gold families surfaced (of 8)
	discoverHeldOutNewFloor = 4 // of them, families the lexicon lacks (of 4)
)

// TestDiscoverHeldOutSet runs discovery without the lexicon on the discovery
// held-out set and scores its top 60 formula candidates as TestDiscoverDevset
// does; make test prints the totals beside the devset's.
func TestDiscoverHeldOutSet(t *testing.T) {
	docs := loadGoldDir(t, discoverHeldOutDir, 6)
	// The new families must be new: no lexicon pattern matches their gold
	// occurrences.
	lexicon := map[string]bool{}
	for _, f := range phrases.DefaultFamilies() {
		lexicon[f.Name] = true
	}
	m := phrases.NewMatcher(phrases.DefaultFamilies(), corpus.DefaultAliases(), phrases.MatchOptions{})
	newFams := map[string]bool{}
	for _, gd := range docs {
		occ := m.Match(gd.Doc)
		for _, f := range gd.Gold.Families {
			if lexicon[f.Family] {
				continue
			}
			newFams[f.Family] = true
			for _, o := range occ {
				if o.Start < f.End && f.Start < o.End {
					t.Errorf("%s: %q of the new family %s is matched by the lexicon's %s", gd.Doc.ID, f.Surface, f.Family, o.Family)
				}
			}
		}
	}
	res, spans := discoverDevset(t, docs, phrases.DefaultDiscoverOptions())
	s := ScoreDiscovery(res, spans, docs, discoverTop)
	var rec, found []string
	for _, f := range s.Recurring {
		if newFams[f] {
			rec = append(rec, f)
		}
	}
	for _, f := range s.Surfaced {
		if newFams[f] {
			found = append(found, f)
		}
	}
	var b strings.Builder
	if testing.Verbose() {
		for _, r := range s.Rows {
			fmt.Fprintln(&b, "  ", r)
		}
	}
	fmt.Fprintf(&b, "discovery held-out: top %d formula candidates surface %d of %d recurring gold formula families, %d of the %d the lexicon lacks (missed: %s)\n",
		s.Shown, len(s.Surfaced), len(s.Recurring), len(found), len(rec), strings.Join(s.Missed, ", "))
	fmt.Fprintf(&b, "discovery held-out: %d of %d top formula candidates well formed\n", s.WellFormed, s.Shown)
	t.Log("\n" + b.String())
	if len(rec) < 4 {
		t.Errorf("%d recurring families the lexicon lacks, want 4: %v", len(rec), rec)
	}
	if len(s.Surfaced) < discoverHeldOutFloor || len(found) < discoverHeldOutNewFloor {
		t.Errorf("%d recurring families surfaced (floor %d), %d new ones (floor %d)", len(s.Surfaced), discoverHeldOutFloor, len(found), discoverHeldOutNewFloor)
	}
}
