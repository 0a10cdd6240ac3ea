package figures

import (
	"maps"
	"slices"
	"sort"
)

// SeriesPlan is GroupSeries for more figures than memory should hold: the
// figures are walked, not kept. A first walk (PlanSeries) learns each
// series' size, subject, unit and first point, which fixes the series'
// order; a second walk (Collect) builds only the series asked for, each
// exactly as GroupSeries builds it. What the plan keeps grows with the
// number of series and subjects, not with the number of figures.
//
// Both walks must hand on the same figures in the same order, each
// document's figures together (as a run lists them, in input order):
// a figure a document repeats is found among that document's figures.
type SeriesPlan struct {
	// Series describes every series, in GroupSeries' order.
	Series []SeriesInfo
	opt    SeriesOptions
	keys   map[string]string // SubjectKey of each subject
	index  map[string]int    // series key -> index in Series
}

// SeriesInfo is what the plan knows of a series without its points.
type SeriesInfo struct {
	Key, Subject, Family, Unit string
	Kind                       Kind
	Points                     int // the points GroupSeries gives the series
	Dated                      int // of them, those with a date
}

// Each walks figures: it calls fn with each, in order, and returns fn's
// first error.
type Each func(fn func(Figure) error) error

// seriesWalk groups the figures of a walk as GroupSeries does, calling add
// with each point that is not a repetition within its document.
type seriesWalk struct {
	opt     SeriesOptions
	keys    map[string]string
	lastDoc string
	seen    map[citation]bool
}

type citation struct {
	key, unit, period, qualifier string
	value                        float64
}

// point returns the series key and base value of f, and false when f is
// in no series or repeats a figure of its document.
func (w *seriesWalk) point(f *Figure) (string, string, float64, bool) {
	if f.Kind == Ordinal && !w.opt.IncludeOrdinals {
		return "", "", 0, false
	}
	sk, ok := w.keys[f.Subject]
	if !ok {
		sk = SubjectKey(f.Subject)
		w.keys[f.Subject] = sk
	}
	if sk == "" {
		return "", "", 0, false
	}
	fam, base := family(*f)
	key := fam + "|" + sk
	if f.Doc != w.lastDoc || w.seen == nil {
		w.lastDoc = f.Doc
		clear(w.seen)
		if w.seen == nil {
			w.seen = map[citation]bool{}
		}
	}
	c := citation{key, f.Unit, f.Period, f.Qualifier, f.Value}
	if w.seen[c] {
		return "", "", 0, false
	}
	w.seen[c] = true
	return key, fam, base, true
}

// PlanSeries walks the figures once and plans their series.
func PlanSeries(each Each, opt SeriesOptions) (*SeriesPlan, error) {
	if opt.MinPoints < 1 {
		opt.MinPoints = 1
	}
	type acc struct {
		info     SeriesInfo
		subjects map[string]int
		units    map[string]int
		first    Point // Date, Doc and Start of the first point
	}
	groups := map[string]*acc{}
	w := &seriesWalk{opt: opt, keys: map[string]string{}}
	err := each(func(f Figure) error {
		key, fam, _, ok := w.point(&f)
		if !ok {
			return nil
		}
		a := groups[key]
		p := Point{Figure: Figure{Date: f.Date, Doc: f.Doc, Start: f.Start}}
		if a == nil {
			a = &acc{info: SeriesInfo{Key: key, Family: fam, Kind: f.Kind}, subjects: map[string]int{}, units: map[string]int{}, first: p}
			groups[key] = a
		} else if pointLess(p, a.first) {
			a.first = p
		}
		a.info.Points++
		if !f.Date.IsZero() {
			a.info.Dated++
		}
		a.subjects[f.Subject]++
		a.units[f.Unit]++
		return nil
	})
	if err != nil {
		return nil, err
	}
	type planned struct {
		info  SeriesInfo
		first Point
	}
	var out []planned
	for _, a := range groups {
		if a.info.Points < opt.MinPoints {
			continue
		}
		a.info.Subject = mostCommon(a.subjects)
		a.info.Unit = mostCommon(a.units)
		out = append(out, planned{a.info, a.first})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].first, out[j].first
		if pointLess(a, b) != pointLess(b, a) {
			return pointLess(a, b)
		}
		return out[i].info.Key < out[j].info.Key
	})
	p := &SeriesPlan{opt: opt, keys: w.keys, index: make(map[string]int, len(out))}
	for i, s := range out {
		p.Series = append(p.Series, s.info)
		p.index[s.info.Key] = i
	}
	return p, nil
}

// Collect walks the figures again and builds the series whose index in
// p.Series keep accepts: the result holds them in p.Series' order, each as
// GroupSeries gives it (points sorted, conflicts flagged).
func (p *SeriesPlan) Collect(each Each, keep func(i int) bool) ([]FigureSeries, error) {
	points := map[int][]Point{}
	err := p.walk(each, func(i int, pt Point) {
		if !keep(i) {
			return
		}
		if points[i] == nil { // the plan knows each series' size
			points[i] = make([]Point, 0, p.Series[i].Points)
		}
		points[i] = append(points[i], pt)
	})
	if err != nil {
		return nil, err
	}
	idx := slices.Sorted(maps.Keys(points))
	out := make([]FigureSeries, 0, len(idx))
	for _, i := range idx {
		s := p.Series[i]
		g := FigureSeries{Key: s.Key, Subject: s.Subject, Family: s.Family, Kind: s.Kind, Unit: s.Unit, Points: sortPoints(points[i])}
		delete(points, i)
		g.flagConflicts()
		out = append(out, g)
	}
	return out, nil
}

// walk walks the figures and calls fn with each point of a planned series,
// with the series' index, as GroupSeries groups them.
func (p *SeriesPlan) walk(each Each, fn func(i int, pt Point)) error {
	w := &seriesWalk{opt: p.opt, keys: p.keys}
	return each(func(f Figure) error {
		key, _, base, ok := w.point(&f)
		if !ok {
			return nil
		}
		if i, ok := p.index[key]; ok {
			fn(i, Point{Figure: f, Base: base})
		}
		return nil
	})
}

// EachOf walks a list of figures.
func EachOf(figs []Figure) Each {
	return func(fn func(Figure) error) error {
		for _, f := range figs {
			if err := fn(f); err != nil {
				return err
			}
		}
		return nil
	}
}
