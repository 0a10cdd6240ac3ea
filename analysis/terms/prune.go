package terms

import (
	"fmt"
	"runtime"
)

// Pruning policy. Unigrams are never pruned: their counts are always exact.
// N-grams (n >= 2) are exact unless a counter grows past Options.MaxEntries
// n-gram entries. Then it prunes: every n-gram seen only once so far in this
// counter is dropped. An n-gram dropped in a round and seen again starts from
// zero, so each round can lose at most one occurrence (and one document) of any
// n-gram: reported counts are lower bounds, short by at most the number of
// rounds (Result.MaxUndercount). Each entry keeps its own bound (Term.
// MaxUndercount): the rounds before it was last created, since it survived
// every round after that. So every n-gram that had reached 2 before the first
// round is exact, and the output says which listed n-grams are. After
// merging, an entry's bound is the sum over the shards of its bound there, or
// of the shard's rounds where the shard does not hold it. Without pruning
// (the default for corpora up to a few tens of thousands of articles) every
// count is exact.

// maxUnder is where stat.under saturates; an entry at maxUnder has the
// counter's bound instead.
const maxUnder = 255

func satUnder(u int) uint8 { return uint8(min(u, maxUnder)) }

// underOf is the most the counts of an entry with stat s can be short.
func (c *Counter) underOf(s *stat) int {
	if s.under == maxUnder {
		return c.pruneRounds
	}
	return int(s.under)
}

// noteRound records a round of pruning that dropped gone entries: an
// n-gram dropped now may be counted short by up to bound more. A round
// that dropped nothing changes nothing.
func (c *Counter) noteRound(bound, gone int) {
	if gone > 0 {
		c.pruneRounds += bound
		c.pruned += int64(gone)
		c.setUnder()
	}
}

// setUnder makes the entries created from now on carry the counter's bound.
func (c *Counter) setUnder() {
	for _, lv := range c.levels {
		if lv != nil {
			lv.setUnder(satUnder(c.pruneRounds))
		}
	}
}

// Prune drops every n-gram (n >= 2) counted fewer than min times so far and
// returns how many entries went. Each call that drops something adds min-1 to
// the undercount bound. The counter drops what Prune(2) would by itself when
// it grows past Options.MaxEntries (autoPrune).
func (c *Counter) Prune(min int) int {
	defer runtime.KeepAlive(c) // its tables may live outside the heap (offheap.Own)
	if min < 2 {
		return 0
	}
	gone := c.compact(func(s *stat) bool {
		if s.count >= uint32(min) {
			return false
		}
		if s.row != 0 { // its row is left unused
			c.rowCounts(s.row-1, func(p int, _ uint64) { c.cols[p][s.row-1] = 0 })
		}
		return true
	})
	c.noteRound(min-1, gone)
	return gone
}

// compact drops the n-gram entries for which drop is true and the free
// ones (autoPrune), numbers the others anew and rekeys the per-period
// table; it returns how many drop dropped.
func (c *Counter) compact(drop func(*stat) bool) int {
	gone, moved := 0, false
	var remap [MaxN + 1][]uint32
	for n, lv := range c.levels {
		if lv != nil {
			g, r := lv.prune(drop)
			gone += g
			remap[n] = r
			moved = moved || r != nil
		}
	}
	if !moved {
		return gone
	}
	// rekey the per-period map in place (new keys may collide with old ones)
	kept := make([][2]uint64, 0, c.per.len())
	c.per.each(func(k, v uint64) {
		n, e, p := unkey(k)
		if remap[n] != nil {
			if e = remap[n][e]; e == noEntry {
				return
			}
		}
		kept = append(kept, [2]uint64{pkey(n, e, p), v})
	})
	c.per.reset()
	for _, kv := range kept {
		c.per.add(kv[0], kv[1])
	}
	for n := range c.cnt {
		if n >= 2 {
			c.cnt[n] = nil // entry ids changed; rebuilt on demand
		}
	}
	return gone
}

// settle numbers the n-gram entries densely again if autoPrune left free
// ones: everything that reads the tables whole (Result, MarshalBinary,
// Merge) calls it first. Counting never needs it.
func (c *Counter) settle() {
	for _, lv := range c.levels {
		if lv != nil && lv.holes() > 0 {
			c.compact(func(*stat) bool { return false })
			return
		}
	}
}

// autoPrune keeps the counter under lim entries by dropping the n-grams
// seen once so far, what Prune(2) drops, but in place: their entries are
// freed for the n-grams to come and no other entry is numbered anew, so
// the per-period table, which grows with the corpus, is not rekeyed each
// round (settle numbers the entries densely once, at the end). An n-gram
// seen once has no per-period counts of its own: it is in one period
// (stat.p0) and has no row; the drop checks it, so that an entry with
// per-period counts is never freed under them. If dropping the
// singletons frees less than half, the limit is too tight for this corpus
// and is raised (with a warning) rather than pruning after every document.
func (c *Counter) autoPrune(lim int) {
	gone := 0
	for _, lv := range c.levels {
		if lv != nil {
			gone += lv.release(func(s *stat) bool { return s.count < 2 && !s.inMap && s.row == 0 })
		}
	}
	c.noteRound(1, gone)
	if c.ngramEntries() > lim/2 {
		c.opts.MaxEntries = lim * 2
		c.warnings = append(c.warnings, fmt.Sprintf(
			"n-gram table still holds %d entries after pruning; limit raised to %d", c.ngramEntries(), lim*2))
	}
}

// MaxUndercount is the most any n-gram count (or document frequency) can be
// short because of pruning; 0 means every count is exact.
func (c *Counter) MaxUndercount() int { return c.pruneRounds }
