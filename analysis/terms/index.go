package terms

import "github.com/dipstat/dipstat/analysis/internal/offheap"

// u64Index maps uint64 keys to uint32 values: open addressing with linear
// probing in one pointer-free slice, so a lookup is a multiply, a shift and
// usually one cache line. The vocabulary finds a word's id by its hash with
// it (Counter.byHash), once per token: a large slice is taken outside the
// heap (package offheap), where it gets huge pages, since a vocabulary of
// millions of words makes nearly every probe miss the TLB.
type u64Index struct {
	slots []slot
	shift uint // 64 - log2(len(slots))
	n     int
	mem   *offheap.Set
}

func newU64Index() *u64Index {
	m := &u64Index{mem: &offheap.Set{}}
	offheap.Own(m, m.mem)
	return m
}

// slot is a key and its value plus one; val 0 marks an empty slot.
type slot struct {
	key uint64
	val uint32
}

// home is the first slot of key: Fibonacci hashing of the key's bits.
func (m *u64Index) home(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> m.shift }

func (m *u64Index) get(key uint64) (uint32, bool) {
	if m.slots == nil {
		return 0, false
	}
	mask := uint64(len(m.slots) - 1)
	for i := m.home(key); ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.val == 0 {
			return 0, false
		}
		if s.key == key {
			return s.val - 1, true
		}
	}
}

func (m *u64Index) getOrPut(key uint64, v uint32) (uint32, bool) {
	if (m.n+1)*4 > len(m.slots)*3 { // load at most 3/4
		m.grow()
	}
	mask := uint64(len(m.slots) - 1)
	for i := m.home(key); ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.val == 0 {
			s.key, s.val = key, v+1
			m.n++
			return v, false
		}
		if s.key == key {
			return s.val - 1, true
		}
	}
}

// grow doubles the table (or makes the first one) and reinserts every key.
func (m *u64Index) grow() {
	old := m.slots
	size := max(minSlots, 2*len(old))
	m.slots = offheap.Make[slot](m.mem, size)
	m.shift = uint(64 - bitLen(size-1))
	m.n = 0
	for _, s := range old {
		if s.val != 0 {
			m.getOrPut(s.key, s.val-1)
		}
	}
	offheap.Drop(m.mem, old)
}

func (m *u64Index) reset() {
	clear(m.slots)
	m.n = 0
}

func bitLen(x int) int {
	n := 0
	for ; x > 0; x >>= 1 {
		n++
	}
	return n
}
