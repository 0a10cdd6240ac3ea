package corpus

import (
	"unsafe"

	"github.com/dipstat/dipstat/analysis/internal/offheap"
)

// The near-duplicate index (deduper) remembers every document of a run, so
// its memory is what grows with the corpus. It keeps only arrays of plain
// integers, in blocks taken outside the Go heap where the system allows
// (package offheap): the collector neither scans them nor counts them in the
// heap it lets grow to twice the live data before collecting, so a page
// remembered costs its bytes and no more.

// word is an element type of the index's arrays: no pointers.
type word interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

// block is one zeroed array of the index (newBlock); free returns it.
type block[T word] struct {
	s      []T
	mapped bool // outside the Go heap: free unmaps it
}

// newBlock returns n zeroed elements: outside the heap when they fill at
// least offheap.MinBytes and the system allows, from the heap otherwise.
func newBlock[T word](n int) block[T] {
	s, mapped := offheap.Alloc[T](n)
	return block[T]{s: s, mapped: mapped}
}

func (b *block[T]) free() {
	if b.mapped {
		offheap.Free(b.s)
	}
	*b = block[T]{}
}

func sizeOf[T word]() int {
	var z T
	return int(unsafe.Sizeof(z))
}

// column is an append-only array of blocks of colLen elements: it grows
// without copying, so never needs twice its size.
type column[T word] struct {
	blocks []block[T]
	n      int
}

const (
	colShift = 16
	colLen   = 1 << colShift
	colMask  = colLen - 1
)

func (c *column[T]) push(v T) {
	if c.n>>colShift == len(c.blocks) {
		c.blocks = append(c.blocks, newBlock[T](colLen))
	}
	c.blocks[c.n>>colShift].s[c.n&colMask] = v
	c.n++
}

func (c *column[T]) at(i int) T { return c.blocks[i>>colShift].s[i&colMask] }

// pushAll appends vs (a record that may span two blocks).
func (c *column[T]) pushAll(vs []T) {
	for len(vs) > 0 {
		if c.n>>colShift == len(c.blocks) {
			c.blocks = append(c.blocks, newBlock[T](colLen))
		}
		k := copy(c.blocks[c.n>>colShift].s[c.n&colMask:], vs)
		c.n += k
		vs = vs[k:]
	}
}

// copyOut copies len(dst) elements from i on into dst.
func (c *column[T]) copyOut(dst []T, i int) {
	for len(dst) > 0 {
		k := copy(dst, c.blocks[i>>colShift].s[i&colMask:])
		dst, i = dst[k:], i+k
	}
}

func (c *column[T]) free() {
	for i := range c.blocks {
		c.blocks[i].free()
	}
	*c = column[T]{}
}

// bytes is the memory the column holds.
func (c *column[T]) bytes() int { return len(c.blocks) * colLen * sizeOf[T]() }

// table is a hash multimap from a 32-bit key (already a hash) to 32-bit
// non-zero references, as one uint64 a slot (key<<32 | ref; 0 is empty),
// by open addressing with linear probing, at most 7/8 full: 8 bytes an
// entry, 9 to 18 with the free slots.
type table struct {
	b block[uint64]
	n int
}

const tableMin = 1 << 10

func (t *table) start(key uint32) int { return int(mix(uint64(key))) & (len(t.b.s) - 1) }

// each calls fn with the reference of every entry under key (and of no
// other), in no set order.
func (t *table) each(key uint32, fn func(ref uint32)) {
	if t.n == 0 {
		return
	}
	mask := len(t.b.s) - 1
	for i := t.start(key); ; i = (i + 1) & mask {
		s := t.b.s[i]
		if s == 0 {
			return
		}
		if uint32(s>>32) == key {
			fn(uint32(s))
		}
	}
}

// add files ref (not 0) under key.
func (t *table) add(key, ref uint32) {
	if (t.n+1)*8 > len(t.b.s)*7 {
		t.grow()
	}
	t.place(uint64(key)<<32 | uint64(ref))
	t.n++
}

func (t *table) place(s uint64) {
	mask := len(t.b.s) - 1
	i := t.start(uint32(s >> 32))
	for t.b.s[i] != 0 {
		i = (i + 1) & mask
	}
	t.b.s[i] = s
}

// grow doubles the table.
func (t *table) grow() {
	old := t.b
	t.b = newBlock[uint64](max(tableMin, 2*len(old.s)))
	for _, s := range old.s {
		if s != 0 {
			t.place(s)
		}
	}
	old.free()
}

func (t *table) free() { t.b.free(); t.n = 0 }

// reset empties the table, keeping its slots.
func (t *table) reset() { clear(t.b.s); t.n = 0 }

func (t *table) bytes() int { return len(t.b.s) * 8 }
