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
// the undercount bound. Prune(2) is what the counter does by itself when it
// grows past Options.MaxEntries.
func (c *Counter) Prune(min int) int {
	defer runtime.KeepAlive(c) // its tables may live outside the heap (offheap.Own)
	if min < 2 {
		return 0
	}
	gone := 0
	var remap [MaxN + 1][]uint32
	for n, lv := range c.levels {
		if lv != nil {
			g, r := lv.prune(func(s *stat) bool {
				if s.count >= uint32(min) {
					return false
				}
				if s.row != 0 { // its row is left unused
					c.rowCounts(s.row-1, func(p int, _ uint64) { c.cols[p][s.row-1] = 0 })
				}
				return true
			})
			gone += g
			remap[n] = r
		}
	}
	if gone > 0 {
		c.pruneRounds += min - 1
		c.pruned += int64(gone)
		c.setUnder()
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
	}
	return gone
}

// autoPrune keeps the counter under lim entries; if dropping the singletons
// frees less than half, the limit is too tight for this corpus and is raised
// (with a warning) rather than pruning after every document.
func (c *Counter) autoPrune(lim int) {
	c.Prune(2)
	if c.ngramEntries() > lim/2 {
		c.opts.MaxEntries = lim * 2
		c.warnings = append(c.warnings, fmt.Sprintf(
			"n-gram table still holds %d entries after pruning; limit raised to %d", c.ngramEntries(), lim*2))
	}
}

// MaxUndercount is the most any n-gram count (or document frequency) can be
// short because of pruning; 0 means every count is exact.
func (c *Counter) MaxUndercount() int { return c.pruneRounds }
