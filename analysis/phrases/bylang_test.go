package phrases

import (
	"math"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// TestSummaryByLanguage: rates per language are of that language's tokens,
// and each language's first use is its own.
func TestSummaryByLanguage(t *testing.T) {
	fams := DefaultFamilies()
	o := corpus.DefaultOptions()
	o.Lexicon = Lexicon(fams)
	ps := corpus.NewParser(o)
	m := NewMatcher(fams, corpus.DefaultAliases(), MatchOptions{})
	c := NewCounts()
	for _, d := range []struct{ text, date string }{
		{"China and Korea are close neighbors.", "2025-01-05"},
		{"中韩是搬不走的近邻。", "2025-03-01"},
		{"양국은 이사 갈 수 없는 이웃이다.", "2025-02-01"},
		{"Trade grew.", "2025-04-01"},
	} {
		doc := ps.Parse("x.txt", []byte(" date "+d.date+"\n"+d.text))
		c.Add(m.Match(doc), doc)
	}
	s := c.Summarize(period.Quarter, fams)
	if len(s.Langs) != 3 {
		t.Fatalf("languages %v", s.Langs)
	}
	f := s.Families[0]
	if f.Name != "close-neighbors" {
		t.Fatal(f.Name)
	}
	want := map[string]string{"en": "2025-01-05", "ko": "2025-02-01", "zh-Hans": "2025-03-01"}
	for _, l := range f.ByLang {
		if l.Total.Occurrences != 1 || l.First.Format(time.DateOnly) != want[l.Lang] {
			t.Errorf("%s: %d occurrences, first %v", l.Lang, l.Total.Occurrences, l.First)
		}
		if got, w := l.Total.Per10k, 10000/float64(s.LangTotals[l.Lang]); math.Abs(got-w) > 1e-9 {
			t.Errorf("%s: rate %g, want %g", l.Lang, got, w)
		}
	}
}
