package phrases

import "slices"

// recurring returns, sorted, the hashes of the n-grams (within a sentence)
// that occur in at least minDocs documents, or nil when every n-gram may
// (minDocs <= 1). Run counts only these at its first level, so the first
// level's table holds the recurring n-grams instead of every distinct one:
// on news text most 3-grams occur once, and a table entry costs about 60
// bytes against the 8 bytes per word this pass needs for a moment.
func (dc *Discoverer) recurring(n, minDocs int) []uint64 {
	if minDocs <= 1 {
		return nil
	}
	total := 0
	for di := range dc.docs {
		total += len(dc.docs[di].seq)
	}
	hs := make([]uint64, 0, total)
	var h hasher
	for di := range dc.docs {
		seq := dc.docs[di].seq
		h.load(seq)
		from := len(hs)
		for i := 0; i+n <= len(seq); i++ {
			if h.brk[i] >= i+n {
				hs = append(hs, h.sum(i, n))
			}
		}
		// Once per document: the runs below then count documents.
		slices.Sort(hs[from:])
		hs = append(hs[:from], slices.Compact(hs[from:])...)
	}
	slices.Sort(hs)
	out := hs[:0] // overwrites hs behind the reading position
	for i := 0; i < len(hs); {
		j := i + 1
		for j < len(hs) && hs[j] == hs[i] {
			j++
		}
		if j-i >= minDocs {
			out = append(out, hs[i])
		}
		i = j
	}
	// A copy, so that hs, 8 bytes per word, is garbage from here.
	rec := make([]uint64, len(out))
	copy(rec, out)
	return rec
}
