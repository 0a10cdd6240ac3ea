package terms

// Per-period counts. A term seen in one period only (most n-grams) needs
// nothing more than its totals and stat.p0. Once it occurs in a second
// period, its per-period counts go to Counter.per, one map from pkey(n,
// entry, period) to count<<32 | docs, holding only the periods it occurs in.
// Once it reaches promoteDocs documents it gets a dense row indexed by period
// id (Counter.rows, stat.row), so the frequent terms that most tokens hit
// cost an array index instead of a hash lookup.

const promoteDocs = 16

func pkey(n int, e uint32, p int) uint64 { return uint64(n)<<48 | uint64(p)<<32 | uint64(e) }

func unkey(k uint64) (n int, e uint32, p int) {
	return int(k >> 48), uint32(k), int(k>>32) & 0xffff
}

func pval(count, docs uint32) uint64 { return uint64(count)<<32 | uint64(docs) }

func unval(v uint64) (count, docs int) { return int(v >> 32), int(uint32(v)) }

// addPer adds v (a pval) to entry e of level n (stat s) in period p. It must
// be called before v is added to s's totals.
func (c *Counter) addPer(n int, e uint32, s *stat, p int, v uint64) {
	switch {
	case s.row != 0:
		r := c.rows[s.row-1]
		if p >= len(r) {
			r = append(r, make([]uint64, p+1-len(r))...)
			c.rows[s.row-1] = r
		}
		r[p] += v
		return
	case !s.inMap:
		if s.count == 0 || int(s.p0) == p {
			s.p0 = uint16(p)
			return
		}
		// a second period: the first one's counts are the totals so far
		c.per[pkey(n, e, int(s.p0))] = pval(s.count, s.docs)
		s.inMap = true
	}
	c.per[pkey(n, e, p)] += v
	if _, docs := unval(v); int(s.docs)+docs >= promoteDocs {
		c.promote(n, e, s)
	}
}

// promote moves an entry's per-period counts from the map to a dense row.
func (c *Counter) promote(n int, e uint32, s *stat) {
	row := make([]uint64, len(c.plabel))
	for p := range row {
		k := pkey(n, e, p)
		if v, ok := c.per[k]; ok {
			row[p] = v
			delete(c.per, k)
		}
	}
	c.rows = append(c.rows, row)
	s.row = uint32(len(c.rows))
}

// periodsOf calls fn for every period in which entry e of level n occurs.
func (c *Counter) periodsOf(n int, e uint32, s *stat, fn func(p int, v uint64)) {
	if !s.inMap && s.row == 0 {
		if s.count > 0 {
			fn(int(s.p0), pval(s.count, s.docs))
		}
		return
	}
	if s.row != 0 {
		for p, v := range c.rows[s.row-1] {
			if v != 0 {
				fn(p, v)
			}
		}
		return
	}
	for p := range c.plabel {
		if v, ok := c.per[pkey(n, e, p)]; ok {
			fn(p, v)
		}
	}
}

// eachPer calls fn for every (level, entry, period) count, in no order.
func (c *Counter) eachPer(fn func(n int, e uint32, p int, v uint64)) {
	for k, v := range c.per {
		n, e, p := unkey(k)
		fn(n, e, p, v)
	}
	for n := 1; n <= MaxN; n++ {
		c.eachEntry(n, func(e uint32, _ []uint32, s *stat) {
			if s.row == 0 {
				if !s.inMap && s.count > 0 {
					fn(n, e, int(s.p0), pval(s.count, s.docs))
				}
				return
			}
			for p, v := range c.rows[s.row-1] {
				if v != 0 {
					fn(n, e, p, v)
				}
			}
		})
	}
}
