package corpus

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"unsafe"
)

// The Decider remembers every document of a run: its ID, its exact hash,
// its MinHash signature and the signature's band keys. Given a scratch
// folder (Options.ScratchDir), what it remembers goes to scratch files
// there, so that its memory stays the same however many documents a run
// reads: the columns (spillColumn) keep their last block in memory and
// write full blocks out; the multimaps from a key to documents (spillMap)
// keep their recent entries in a hash table and merge it, when full, into
// a file of all older entries sorted by key, read back a page at a time.
// The files are unlinked as soon as they are made where the system allows,
// and the page cache, not the process, holds what is read often.

// scratch is what the Decider's columns and maps share: the folder, and
// the first failure. After a failure to make or write a file, nothing
// more goes out (what is in memory stays there, and note says why); a
// failed read is an error (err), since a copy may be missed.
type scratch struct {
	dir  string
	of   string // what the files hold, for messages: "near-duplicate index"
	note string
	err  error
}

// on reports whether the scratch files are in use.
func (sc *scratch) on() bool { return sc != nil && sc.dir != "" && sc.note == "" }

// create makes a scratch file, unlinked where the system allows (name is
// then ""), or sets note and returns nil.
func (sc *scratch) create(what string) (f *os.File, name string) {
	f, err := os.CreateTemp(sc.dir, "dipstat-"+what+"-*")
	if err != nil {
		sc.note = fmt.Sprintf("the %s stays in memory: cannot make its scratch file: %v", sc.of, err)
		return nil, ""
	}
	name = f.Name()
	if os.Remove(name) == nil {
		name = ""
	}
	return f, name
}

func (sc *scratch) writeFailed(what string, err error) {
	sc.note = fmt.Sprintf("the %s stays in memory from here on (%s): cannot write its scratch file: %v", sc.of, what, err)
}

func (sc *scratch) readFailed(err error) {
	if sc.err == nil {
		sc.err = fmt.Errorf("reading the %s's scratch file in %s: %w", sc.of, sc.dir, err)
	}
}

func closeScratch(f *os.File, name string) {
	if f != nil {
		f.Close()
		if name != "" {
			os.Remove(name)
		}
	}
}

// asBytes is the memory of s as bytes, in this process's byte order:
// scratch files are read only by the process that wrote them.
func asBytes[T word](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*sizeOf[T]())
}

// spillColumn is an append-only array whose elements, given a scratch
// folder, go to a file there a block at a time: memory holds the elements
// from written on (one block; more if the file fails).
type spillColumn[T word] struct {
	sc      *scratch
	what    string
	limit   int       // elements of a block written at once (colLen; less in tests)
	mem     column[T] // elements written .. n
	f       *os.File
	name    string // to remove when closed ("" if removed already)
	written int    // elements in the file
	n       int
	// sequential columns (read in order) read the file a block at a
	// time into cache, which holds elements cacheAt ..
	sequential bool
	cache      []T
	cacheAt    int
}

func newSpillColumn[T word](sc *scratch, what string) spillColumn[T] {
	return spillColumn[T]{sc: sc, what: what, limit: colLen}
}

func (c *spillColumn[T]) push(v T) {
	c.mem.push(v)
	c.n++
	if c.mem.n == c.limit && c.sc.on() {
		c.spill()
	}
}

// pushAll appends vs, which may straddle blocks.
func (c *spillColumn[T]) pushAll(vs []T) {
	for len(vs) > 0 {
		k := len(vs)
		if c.sc.on() {
			k = min(k, c.limit-c.mem.n)
		}
		c.mem.pushAll(vs[:k])
		c.n += k
		vs = vs[k:]
		if c.mem.n == c.limit && c.sc.on() {
			c.spill()
		}
	}
}

// spill writes mem's one block to the file and empties it (keeping it).
func (c *spillColumn[T]) spill() {
	if c.f == nil {
		if c.f, c.name = c.sc.create(c.what); c.f == nil {
			return
		}
	}
	if _, err := c.f.Write(asBytes(c.mem.blocks[0].s[:c.mem.n])); err != nil {
		// what may have been written past c.written is never read
		c.sc.writeFailed(c.what, err)
		return
	}
	c.written += c.mem.n
	c.mem.n = 0
}

// copyOut copies the elements from i on into dst, or reports false after
// a failed read (Decider.Err).
func (c *spillColumn[T]) copyOut(dst []T, i int) bool {
	for i < c.written && len(dst) > 0 {
		if c.sequential {
			if i < c.cacheAt || i >= c.cacheAt+len(c.cache) {
				at := i / c.limit * c.limit
				c.cache = slices.Grow(c.cache[:0], c.limit)[:min(c.limit, c.written-at)]
				if _, err := c.f.ReadAt(asBytes(c.cache), int64(at)*int64(sizeOf[T]())); err != nil {
					c.cache = c.cache[:0]
					c.sc.readFailed(err)
					return false
				}
				c.cacheAt = at
			}
			k := copy(dst, c.cache[i-c.cacheAt:])
			dst, i = dst[k:], i+k
			continue
		}
		k := min(len(dst), c.written-i)
		if _, err := c.f.ReadAt(asBytes(dst[:k]), int64(i)*int64(sizeOf[T]())); err != nil {
			c.sc.readFailed(err)
			return false
		}
		dst, i = dst[k:], i+k
	}
	if len(dst) > 0 {
		c.mem.copyOut(dst, i-c.written)
	}
	return true
}

// at is element i (the zero value after a failed read).
func (c *spillColumn[T]) at(i int) T {
	var v [1]T
	c.copyOut(v[:], i)
	return v[0]
}

func (c *spillColumn[T]) bytes() int { return c.mem.bytes() }

func (c *spillColumn[T]) free() {
	c.mem.free()
	c.cache = nil
	closeScratch(c.f, c.name)
	c.f, c.name, c.written, c.n = nil, "", 0, 0
}

// stringColumn keeps strings end to end in a column of bytes, with where
// each ends in another: the Decider's IDs, findInputs's paths.
type stringColumn struct {
	text spillColumn[uint8]
	ends spillColumn[uint64]
	buf  []byte
}

func newStringColumn(sc *scratch, what string) stringColumn {
	return stringColumn{text: newSpillColumn[uint8](sc, what), ends: newSpillColumn[uint64](sc, what)}
}

func (c *stringColumn) add(s string) {
	c.text.pushAll(unsafe.Slice(unsafe.StringData(s), len(s)))
	c.ends.push(uint64(c.text.n))
}

func (c *stringColumn) len() int { return c.ends.n }

// at is string i, in a buffer reused by the next call (compare it, or
// copy it), or false after a failed read (scratch.err says why).
func (c *stringColumn) at(i int) (string, bool) {
	var ends [2]uint64 // where the string before i ends, and where i does
	ok := false
	if i == 0 {
		ok = c.ends.copyOut(ends[1:], 0)
	} else {
		ok = c.ends.copyOut(ends[:], i-1)
	}
	from, to := int(ends[0]), int(ends[1])
	if !ok || to < from {
		return "", false
	}
	c.buf = slices.Grow(c.buf[:0], to-from)[:to-from]
	if !c.text.copyOut(c.buf, from) {
		return "", false
	}
	return unsafe.String(unsafe.SliceData(c.buf), len(c.buf)), true
}

func (c *stringColumn) bytes() int { return c.text.bytes() + c.ends.bytes() }

func (c *stringColumn) free() {
	c.text.free()
	c.ends.free()
}

// spillMap is a multimap from 32-bit keys to 32-bit references, like
// table, that holds at most limit entries in memory given a scratch
// folder: when its table fills, the table's entries are merged into a
// scratch file of all earlier ones, sorted by key (key<<32 | ref, in this
// process's byte order), of which memory keeps the first key of each page.
type spillMap struct {
	sc    *scratch
	what  string
	limit int // entries in the table before a merge
	mem   table
	run   *os.File
	name  string
	runN  int      // entries in run
	first []uint32 // the key of each page's first entry
	page  []uint64 // a page read back
	// keys is a Bloom filter of the file's keys (two bits a key, of a fixed
	// number), made at each merge: most keys are in no document, and it
	// spares their page reads while it is not too full.
	keys block[uint64]
}

// spillFilterWords is the size of a map's filter: 16 Mbit (2 MB), with two
// bits a key about 1% false hits at a million keys, 20% at five million.
const spillFilterWords = 1 << 18

// spillPage entries are read back at once: 1 KB.
const spillPage = 128

// spillMapLimit entries fill a table of 2^20 slots (8 MB) to 7/8.
const spillMapLimit = 7 << 17

func newSpillMap(sc *scratch, what string) spillMap {
	return spillMap{sc: sc, what: what, limit: spillMapLimit}
}

func (m *spillMap) add(key, ref uint32) {
	if m.mem.n == m.limit && m.sc.on() {
		m.merge()
	}
	m.mem.add(key, ref)
}

// each calls fn with the reference of every entry under key, in no set
// order: the table's, then the file's.
func (m *spillMap) each(key uint32, fn func(ref uint32)) {
	m.mem.each(key, fn)
	if m.runN == 0 || !m.mayHave(key) {
		return
	}
	// the last page that starts below key may end with it
	p := sort.Search(len(m.first), func(i int) bool { return m.first[i] >= key })
	for pg := max(p-1, 0); pg < len(m.first); pg++ {
		if m.first[pg] > key {
			return
		}
		n := min(spillPage, m.runN-pg*spillPage)
		if m.page == nil {
			m.page = make([]uint64, spillPage)
		}
		buf := m.page[:n]
		if _, err := m.run.ReadAt(asBytes(buf), int64(pg)*spillPage*8); err != nil {
			m.sc.readFailed(err)
			return
		}
		for _, e := range buf {
			switch k := uint32(e >> 32); {
			case k == key:
				fn(uint32(e))
			case k > key:
				return
			}
		}
	}
}

// filterBits are the two bits of key in the filter.
func filterBits(key uint32) (uint64, uint64) {
	h := mix(uint64(key))
	const mask = spillFilterWords*64 - 1
	return h & mask, h >> 32 & mask
}

func (m *spillMap) mayHave(key uint32) bool {
	if len(m.keys.s) == 0 {
		return true
	}
	a, b := filterBits(key)
	return m.keys.s[a>>6]&(1<<(a&63)) != 0 && m.keys.s[b>>6]&(1<<(b&63)) != 0
}

// merge writes the table's entries and the file's, sorted by key, to a new
// file that replaces the old, and empties the table. If the new file cannot
// be made or written, the old stays and the table goes on growing.
// Entries of one key keep no set order (each promises none): the file's
// come before the table's, and the table's keep its order.
func (m *spillMap) merge() {
	ents := make([]uint64, 0, m.mem.n)
	for _, s := range m.mem.b.s {
		if s != 0 {
			ents = append(ents, s)
		}
	}
	sortByKey(ents)
	f, name := m.sc.create(m.what)
	if f == nil {
		return
	}
	first := make([]uint32, 0, (m.runN+len(ents))/spillPage+1)
	keys := newBlock[uint64](spillFilterWords)
	buf := make([]uint64, 0, mergeChunk)
	out := 0
	var err error
	emit := func(e uint64) {
		if out%spillPage == 0 {
			first = append(first, uint32(e>>32))
		}
		x, y := filterBits(uint32(e >> 32))
		keys.s[x>>6] |= 1 << (x & 63)
		keys.s[y>>6] |= 1 << (y & 63)
		buf = append(buf, e)
		out++
		if len(buf) == cap(buf) && err == nil {
			if _, err = f.Write(asBytes(buf)); err != nil {
				m.sc.writeFailed(m.what, err)
			}
			buf = buf[:0]
		}
	}
	if m.runN > 0 {
		in := make([]uint64, mergeChunk)
		for at := 0; at < m.runN && err == nil; {
			chunk := in[:min(mergeChunk, m.runN-at)]
			if _, err = m.run.ReadAt(asBytes(chunk), int64(at)*8); err != nil {
				m.sc.readFailed(err)
				break
			}
			at += len(chunk)
			for _, e := range chunk {
				for len(ents) > 0 && ents[0]>>32 < e>>32 {
					emit(ents[0])
					ents = ents[1:]
				}
				emit(e)
			}
		}
	}
	for _, e := range ents {
		emit(e)
	}
	if err == nil && len(buf) > 0 {
		if _, err = f.Write(asBytes(buf)); err != nil {
			m.sc.writeFailed(m.what, err)
		}
	}
	if err != nil {
		keys.free()
		closeScratch(f, name)
		return
	}
	closeScratch(m.run, m.name)
	m.keys.free()
	m.run, m.name, m.runN, m.first, m.keys = f, name, out, first, keys
	m.mem.reset()
}

// mergeChunk entries are read and written at once by merge (64 KB).
const mergeChunk = 8192

// sortByKey sorts entries key<<32 | ref by key, keeping the order of equal
// keys: three counting passes over 11 bits each (a general sort took most
// of the merges' time at a million documents: issue 22; digits of 16 bits
// scatter to more places than the caches hold).
func sortByKey(s []uint64) {
	if len(s) < 2 {
		return
	}
	from, to := s, make([]uint64, len(s))
	var count [1 << 11]uint32
	for shift := uint(32); shift < 64; shift += 11 {
		clear(count[:])
		for _, e := range from {
			count[e>>shift&(1<<11-1)]++
		}
		at := uint32(0)
		for d, c := range count {
			count[d] = at
			at += c
		}
		for _, e := range from {
			d := e >> shift & (1<<11 - 1)
			to[count[d]] = e
			count[d]++
		}
		from, to = to, from
	}
	copy(s, from) // three passes: the sorted entries are in the other slice
}

func (m *spillMap) bytes() int {
	return m.mem.bytes() + 4*cap(m.first) + 8*cap(m.page) + 8*len(m.keys.s)
}

func (m *spillMap) free() {
	m.mem.free()
	m.keys.free()
	closeScratch(m.run, m.name)
	m.run, m.name, m.runN, m.first = nil, "", 0, nil
}
