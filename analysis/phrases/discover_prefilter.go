package phrases

import "slices"

// recurring returns the hashes of the n-grams (within a sentence) that
// occur in at least minDocs documents, or nil when every n-gram may
// (minDocs <= 1). Run counts only these at its first level, so the first
// level's table holds the recurring n-grams instead of every distinct one:
// on news text most 3-grams occur once, and a table entry costs about 60
// bytes against the 8 bytes per word this pass needs for a moment. Each
// shard sorts the hashes of its documents; the runs are counted over the
// shards' lists at once.
func (dc *Discoverer) recurring(n, minDocs int, shards []shard, pf *prefixes) *gramIndex {
	if minDocs <= 1 {
		return nil
	}
	lists := make([][]uint64, len(shards))
	parallel(shards, func(s int, sh shard) {
		total := 0
		for di := sh.lo; di < sh.hi; di++ {
			total += len(dc.docs[di].seq)
		}
		hs := make([]uint64, 0, total)
		for di := sh.lo; di < sh.hi; di++ {
			seq, pre := dc.docs[di].seq, pf.pre[di]
			from := len(hs)
			brk := 0 // words since the last sentence break
			for i, id := range seq {
				brk++
				if id < 0 {
					brk = 0
				} else if brk >= n {
					hs = append(hs, pf.sum(pre, i+1-n, n))
				}
			}
			// Once per document: the runs below then count documents.
			slices.Sort(hs[from:])
			hs = append(hs[:from], slices.Compact(hs[from:])...)
		}
		slices.Sort(hs)
		lists[s] = hs
	})
	rec := &gramIndex{}
	// Merge the sorted lists, counting each hash's run.
	at := make([]int, len(lists))
	for {
		var low uint64
		found := false
		for s, l := range lists {
			if at[s] < len(l) && (!found || l[at[s]] < low) {
				low, found = l[at[s]], true
			}
		}
		if !found {
			break
		}
		run := 0
		for s, l := range lists {
			for at[s] < len(l) && l[at[s]] == low {
				at[s]++
				run++
			}
		}
		if run >= minDocs {
			rec.insert(low, 0)
		}
	}
	return rec
}
