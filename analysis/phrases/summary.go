package phrases

import (
	"math"
	"sort"
	"time"

	"github.com/dipstat/dipstat/analysis/period"
)

// PeriodInfo is one period of a Summary with the documents and tokens counted
// in it. The undated bucket has Label period.Undated and a zero Start.
type PeriodInfo struct {
	Label  string
	Start  time.Time
	Docs   int
	Tokens int
}

// FamilyCell is a family's count in one period (or overall).
type FamilyCell struct {
	Occurrences int
	Docs        int     // documents with at least one occurrence
	Per10k      float64 // occurrences per 10,000 tokens of the period; NaN when it has no tokens
}

// VariantStats is one wording of a family.
type VariantStats struct {
	Variant     string // normalized surface form
	Count       int
	First, Last time.Time // first and last dated document using it; zero if only undated
	Share       float64   // of the family's occurrences
	ByPeriod    []int     // counts, aligned with Summary.Periods
}

// PeriodShare is the variant's share of the family's occurrences in period i
// (0 when the family does not occur then).
func (v VariantStats) PeriodShare(f FamilyStats, i int) float64 {
	if f.ByPeriod[i].Occurrences == 0 {
		return 0
	}
	return float64(v.ByPeriod[i]) / float64(f.ByPeriod[i].Occurrences)
}

// FamilyStats is one family over the periods.
type FamilyStats struct {
	Name, Description string
	Total             FamilyCell
	ByPeriod          []FamilyCell // aligned with Summary.Periods
	Variants          []VariantStats
	// ByLang is the family in the documents of each language of
	// Summary.Langs, in that order.
	ByLang []LangStats
}

// LangStats is a family in the documents of one language: its
// occurrences and rate per period (Docs is not counted per language), and
// the first date that language used it.
type LangStats struct {
	Lang     string
	Total    FamilyCell
	ByPeriod []FamilyCell // aligned with Summary.Periods
	First    time.Time    // zero when the language used it only in undated documents, or never
}

// Summary is families by periods: what dipstat phrases prints and the report
// charts.
type Summary struct {
	Unit     period.Unit
	Periods  []PeriodInfo // every period from the first to the last dated document, then undated if any
	Docs     int
	Tokens   int
	Families []FamilyStats // in the order of the families given, then others by name
	// Langs are the languages of the documents (corpus.Document.Lang, ""
	// for unknown), sorted, with their tokens per period.
	Langs      []string
	LangTokens map[string][]int // aligned with Periods
	LangTotals map[string]int   // tokens of the language
}

func per10k(n, tokens int) float64 {
	if tokens == 0 {
		return math.NaN() // a period without text has no rate (not a rate of 0)
	}
	return float64(n) * 10000 / float64(tokens)
}

// Summarize buckets the counts into periods of unit. Families listed in fams
// appear in that order even when they never occur; families counted but not
// listed follow by name.
func (c *Counts) Summarize(unit period.Unit, fams []Family) *Summary {
	s := &Summary{Unit: unit}
	first, last := c.Span()
	index := map[string]int{}
	for _, p := range period.Timeline(unit, first, last) {
		index[p.Label] = len(s.Periods)
		s.Periods = append(s.Periods, PeriodInfo{Label: p.Label, Start: p.Start})
	}
	if c.docs[0] > 0 {
		index[period.Undated] = len(s.Periods)
		s.Periods = append(s.Periods, PeriodInfo{Label: period.Undated})
	}
	pidx := func(d day) int { return index[unit.Label(d.Time())] }
	for d, n := range c.docs {
		s.Periods[pidx(d)].Docs += n
		s.Docs += n
	}
	for d, n := range c.tokens {
		s.Periods[pidx(d)].Tokens += n
		s.Tokens += n
	}
	names := make([]string, 0, len(fams))
	desc := map[string]string{}
	listed := map[string]bool{}
	for _, f := range fams {
		if !listed[f.Name] {
			listed[f.Name] = true
			names = append(names, f.Name)
			desc[f.Name] = f.Description
		}
	}
	var extra []string
	for n := range c.fams {
		if !listed[n] {
			extra = append(extra, n)
		}
	}
	sort.Strings(extra)
	s.LangTokens, s.LangTotals = map[string][]int{}, map[string]int{}
	for l, byDay := range c.langTokens {
		s.Langs = append(s.Langs, l)
		toks := make([]int, len(s.Periods))
		for d, n := range byDay {
			toks[pidx(d)] += n
			s.LangTotals[l] += n
		}
		s.LangTokens[l] = toks
	}
	sort.Strings(s.Langs)
	for _, name := range append(names, extra...) {
		fs := c.familyStats(s, name, desc[name], pidx)
		fs.ByLang = c.langStats(s, name, pidx)
		s.Families = append(s.Families, fs)
	}
	return s
}

// langStats is family name in the documents of each language of s.
func (c *Counts) langStats(s *Summary, name string, pidx func(day) int) []LangStats {
	out := make([]LangStats, 0, len(s.Langs))
	for _, l := range s.Langs {
		ls := LangStats{Lang: l, ByPeriod: make([]FamilyCell, len(s.Periods))}
		var first day
		for d, n := range c.langOcc[l][name] {
			ls.ByPeriod[pidx(d)].Occurrences += n
			ls.Total.Occurrences += n
			if d != 0 && (first == 0 || d < first) {
				first = d
			}
		}
		for i := range ls.ByPeriod {
			ls.ByPeriod[i].Per10k = per10k(ls.ByPeriod[i].Occurrences, s.LangTokens[l][i])
		}
		ls.Total.Per10k = per10k(ls.Total.Occurrences, s.LangTotals[l])
		ls.First = first.Time()
		out = append(out, ls)
	}
	return out
}

func (c *Counts) familyStats(s *Summary, name, desc string, pidx func(day) int) FamilyStats {
	fs := FamilyStats{Name: name, Description: desc, ByPeriod: make([]FamilyCell, len(s.Periods))}
	f := c.fams[name]
	if f == nil {
		return fs
	}
	for d, cl := range f.byDay {
		p := &fs.ByPeriod[pidx(d)]
		p.Occurrences += cl.Occ
		p.Docs += cl.Docs
		fs.Total.Occurrences += cl.Occ
		fs.Total.Docs += cl.Docs
	}
	for i := range fs.ByPeriod {
		fs.ByPeriod[i].Per10k = per10k(fs.ByPeriod[i].Occurrences, s.Periods[i].Tokens)
	}
	fs.Total.Per10k = per10k(fs.Total.Occurrences, s.Tokens)
	for v, byDay := range f.variants {
		vs := VariantStats{Variant: v, ByPeriod: make([]int, len(s.Periods))}
		var lo, hi day
		for d, n := range byDay {
			vs.Count += n
			vs.ByPeriod[pidx(d)] += n
			if d != 0 && (lo == 0 || d < lo) {
				lo = d
			}
			if d > hi {
				hi = d
			}
		}
		vs.First, vs.Last = lo.Time(), hi.Time()
		if fs.Total.Occurrences > 0 {
			vs.Share = float64(vs.Count) / float64(fs.Total.Occurrences)
		}
		fs.Variants = append(fs.Variants, vs)
	}
	sort.Slice(fs.Variants, func(a, b int) bool {
		x, y := fs.Variants[a], fs.Variants[b]
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return x.Variant < y.Variant
	})
	return fs
}
