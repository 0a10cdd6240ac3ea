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

// The hash of n term IDs is polynomial in their mixed values, with the
// length mixed in (see hashIDs, and prefixes for the same over the words
// of the documents).
const hashBase = 0x9E3779B97F4A7C15 | 1

func mix(x uint64) uint64 { // splitmix64 finalizer
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

// hashIDs is the hash of a whole window, equal to prefixes.sum over the
// same words.
func hashIDs(ids []int32) uint64 {
	var x uint64
	for _, id := range ids {
		x = x*hashBase + mix(uint64(uint32(id)))
	}
	return x ^ mix(uint64(len(ids))<<40)
}
