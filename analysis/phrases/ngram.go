package phrases

// level holds the recurring n-grams of one length.
type level struct {
	idx   gramIndex // hash -> index into grams
	grams []gram
}

type gram struct {
	count, docs        int32
	lastDoc            int32
	firstDoc, firstPos int32
	lo, hi             day // first and last dated day
}

func (lv *level) add(key uint64, doc, pos int32, d day) int32 {
	gi, added := lv.idx.insert(key, int32(len(lv.grams)))
	if added {
		lv.grams = append(lv.grams, gram{lastDoc: -1, firstDoc: doc, firstPos: pos})
	}
	g := &lv.grams[gi]
	g.count++
	if g.lastDoc != doc {
		g.lastDoc = doc
		g.docs++
	}
	if d != 0 {
		if g.lo == 0 || d < g.lo {
			g.lo = d
		}
		if d > g.hi {
			g.hi = d
		}
	}
	return gi
}

// prune keeps the grams in at least minDocs documents.
func (lv *level) prune(minDocs int) {
	// Compact grams, renumbering the index.
	remap := make([]int32, len(lv.grams))
	kept := lv.grams[:0]
	for gi := range lv.grams {
		remap[gi] = -1
		if int(lv.grams[gi].docs) >= minDocs {
			remap[gi] = int32(len(kept))
			kept = append(kept, lv.grams[gi])
		}
	}
	lv.idx = lv.idx.remapped(remap, len(kept))
	lv.grams = kept[:len(kept):len(kept)]
}

// hasher computes polynomial hashes of windows of a term-ID sequence, and
// where each window must stop (the next sentence break).
type hasher struct {
	pre []uint64 // pre[i] = hash of seq[:i]
	pow []uint64
	brk []int32  // brk[i] = index of the first break at or after i
	tab []uint64 // mix of each term ID (see mixTable), or nil
}

const hashBase = 0x9E3779B97F4A7C15 | 1

func mix(x uint64) uint64 { // splitmix64 finalizer
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

func (h *hasher) load(seq []int32) {
	n := len(seq)
	h.pre = append(h.pre[:0], 0)
	for len(h.pow) <= n {
		if len(h.pow) == 0 {
			h.pow = append(h.pow, 1)
			continue
		}
		h.pow = append(h.pow, h.pow[len(h.pow)-1]*hashBase)
	}
	if cap(h.pre) < n+1 {
		h.pre = append(h.pre, make([]uint64, n)...)[:1]
	}
	x := uint64(0)
	for _, id := range seq {
		var m uint64
		if id >= 0 && int(id) < len(h.tab) {
			m = h.tab[id]
		} else {
			m = mix(uint64(uint32(id)))
		}
		x = x*hashBase + m
		h.pre = append(h.pre, x)
	}
	if cap(h.brk) < n {
		h.brk = make([]int32, n)
	}
	h.brk = h.brk[:n]
	next := int32(n)
	for i := int32(n) - 1; i >= 0; i-- {
		if seq[i] < 0 {
			next = i
		}
		h.brk[i] = next
	}
}

// sum is the hash of seq[i:i+n], with the length mixed in.
func (h *hasher) sum(i, n int) uint64 {
	return (h.pre[i+n] - h.pre[i]*h.pow[n]) ^ mix(uint64(n)<<40)
}

// hashIDs is the hash of a whole window, equal to hasher.sum over the same
// words; it costs O(len(ids)) without loading the document.
func hashIDs(ids []int32) uint64 {
	var x uint64
	for _, id := range ids {
		x = x*hashBase + mix(uint64(uint32(id)))
	}
	return x ^ mix(uint64(len(ids))<<40)
}
