package figures

import (
	"container/heap"
	"maps"
	"slices"
	"sort"
)

// Bounded collection (issue 22): a report shows the first rows of the
// largest series and draws a few of them, so what it collects of a series
// need not grow with the corpus. At a million synthetic articles Collect
// held 535 MB of points for the sheet's and the panels' series, the largest
// live structure of the run.

// CollectFirst is Collect keeping, of each series i with first(i) > 0, only
// its first first(i) points in series order (first(i) < 0: all of them);
// series with first(i) == 0 are not collected. The points kept are exactly
// the first ones of the series Collect gives; Conflicts are flagged among
// them, so a disagreement with a later point of a series cut short is not.
// Each series' Of says how many points it has in all when it was cut.
func (p *SeriesPlan) CollectFirst(each Each, first func(i int) int) ([]FigureSeries, error) {
	c := p.firstCollector(first)
	if err := p.walk(each, c.add); err != nil {
		return nil, err
	}
	return c.result(), nil
}

// CollectSample is Collect for drawing: of each series i that drawn
// accepts, a series of at most about size points keeps them all, exactly as
// Collect gives them; a larger one keeps a sample of about size points
// chosen by a hash of each point's document and place (the same on every
// run), and always its first and last dated points and those with its
// lowest and highest Value and Base, so the drawing keeps its span and
// scale. Each sampled series' Of says how many points it has in all.
func (p *SeriesPlan) CollectSample(each Each, drawn func(i int) bool, size int) ([]FigureSeries, error) {
	c := p.sampleCollector(drawn, size)
	if err := p.walk(each, c.add); err != nil {
		return nil, err
	}
	return c.result(), nil
}

// CollectFirstAndSample gives what CollectFirst and CollectSample give, in
// one walk of the figures instead of two (a walk of a report's figures
// decodes them all from disk again).
func (p *SeriesPlan) CollectFirstAndSample(each Each, first func(i int) int, drawn func(i int) bool, size int) (firsts, sample []FigureSeries, err error) {
	f, s := p.firstCollector(first), p.sampleCollector(drawn, size)
	if err := p.walk(each, func(i int, pt Point) {
		f.add(i, pt)
		s.add(i, pt)
	}); err != nil {
		return nil, nil, err
	}
	return f.result(), s.result(), nil
}

// firstCollector collects for CollectFirst, a point at a time.
type firstCollector struct {
	p     *SeriesPlan
	first func(i int) int
	heaps map[int]*lastHeap
	seq   int
}

func (p *SeriesPlan) firstCollector(first func(i int) int) *firstCollector {
	return &firstCollector{p: p, first: first, heaps: map[int]*lastHeap{}}
}

func (c *firstCollector) add(i int, pt Point) {
	n := c.first(i)
	if n == 0 {
		return
	}
	if n < 0 || n > c.p.Series[i].Points {
		n = c.p.Series[i].Points
	}
	h := c.heaps[i]
	if h == nil {
		h = &lastHeap{max: n}
		c.heaps[i] = h
	}
	c.seq++
	h.offer(seqPoint{pt, c.seq})
}

func (c *firstCollector) result() []FigureSeries {
	return c.p.assemble(c.heaps, func(i int, pts []seqPoint) []seqPoint { return pts })
}

// sampleCollector collects for CollectSample, a point at a time.
type sampleCollector struct {
	p     *SeriesPlan
	drawn func(i int) bool
	size  int
	accs  map[int]*sampleAcc
	seq   int
}

type sampleAcc struct {
	pts     []seqPoint
	extreme [6]seqPoint // first, last, min and max Value, min and max Base
	has     bool
}

func (p *SeriesPlan) sampleCollector(drawn func(i int) bool, size int) *sampleCollector {
	return &sampleCollector{p: p, drawn: drawn, size: size, accs: map[int]*sampleAcc{}}
}

func (c *sampleCollector) add(i int, pt Point) {
	if !c.drawn(i) {
		return
	}
	a := c.accs[i]
	if a == nil {
		a = &sampleAcc{}
		c.accs[i] = a
	}
	c.seq++
	sp := seqPoint{pt, c.seq}
	total := c.p.Series[i].Points
	if total <= c.size || sampled(&pt.Figure, total, c.size) {
		a.pts = append(a.pts, sp)
		return
	}
	if pt.Date.IsZero() {
		return
	}
	e := &a.extreme
	if !a.has {
		for k := range e {
			e[k] = sp
		}
		a.has = true
		return
	}
	if seqLess(sp, e[0]) {
		e[0] = sp
	}
	if seqLess(e[1], sp) {
		e[1] = sp
	}
	if sp.Value < e[2].Value {
		e[2] = sp
	}
	if sp.Value > e[3].Value {
		e[3] = sp
	}
	if sp.Base < e[4].Base {
		e[4] = sp
	}
	if sp.Base > e[5].Base {
		e[5] = sp
	}
}

func (c *sampleCollector) result() []FigureSeries {
	heaps := map[int]*lastHeap{}
	for i, a := range c.accs {
		pts := a.pts
		if a.has {
			in := map[int]bool{}
			for _, sp := range pts {
				in[sp.seq] = true
			}
			for _, sp := range a.extreme {
				if !in[sp.seq] {
					in[sp.seq] = true
					pts = append(pts, sp)
				}
			}
		}
		heaps[i] = &lastHeap{pts: pts}
	}
	return c.p.assemble(heaps, func(i int, pts []seqPoint) []seqPoint {
		sort.Slice(pts, func(a, b int) bool { return seqLess(pts[a], pts[b]) })
		return pts
	})
}

// sampled reports whether f is among the about size of total points a
// sample keeps: FNV-1a of its document and place, computed inline since it
// runs for every point of a large drawn series.
func sampled(f *Figure, total, size int) bool {
	h := uint64(14695981039346656037)
	for i := 0; i < len(f.Doc); i++ {
		h = (h ^ uint64(f.Doc[i])) * 1099511628211
	}
	for k := 0; k < 8; k++ {
		h = (h ^ uint64(byte(f.Start>>(8*k)))) * 1099511628211
	}
	return h%uint64(total) < uint64(size)
}

// assemble makes the series of the collected points, in p.Series' order;
// order puts each series' points in series order first.
func (p *SeriesPlan) assemble(heaps map[int]*lastHeap, order func(i int, pts []seqPoint) []seqPoint) []FigureSeries {
	idx := slices.Sorted(maps.Keys(heaps))
	out := make([]FigureSeries, 0, len(idx))
	for _, i := range idx {
		s := p.Series[i]
		sps := order(i, heaps[i].sorted())
		pts := make([]Point, len(sps))
		for k, sp := range sps {
			pts[k] = sp.Point
		}
		delete(heaps, i)
		g := FigureSeries{Key: s.Key, Subject: s.Subject, Family: s.Family, Kind: s.Kind, Unit: s.Unit, Points: pts}
		if len(pts) < s.Points {
			g.Of = s.Points
		}
		g.flagConflicts()
		out = append(out, g)
	}
	return out
}

// seqPoint is a point with its place in the walk, which breaks pointLess's
// ties as sortPoints' stable sort does.
type seqPoint struct {
	Point
	seq int
}

func seqLess(a, b seqPoint) bool {
	if pointLess(a.Point, b.Point) != pointLess(b.Point, a.Point) {
		return pointLess(a.Point, b.Point)
	}
	return a.seq < b.seq
}

// lastHeap keeps the max points first in series order: a heap whose top is
// the last of them, replaced by a point before it. max 0 keeps every point.
type lastHeap struct {
	pts []seqPoint
	max int
}

func (h *lastHeap) Len() int           { return len(h.pts) }
func (h *lastHeap) Less(i, j int) bool { return seqLess(h.pts[j], h.pts[i]) }
func (h *lastHeap) Swap(i, j int)      { h.pts[i], h.pts[j] = h.pts[j], h.pts[i] }
func (h *lastHeap) Push(x any)         { h.pts = append(h.pts, x.(seqPoint)) }
func (h *lastHeap) Pop() any {
	x := h.pts[len(h.pts)-1]
	h.pts = h.pts[:len(h.pts)-1]
	return x
}

func (h *lastHeap) offer(sp seqPoint) {
	switch {
	case len(h.pts) < h.max:
		heap.Push(h, sp)
	case seqLess(sp, h.pts[0]):
		h.pts[0] = sp
		heap.Fix(h, 0)
	}
}

// sorted returns the points in series order (a heap's, or as they came).
func (h *lastHeap) sorted() []seqPoint {
	pts := h.pts
	if h.max > 0 {
		sort.Slice(pts, func(a, b int) bool { return seqLess(pts[a], pts[b]) })
	}
	return pts
}
