package corpus

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTable checks the multimap against a Go map through several
// doublings, with key spaces small enough that one key holds many entries
// and runs of slots wrap around the end of the table.
func TestTable(t *testing.T) {
	for _, tc := range []struct {
		name    string
		keys    uint32
		entries int
	}{
		{"one key", 1, 3000},
		{"few keys", 37, 20000},
		{"many keys", 1 << 31, 200000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(tc.keys), 3))
			var tb table
			defer tb.free()
			want := map[uint32][]uint32{}
			for i := range tc.entries {
				k := rng.Uint32N(tc.keys)
				tb.add(k, uint32(i)+1)
				want[k] = append(want[k], uint32(i)+1)
			}
			if tb.n != tc.entries || tb.n*8 > len(tb.b.s)*7 {
				t.Fatalf("%d entries in %d slots", tb.n, len(tb.b.s))
			}
			checked := 0
			for k, refs := range want {
				var got []uint32
				tb.each(k, func(r uint32) { got = append(got, r) })
				slices.Sort(got)
				if !slices.Equal(got, refs) {
					t.Fatalf("key %d: %d refs, want %d", k, len(got), len(refs))
				}
				if checked++; checked > 2000 {
					break
				}
			}
			var none []uint32
			for range 100 {
				k := rng.Uint32()
				if _, ok := want[k]; !ok {
					tb.each(k, func(r uint32) { none = append(none, r) })
				}
			}
			if len(none) > 0 {
				t.Errorf("keys never added gave %d refs", len(none))
			}
		})
	}
}

// TestColumn checks records that straddle the blocks of a column.
func TestColumn(t *testing.T) {
	var c column[uint16]
	defer c.free()
	var want []uint16
	rng := rand.New(rand.NewPCG(1, 2))
	for c.n < 3*colLen {
		rec := make([]uint16, 1+rng.IntN(300))
		for i := range rec {
			rec[i] = uint16(rng.Uint32())
		}
		c.pushAll(rec)
		want = append(want, rec...)
		c.push(7)
		want = append(want, 7)
	}
	if c.n != len(want) || c.bytes() != len(c.blocks)*colLen*2 {
		t.Fatalf("n = %d, want %d", c.n, len(want))
	}
	for _, at := range []int{0, colLen - 5, colLen, 2*colLen - 1, c.n - 10} {
		got := make([]uint16, 10)
		c.copyOut(got, at)
		if !slices.Equal(got, want[at:at+10]) {
			t.Errorf("at %d: %v, want %v", at, got, want[at:at+10])
		}
		if c.at(at) != want[at] {
			t.Errorf("at(%d) = %d, want %d", at, c.at(at), want[at])
		}
	}
}
