package corpus

// Duplicates are found on the normalized token stream, so copies that differ
// only in debris, credits, whitespace or quote style are still the same story.
// Exact copies are found by hash; near copies by MinHash over word 5-shingles
// with locality-sensitive hashing (8 bands of 8 rows), then confirmed by the
// full 64-value signature estimate of Jaccard similarity.

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
type deduper struct {
	threshold float64
	exact     map[uint64]string
	buckets   [bands]map[uint64][]int32
	sigs      [][numHashes]uint32
	ids       []string
}

func newDeduper(threshold float64) *deduper {
	dd := &deduper{threshold: threshold, exact: map[uint64]string{}}
	for i := range dd.buckets {
		dd.buckets[i] = map[uint64][]int32{}
	}
	return dd
}

// check returns the ID of an earlier document that fp copies, or "" after
// remembering fp under id.
func (dd *deduper) check(id string, fp fingerprint) string {
	if orig, ok := dd.exact[fp.exact]; ok {
		return orig
	}
	if fp.hasSig {
		var keys [bands]uint64
		best, bestSim := -1, 0.0
		for b := 0; b < bands; b++ {
			k := uint64(b) + 1
			for _, v := range fp.sig[b*rows : (b+1)*rows] {
				k = mix(k ^ uint64(v))
			}
			keys[b] = k
			for _, c := range dd.buckets[b][k] {
				if sim := similarity(&fp.sig, &dd.sigs[c]); sim >= dd.threshold && (sim > bestSim || sim == bestSim && int(c) < best) {
					best, bestSim = int(c), sim
				}
			}
		}
		if best >= 0 {
			return dd.ids[best]
		}
		n := int32(len(dd.sigs))
		dd.sigs = append(dd.sigs, fp.sig)
		dd.ids = append(dd.ids, id)
		for b, k := range keys {
			dd.buckets[b][k] = append(dd.buckets[b][k], n)
		}
	}
	dd.exact[fp.exact] = id
	return ""
}

func similarity(a, b *[numHashes]uint32) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / numHashes
}
