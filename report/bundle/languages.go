package bundle

import (
	"sort"

	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
)

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
			panels = append(panels, chart.Series{Name: x.f.Name + " · " + name, Values: vals})
		}
	}
	c, err := chart.Panels("families-by-language", "Families by language per "+s.Unit.String(),
		cap.With("rate per 10,000 tokens of the documents in each language"), "per 10,000 tokens", labels, panels)
	p.addChart(c, err, "families by language")
}
