package evaluation

import (
	"context"
	"crypto/sha256"
	"fmt"
	"github.com/dipstat/dipstat/analysis/attribution"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/phrases"
)

const (
	devsetDir  = "../../testdata/devset"
	heldoutDir = "../../testdata/heldout"
	// heldoutFloor guards the held-out scores against regression.
	heldoutFloor = 0.90
	seedsDir     = "../../seeds"
	// floor is the precision and recall below which TestDevSet fails, for
	// families, figures in digits and figures in words alike.
	floor = 0.95
	// minArticles is the least the development set may hold.
	minArticles = 40
)

// TestDevSet scores the built-in formula families and the figure extractor
// on the development set (seeds/ is not part of it) and fails when precision
// or recall of families, of figures in digits or of figures in words falls
// below the floor. With -v it prints the table; on failure, or with
// DEVSET_ERRORS=1, it lists every miss and false positive.
func TestDevSet(t *testing.T) {
	s := scoreDir(t, devsetDir, minArticles)
	fmt.Println(s.Totals())
	check(t, s, floor)
}

// scoreDir scores every article X.txt of dir against its X.gold.
func scoreDir(t *testing.T, dir string, least int) *Scores {
	t.Helper()
	seeds := seedHashes(t)
	a := attribution.New(nil, attribution.Options{})
	m := phrases.NewMatcher(phrases.DefaultFamilies(), corpus.DefaultAliases(), phrases.MatchOptions{Attributor: a})
	s := NewScores()
	o := corpus.DefaultOptions()
	n := eachGold(t, dir, o, func(d *corpus.Document, g *Gold) {
		if seeds[sha256.Sum256([]byte(d.Raw))] {
			t.Errorf("%s is a seed article: the development set must be text the lexicon was not written from", d.ID)
		}
		s.AddDocument(d, g, m, a)
	})
	if n < least {
		t.Errorf("%s has %d annotated articles, want at least %d", dir, n, least)
	}
	var b strings.Builder
	s.WriteTable(&b)
	t.Logf("%s: %d articles\n%s", dir, n, b.String())
	return s
}

// eachGold loads every article X.txt of dir with o (duplicates kept) and
// calls fn with it and its gold file X.gold; it returns how many articles
// had one. An article without a readable gold file, or skipped by the
// loader, is a test error.
func eachGold(t *testing.T, dir string, o corpus.Options, fn func(*corpus.Document, *Gold)) int {
	t.Helper()
	o.KeepDuplicates = true
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(context.Background(), files, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range c.Warnings {
		if strings.Contains(w.Msg, "skipped") {
			t.Error(w)
		}
	}
	n := 0
	for _, d := range c.Docs {
		name := filepath.Join(dir, d.ID+".gold")
		f, err := os.Open(name)
		if err != nil {
			t.Errorf("%s has no gold file: %v", d.ID, err)
			continue
		}
		g, err := ReadGold(filepath.Base(name), f, d.Raw)
		f.Close()
		if err != nil {
			t.Error(err)
			continue
		}
		fn(d, g)
		n++
	}
	return n
}

// check fails t when families, figures in digits or figures in words fall
// below floor in precision or recall, and then lists every error.
func check(t *testing.T, s *Scores, floor float64) {
	t.Helper()
	checkClasses(t, "", s, floor, []tally{{"families", s.FamiliesTotal}, {"figures in digits", s.Digits}, {"figures in words", s.Words}})
}

// tally is a named count that check compares with the floor.
type tally struct {
	name string
	Count
}

// checkClasses fails t when any of cs falls below floor in precision or
// recall (its message prefixed with label, as "ko "), and then, or with
// DEVSET_ERRORS=1, lists every error of s.
func checkClasses(t *testing.T, label string, s *Scores, floor float64, cs []tally) {
	t.Helper()
	failed := false
	for _, c := range cs {
		if c.Precision() < floor || c.Recall() < floor {
			t.Errorf("%s%s: precision %.3f, recall %.3f; want both at least %.2f", label, c.name, c.Precision(), c.Recall(), floor)
			failed = true
		}
	}
	if os.Getenv("DEVSET_ERRORS") != "" || failed || t.Failed() {
		for _, e := range s.Errors {
			t.Log(e)
		}
	}
}

// seedHashes are the SHA-256 sums of the seed articles.
func seedHashes(t *testing.T) map[[32]byte]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", seedsDir, err)
	}
	h := map[[32]byte]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h[sha256.Sum256(b)] = true
	}
	return h
}

// TestHeldOut scores the held-out set: articles written by someone who saw
// only the annotation rules, never the lexicon, the extractor or the
// development set, and never tuned on. Its scores tell how dipstat does on
// news it was not shaped by.
func TestHeldOut(t *testing.T) {
	s := scoreDir(t, heldoutDir, 16)
	fmt.Println(strings.Replace(s.Totals(), "devset:", "heldout:", 1))
	check(t, s, heldoutFloor)
}
