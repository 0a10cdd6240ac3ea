package phrases

import (
	"runtime"
	"sync"
)

// Run's passes over the words split the documents into shards of about
// equal words, one per core (at most maxShards), and run a pass on each
// shard in a goroutine of its own; each shard counts into tables of its
// own, merged in document order afterwards, so that the result does not
// depend on the shards (TestDiscoverGolden).

// maxShards bounds the goroutines of one pass.
const maxShards = 8

// shard is a run of documents: dc.docs[lo:hi].
type shard struct{ lo, hi int }

// shards splits the documents into runs of about equal words.
func (dc *Discoverer) shards() []shard {
	k := min(runtime.GOMAXPROCS(0), maxShards, max(1, len(dc.docs)))
	total := 0
	for di := range dc.docs {
		total += len(dc.docs[di].seq)
	}
	out := make([]shard, 0, k)
	lo, sum := 0, 0
	for di := range dc.docs {
		sum += len(dc.docs[di].seq)
		if len(out) < k-1 && sum*k >= total*(len(out)+1) {
			out = append(out, shard{lo, di + 1})
			lo = di + 1
		}
	}
	return append(out, shard{lo, len(dc.docs)})
}

// parallel runs f on each shard, in goroutines when there are several.
func parallel(shards []shard, f func(s int, sh shard)) {
	if len(shards) == 1 {
		f(0, shards[0])
		return
	}
	var wg sync.WaitGroup
	for s, sh := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(s, sh)
		}()
	}
	wg.Wait()
}

// mixTable is mix of each term ID, for hasher.load.
func (dc *Discoverer) mixTable() []uint64 {
	t := make([]uint64, len(dc.terms))
	for id := range t {
		t[id] = mix(uint64(uint32(id)))
	}
	return t
}

// merge adds the grams of b, counted over documents after all of lv's, to
// lv, as if lv had counted them too: a gram new to lv is appended, in b's
// order. It returns the index in lv of each gram of b.
func (lv *level) merge(b *level) []int32 {
	keys := make([]uint64, len(b.grams))
	for i, v := range b.idx.vals {
		if v != 0 {
			keys[v-1] = b.idx.keys[i]
		}
	}
	remap := make([]int32, len(b.grams))
	for j := range b.grams {
		gb := &b.grams[j]
		gi, added := lv.idx.insert(keys[j], int32(len(lv.grams)))
		remap[j] = gi
		if added {
			lv.grams = append(lv.grams, *gb)
			continue
		}
		g := &lv.grams[gi]
		g.count += gb.count
		g.docs += gb.docs
		g.lastDoc = gb.lastDoc
		if gb.lo != 0 && (g.lo == 0 || gb.lo < g.lo) {
			g.lo = gb.lo
		}
		g.hi = max(g.hi, gb.hi)
	}
	return remap
}
