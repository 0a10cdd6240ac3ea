package terms

import "github.com/dipstat/dipstat/analysis/internal/offheap"

// perTable holds the per-period counts of the terms that occur in more
// than one period but have no row (see periods.go) (Counter.per):
// pkey -> pval, by open addressing with linear probing in one array of
// key-value pairs (key 0: empty; a pkey is never 0), at most 3/4 full.
// Unlike a Go map it holds no pointers, and its large arrays are taken
// outside the heap (package offheap), so they count once, not twice, in
// the heap the collector lets grow.
type perTable struct {
	slots []perSlot
	shift uint // 64 - log2(len(slots))
	n     int
	mem   *offheap.Set
}

type perSlot struct{ k, v uint64 }

func newPerTable() *perTable {
	t := &perTable{mem: &offheap.Set{}}
	offheap.Own(t, t.mem)
	return t
}

// A nil table (a zero Counter's) reads as empty.
func (t *perTable) len() int {
	if t == nil {
		return 0
	}
	return t.n
}

func (t *perTable) home(k uint64) int { return int(mix64(k) >> t.shift) }

// find returns the slot of k: the one holding it, or the empty one where
// it goes.
func (t *perTable) find(k uint64) (int, bool) {
	mask := len(t.slots) - 1
	for i := t.home(k); ; i = (i + 1) & mask {
		switch t.slots[i].k {
		case k:
			return i, true
		case 0:
			return i, false
		}
	}
}

func (t *perTable) get(k uint64) (uint64, bool) {
	if t == nil || t.n == 0 {
		return 0, false
	}
	i, ok := t.find(k)
	return t.slots[i].v, ok
}

// add adds v to the value of k (0 if absent).
func (t *perTable) add(k, v uint64) {
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	i, ok := t.find(k)
	if !ok {
		t.slots[i].k = k
		t.n++
	}
	t.slots[i].v += v
}

// del removes k, moving back the entries after it that would no longer be
// found (backward-shift deletion: no tombstones).
func (t *perTable) del(k uint64) {
	if t == nil || t.n == 0 {
		return
	}
	i, ok := t.find(k)
	if !ok {
		return
	}
	mask := len(t.slots) - 1
	for j := (i + 1) & mask; t.slots[j].k != 0; j = (j + 1) & mask {
		h := t.home(t.slots[j].k)
		// the entry at j may move to i unless its home lies in (i, j]
		if i <= j && (h <= i || h > j) || i > j && h <= i && h > j {
			t.slots[i] = t.slots[j]
			i = j
		}
	}
	t.slots[i] = perSlot{}
	t.n--
}

// each calls fn for every entry, in no order; fn must not change t.
func (t *perTable) each(fn func(k, v uint64)) {
	if t == nil || t.n == 0 {
		return
	}
	for _, s := range t.slots {
		if s.k != 0 {
			fn(s.k, s.v)
		}
	}
}

// reset empties t, keeping its memory for the entries to come.
func (t *perTable) reset() {
	clear(t.slots)
	t.n = 0
}

// grow doubles the table (or makes the first one) and moves every entry.
func (t *perTable) grow() {
	old := t.slots
	size := max(minSlots, 2*len(old))
	t.slots = offheap.Make[perSlot](t.mem, size)
	t.shift = uint(64 - bitLen(size-1))
	for _, s := range old {
		if s.k != 0 {
			i, _ := t.find(s.k)
			t.slots[i] = s
		}
	}
	offheap.Drop(t.mem, old)
}
