package terms

import "math/bits"

// Per-period counts. A term seen in one period only (most n-grams) needs
// nothing more than its totals and stat.p0. Once it occurs in a second
// period, its per-period counts go to Counter.per, one map from pkey(n,
// entry, period) to count<<32 | docs, holding only the periods it occurs in.
// Once it reaches promoteDocs documents and occurs in at least a quarter of
// the periods so far, it gets a row number (stat.row) in dense per-period
// columns (Counter.cols[period][row]), so the frequent terms that most
// tokens hit cost an array index instead of a hash lookup. The columns are
// period-major: a document's terms all land in its period's column, where
// the most frequent terms (promoted first) sit together, which keeps them
// in the CPU's cache.
//
// A row costs 8 bytes in every period from its promotion on; the map about
// 24 bytes a period the term occurs in. So a term seen in few of many
// periods stays in the map (rows are checked again each time its documents
// double), unless it reaches promoteAlways documents: otherwise, over a
// long corpus, the columns of the many terms that are frequent for a month
// or two would grow with the number of articles (issue 22: 471 MB at
// 5,000,000 synthetic articles, mostly zeros).

const (
	promoteDocs   = 16
	promoteAlways = 1 << 12
)

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
		*c.cell(p, s.row-1) += v
		return
	case !s.inMap:
		if s.count == 0 || int(s.p0) == p {
			s.p0 = uint16(p)
			return
		}
		// a second period: the first one's counts are the totals so far
		c.per.add(pkey(n, e, int(s.p0)), pval(s.count, s.docs))
		s.inMap = true
	}
	c.per.add(pkey(n, e, p), v)
	// checked at promoteDocs documents, and again each time they double
	if _, docs := unval(v); bits.Len(uint(int(s.docs)+docs)/promoteDocs) > bits.Len(uint(s.docs)/promoteDocs) {
		c.maybePromote(n, e, s, int(s.docs)+docs)
	}
}

// maybePromote promotes an entry, now in docs documents, if it occurs in
// at least a quarter of the periods, or in promoteAlways documents.
func (c *Counter) maybePromote(n int, e uint32, s *stat, docs int) {
	if docs < promoteAlways {
		in := 0
		for p := range c.plabel {
			if _, ok := c.per.get(pkey(n, e, p)); ok {
				in++
			}
		}
		if 4*in < len(c.plabel) {
			return
		}
	}
	c.promote(n, e, s)
}

// promote moves an entry's per-period counts from the map to a row.
func (c *Counter) promote(n int, e uint32, s *stat) {
	row := uint32(c.nrows)
	c.nrows++
	for p := range c.plabel {
		k := pkey(n, e, p)
		if v, ok := c.per.get(k); ok {
			*c.cell(p, row) = v
			c.per.del(k)
		}
	}
	s.row = row + 1
}

// cell is the count of row in period p, growing the columns as needed.
func (c *Counter) cell(p int, row uint32) *uint64 {
	if p >= len(c.cols) {
		c.cols = append(c.cols, make([][]uint64, p+1-len(c.cols))...)
	}
	col := c.cols[p]
	if int(row) >= len(col) {
		col = append(col, make([]uint64, c.nrows-len(col))...)
		c.cols[p] = col
	}
	return &col[row]
}

// rowCounts calls fn for each period in which row has a count.
func (c *Counter) rowCounts(row uint32, fn func(p int, v uint64)) {
	for p, col := range c.cols {
		if int(row) < len(col) && col[row] != 0 {
			fn(p, col[row])
		}
	}
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
		c.rowCounts(s.row-1, fn)
		return
	}
	for p := range c.plabel {
		if v, ok := c.per.get(pkey(n, e, p)); ok {
			fn(p, v)
		}
	}
}

// eachPer calls fn for every (level, entry, period) count, in no order.
func (c *Counter) eachPer(fn func(n int, e uint32, p int, v uint64)) {
	c.per.each(func(k, v uint64) {
		n, e, p := unkey(k)
		fn(n, e, p, v)
	})
	for n := 1; n <= MaxN; n++ {
		c.eachEntry(n, func(e uint32, _ []uint32, s *stat) {
			if s.row == 0 {
				if !s.inMap && s.count > 0 {
					fn(n, e, int(s.p0), pval(s.count, s.docs))
				}
				return
			}
			c.rowCounts(s.row-1, func(p int, v uint64) { fn(n, e, p, v) })
		})
	}
}
