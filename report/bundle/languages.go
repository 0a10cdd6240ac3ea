package bundle

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
)

// wordingIn is the most used variant of f written in the script of lang:
// Hangul for ko, Han for zh (simplified or traditional), neither for the
// others; "" when there is none.
func wordingIn(f phrases.FamilyStats, lang string) string {
	has := func(s string, t *unicode.RangeTable) bool {
		return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(t, r) }) >= 0
	}
	best, n := "", 0
	for _, v := range f.Variants {
		hangul, han := has(v.Variant, unicode.Hangul), has(v.Variant, unicode.Han)
		var fits bool
		switch primary, _, _ := strings.Cut(lang, "-"); primary {
		case "ko":
			fits = hangul
		case "zh":
			fits = han && !hangul
		default:
			fits = !han && !hangul
		}
		if fits && v.Count > n {
			best, n = v.Variant, v.Count
		}
	}
	return best
}

// languagesPart adds the side-by-side view of a corpus in several languages
// (English, Chinese, Korean): the Families by language sheet and a chart of
// one small panel per family and language, its rate per 10,000 tokens of
// that language's documents per period, for the families used in most
// languages, then most often. A corpus in one language gets neither.
func languagesPart(p *Part, s *phrases.Summary, cap Caption, labels []string, idx []int) {
	if len(s.Langs) < 2 {
		return
	}
	p.Tables = append(p.Tables, sheet(table.FamiliesByLanguage(s), "Families by language"))
	type famLangs struct {
		f     phrases.FamilyStats
		langs int
	}
	var fl []famLangs
	for _, f := range s.Families {
		n := 0
		for _, l := range f.ByLang {
			if l.Total.Occurrences > 0 {
				n++
			}
		}
		if n > 0 {
			fl = append(fl, famLangs{f, n})
		}
	}
	sort.SliceStable(fl, func(i, j int) bool {
		if fl[i].langs != fl[j].langs {
			return fl[i].langs > fl[j].langs
		}
		return fl[i].f.Total.Occurrences > fl[j].f.Total.Occurrences
	})
	var panels []chart.Series
	for _, x := range fl {
		for _, l := range x.f.ByLang {
			if l.Total.Occurrences == 0 {
				continue
			}
			vals := make([]float64, len(idx))
			for j, i := range idx {
				vals[j] = l.ByPeriod[i].Per10k
			}
			name := l.Lang
			if name == "" {
				name = "unknown"
			}
			label := x.f.Name + " · " + name
			if w := wordingIn(x.f, l.Lang); w != "" {
				label += "\n" + w
			}
			panels = append(panels, chart.Series{Name: label, Values: vals})
		}
	}
	c, err := chart.Panels("families-by-language", "Families by language per "+s.Unit.String(),
		cap.With("rate per 10,000 tokens of the documents in each language"), "per 10,000 tokens", labels, panels)
	p.addChart(c, err, "families by language")
}
