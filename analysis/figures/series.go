package figures

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Point is one figure in a series.
type Point struct {
	Figure
	// Base is Value in the family's base unit (Wh, W, kg, m, m2, L, years),
	// so points stated in different units compare; Value for other units.
	Base     float64
	Conflict bool // another point gives a different value for the same period
}

// FigureSeries is the same measure followed across documents: figures of
// one unit family whose subjects share a head noun phrase, ordered by date.
type FigureSeries struct {
	Key     string // family|subject key, stable and unique
	Subject string // the most frequent subject as written
	Family  string // "USD", "%", "pp", "energy", "count:visit", "time", ...
	Kind    Kind
	Unit    string // the most frequent unit of the points
	Points  []Point
	// Conflicts describes each pair of points that disagree for one period.
	Conflicts []string
	// Of, when not 0, is the series' number of points in all, of which
	// Points holds a part (SeriesPlan.CollectFirst, CollectSample).
	Of int
}

// SeriesOptions tunes Series.
type SeriesOptions struct {
	IncludeOrdinals bool // ordinals are left out by default
	MinPoints       int  // drop series with fewer points (default 1)
}

// Series groups figures into series with the default options.
func Series(figs []Figure) []FigureSeries { return GroupSeries(figs, SeriesOptions{}) }

// GroupSeries groups figures that measure the same thing: the same unit
// family and the same subject key (content words of the subject's head,
// stemmed, with generic words like "bilateral", "total" and "volume" left
// out). Figures without a subject are not grouped, and a figure a document
// repeats (same value, unit, period and qualifier) counts once. Series are
// ordered by their first date, then key; points by date (undated last), document and
// offset. Points of one series that give different values for the same
// stated period are flagged as conflicts.
func GroupSeries(figs []Figure, opt SeriesOptions) []FigureSeries {
	if opt.MinPoints < 1 {
		opt.MinPoints = 1
	}
	groups := map[string]*FigureSeries{}
	// a document repeating a figure adds one point
	type citation struct {
		key, doc, unit, period, qualifier string
		value                             float64
	}
	seen := map[citation]bool{}
	subjects := map[string]map[string]int{}
	units := map[string]map[string]int{}
	keys := map[string]string{} // SubjectKey of each subject: subjects repeat
	for _, f := range figs {
		if f.Kind == Ordinal && !opt.IncludeOrdinals {
			continue
		}
		sk, ok := keys[f.Subject]
		if !ok {
			sk = SubjectKey(f.Subject)
			keys[f.Subject] = sk
		}
		if sk == "" {
			continue
		}
		fam, base := family(f)
		key := fam + "|" + sk
		g := groups[key]
		if g == nil {
			g = &FigureSeries{Key: key, Family: fam, Kind: f.Kind}
			groups[key] = g
			subjects[key] = map[string]int{}
			units[key] = map[string]int{}
		}
		dup := citation{key, f.Doc, f.Unit, f.Period, f.Qualifier, f.Value}
		if seen[dup] {
			continue
		}
		seen[dup] = true
		g.Points = append(g.Points, Point{Figure: f, Base: base})
		subjects[key][f.Subject]++
		units[key][f.Unit]++
	}
	out := make([]FigureSeries, 0, len(groups))
	for key, g := range groups {
		if len(g.Points) < opt.MinPoints {
			continue
		}
		g.Subject = mostCommon(subjects[key])
		g.Unit = mostCommon(units[key])
		g.Points = sortPoints(g.Points)
		g.flagConflicts()
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Points[0], out[j].Points[0]
		if pointLess(a, b) != pointLess(b, a) {
			return pointLess(a, b)
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// sortPoints sorts points stably by pointLess, in place, and returns them.
// It sorts their indices and then moves each point once, following the
// permutation's cycles: sorting the points themselves moved each of a
// series' many 240-byte points many times, with a write barrier for each of
// their pointers (8.7 of GroupSeries' 16.6 CPU-seconds on 200,000 articles,
// issue 16), and a sorted copy held the largest series twice (half a
// gigabyte at a million articles, issue 22).
func sortPoints(pts []Point) []Point {
	idx := make([]int32, len(pts))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		switch a, b := &pts[i], &pts[j]; {
		case pointLess(*a, *b):
			return -1
		case pointLess(*b, *a):
			return 1
		}
		return 0
	})
	// pts[j] is to become the old pts[idx[j]]
	for i := range idx {
		if idx[i] < 0 {
			continue // placed with an earlier cycle
		}
		first := pts[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				pts[j] = first
				break
			}
			pts[j] = pts[k]
			j = k
		}
	}
	return pts
}

func pointLess(a, b Point) bool {
	if a.Date.IsZero() != b.Date.IsZero() {
		return !a.Date.IsZero()
	}
	if !a.Date.Equal(b.Date) {
		return a.Date.Before(b.Date)
	}
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	return a.Start < b.Start
}

// mostCommon returns the most frequent string, ties broken by the shorter, then alphabetical.
func mostCommon(m map[string]int) string {
	best, bn := "", -1
	for s, n := range m {
		if n > bn || n == bn && (len(s) < len(best) || len(s) == len(best) && s < best) {
			best, bn = s, n
		}
	}
	return best
}

// flagConflicts marks points with a stated period whose values differ.
// Ranges and bounds conflict only when they cannot both hold. Points are
// grouped by period, and within a period by value class (unit, value, upper
// bound, qualifier): identical citations never conflict, so classes are
// compared, not points, and a figure repeated by a thousand articles costs
// one comparison, not a million.
func (g *FigureSeries) flagConflicts() {
	var periods []string
	byPeriod := map[string][]int{}
	for i, p := range g.Points {
		if p.Period == "" {
			continue
		}
		if _, ok := byPeriod[p.Period]; !ok {
			periods = append(periods, p.Period)
		}
		byPeriod[p.Period] = append(byPeriod[p.Period], i)
	}
	for _, per := range periods {
		var classes [][]int // point indexes, in point order
		index := map[string]int{}
		for _, i := range byPeriod[per] {
			p := &g.Points[i]
			k := fmt.Sprintf("%s\x00%g\x00%g\x00%s", p.Unit, p.Base, p.High, p.Qualifier)
			c, ok := index[k]
			if !ok {
				c = len(classes)
				index[k] = c
				classes = append(classes, nil)
			}
			classes[c] = append(classes[c], i)
		}
		for x := range classes {
			for y := x + 1; y < len(classes); y++ {
				a, b := &g.Points[classes[x][0]], &g.Points[classes[y][0]]
				if a.Unit != b.Unit && unitByName(a.Unit) == nil || !disagree(a, b) {
					continue
				}
				for _, i := range append(classes[x], classes[y]...) {
					g.Points[i].Conflict = true
				}
				g.Conflicts = append(g.Conflicts, fmt.Sprintf("%s: %s (%s) vs %s (%s)", per, a.Text, docsOf(g, classes[x]), b.Text, docsOf(g, classes[y])))
			}
		}
	}
}

// docsOf names the document of a class's first point, and how many more
// cite the same value.
func docsOf(g *FigureSeries, class []int) string {
	d := g.Points[class[0]].Doc
	if n := len(class) - 1; n > 0 {
		d += fmt.Sprintf(" and %d more", n)
	}
	return d
}

// disagree reports whether two points of one period cannot both be right.
func disagree(a, b *Point) bool {
	lo1, hi1 := interval(a)
	lo2, hi2 := interval(b)
	if bounds(a.Figure) == "" && bounds(b.Figure) == "" {
		if closeTo(a.Base, b.Base) {
			return false
		}
		approx := a.Qualifier == "about" || b.Qualifier == "about" || a.Qualifier == "nearly" || b.Qualifier == "nearly"
		// "about 760,000" and "765,000" agree; a difference over 10% does not
		return !approx || math.Abs(a.Base-b.Base) > 0.1*math.Max(math.Abs(a.Base), math.Abs(b.Base))
	}
	return hi1 < lo2 || hi2 < lo1
}

func interval(p *Point) (float64, float64) {
	f := 1.0
	if p.Value != 0 {
		f = p.Base / p.Value
	}
	switch bounds(p.Figure) {
	case "both":
		return p.Base, p.High * f
	case "lo":
		return p.Base, math.Inf(1)
	case "hi":
		return math.Inf(-1), p.Base
	}
	return p.Base, p.Base
}

func closeTo(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// family returns the unit family of a figure and its value in the family's base unit.
func family(f Figure) (string, float64) {
	switch f.Kind {
	case Money, Percent, PercentagePoints:
		if u := unitByName(f.Unit); u != nil && u.family == "pp" {
			return "pp", f.Value * u.factor
		}
		return f.Unit, f.Value
	case Count:
		if f.Unit == "" {
			return "count", f.Value
		}
		w := strings.Fields(f.Unit)
		return "count:" + corpus.StemWord(corpus.NormalizeWord(w[len(w)-1])), f.Value
	case Ordinal:
		return "ordinal", f.Value
	}
	if u := unitByName(f.Unit); u != nil {
		if u.factor != 0 {
			return u.family, f.Value * u.factor
		}
		return u.family + ":" + u.name, f.Value
	}
	return string(f.Kind) + ":" + f.Unit, f.Value
}

// Generic words that do not tell measures apart.
var genericWords = map[string]bool{
	"bilateral": true, "total": true, "annual": true, "overall": true, "combined": true, "volume": true,
	"value": true, "amount": true, "number": true, "figure": true, "level": true, "two-way": true,
	"cumulative": true, "year's": true, "this": true, "last": true, "estimated": true, "approximately": true,
}

// Phrases folded to one spelling before keys are made.
var subjectSynonyms = strings.NewReplacer("carbon dioxide", "co2", "people-to-people", "personnel", "two-way trade", "trade")

// SubjectKey normalizes a subject for grouping: lower case, synonyms
// folded, the part before "of" when the head is there ("volume of trade"
// keeps "trade" since "volume" is generic), stopwords and generic words
// dropped, the rest stemmed; the last two words remain.
func SubjectKey(subject string) string {
	s := subjectSynonyms.Replace(strings.ToLower(subject))
	// "chinese tourists visiting south korea": the head ends before a participle
	if ws := strings.Fields(s); len(ws) > 1 {
		for i := 1; i < len(ws); i++ {
			if strings.HasSuffix(ws[i], "ing") && !ingNouns[ws[i]] {
				s = strings.Join(ws[:i], " ")
				break
			}
		}
	}
	if head, rest, ok := strings.Cut(s, " of "); ok {
		if k := keyWords(head); len(k) > 0 {
			s = head
		} else {
			s = rest
		}
	}
	k := keyWords(s)
	if len(k) > 2 {
		k = k[len(k)-2:]
	}
	return strings.Join(k, " ")
}

func keyWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w == "" || stopword(w) || genericWords[w] {
			continue
		}
		out = append(out, corpus.StemWord(corpus.NormalizeWord(w)))
	}
	return out
}
