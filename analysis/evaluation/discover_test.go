package evaluation

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
	maxMissedFamilies  = 7 // issue 23 asks for 1
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
	s, lacks := scoreGoldSet(t, "discovery held-out", docs)
	if len(lacks.Recurring) < 4 {
		t.Errorf("%d recurring families the lexicon lacks, want 4: %v", len(lacks.Recurring), lacks.Recurring)
	}
	if len(s.Surfaced) < discoverHeldOutFloor || len(lacks.Surfaced) < discoverHeldOutNewFloor {
		t.Errorf("%d recurring families surfaced (floor %d), %d new ones (floor %d)", len(s.Surfaced), discoverHeldOutFloor, len(lacks.Surfaced), discoverHeldOutNewFloor)
	}
}

// scoreGoldSet runs discovery without the lexicon on docs, scores its top
// 60 formula candidates as TestDiscoverDevset does and logs the totals under
// label (with the candidates when verbose). lacks holds the recurring gold
// families the lexicon lacks, and those of them surfaced; each must be new:
// no lexicon pattern matches its gold occurrences.
func scoreGoldSet(t *testing.T, label string, docs []GoldDoc) (s *DiscoverScore, lacks newFamilies) {
	t.Helper()
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
	s = ScoreDiscovery(res, spans, docs, discoverTop)
	for _, f := range s.Recurring {
		if newFams[f] {
			lacks.Recurring = append(lacks.Recurring, f)
		}
	}
	for _, f := range s.Surfaced {
		if newFams[f] {
			lacks.Surfaced = append(lacks.Surfaced, f)
		}
	}
	var b strings.Builder
	if testing.Verbose() {
		for _, r := range s.Rows {
			fmt.Fprintln(&b, "  ", r)
		}
	}
	fmt.Fprintf(&b, "%s: top %d formula candidates surface %d of %d recurring gold formula families, %d of the %d the lexicon lacks (missed: %s)\n",
		label, s.Shown, len(s.Surfaced), len(s.Recurring), len(lacks.Surfaced), len(lacks.Recurring), strings.Join(s.Missed, ", "))
	fmt.Fprintf(&b, "%s: %d of %d top formula candidates well formed\n", label, s.WellFormed, s.Shown)
	t.Log("\n" + b.String())
	return s, lacks
}

// TestScoreDiscoveryOneFamilyPerCandidate: a candidate family counts toward
// the one gold family it overlaps most, so that a group merging the
// phrases of several families surfaces one of them, not all.
func TestScoreDiscoveryOneFamilyPerCandidate(t *testing.T) {
	raw := "They hailed the global south today. They opposed economic globalization backlash. " +
		"They backed the global south again. Economic globalization helps."
	at := func(s string, k int) (int, int) {
		i := -1
		for ; k > 0; k-- {
			i += 1 + strings.Index(raw[i+1:], s)
		}
		return i, i + len(s)
	}
	span := func(s string, k int) phrases.Span {
		a, b := at(s, k)
		return phrases.Span{Doc: "d1", Start: a, End: b}
	}
	gold := func(fam, s string, k int) Family {
		a, b := at(s, k)
		return Family{Family: fam, Surface: s, Start: a, End: b}
	}
	fams := []Family{
		gold("global-south", "global south", 1), gold("global-south", "global south", 2),
		gold("open-world-economy", "economic globalization", 1), gold("open-world-economy", "Economic globalization", 1),
	}
	// Two documents with the same text, so that the gold families recur;
	// the phrases occur in the first.
	docs := []GoldDoc{
		{Doc: &corpus.Document{ID: "d1", Raw: raw}, Gold: &Gold{Families: fams}},
		{Doc: &corpus.Document{ID: "d2", Raw: raw}, Gold: &Gold{Families: fams}},
	}
	ps := []phrases.Phrase{
		{Text: "global south", N: 2, Kind: phrases.KindFormula},
		{Text: "economic globalization", N: 2, Kind: phrases.KindFormula},
	}
	spans := [][]phrases.Span{
		{span("global south", 1), span("global south", 2)},
		{span("economic globalization", 1)},
	}
	for _, tc := range []struct {
		name  string
		cands []phrases.Candidate
		want  []string
	}{
		{"merged", []phrases.Candidate{{Name: "global south", Kind: phrases.KindFormula, Phrases: []int{0, 1}}}, []string{"global-south"}},
		{"apart", []phrases.Candidate{
			{Name: "global south", Kind: phrases.KindFormula, Phrases: []int{0}},
			{Name: "economic globalization", Kind: phrases.KindFormula, Phrases: []int{1}},
		}, []string{"global-south", "open-world-economy"}},
		{"not a formula", []phrases.Candidate{{Name: "global south", Kind: phrases.KindGeneric, Phrases: []int{0, 1}}}, nil},
	} {
		d := &phrases.Discovery{Phrases: ps, Candidates: tc.cands}
		s := ScoreDiscovery(d, spans, docs, 60)
		if !slices.Equal(s.Surfaced, tc.want) {
			t.Errorf("%s: surfaced %v, want %v", tc.name, s.Surfaced, tc.want)
		}
	}
}

func TestBestFamily(t *testing.T) {
	occ := func(doc, fam string, start, covered int) GoldOcc {
		return GoldOcc{Doc: doc, Family: Family{Family: fam, Start: start, End: start + 10}, Covered: covered}
	}
	for _, tc := range []struct {
		name   string
		in     []GoldOcc
		best   string
		others []string
	}{
		{"none", nil, "", nil},
		{"more words, as often", []GoldOcc{occ("a", "mutual-benefit", 0, 2), occ("a", "mbsr", 0, 7)}, "mbsr", []string{"mutual-benefit"}},
		{"more often", []GoldOcc{occ("a", "win-win", 0, 2), occ("b", "win-win", 0, 2), occ("a", "three", 0, 6)}, "win-win", []string{"three"}},
		{"repeats count once", []GoldOcc{occ("a", "x", 0, 2), occ("a", "x", 0, 2), occ("a", "x", 0, 2), occ("a", "y", 5, 2), occ("b", "y", 5, 2)}, "y", []string{"x"}},
		{"largest covering", []GoldOcc{occ("a", "x", 0, 2), occ("a", "x", 0, 4), occ("a", "y", 5, 3)}, "x", []string{"y"}},
		{"largest covering, not the sum", []GoldOcc{occ("a", "x", 0, 2), occ("a", "x", 0, 2), occ("a", "y", 5, 3)}, "y", []string{"x"}},
		{"tie by name", []GoldOcc{occ("a", "y", 0, 2), occ("a", "x", 5, 2)}, "x", []string{"y"}},
	} {
		best, others := BestFamily(tc.in)
		if best != tc.best || !slices.Equal(others, tc.others) {
			t.Errorf("%s: %q %v, want %q %v", tc.name, best, others, tc.best, tc.others)
		}
	}
}

// newFamilies are the recurring gold families of a set that the lexicon
// lacks, and those of them that discovery surfaced.
type newFamilies struct{ Recurring, Surfaced []string }
