package corpus

import (
	"slices"
)

// Duplicates are found on the normalized token stream, so copies that differ
// only in debris, credits, whitespace or quote style are still the same story.
// Exact copies are found by hash; near copies by MinHash over word 5-shingles
// with locality-sensitive hashing (16 bands of 8 rows), then confirmed by the
// 128-value signature's estimate of Jaccard similarity.

const (
	shingleSize = 5
	numHashes   = 128
	bands       = 16
	rows        = numHashes / bands
)

type fingerprint struct {
	exact  uint64
	sig    [numHashes]uint32
	hasSig bool
}

// fingerprintHashes hashes a document's token stream. The MinHash signature is
// computed by one-permutation hashing (Li, Owen and Zhang 2012): each shingle
// is hashed once and kept as the minimum of one of numHashes bins, so the cost
// is one hash per token however many bins there are. Empty bins are filled by
// rotation (Shrivastava and Li 2014), which keeps signatures comparable.
// It takes the hashes of the tokens' Norm (hashString), which the
// tokenizer caches per word.
func fingerprintHashes(hs []uint64) fingerprint {
	var fp fingerprint
	exact := uint64(14695981039346656037)
	var ring [shingleSize]uint64
	var roll uint64 // polynomial hash of the last shingleSize token hashes
	for i := range fp.sig {
		fp.sig[i] = ^uint32(0)
	}
	for n, h := range hs {
		exact = (exact ^ h) * 0x100000001b3
		old := ring[n%shingleSize]
		ring[n%shingleSize] = h
		roll = roll*rollBase + h - old*rollOut
		if n+1 < shingleSize {
			continue
		}
		x := mix(roll)
		bin, v := x>>57, uint32(x)
		if v < fp.sig[bin] {
			fp.sig[bin] = v
		}
	}
	fp.exact = mix(exact ^ uint64(len(hs)))
	if len(hs) < shingleSize {
		return fp
	}
	densify(&fp.sig)
	fp.hasSig = true
	return fp
}

// rollBase is the rolling hash's multiplier; rollOut = rollBase^shingleSize
// (mod 2^64) removes the token leaving the window.
const rollBase uint64 = 0x9e3779b97f4a7c15

var rollOut = func() uint64 {
	p := uint64(1)
	for range shingleSize {
		p *= rollBase
	}
	return p
}()

// densify fills each empty bin from the nearest originally non-empty bin to
// its right (circularly), offset by the distance so borrowed values differ
// from the originals.
func densify(sig *[numHashes]uint32) {
	const empty = ^uint32(0)
	orig := *sig
	for i := range sig {
		if orig[i] != empty {
			continue
		}
		for d := 1; d < numHashes; d++ {
			if v := orig[(i+d)%numHashes]; v != empty {
				sig[i] = v + uint32(d)*0x9e3779b9
				break
			}
		}
	}
}

// WordHash is the 64-bit FNV-1a hash of s: Token.Hash, and the hash of the
// word shingles near-duplicate detection compares.
func WordHash(s string) uint64 { return hashString(s) }

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix is splitmix64's finalizer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// deduper remembers the documents kept so far and finds copies among them.
// It keeps arrays of integers (bigmem.go, spill.go), about 250 bytes a kept
// document: for each band a multimap from the band's 32-bit key to the
// signatures filed under it (8 bytes an entry, 9 to 18 with its free
// slots), the exact hashes, and 16 bits of each MinHash value (256 bytes),
// enough to estimate similarity: two different values agree by chance once
// in 65,536 bins. Given a scratch folder, all of it goes to scratch files
// there but for a bounded part (spill.go): the recent entries of each
// multimap, its filter, one block of each column and a cache of the
// signatures read back (16 MB), about 200 MB in all,
// whatever the number of documents. A signature is read back only for a
// candidate a band key brings up. A truncated key that collides only adds a
// candidate, which the signature check rejects.
type deduper struct {
	threshold float64
	sc        *scratch
	exact     spillMap            // top 32 bits of an exact hash -> 1 + kept document
	keptExact spillColumn[uint64] // each kept document's exact hash
	keptDoc   spillColumn[uint32] // each kept document's number (Decider)
	buckets   [bands]spillMap     // band key -> 1 + signature
	sigDoc    spillColumn[uint32] // each signature's document number
	sigs      spillColumn[uint16] // the signatures, numHashes values each
	cands     []uint32
	cand      [numHashes]uint16
	// the signatures last read back from the scratch file, in sets of
	// two by number (sigCacheSlots of them), the one used last first:
	// documents that share band keys with a new one are often the ones
	// that shared them with the last (issue 22)
	cacheSig   block[uint16]
	cacheKey   block[uint32] // 1 + the signature in each slot, or 0
	cacheSlots int           // sigCacheSlots (fewer in tests)
	cacheHits  int
}

// sigCacheSlots is the number of signatures the cache holds (16 MB). Of
// the 1.57 million signatures the million synthetic articles of cmd/synth
// compare, 1,247,109 were read from the file with 16,384 slots each for
// one signature, 857,388 with 65,536, and 723,490 with 65,536 in sets of
// two.
const sigCacheSlots = 1 << 16

func newDeduper(threshold float64, sc *scratch) *deduper {
	dd := &deduper{
		threshold: threshold,
		sc:        sc,
		exact:     newSpillMap(sc, "exact"),
		keptExact: newSpillColumn[uint64](sc, "exact"),
		keptDoc:   newSpillColumn[uint32](sc, "kept"),
		sigDoc:    newSpillColumn[uint32](sc, "sigdoc"),
		sigs:      newSpillColumn[uint16](sc, "near-dup"),
	}
	for b := range dd.buckets {
		dd.buckets[b] = newSpillMap(sc, "band")
	}
	return dd
}

// check returns the number of an earlier document that p copies and true,
// or files p as document doc.
func (dd *deduper) check(doc uint32, p *Print) (uint32, bool) {
	orig, found := uint32(0), false
	dd.exact.each(uint32(p.exact>>32), func(ref uint32) {
		if !found && dd.keptExact.at(int(ref-1)) == p.exact {
			orig, found = dd.keptDoc.at(int(ref-1)), true
		}
	})
	if found {
		return orig, true
	}
	if p.hasSig {
		dd.cands = dd.cands[:0]
		for b, k := range p.keys {
			dd.buckets[b].each(k, func(ref uint32) { dd.cands = append(dd.cands, ref-1) })
		}
		slices.Sort(dd.cands)
		best, bestSim := -1, 0.0
		for i, s := range dd.cands {
			if i > 0 && s == dd.cands[i-1] || !dd.sig(s) {
				continue
			}
			// in order of s, so the earliest of the most similar wins
			if sim := similarity(&p.sig, &dd.cand); sim >= dd.threshold && sim > bestSim {
				best, bestSim = int(s), sim
			}
		}
		if best >= 0 {
			return dd.sigDoc.at(best), true
		}
		n := uint32(dd.sigDoc.n)
		dd.sigDoc.push(doc)
		dd.sigs.pushAll(p.sig[:])
		for b, k := range p.keys {
			dd.buckets[b].add(k, n+1)
		}
	}
	dd.exact.add(uint32(p.exact>>32), uint32(dd.keptDoc.n)+1)
	dd.keptExact.push(p.exact)
	dd.keptDoc.push(doc)
	return 0, false
}

// sig copies signature s into dd.cand, or reports false after a failed
// read.
func (dd *deduper) sig(s uint32) bool {
	at := int(s) * numHashes
	if at >= dd.sigs.written { // in memory
		return dd.sigs.copyOut(dd.cand[:], at)
	}
	if len(dd.cacheKey.s) == 0 {
		if dd.cacheSlots == 0 {
			dd.cacheSlots = sigCacheSlots
		}
		dd.cacheSig = newBlock[uint16](dd.cacheSlots * numHashes)
		dd.cacheKey = newBlock[uint32](dd.cacheSlots)
	}
	set := int(s) % (dd.cacheSlots / 2) * 2
	for way := set; way < set+2; way++ {
		if dd.cacheKey.s[way] == s+1 {
			copy(dd.cand[:], dd.cacheSig.s[way*numHashes:(way+1)*numHashes])
			dd.cacheHits++
			if way != set { // the one used last goes first
				dd.swapSlots(set)
			}
			return true
		}
	}
	if !dd.sigs.copyOut(dd.cand[:], at) {
		return false
	}
	// the first slot's signature moves to the second, whose goes
	dd.cacheKey.s[set+1] = dd.cacheKey.s[set]
	copy(dd.cacheSig.s[(set+1)*numHashes:(set+2)*numHashes], dd.cacheSig.s[set*numHashes:(set+1)*numHashes])
	copy(dd.cacheSig.s[set*numHashes:(set+1)*numHashes], dd.cand[:])
	dd.cacheKey.s[set] = s + 1
	return true
}

// swapSlots swaps the cache's slots i and i+1.
func (dd *deduper) swapSlots(i int) {
	k := dd.cacheKey.s
	k[i], k[i+1] = k[i+1], k[i]
	a := dd.cacheSig.s[i*numHashes : (i+1)*numHashes]
	b := dd.cacheSig.s[(i+1)*numHashes : (i+2)*numHashes]
	for j := range a {
		a[j], b[j] = b[j], a[j]
	}
}

// bytes is the memory the deduper holds outside its scratch files.
func (dd *deduper) bytes() int {
	n := dd.exact.bytes() + dd.keptExact.bytes() + dd.keptDoc.bytes() + dd.sigDoc.bytes() + dd.sigs.bytes() + 2*len(dd.cacheSig.s) + 4*len(dd.cacheKey.s)
	for i := range dd.buckets {
		n += dd.buckets[i].bytes()
	}
	return n
}

func (dd *deduper) free() {
	dd.exact.free()
	dd.keptExact.free()
	dd.keptDoc.free()
	for i := range dd.buckets {
		dd.buckets[i].free()
	}
	dd.sigDoc.free()
	dd.sigs.free()
	dd.cacheSig.free()
	dd.cacheKey.free()
}

// similarity estimates the Jaccard similarity of two documents from their
// signatures (16 bits of each value).
func similarity(a, b *[numHashes]uint16) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / numHashes
}

// sig16 keeps 16 bits of each value of a signature, as the deduper stores it.
func sig16(s *[numHashes]uint32) *[numHashes]uint16 {
	var out [numHashes]uint16
	for i, v := range s {
		out[i] = uint16(v)
	}
	return &out
}
