package evaluation

import (
	"fmt"
	"os"
	"testing"

	"github.com/dipstat/dipstat/analysis/phrases"
)

// The discovery trial set (testdata/discover-trial): 48 articles of our own
// writing shaped like the trial that issue 23 reports (a folder of news
// pages on several relations, with the formulas at the density of real
// coverage, page chrome and ordinary news English), written by six writers
// before discovery was ever run on them. The weights are never fit on it.
// See its README for the first measurement.
const (
	discoverTrialDir = "../../testdata/discover-trial"
	// discoverTrialMaxMissed is the most recurring gold families the top 60
	// formula candidates may miss: the level reached (12 when first
	// measured, blind), a floor that catches a step back (issue 23 asks for 1).
	discoverTrialMaxMissed = 10
	// discoverTrialMaxNewMissed is the most of those the lexicon lacks
	// they may miss.
	discoverTrialMaxNewMissed = 0
	// discoverTrialMinShown is the least number of formula candidates: a
	// list shorter than 60 is shown whole.
	discoverTrialMinShown = 40
	// trialFamiliesFloor is the least precision and recall of the lexicon on it.
	trialFamiliesFloor = 0.95
)

// TestDiscoverTrialGold checks that every gold file of the trial set parses
// and places its surfaces; it runs no discovery.
func TestDiscoverTrialGold(t *testing.T) {
	docs := loadGoldDir(t, discoverTrialDir, 40)
	n := 0
	for _, d := range docs {
		n += len(d.Gold.Families)
	}
	t.Logf("%d documents, %d formula occurrences", len(docs), n)
}

// TestDiscoverTrialSet runs discovery without the lexicon on the trial set
// and scores its top 60 formula candidates as TestDiscoverDevset does;
// make test prints the totals beside the devset's.
func TestDiscoverTrialSet(t *testing.T) {
	docs := loadGoldDir(t, discoverTrialDir, 40)
	s, lacks := scoreGoldSet(t, "discovery trial", docs)
	if len(s.Missed) > discoverTrialMaxMissed {
		t.Errorf("%d recurring gold families missed, at most %d allowed: %v", len(s.Missed), discoverTrialMaxMissed, s.Missed)
	}
	if missed := len(lacks.Recurring) - len(lacks.Surfaced); missed > discoverTrialMaxNewMissed {
		t.Errorf("%d recurring families the lexicon lacks missed, at most %d allowed", missed, discoverTrialMaxNewMissed)
	}
	if s.Shown < discoverTrialMinShown || float64(s.WellFormed) < minWellFormedShare*float64(s.Shown) {
		t.Errorf("%d of %d top formula candidates well formed, want %d candidates or more and %.0f%%", s.WellFormed, s.Shown, discoverTrialMinShown, 100*minWellFormedShare)
	}
}

// TestTrialFamilies scores the formula lexicon's families on the trial set
// (its gold files have formula lines only, so figures and speakers are not
// scored). make test prints the line.
func TestTrialFamilies(t *testing.T) {
	s := scoreDir(t, discoverTrialDir, 40)
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
	fmt.Printf("trial: families P %.3f R %.3f (%d gold, the lexicon's families)\n", c.Precision(), c.Recall(), c.Gold)
	if c.Precision() < trialFamiliesFloor || c.Recall() < trialFamiliesFloor {
		t.Errorf("trial families: precision %.3f, recall %.3f; want both at least %.2f", c.Precision(), c.Recall(), trialFamiliesFloor)
	}
	if t.Failed() || os.Getenv("DEVSET_ERRORS") != "" {
		for _, e := range s.Errors {
			if lexicon[e.Class] {
				t.Log(e)
			}
		}
	}
}
