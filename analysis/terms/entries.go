package terms

import (
	"math"

	"github.com/dipstat/dipstat/analysis/stats"
)

// eachEntry calls fn for every entry of level n (unigrams: every word) with
// its entry number.
func (c *Counter) eachEntry(n int, fn func(e uint32, ws []uint32, s *stat)) {
	if n == 1 {
		var w [1]uint32
		for id := range c.uni {
			w[0] = uint32(id)
			fn(uint32(id), w[:], &c.uni[id])
		}
		return
	}
	lv := c.levels[n]
	if lv == nil {
		return
	}
	var buf []uint32
	for e := uint32(0); int(e) < lv.size(); e++ {
		buf = lv.words(e, buf[:0])
		fn(e, buf, lv.stat(e))
	}
}

func (c *Counter) entryWords(n int, e uint32, dst []uint32) []uint32 {
	if n == 1 {
		return append(dst, e)
	}
	return c.levels[n].words(e, dst)
}

func (c *Counter) entryStat(n int, e uint32) *stat {
	if n == 1 {
		return &c.uni[e]
	}
	return c.levels[n].stat(e)
}

// score is the sort key of an entry without building its Term; it equals
// Term.score of the built term.
func (r *Result) score(m Measure, ws []uint32, s *stat) float64 {
	switch m {
	case ByCount, ByPer10k:
		return float64(s.count)
	case ByDocs:
		return float64(s.docs)
	case ByDisp:
		return r.adjCount(s)
	}
	if len(ws) < 2 {
		return math.NaN()
	}
	var t Term
	t.Assoc = r.assoc(ws, s)
	return t.score(m)
}

func (r *Result) adjCount(s *stat) float64 {
	if s.count == 0 || r.c.tokens == 0 {
		return 0
	}
	sum := float64(s.disp) / dispScale
	return sum * sum / float64(r.c.tokens)
}

func (r *Result) assoc(ws []uint32, s *stat) stats.Assoc {
	var f [MaxN]float64
	for i, w := range ws {
		f[i] = float64(r.c.uni[w].count)
	}
	return stats.Association(float64(s.count), f[:len(ws)], float64(r.c.tokens))
}
