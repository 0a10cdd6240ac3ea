package corpus

import (
	"fmt"
	"os"
	"slices"
	"unsafe"
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
// Its memory is arrays of integers (bigmem.go), about 240 bytes a kept
// document: for each band a table from the band's 32-bit key to the
// signatures filed under it (8 bytes an entry, 9 to 18 with its free
// slots), the exact hashes, and 16 bits of each MinHash value (256 bytes),
// enough to estimate similarity: two different values agree by chance once
// in 65,536 bins. Those 256 bytes go to a scratch file when sigs has a
// folder, read back only for a candidate a band key brings up. A truncated
// key that collides only adds a candidate, which the signature check
// rejects.
type deduper struct {
	threshold float64
	exact     table          // top 32 bits of an exact hash -> 1 + kept document
	keptExact column[uint64] // each kept document's exact hash
	keptDoc   column[uint32] // each kept document's number (Decider)
	buckets   [bands]table   // band key -> 1 + signature
	sigDoc    column[uint32] // each signature's document number
	sigs      sigStore
	cands     []uint32
	cand      [numHashes]uint16
}

func newDeduper(threshold float64, scratchDir string) *deduper {
	return &deduper{threshold: threshold, sigs: sigStore{dir: scratchDir}}
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
			if i > 0 && s == dd.cands[i-1] || !dd.sigs.get(int(s), &dd.cand) {
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
		dd.sigs.add(&p.sig)
		for b, k := range p.keys {
			dd.buckets[b].add(k, n+1)
		}
	}
	dd.exact.add(uint32(p.exact>>32), uint32(dd.keptDoc.n)+1)
	dd.keptExact.push(p.exact)
	dd.keptDoc.push(doc)
	return 0, false
}

// bytes is the memory the deduper holds outside its scratch file.
func (dd *deduper) bytes() int {
	n := dd.exact.bytes() + dd.keptExact.bytes() + dd.keptDoc.bytes() + dd.sigDoc.bytes() + dd.sigs.mem.bytes()
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
	dd.sigs.close()
}

// sigStore keeps the signatures of the documents kept, numHashes 16-bit
// values each, in order: in memory (mem), or, given a folder, in a scratch
// file there, full blocks of mem written out as they fill (the file is
// removed as soon as it is made where the system allows, else when closed).
// Reading one back costs a read of 256 bytes from the file, done only for a
// candidate a band key brings up. If the file cannot be made or written,
// the signatures stay in memory (note says why).
type sigStore struct {
	dir     string
	mem     column[uint16] // signatures written .. n
	f       *os.File
	name    string // to remove when closed ("" if removed already)
	written int    // signatures in the file
	n       int
	note    string // why the signatures stay in memory
	err     error  // the first failed read
}

// sigsPerBlock signatures fill one block of a column.
const sigsPerBlock = colLen / numHashes

func (st *sigStore) add(sig *[numHashes]uint16) {
	st.mem.pushAll(sig[:])
	st.n++
	if st.dir != "" && st.note == "" && st.mem.n == colLen {
		st.spill()
	}
}

// spill writes mem's one full block to the file.
func (st *sigStore) spill() {
	if st.f == nil {
		f, err := os.CreateTemp(st.dir, "dipstat-near-dup-*")
		if err != nil {
			st.note = fmt.Sprintf("the near-duplicate index stays in memory (about 500 bytes a document): cannot make its scratch file: %v", err)
			return
		}
		st.f, st.name = f, f.Name()
		if os.Remove(st.name) == nil {
			st.name = ""
		}
	}
	blk := st.mem.blocks[0].s
	if _, err := st.f.Write(unsafe.Slice((*byte)(unsafe.Pointer(&blk[0])), len(blk)*2)); err != nil {
		// what may have been written past st.written is never read
		st.note = fmt.Sprintf("the near-duplicate index stays in memory from signature %d on: cannot write its scratch file: %v", st.n-sigsPerBlock+1, err)
		return
	}
	st.written += sigsPerBlock
	st.mem.free()
}

// get reads signature i into dst, or reports false after a failed read.
func (st *sigStore) get(i int, dst *[numHashes]uint16) bool {
	if i >= st.written {
		st.mem.copyOut(dst[:], (i-st.written)*numHashes)
		return true
	}
	// the file holds the values as this process wrote them, so in its byte order
	b := unsafe.Slice((*byte)(unsafe.Pointer(&dst[0])), numHashes*2)
	if _, err := st.f.ReadAt(b, int64(i)*numHashes*2); err != nil {
		if st.err == nil {
			st.err = fmt.Errorf("reading the near-duplicate index's scratch file in %s: %w", st.dir, err)
		}
		return false
	}
	return true
}

func (st *sigStore) close() {
	st.mem.free()
	if st.f != nil {
		st.f.Close()
		if st.name != "" {
			os.Remove(st.name)
		}
		st.f = nil
	}
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
