package phrases

import (
	"slices"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// day is a date as yyyymmdd; 0 is undated.
type day = period.Date

var dayOf = period.DateOf

// cell counts occurrences and documents.
type cell struct{ Occ, Docs int }

// Counts aggregates occurrences per family, day and variant. Counting parts of
// a corpus separately and merging them gives exactly the counts of one pass,
// so it suits streaming and parallel work. The zero value is not usable; use
// NewCounts.
type Counts struct {
	tokens map[day]int
	docs   map[day]int
	fams   map[string]*famCounts
	// by document language (corpus.Document.Lang; "" when unknown): the
	// tokens, and each family's occurrences, by day
	langTokens map[string]map[day]int
	langOcc    map[string]map[string]map[day]int // language -> family -> day
}

type famCounts struct {
	byDay    map[day]*cell
	variants map[string]map[day]int
}

// NewCounts returns empty counts.
func NewCounts() *Counts {
	return &Counts{tokens: map[day]int{}, docs: map[day]int{}, fams: map[string]*famCounts{},
		langTokens: map[string]map[day]int{}, langOcc: map[string]map[string]map[day]int{}}
}

func (c *Counts) fam(name string) *famCounts {
	f := c.fams[name]
	if f == nil {
		f = &famCounts{byDay: map[day]*cell{}, variants: map[string]map[day]int{}}
		c.fams[name] = f
	}
	return f
}

// Add counts one document and its occurrences (from Matcher.Match). Every
// counted document must be added, with or without occurrences, so that rates
// per 10,000 tokens have the right base.
func (c *Counts) Add(occs []Occurrence, d *corpus.Document) {
	dd := dayOf(d.Date)
	nt := d.NumTokens()
	c.tokens[dd] += nt
	c.docs[dd]++
	lt := c.langTokens[d.Lang]
	if lt == nil {
		lt = map[day]int{}
		c.langTokens[d.Lang] = lt
	}
	lt[dd] += nt
	for _, o := range occs {
		addLangOcc(c.langOcc, d.Lang, o.Family, dd, 1)
	}
	var seen []string // families already counted for this document
	for _, o := range occs {
		f := c.fam(o.Family)
		cl := f.byDay[dd]
		if cl == nil {
			cl = &cell{}
			f.byDay[dd] = cl
		}
		cl.Occ++
		if !slices.Contains(seen, o.Family) {
			seen = append(seen, o.Family)
			cl.Docs++
		}
		v := f.variants[o.Variant]
		if v == nil {
			v = map[day]int{}
			f.variants[o.Variant] = v
		}
		v[dd]++
	}
}

func addLangOcc(m map[string]map[string]map[day]int, lang, fam string, d day, n int) {
	lf := m[lang]
	if lf == nil {
		lf = map[string]map[day]int{}
		m[lang] = lf
	}
	fd := lf[fam]
	if fd == nil {
		fd = map[day]int{}
		lf[fam] = fd
	}
	fd[d] += n
}

// Merge adds the counts of o to c.
func (c *Counts) Merge(o *Counts) {
	for l, byDay := range o.langTokens {
		lt := c.langTokens[l]
		if lt == nil {
			lt = map[day]int{}
			c.langTokens[l] = lt
		}
		for d, n := range byDay {
			lt[d] += n
		}
	}
	for l, fams := range o.langOcc {
		for f, byDay := range fams {
			for d, n := range byDay {
				addLangOcc(c.langOcc, l, f, d, n)
			}
		}
	}
	for d, n := range o.tokens {
		c.tokens[d] += n
	}
	for d, n := range o.docs {
		c.docs[d] += n
	}
	for name, of := range o.fams {
		f := c.fam(name)
		for d, oc := range of.byDay {
			cl := f.byDay[d]
			if cl == nil {
				cl = &cell{}
				f.byDay[d] = cl
			}
			cl.Occ += oc.Occ
			cl.Docs += oc.Docs
		}
		for v, ov := range of.variants {
			m := f.variants[v]
			if m == nil {
				m = map[day]int{}
				f.variants[v] = m
			}
			for d, n := range ov {
				m[d] += n
			}
		}
	}
}

// Span is the first and last dated document counted; zero when none is dated.
func (c *Counts) Span() (first, last time.Time) {
	var lo, hi day
	for d := range c.docs {
		if d == 0 {
			continue
		}
		if lo == 0 || d < lo {
			lo = d
		}
		if d > hi {
			hi = d
		}
	}
	return lo.Time(), hi.Time()
}
