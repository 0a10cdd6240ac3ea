package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkDeciderMemory measures what the near-duplicate index and the
// IDs cost per document at 100,000 and 500,000 documents (a CC-NEWS file
// holds tens of thousands of pages): the Decider with its signatures in a
// scratch file (as dipstat runs it; also at 1,000,000) and in memory, and
// the map-based Decider it replaced (refDecider). One document in five is a near copy
// of a recent one. Metrics per document: live-B/doc, what the index holds
// in memory (Go heap and mappings), rss-B/doc, what the process's resident
// memory grew by (Linux), and file-B/doc, the scratch file. Run with
// -benchtime 1x.
func BenchmarkDeciderMemory(b *testing.B) {
	for _, n := range []int{100000, 500000, 1000000} {
		for _, kind := range []string{"scratch", "memory", "maps"} {
			if n > 500000 && kind != "scratch" {
				continue // as dipstat runs it; the others grow as at 500,000
			}
			b.Run(fmt.Sprintf("%s/%d", kind, n), func(b *testing.B) {
				for b.Loop() {
					deciderMemory(b, kind, n)
				}
			})
		}
	}
}

func deciderMemory(b *testing.B, kind string, n int) {
	gen := newPrintGen(7)
	runtime.GC()
	debug.FreeOSMemory()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	rss0 := vmRSS()
	o := DefaultOptions()
	if kind == "scratch" {
		o.ScratchDir = b.TempDir()
	}
	var dec *Decider
	var ref *refDecider
	if kind == "maps" {
		ref = newRefDecider(o.NearDuplicate)
	} else {
		dec = NewDecider(o)
	}
	dups := 0
	var p Print
	for i := range n {
		gen.next(&p, i)
		var dup string
		if ref != nil {
			_, dup = ref.decide(&p)
		} else {
			_, dup = dec.Decide(&p)
		}
		if dup != "" {
			dups++
		}
	}
	rss := vmRSS() - rss0
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	live := int(after.HeapAlloc) - int(before.HeapAlloc)
	file := 0
	if dec != nil {
		live += dec.dd.bytes() + dec.ids.bytes() // the mapped blocks (and the small heap ones again)
		file = dec.dd.sigs.written * numHashes * 2
	}
	b.ReportMetric(float64(live)/float64(n), "live-B/doc")
	if rss > 0 {
		b.ReportMetric(float64(rss)/float64(n), "rss-B/doc")
	}
	b.ReportMetric(float64(file)/float64(n), "file-B/doc")
	b.ReportMetric(float64(dups)/float64(n), "dup-share")
	runtime.KeepAlive(ref)
	if dec != nil {
		dec.Close()
	}
}

// vmRSS is the process's resident memory in bytes, or 0 where
// /proc/self/status is not to be read.
func vmRSS() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) == 3 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return kb << 10
		}
	}
	return 0
}

// printGen makes prints of documents of 60 to 300 words from a vocabulary
// of 50,000, a fifth of them near copies of one of the last 256.
type printGen struct {
	rng    *rand.Rand
	recent [256][]uint64
}

func newPrintGen(seed uint64) *printGen {
	return &printGen{rng: rand.New(rand.NewPCG(seed, 1))}
}

func (g *printGen) next(p *Print, i int) {
	r := &g.recent[i%len(g.recent)]
	if src := g.recent[g.rng.IntN(len(g.recent))]; i%5 == 4 && src != nil {
		*r = append((*r)[:0], src...)
		for j := range *r {
			if g.rng.IntN(100) == 0 {
				(*r)[j] = mix(g.rng.Uint64N(50000))
			}
		}
	} else {
		*r = (*r)[:0]
		for range 60 + g.rng.IntN(240) {
			*r = append(*r, mix(g.rng.Uint64N(50000)))
		}
	}
	d := Document{ID: "crawl-2024-06#" + strconv.Itoa(3*i+2), fp: fingerprintHashes(*r)}
	*p = d.print()
}
