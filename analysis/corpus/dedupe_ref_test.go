package corpus

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// refDecider is the Decider as it was before its index moved to arrays of
// integers (Go maps, a slice of signatures, the IDs as strings): the
// reference its decisions are compared with.
type refDecider struct {
	threshold float64
	seen      map[string]int
	exact     map[uint64]int32
	buckets   [bands]map[uint32]int32
	next      []int32
	sigs      [][numHashes]uint16
	sigDoc    []int32
	ids       []string
}

func newRefDecider(threshold float64) *refDecider {
	r := &refDecider{threshold: threshold, seen: map[string]int{}, exact: map[uint64]int32{}}
	for i := range r.buckets {
		r.buckets[i] = map[uint32]int32{}
	}
	return r
}

func (r *refDecider) decide(p *Print) (id, dupOf string) {
	id = p.ID
	if n := r.seen[id]; n > 0 {
		r.seen[id] = n + 1
		id = fmt.Sprintf("%s~%d", id, n+1)
	} else {
		r.seen[id] = 1
	}
	if !p.Skipped {
		dupOf = r.check(id, p)
	}
	return id, dupOf
}

func (r *refDecider) check(id string, p *Print) string {
	if orig, ok := r.exact[p.exact]; ok {
		return r.ids[orig]
	}
	if p.hasSig {
		best, bestSim := -1, 0.0
		for b, k := range p.keys {
			for c := r.buckets[b][k]; c != 0; c = r.next[int(c-1)*bands+b] {
				s := int(c - 1)
				if sim := similarity(&p.sig, &r.sigs[s]); sim >= r.threshold && (sim > bestSim || sim == bestSim && s < best) {
					best, bestSim = s, sim
				}
			}
		}
		if best >= 0 {
			return r.ids[r.sigDoc[best]]
		}
		n := int32(len(r.sigs))
		r.sigs = append(r.sigs, p.sig)
		r.sigDoc = append(r.sigDoc, int32(len(r.ids)))
		for b, k := range p.keys {
			r.next = append(r.next, r.buckets[b][k])
			r.buckets[b][k] = n + 1
		}
	}
	r.exact[p.exact] = int32(len(r.ids))
	r.ids = append(r.ids, id)
	return ""
}

// nearDupPrints are the prints of n generated documents, in order: new
// stories of 60 to 600 words drawn from a Zipf vocabulary, and copies of
// earlier ones edited more or less (words replaced at rates that put their
// similarity on both sides of any threshold, the end cut, a credit line
// added), exact copies, texts too short for a signature, skipped documents,
// and IDs given twice or looking like a listed "ID~2".
func nearDupPrints(t testing.TB, n int, seed uint64) []Print {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 19))
	zipf := rand.NewZipf(rng, 1.1, 1, 20000)
	word := func() string { return fmt.Sprintf("w%x", zipf.Uint64()) }
	var texts [][]string
	var ids []string
	prints := make([]Print, 0, n)
	for i := range n {
		var ws []string
		switch k := rng.IntN(100); {
		case k < 50 || len(texts) == 0:
			for range 60 + rng.IntN(540) {
				ws = append(ws, word())
			}
		case k < 80: // an edited copy
			ws = append(ws, texts[rng.IntN(len(texts))]...)
			rate := rng.Float64() * 0.06
			for j := range ws {
				if rng.Float64() < rate {
					ws[j] = word()
				}
			}
		case k < 86: // the end cut
			src := texts[rng.IntN(len(texts))]
			ws = append(ws, src[:len(src)*(70+rng.IntN(30))/100]...)
		case k < 90: // a credit line added
			ws = append(append(ws, texts[rng.IntN(len(texts))]...), "news", "agency", word())
		case k < 94: // an exact copy
			ws = append(ws, texts[rng.IntN(len(texts))]...)
		default: // too short for a signature
			for range 1 + rng.IntN(4) {
				ws = append(ws, fmt.Sprintf("s%d", rng.IntN(3)))
			}
		}
		texts = append(texts, ws)
		id := fmt.Sprintf("doc-%d", i)
		switch k := rng.IntN(100); {
		case k < 4 && len(ids) > 0:
			id = ids[rng.IntN(len(ids))]
		case k < 6 && len(ids) > 0:
			id = ids[rng.IntN(len(ids))] + "~2"
		}
		ids = append(ids, id)
		hs := make([]uint64, len(ws))
		for j, w := range ws {
			hs[j] = hashString(w)
		}
		d := &Document{ID: id, fp: fingerprintHashes(hs)}
		p := d.print()
		p.ID = id
		p.Skipped = rng.IntN(100) < 3
		prints = append(prints, p)
	}
	return prints
}

// TestDeciderAgreesWithReference checks that the Decider gives every
// document the ID and duplicate status the map-based reference gives, at
// several thresholds, with its signatures in memory and in a scratch file
// (written in blocks of 512, so most are read back from the file).
func TestDeciderAgreesWithReference(t *testing.T) {
	start := time.Now()
	prints := nearDupPrints(t, 3000, 1)
	t.Logf("%d prints in %v", len(prints), time.Since(start))
	for _, th := range []float64{0.9, 0.75, 0.5} {
		for _, scratch := range []string{"", "folder", "folder, small blocks", "missing folder"} {
			o := DefaultOptions()
			o.NearDuplicate = th
			switch scratch {
			case "folder", "folder, small blocks":
				o.ScratchDir = t.TempDir()
			case "missing folder":
				o.ScratchDir = filepath.Join(t.TempDir(), "none")
			}
			dec := NewDecider(o)
			if scratch == "folder, small blocks" {
				// every column and map goes to its file many times over
				dec.setSpillLimits(1000, 300)
			}
			ref := newRefDecider(th)
			near, renamed := 0, 0
			exact := map[uint64]bool{}
			for i := range prints {
				id, dup := dec.Decide(&prints[i])
				wid, wdup := ref.decide(&prints[i])
				if id != wid || dup != wdup {
					t.Fatalf("threshold %v, scratch %v: document %d: (%q, %q), want (%q, %q)", th, scratch, i, id, dup, wid, wdup)
				}
				if dup != "" && !exact[prints[i].exact] {
					near++
				}
				exact[prints[i].exact] = true
				if id != prints[i].ID {
					renamed++
				}
			}
			if err := dec.Err(); err != nil || (dec.Note() != "") != (scratch == "missing folder") {
				t.Errorf("threshold %v, scratch %v: err %v, note %q", th, scratch, err, dec.Note())
			}
			if merged := dec.dd.buckets[0].runN > 0 && dec.dd.exact.runN > 0 && dec.ids.first.runN > 0; merged != (scratch == "folder, small blocks") {
				t.Errorf("threshold %v, scratch %v: maps merged into their files: %v", th, scratch, merged)
			}
			if scratch == "folder, small blocks" && dec.dd.cacheHits == 0 {
				t.Errorf("threshold %v: no signature read back came from the cache", th)
			}
			if strings.HasPrefix(scratch, "folder") != (dec.dd.sigs.written > 0) {
				t.Errorf("threshold %v, scratch %v: %d signatures written to a scratch file", th, scratch, dec.dd.sigs.written)
			}
			// the set must exercise what it compares
			if near < 200 || renamed < 50 {
				t.Errorf("threshold %v: %d near copies, %d IDs renamed: too few to compare", th, near, renamed)
			}
			t.Logf("threshold %v, scratch %v: %d near copies, %d IDs renamed", th, scratch, near, renamed)
			dec.Close()
		}
	}
}

// setSpillLimits writes the Decider's columns to their files every col
// elements and merges its maps into theirs every m entries.
func (d *decider) setSpillLimits(col, m int) {
	dd := d.dd
	dd.keptExact.limit, dd.keptDoc.limit, dd.sigDoc.limit, dd.sigs.limit = col, col, col, col
	dd.cacheSlots = 61 // signatures evict each other from the cache
	d.ids.ids.text.limit, d.ids.ids.ends.limit = col, col
	dd.exact.limit, d.ids.first.limit = m, m
	for b := range dd.buckets {
		dd.buckets[b].limit = m
	}
}

// TestDeciderScratchReadError checks that a signature or a page of a map
// that the scratch files fail to give back is an error of the Decider, not
// a silent miss.
func TestDeciderScratchReadError(t *testing.T) {
	for _, tc := range []struct {
		name string
		fail func(d *decider)
	}{
		{"signatures", func(d *decider) { d.dd.sigs.f.Close() }},
		{"band map", func(d *decider) { d.dd.buckets[3].run.Close() }},
		{"IDs", func(d *decider) { d.ids.first.run.Close() }},
	} {
		o := DefaultOptions()
		o.ScratchDir = t.TempDir()
		dec := NewDecider(o)
		dec.setSpillLimits(1000, 300)
		prints := nearDupPrints(t, 1500, 2)
		for i := range prints {
			if i == 1000 {
				tc.fail(dec.decider) // the file fails from here on
			}
			dec.Decide(&prints[i])
		}
		if err := dec.Err(); err == nil || !strings.Contains(err.Error(), "near-duplicate index's scratch file in "+o.ScratchDir) {
			t.Errorf("%s: err = %v", tc.name, err)
		}
		dec.Close()
	}
}
