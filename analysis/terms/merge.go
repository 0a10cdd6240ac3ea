package terms

import (
	"fmt"
	"runtime"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Merge adds the counts of o to c. The result is exactly what one counter
// would have counted over the documents of both (document vectors for tf-idf
// are appended in the order c then o). The counts of o are left unchanged
// (its entries may be numbered anew: settle). Both counters
// must have the same options.
func (c *Counter) Merge(o *Counter) error {
	defer runtime.KeepAlive(c) // its tables may live outside the heap (offheap.Own)
	defer runtime.KeepAlive(o)
	a, b := c.opts, o.opts
	a.MaxEntries, b.MaxEntries = 0, 0
	if a != b {
		return fmt.Errorf("%w: cannot merge counters with different options (%+v, %+v)", ErrOptions, c.opts, o.opts)
	}
	c.settle()
	o.settle() // its counts stay as they are
	vmap := make([]uint32, len(o.words))
	for i, w := range o.words {
		vmap[i] = c.intern(w, corpus.WordHash(w), o.stop[i])
	}
	pmap := make([]int, len(o.plabel))
	for i, l := range o.plabel {
		p := c.period(l)
		pmap[i] = p
		c.pdocs[p] += o.pdocs[i]
		c.ptokens[p] += o.ptokens[i]
	}
	var emap [MaxN + 1][]uint32
	emap[1] = vmap
	byPeriod := c.opts.ByPeriod
	for i := range o.uni {
		c.uni[vmap[i]].merge(&o.uni[i], byPeriod)
	}
	var buf []uint32
	for n, lv := range o.levels {
		if lv == nil {
			continue
		}
		dst := c.levels[n]
		emap[n] = make([]uint32, lv.size())
		// Undercount bounds add up: an entry new to c gets c's bound (as
		// any new entry), plus o's bound for it; an entry of c that o does
		// not hold may have been pruned from o, so it gets o's rounds.
		var inO []bool
		if o.pruneRounds > 0 {
			inO = make([]bool, dst.size()+lv.size())
		}
		for e := uint32(0); int(e) < lv.size(); e++ {
			buf = lv.words(e, buf[:0])
			for i, w := range buf {
				buf[i] = vmap[w]
			}
			de := dst.id(buf)
			emap[n][e] = de
			ds, os := dst.stat(de), lv.stat(e)
			ds.merge(os, byPeriod)
			ds.under = satUnder(c.underOf(ds) + o.underOf(os))
			if inO != nil {
				inO[de] = true
			}
		}
		for de := range inO[:min(len(inO), dst.size())] {
			if !inO[de] {
				ds := dst.stat(uint32(de))
				ds.under = satUnder(c.underOf(ds) + o.pruneRounds)
			}
		}
	}
	// with periods, the totals grow period by period (addPer needs the
	// totals before each addition); without, stat.merge added them
	if byPeriod {
		o.eachPer(func(n int, e uint32, p int, v uint64) {
			de := emap[n][e]
			ds := c.entryStat(n, de)
			c.addPer(n, de, ds, pmap[p], v)
			cnt, docs := unval(v)
			ds.count += uint32(cnt)
			ds.docs += uint32(docs)
		})
	}
	c.docs += o.docs
	c.tokens += o.tokens
	if !o.first.IsZero() && (c.first.IsZero() || o.first.Before(c.first)) {
		c.first = o.first
	}
	if o.last.After(c.last) {
		c.last = o.last
	}
	c.pruneRounds += o.pruneRounds
	c.pruned += o.pruned
	c.setUnder()
	c.warnings = append(c.warnings, o.warnings...)
	// as after adding a document: merging many small counters (one per
	// file, from a cache) stays bounded
	if lim := c.opts.maxEntries(); lim > 0 && c.ngramEntries() > lim {
		c.autoPrune(lim)
	}
	for _, v := range o.docTerms {
		nv := docVec{id: v.id, date: v.date, tokens: v.tokens, counts: v.counts, terms: make([]uint32, len(v.terms))}
		for i, t := range v.terms {
			nv.terms[i] = vmap[t]
		}
		c.docTerms = append(c.docTerms, nv)
	}
	return nil
}

// merge adds the dispersion of o to s, and the totals unless they are added
// period by period. Per-period state (row, p0, inMap) stays s's own.
func (s *stat) merge(o *stat, byPeriod bool) {
	if !byPeriod {
		s.count += o.count
		s.docs += o.docs
	}
	s.disp += o.disp
}
