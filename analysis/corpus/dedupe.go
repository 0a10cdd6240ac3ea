package corpus

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
// It keeps about 500 bytes per document, so it can remember every article of
// a corpus of hundreds of thousands: for each band a map from the band's
// 32-bit key to the last document filed under it, with the earlier ones
// chained through next; and 16 bits of each MinHash value, enough to estimate
// similarity (two different values agree by chance once in 65,536 bins). A
// truncated key that collides only adds a candidate, which the signature check
// rejects.
type deduper struct {
	threshold float64
	exact     map[uint64]int32        // exact hash -> index in ids
	buckets   [bands]map[uint32]int32 // band key -> 1 + last signature filed under it
	next      []int32                 // next[sig*bands+band]: 1 + the previous signature under the same key
	sigs      [][numHashes]uint16
	sigDoc    []int32 // index in ids of each signature's document
	ids       []string
}

func newDeduper(threshold float64) *deduper {
	dd := &deduper{threshold: threshold, exact: map[uint64]int32{}}
	for i := range dd.buckets {
		dd.buckets[i] = map[uint32]int32{}
	}
	return dd
}

// check returns the ID of an earlier document that p copies, or "" after
// remembering p under id.
func (dd *deduper) check(id string, p *Print) string {
	if orig, ok := dd.exact[p.exact]; ok {
		return dd.ids[orig]
	}
	if p.hasSig {
		best, bestSim := -1, 0.0
		for b, k := range p.keys {
			for c := dd.buckets[b][k]; c != 0; c = dd.next[int(c-1)*bands+b] {
				s := int(c - 1)
				if sim := similarity(&p.sig, &dd.sigs[s]); sim >= dd.threshold && (sim > bestSim || sim == bestSim && s < best) {
					best, bestSim = s, sim
				}
			}
		}
		if best >= 0 {
			return dd.ids[dd.sigDoc[best]]
		}
		n := int32(len(dd.sigs))
		dd.sigs = append(dd.sigs, p.sig)
		dd.sigDoc = append(dd.sigDoc, int32(len(dd.ids)))
		for b, k := range p.keys {
			dd.next = append(dd.next, dd.buckets[b][k])
			dd.buckets[b][k] = n + 1
		}
	}
	dd.exact[p.exact] = int32(len(dd.ids))
	dd.ids = append(dd.ids, id)
	return ""
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
