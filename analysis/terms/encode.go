package terms

import (
	"fmt"
	"math"
	"runtime"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/wire"
	"github.com/dipstat/dipstat/analysis/period"
)

// A Counter encodes itself (MarshalBinary) as the counts it holds, not its
// memory layout: the vocabulary, each level's n-grams as word ids with their
// statistics, and each entry's per-period counts. UnmarshalBinary rebuilds
// the tables by adding those counts, the way Merge does, so a decoded
// counter gives the same results, merges and keeps counting like the
// original (see wire for the envelope and versioning).

const (
	counterKind    = "terms.Counter"
	counterVersion = 1
)

type counterWire struct {
	MinN       int          `cbor:"1,keyasint"`
	MaxN       int          `cbor:"2,keyasint"`
	Raw        bool         `cbor:"3,keyasint,omitempty"`
	ByPeriod   bool         `cbor:"4,keyasint,omitempty"`
	Unit       int          `cbor:"5,keyasint,omitempty"`
	MaxEntries int          `cbor:"6,keyasint,omitempty"`
	DocTerms   bool         `cbor:"7,keyasint,omitempty"`
	Words      []string     `cbor:"8,keyasint"`
	Stop       []bool       `cbor:"9,keyasint"`
	Uni        statsWire    `cbor:"10,keyasint"`
	Levels     []levelWire  `cbor:"11,keyasint"`
	Periods    []string     `cbor:"12,keyasint"`
	PDocs      []int        `cbor:"13,keyasint"`
	PTokens    []int        `cbor:"14,keyasint"`
	Docs       int          `cbor:"15,keyasint"`
	Tokens     int          `cbor:"16,keyasint"`
	First      int64        `cbor:"17,keyasint,omitempty"`
	Last       int64        `cbor:"18,keyasint,omitempty"`
	Rounds     int          `cbor:"19,keyasint,omitempty"`
	Pruned     int64        `cbor:"20,keyasint,omitempty"`
	Warnings   []string     `cbor:"21,keyasint,omitempty"`
	DocVecs    []docVecWire `cbor:"22,keyasint,omitempty"`
}

// statsWire holds the statistics of a level's entries, one column each.
// With periods, entry i occurs in NPer[i] periods, listed in P (period
// indices, increasing); an entry of one period has that period's counts in
// Count and Docs, and only entries of several periods list their
// per-period counts in PCount and PDocs.
type statsWire struct {
	Count  []uint32 `cbor:"1,keyasint"`
	Docs   []uint32 `cbor:"2,keyasint"`
	Disp   []uint64 `cbor:"3,keyasint"`
	Under  []byte   `cbor:"4,keyasint"`
	NPer   []uint32 `cbor:"5,keyasint,omitempty"`
	P      []uint32 `cbor:"6,keyasint,omitempty"`
	PCount []uint32 `cbor:"7,keyasint,omitempty"`
	PDocs  []uint32 `cbor:"8,keyasint,omitempty"`
}

type levelWire struct {
	N     int       `cbor:"1,keyasint"`
	Words []uint32  `cbor:"2,keyasint"` // N word ids per entry
	Stats statsWire `cbor:"3,keyasint"`
}

type docVecWire struct {
	ID     string   `cbor:"1,keyasint"`
	Date   int64    `cbor:"2,keyasint,omitempty"`
	Tokens int      `cbor:"3,keyasint"`
	Terms  []uint32 `cbor:"4,keyasint"`
	Counts []uint32 `cbor:"5,keyasint"`
}

// MarshalBinary encodes the counter's counts.
func (c *Counter) MarshalBinary() ([]byte, error) {
	defer runtime.KeepAlive(c) // its tables may live outside the heap (offheap.Own)
	c.settle()
	o := c.opts
	w := counterWire{MinN: o.MinN, MaxN: o.MaxN, Raw: o.Raw, ByPeriod: o.ByPeriod, Unit: int(o.Unit),
		MaxEntries: o.MaxEntries, DocTerms: o.DocTerms,
		Words: c.words, Stop: c.stop, Periods: c.plabel, PDocs: c.pdocs, PTokens: c.ptokens,
		Docs: c.docs, Tokens: c.tokens, First: wire.Time(c.first), Last: wire.Time(c.last),
		Rounds: c.pruneRounds, Pruned: c.pruned, Warnings: c.warnings}
	w.Uni = c.statsOf(1)
	for n := 2; n <= MaxN; n++ {
		lv := c.levels[n]
		if lv == nil {
			continue
		}
		lw := levelWire{N: n, Words: make([]uint32, 0, n*lv.size()), Stats: c.statsOf(n)}
		for e := uint32(0); int(e) < lv.size(); e++ {
			lw.Words = lv.words(e, lw.Words)
		}
		w.Levels = append(w.Levels, lw)
	}
	for _, v := range c.docTerms {
		w.DocVecs = append(w.DocVecs, docVecWire{ID: v.id, Date: wire.Time(v.date), Tokens: v.tokens, Terms: v.terms, Counts: v.counts})
	}
	return wire.Marshal(counterKind, counterVersion, &w)
}

func (c *Counter) statsOf(n int) statsWire {
	size := len(c.uni)
	if n > 1 {
		size = c.levels[n].size()
	}
	sw := statsWire{Count: make([]uint32, size), Docs: make([]uint32, size), Disp: make([]uint64, size), Under: make([]byte, size)}
	if c.opts.ByPeriod {
		sw.NPer = make([]uint32, size)
	}
	for e := uint32(0); int(e) < size; e++ {
		s := c.entryStat(n, e)
		sw.Count[e], sw.Docs[e], sw.Disp[e], sw.Under[e] = s.count, s.docs, s.disp, s.under
		if !c.opts.ByPeriod {
			continue
		}
		start := len(sw.P)
		c.periodsOf(n, e, s, func(p int, v uint64) {
			cnt, docs := unval(v)
			sw.P = append(sw.P, uint32(p))
			sw.PCount = append(sw.PCount, uint32(cnt))
			sw.PDocs = append(sw.PDocs, uint32(docs))
		})
		k := len(sw.P) - start
		sw.NPer[e] = uint32(k)
		if k == 1 { // that period's counts are the totals
			sw.PCount, sw.PDocs = sw.PCount[:len(sw.PCount)-1], sw.PDocs[:len(sw.PDocs)-1]
		}
	}
	return sw
}

// UnmarshalBinary replaces c with the counter encoded in data. Data that
// is not a counter's encoding, or whose counts do not add up, is an error
// wrapping wire.ErrFormat.
func (c *Counter) UnmarshalBinary(data []byte) error {
	defer runtime.KeepAlive(c) // its tables may live outside the heap (offheap.Own)
	var w counterWire
	if err := wire.Unmarshal(data, counterKind, counterVersion, &w); err != nil {
		return err
	}
	bad := func(format string, args ...any) error { return wire.Errorf(counterKind, format, args...) }
	o := Options{MinN: w.MinN, MaxN: w.MaxN, Raw: w.Raw, ByPeriod: w.ByPeriod, Unit: period.Unit(w.Unit),
		MaxEntries: w.MaxEntries, DocTerms: w.DocTerms}
	if err := o.Check(); err != nil {
		return bad("%v", err)
	}
	if w.Docs < 0 || w.Tokens < 0 || w.Rounds < 0 || w.Pruned < 0 {
		return bad("negative totals")
	}
	nc := NewCounter(o)
	if len(w.Stop) != len(w.Words) {
		return bad("%d stopword flags for %d words", len(w.Stop), len(w.Words))
	}
	if uint64(len(w.Words)) >= math.MaxUint32 {
		return bad("too many words")
	}
	for i, word := range w.Words {
		if id := nc.intern(word, corpus.WordHash(word), w.Stop[i]); int(id) != i {
			return bad("word %q listed twice", word)
		}
	}
	if len(w.PDocs) != len(w.Periods) || len(w.PTokens) != len(w.Periods) {
		return bad("%d periods with %d document and %d token counts", len(w.Periods), len(w.PDocs), len(w.PTokens))
	}
	if len(w.Periods) > math.MaxUint16+1 || len(w.Periods) > 0 && !o.ByPeriod {
		return bad("%d periods", len(w.Periods))
	}
	for i, l := range w.Periods {
		if p := nc.period(l); p != i {
			return bad("period %q listed twice", l)
		}
		if w.PDocs[i] < 0 || w.PTokens[i] < 0 {
			return bad("negative counts in period %q", l)
		}
		nc.pdocs[i], nc.ptokens[i] = w.PDocs[i], w.PTokens[i]
	}
	nc.pruneRounds, nc.pruned = w.Rounds, w.Pruned
	nc.setUnder()
	if err := nc.fill(1, len(w.Words), &w.Uni); err != nil {
		return bad("words: %v", err)
	}
	seen := map[int]bool{}
	for _, lw := range w.Levels {
		lv := level(nil)
		if lw.N >= 2 && lw.N <= MaxN {
			lv = nc.levels[lw.N]
		}
		if lv == nil || seen[lw.N] {
			return bad("unexpected level of %d-grams", lw.N)
		}
		seen[lw.N] = true
		if len(lw.Words)%lw.N != 0 {
			return bad("%d-grams: %d word ids", lw.N, len(lw.Words))
		}
		size := len(lw.Words) / lw.N
		for e := 0; e < size; e++ {
			ws := lw.Words[e*lw.N : (e+1)*lw.N]
			for _, id := range ws {
				if int64(id) >= int64(len(w.Words)) {
					return bad("%d-gram %d refers to word %d of %d", lw.N, e, id, len(w.Words))
				}
			}
			if got := lv.id(ws); int(got) != e {
				return bad("%d-gram %d listed twice", lw.N, e)
			}
		}
		if err := nc.fill(lw.N, size, &lw.Stats); err != nil {
			return bad("%d-grams: %v", lw.N, err)
		}
	}
	nc.docs, nc.tokens = w.Docs, w.Tokens
	nc.first, nc.last = wire.FromTime(w.First), wire.FromTime(w.Last)
	nc.warnings = w.Warnings
	for _, v := range w.DocVecs {
		if len(v.Terms) != len(v.Counts) {
			return bad("document %q: %d terms, %d counts", v.ID, len(v.Terms), len(v.Counts))
		}
		for _, t := range v.Terms {
			if int64(t) >= int64(len(w.Words)) {
				return bad("document %q refers to word %d of %d", v.ID, t, len(w.Words))
			}
		}
		nc.docTerms = append(nc.docTerms, docVec{id: v.ID, date: wire.FromTime(v.Date), tokens: v.Tokens, terms: v.Terms, counts: v.Counts})
	}
	*c = *nc
	return nil
}

// fill sets the statistics of the size entries of level n from sw,
// adding per-period counts as Merge does.
func (c *Counter) fill(n, size int, sw *statsWire) error {
	if len(sw.Count) != size || len(sw.Docs) != size || len(sw.Disp) != size || len(sw.Under) != size {
		return fmt.Errorf("%d entries with %d, %d, %d and %d statistics", size, len(sw.Count), len(sw.Docs), len(sw.Disp), len(sw.Under))
	}
	byPeriod := c.opts.ByPeriod
	if byPeriod && len(sw.NPer) != size || !byPeriod && len(sw.NPer)+len(sw.P)+len(sw.PCount)+len(sw.PDocs) > 0 {
		return fmt.Errorf("per-period counts do not match the options")
	}
	pi, ci := 0, 0 // next in P, in PCount and PDocs
	for e := 0; e < size; e++ {
		s := c.entryStat(n, uint32(e))
		s.disp, s.under = sw.Disp[e], sw.Under[e]
		if !byPeriod {
			s.count, s.docs = sw.Count[e], sw.Docs[e]
			continue
		}
		k := int(sw.NPer[e])
		if k == 0 && sw.Count[e] == 0 && sw.Docs[e] == 0 {
			continue
		}
		if k < 1 || k > len(sw.P)-pi || k > 1 && k > len(sw.PCount)-ci || k > 1 && len(sw.PDocs) != len(sw.PCount) {
			return fmt.Errorf("entry %d: bad per-period counts", e)
		}
		last := -1
		for j := 0; j < k; j++ {
			p := int(sw.P[pi+j])
			if p <= last || p >= len(c.plabel) {
				return fmt.Errorf("entry %d: period %d out of order or range", e, p)
			}
			last = p
			cnt, docs := sw.Count[e], sw.Docs[e]
			if k > 1 {
				cnt, docs = sw.PCount[ci+j], sw.PDocs[ci+j]
			}
			if docs < 1 || cnt < docs || uint64(s.count)+uint64(cnt) > math.MaxUint32 {
				return fmt.Errorf("entry %d: counts %d in %d documents", e, cnt, docs)
			}
			c.addPer(n, uint32(e), s, p, pval(cnt, docs))
			s.count += cnt
			s.docs += docs
		}
		pi += k
		if k > 1 {
			ci += k
		}
		if s.count != sw.Count[e] || s.docs != sw.Docs[e] {
			return fmt.Errorf("entry %d: per-period counts do not add up to the totals", e)
		}
	}
	if pi != len(sw.P) || ci != len(sw.PCount) {
		return fmt.Errorf("per-period counts left over")
	}
	return nil
}
