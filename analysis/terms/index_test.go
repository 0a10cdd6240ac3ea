package terms

import (
	"math/rand/v2"
	"testing"
)

// TestU64Index checks the index against a map over keys that collide in
// their low and high bits, through growth and a reset.
func TestU64Index(t *testing.T) {
	m := newU64Index()
	ref := map[uint64]uint32{}
	r := rand.New(rand.NewPCG(1, 2))
	keys := []uint64{0, 1, ^uint64(0), 1 << 63, 1 << 32}
	for range 50000 {
		switch r.IntN(3) {
		case 0:
			keys = append(keys, r.Uint64())
		case 1:
			keys = append(keys, uint64(r.IntN(1000))<<42|uint64(r.IntN(1000))<<21|uint64(r.IntN(1000))) // packed trigrams
		default:
			keys = append(keys, uint64(r.IntN(5000))<<32) // low bits all zero
		}
	}
	for round := range 2 {
		for i, k := range keys {
			v, found := m.getOrPut(k, uint32(i))
			want, ok := ref[k]
			if !ok {
				ref[k], want = uint32(i), uint32(i)
			}
			if found != ok || v != want {
				t.Fatalf("round %d: getOrPut(%#x) = %d %v, want %d %v", round, k, v, found, want, ok)
			}
		}
		if m.n != len(ref) {
			t.Fatalf("round %d: %d entries, want %d", round, m.n, len(ref))
		}
		for k, want := range ref {
			if v, ok := m.get(k); !ok || v != want {
				t.Fatalf("get(%#x) = %d %v, want %d", k, v, ok, want)
			}
		}
		if _, ok := m.get(0xdeadbeef12345); ok && ref[0xdeadbeef12345] == 0 {
			if _, in := ref[0xdeadbeef12345]; !in {
				t.Fatal("get found a key never put")
			}
		}
		m.reset()
		clear(ref)
		if _, ok := m.get(keys[0]); ok {
			t.Fatal("reset left a key")
		}
	}
}

// TestPerTable checks the per-period table against a map through adds,
// deletions (which move entries back), growth and a reset.
func TestPerTable(t *testing.T) {
	m := newPerTable()
	ref := map[uint64]uint64{}
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 2 {
		for range 200000 {
			// few distinct keys, so deletions hit and clusters form
			k := pkey(1+r.IntN(3), uint32(r.IntN(20000)), r.IntN(4))
			if r.IntN(4) == 0 {
				m.del(k)
				delete(ref, k)
				continue
			}
			v := uint64(r.IntN(100))
			m.add(k, v)
			ref[k] += v
		}
		if m.len() != len(ref) {
			t.Fatalf("round %d: %d entries, want %d", round, m.len(), len(ref))
		}
		for k, want := range ref {
			if v, ok := m.get(k); !ok || v != want {
				t.Fatalf("get(%#x) = %d %v, want %d", k, v, ok, want)
			}
		}
		seen := 0
		m.each(func(k, v uint64) {
			seen++
			if ref[k] != v {
				t.Fatalf("each gave %#x = %d, want %d", k, v, ref[k])
			}
		})
		if seen != len(ref) {
			t.Fatalf("each gave %d entries, want %d", seen, len(ref))
		}
		m.reset()
		clear(ref)
	}
}

// A zero Counter's nil table reads as empty.
func TestPerTableNil(t *testing.T) {
	var m *perTable
	if _, ok := m.get(1); ok || m.len() != 0 {
		t.Error("a nil table holds something")
	}
	m.each(func(k, v uint64) { t.Error("each gave an entry of a nil table") })
	m.del(1)
}
