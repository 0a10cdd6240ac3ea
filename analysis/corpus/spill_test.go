package corpus

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSpillMap checks the multimap with a scratch file against a Go map
// through many merges, with key spaces small enough that one key's entries
// fill several pages of the file.
func TestSpillMap(t *testing.T) {
	for _, tc := range []struct {
		name          string
		keys          uint32
		entries, lim  int
		wantFileWrite bool
	}{
		{"one key", 1, 3000, 500, true},
		{"few keys", 37, 20000, 1000, true},
		{"many keys", 1 << 31, 50000, 7000, true},
		{"no merge", 1 << 31, 5000, 7000, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := &scratch{dir: t.TempDir(), of: "test"}
			m := newSpillMap(sc, "test")
			m.limit = tc.lim
			defer m.free()
			rng := rand.New(rand.NewPCG(uint64(tc.keys), 5))
			want := map[uint32][]uint32{}
			var keys []uint32
			check := func() {
				for _, k := range keys[:min(len(keys), 300)] {
					var got []uint32
					m.each(k, func(r uint32) { got = append(got, r) })
					slices.Sort(got)
					if !slices.Equal(got, want[k]) {
						t.Fatalf("key %d: %d refs, want %d", k, len(got), len(want[k]))
					}
				}
				for range 100 {
					k := rng.Uint32()
					if _, ok := want[k]; ok {
						continue
					}
					m.each(k, func(r uint32) { t.Fatalf("key %d never added gave %d", k, r) })
				}
			}
			for i := range tc.entries {
				k := rng.Uint32N(tc.keys)
				m.add(k, uint32(i)+1)
				if want[k] == nil {
					keys = append(keys, k)
				}
				want[k] = append(want[k], uint32(i)+1)
				if i%4999 == 0 {
					check()
				}
			}
			check()
			if sc.err != nil || sc.note != "" {
				t.Fatalf("err %v, note %q", sc.err, sc.note)
			}
			if (m.runN > 0) != tc.wantFileWrite || m.mem.n > tc.lim || m.runN+m.mem.n != tc.entries {
				t.Errorf("%d entries in the file, %d in memory (limit %d), of %d", m.runN, m.mem.n, tc.lim, tc.entries)
			}
		})
	}
}

// TestSpillColumn checks records that straddle the file and the block in
// memory, with the block written out at a size that records do not divide,
// read at random and, for a sequential column, in order through its cache.
func TestSpillColumn(t *testing.T) {
	for _, sequential := range []bool{false, true} {
		sc := &scratch{dir: t.TempDir(), of: "test"}
		c := newSpillColumn[uint16](sc, "test")
		c.limit, c.sequential = 1000, sequential
		rng := rand.New(rand.NewPCG(1, 2))
		var want []uint16
		var starts []int
		for c.n < 50_000 {
			rec := make([]uint16, 1+rng.IntN(300))
			for i := range rec {
				rec[i] = uint16(rng.Uint32())
			}
			starts = append(starts, c.n)
			if len(rec) == 1 {
				c.push(rec[0])
			} else {
				c.pushAll(rec)
			}
			want = append(want, rec...)
		}
		starts = append(starts, c.n)
		order := rng.Perm(len(starts) - 1)
		if sequential {
			slices.Sort(order[:len(order)/2]) // half in order, then at random
		}
		for _, i := range order {
			got := make([]uint16, starts[i+1]-starts[i])
			if !c.copyOut(got, starts[i]) || !slices.Equal(got, want[starts[i]:starts[i+1]]) {
				t.Fatalf("sequential %v: record %d differs", sequential, i)
			}
		}
		if c.at(c.n-1) != want[len(want)-1] || c.written == 0 || c.mem.n >= c.limit || sc.err != nil {
			t.Errorf("last %d, %d written, %d in memory, %v", c.at(c.n-1), c.written, c.mem.n, sc.err)
		}
		c.free()
	}
}

// TestSortByKey checks the merge's sort against a stable sort by key, on
// keys that differ in either half of their 32 bits.
func TestSortByKey(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 17, 5000} {
		for _, keys := range []uint32{3, 1 << 16, 1 << 31} {
			s := make([]uint64, n)
			for i := range s {
				k := rng.Uint32N(keys)
				if keys == 3 {
					k <<= 16 * rng.Uint32N(2) // equal low halves
				}
				s[i] = uint64(k)<<32 | uint64(rng.Uint32())
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b uint64) int { return cmp.Compare(a>>32, b>>32) })
			sortByKey(s)
			if !slices.Equal(s, want) {
				t.Errorf("%d entries, %d keys: not sorted by key, or equal keys reordered", n, keys)
			}
		}
	}
}
