package evaluation

import (
	"fmt"
	"os"
	"testing"

	"github.com/dipstat/dipstat/analysis/phrases"
)

// The discovery trial sets: articles of our own writing shaped like the
// trial that issue 23 reports (a folder of news pages on several
// relations, with the formulas at the density of real coverage, page chrome
// and ordinary news English), written by writers who read only the
// annotation rules, before discovery was ever run on them. The weights are
// never fit on them. See their READMEs for the first measurements.
//
// testdata/discover-trial: 48 pages on six relations; discovery was changed
// after its first (blind) run was read. testdata/discover-trial2: 32 pages
// on four other relations, measured once, blind, when it was added, and not
// read since: the figure to trust for what discovery does on news it has
// not seen. testdata/discover-trial3: 48 pages on six more relations,
// measured once, blind, then read: its page chrome and lexicon misses were
// mended.
const (
	discoverTrialDir  = "../../testdata/discover-trial"
	discoverTrial2Dir = "../../testdata/discover-trial2"
	discoverTrial3Dir = "../../testdata/discover-trial3"
)

// trialFloors are the levels a trial set's scores must keep: the levels
// reached, floors that catch a step back (issue 23 asks for one family
// missed at most).
type trialFloors struct {
	minDocs int
	// maxMissed is the most recurring gold families the top 60 formula
	// candidates may miss; maxNewMissed the most of those the lexicon lacks.
	maxMissed, maxNewMissed int
	// minShown is the least number of formula candidates: a list shorter
	// than 60 is shown whole.
	minShown int
	// families is the least precision and recall of the lexicon.
	families float64
}

var (
	// first measured blind: 12 missed, none new, 40 shown; lexicon 1.000.
	// 45 were shown before the kind rules for persons, news frames,
	// settings, relation names, complex prepositions and common
	// possessives took phrases that are no formulas out of the list
	// ("condition of anonymity", "today's"): 38 now, with the same
	// families surfaced.
	trialFloors1 = trialFloors{minDocs: 40, maxMissed: 10, maxNewMissed: 0, minShown: 35, families: 0.95}
	// measured once, blind: 10 missed, none new, 28 shown; lexicon 1.000
	trialFloors2 = trialFloors{minDocs: 30, maxMissed: 10, maxNewMissed: 0, minShown: 25, families: 0.95}
	// measured once, blind: 8 missed, 1 new ("evergreen friendship" is
	// grouped with another writer's "evergreen pine of friendship"), 38
	// shown, 4 of them page chrome (35 since cleaning removes it); lexicon
	// 1.000 after the fixes its first reading called for (a photo's
	// credit, possessives)
	trialFloors3 = trialFloors{minDocs: 45, maxMissed: 8, maxNewMissed: 1, minShown: 30, families: 0.95}
)

// TestDiscoverTrialGold, TestDiscoverTrial2Gold and TestDiscoverTrial3Gold check that every gold
// file of a trial set parses and places its surfaces; they run no
// discovery.
func TestDiscoverTrialGold(t *testing.T)  { checkTrialGold(t, discoverTrialDir, trialFloors1) }
func TestDiscoverTrial2Gold(t *testing.T) { checkTrialGold(t, discoverTrial2Dir, trialFloors2) }
func TestDiscoverTrial3Gold(t *testing.T) { checkTrialGold(t, discoverTrial3Dir, trialFloors3) }

func checkTrialGold(t *testing.T, dir string, f trialFloors) {
	docs := loadGoldDir(t, dir, f.minDocs)
	n := 0
	for _, d := range docs {
		n += len(d.Gold.Families)
	}
	t.Logf("%d documents, %d formula occurrences", len(docs), n)
}

// TestDiscoverTrialSet, TestDiscoverTrial2Set and TestDiscoverTrial3Set run discovery without the
// lexicon on a trial set and score its top 60 formula candidates as
// TestDiscoverDevset does; make test prints the totals beside the devset's.
func TestDiscoverTrialSet(t *testing.T) {
	checkDiscoverTrial(t, "discovery trial", discoverTrialDir, trialFloors1)
}

func TestDiscoverTrial2Set(t *testing.T) {
	checkDiscoverTrial(t, "discovery second trial", discoverTrial2Dir, trialFloors2)
}

func TestDiscoverTrial3Set(t *testing.T) {
	checkDiscoverTrial(t, "discovery third trial", discoverTrial3Dir, trialFloors3)
}

func checkDiscoverTrial(t *testing.T, label, dir string, f trialFloors) {
	docs := loadGoldDir(t, dir, f.minDocs)
	s, lacks := scoreGoldSet(t, label, docs)
	if len(s.Missed) > f.maxMissed {
		t.Errorf("%d recurring gold families missed, at most %d allowed: %v", len(s.Missed), f.maxMissed, s.Missed)
	}
	if missed := len(lacks.Recurring) - len(lacks.Surfaced); missed > f.maxNewMissed {
		t.Errorf("%d recurring families the lexicon lacks missed, at most %d allowed", missed, f.maxNewMissed)
	}
	if s.Shown < f.minShown || float64(s.WellFormed) < minWellFormedShare*float64(s.Shown) {
		t.Errorf("%d of %d top formula candidates well formed, want %d candidates or more and %.0f%%", s.WellFormed, s.Shown, f.minShown, 100*minWellFormedShare)
	}
}

// TestTrialFamilies, TestTrial2Families and TestTrial3Families score the formula lexicon's
// families on a trial set (its gold files have formula lines only, so
// figures and speakers are not scored). make test prints the lines.
func TestTrialFamilies(t *testing.T) { checkTrialFamilies(t, "trial", discoverTrialDir, trialFloors1) }
func TestTrial2Families(t *testing.T) {
	checkTrialFamilies(t, "trial2", discoverTrial2Dir, trialFloors2)
}
func TestTrial3Families(t *testing.T) {
	checkTrialFamilies(t, "trial3", discoverTrial3Dir, trialFloors3)
}

func checkTrialFamilies(t *testing.T, label, dir string, f trialFloors) {
	s := scoreDir(t, dir, f.minDocs)
	lexicon := map[string]bool{}
	for _, f := range phrases.DefaultFamilies() {
		lexicon[f.Name] = true
	}
	var c Count // the lexicon's families: the set's invented ones are discovery's
	for name, n := range s.Families {
		if lexicon[name] {
			c.Gold += n.Gold
			c.Predicted += n.Predicted
			c.Correct += n.Correct
		}
	}
	fmt.Printf("%s: families P %.3f R %.3f (%d gold, the lexicon's families)\n", label, c.Precision(), c.Recall(), c.Gold)
	if c.Precision() < f.families || c.Recall() < f.families {
		t.Errorf("%s families: precision %.3f, recall %.3f; want both at least %.2f", label, c.Precision(), c.Recall(), f.families)
	}
	if t.Failed() || os.Getenv("DEVSET_ERRORS") != "" {
		for _, e := range s.Errors {
			if lexicon[e.Class] {
				t.Log(e)
			}
		}
	}
}
