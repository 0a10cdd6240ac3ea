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

// split splits n items into k runs of about equal size.
func split(n, k int) []shard {
	k = max(1, min(k, n))
	out := make([]shard, k)
	for s := range out {
		out[s] = shard{s * n / k, (s + 1) * n / k}
	}
	return out
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

// prefixes hold the polynomial hash of each prefix of each document's
// term IDs (see hashIDs): computed once, 8 bytes per word, for every pass
// of counting and folding, which hash windows at every word.
type prefixes struct {
	pre    [][]uint64 // pre[di][i] = hash of dc.docs[di].seq[:i]
	pow    []uint64   // powers of hashBase
	lenMix []uint64   // mix(n<<40), mixed into the hash of n words
}

// prefixes computes the prefix hashes of the documents, on the shards in
// parallel.
func (dc *Discoverer) prefixes(shards []shard) *prefixes {
	p := &prefixes{pre: make([][]uint64, len(dc.docs))}
	longest := 0
	for di := range dc.docs {
		longest = max(longest, len(dc.docs[di].seq))
	}
	p.pow = make([]uint64, longest+1)
	p.pow[0] = 1
	for i := 1; i < len(p.pow); i++ {
		p.pow[i] = p.pow[i-1] * hashBase
	}
	p.lenMix = make([]uint64, dc.opts.MaxN+2)
	for n := range p.lenMix {
		p.lenMix[n] = mix(uint64(n) << 40)
	}
	parallel(shards, func(_ int, sh shard) {
		for di := sh.lo; di < sh.hi; di++ {
			seq := dc.docs[di].seq
			pre := make([]uint64, len(seq)+1)
			x := uint64(0)
			for i, id := range seq {
				x = x*hashBase + mix(uint64(uint32(id)))
				pre[i+1] = x
			}
			p.pre[di] = pre
		}
	})
	return p
}

// sum is the hash of words i..i+n of the document whose prefix hashes are
// pre, equal to hashIDs of those words.
func (p *prefixes) sum(pre []uint64, i, n int) uint64 {
	return (pre[i+n] - pre[i]*p.pow[n]) ^ p.lenMix[n]
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
