package evaluation

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/phrases"
)

const (
	devsetCJKDir = "../../testdata/devset-cjk"
	// minCJKArticles is the least the Chinese and Korean set may hold.
	minCJKArticles = 30
)

// goldLangRe reads the language a gold file's first comment names.
var goldLangRe = regexp.MustCompile(`^# \S+ \((en|zh-Hans|zh-Hant|ko)\)`)

// TestDevSetCJK scores the built-in families and the figure extractor on the
// Chinese and Korean development set, per language, and fails when
// precision or recall of families or of figures falls below the floor in
// any language. It also checks that each article is given the language its
// gold file names. With -v it prints the tables; on failure, or with
// DEVSET_ERRORS=1, every miss and false positive.
func TestDevSetCJK(t *testing.T) {
	fams := phrases.DefaultFamilies()
	o := corpus.DefaultOptions()
	o.Lexicon = phrases.Lexicon(fams)
	m := phrases.NewMatcher(fams, corpus.DefaultAliases(), phrases.MatchOptions{})
	byLang := map[string]*Scores{}
	n := eachGold(t, devsetCJKDir, o, func(d *corpus.Document, g *Gold) {
		want := goldLang(t, filepath.Join(devsetCJKDir, d.ID+".gold"))
		if d.Lang != want {
			t.Errorf("%s: language %q, gold says %q", d.ID, d.Lang, want)
		}
		s := byLang[want]
		if s == nil {
			s = NewScores()
			byLang[want] = s
		}
		s.AddDocument(d, g, m, nil)
	})
	if n < minCJKArticles {
		t.Errorf("%s has %d annotated articles, want at least %d", devsetCJKDir, n, minCJKArticles)
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		s := byLang[l]
		f := func(c Count) string { return fmt.Sprintf("P %.3f R %.3f (%d gold)", c.Precision(), c.Recall(), c.Gold) }
		fmt.Printf("devset-cjk/%s: families %s; figures %s\n", l, f(s.FamiliesTotal), f(s.FiguresTotal))
		var b strings.Builder
		s.WriteTable(&b)
		t.Logf("%s (%s)\n%s", devsetCJKDir, l, b.String())
		checkClasses(t, l+" ", s, floor, []tally{{"families", s.FamiliesTotal}, {"figures", s.FiguresTotal}})
	}
}

// goldLang is the language the first line of a gold file names.
func goldLang(t *testing.T, name string) string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if sc.Scan() {
		if m := goldLangRe.FindStringSubmatch(sc.Text()); m != nil {
			return m[1]
		}
	}
	t.Errorf("%s: the first line must name the language: # NAME.txt (zh-Hans): ...", name)
	return ""
}
