package terms

import (
	"slices"

	"github.com/dipstat/dipstat/analysis/internal/offheap"
)

// gramKey is the compact key of an n-gram: the vocabulary ids of its words.
// Bigrams use a uint64 (the runtime's fast path for 8-byte keys).
type gramKey interface {
	~uint64 | ~[3]uint32 | ~[4]uint32 | ~[5]uint32
}

type gramArray interface {
	~[3]uint32 | ~[4]uint32 | ~[5]uint32
}

func arrayKey[K gramArray](ws []uint32) K { return K(ws) }

func arrayWord[K gramArray](k K, i int) uint32 { return k[i] }

func pairKey(ws []uint32) uint64 { return uint64(ws[0])<<32 | uint64(ws[1]) }

func pairWord(k uint64, i int) uint32 { return uint32(k >> (32 * (1 - i))) }

// Trigrams are keyed by a uint64 of three 21-bit word ids while the
// vocabulary has fewer than maxPacked words: the map's fast path for 8-byte
// keys makes counting about a fifth faster than [3]uint32 keys. A counter
// whose vocabulary outgrows it widens its trigram level (Counter.intern).
const (
	packBits  = 21
	maxPacked = 1 << packBits
)

func packKey(ws []uint32) uint64 {
	return uint64(ws[0])<<(2*packBits) | uint64(ws[1])<<packBits | uint64(ws[2])
}

func packWord(k uint64, i int) uint32 { return uint32(k>>(packBits*(2-i))) & (maxPacked - 1) }

// widen returns the level with [3]uint32 keys holding the same entries, with
// the same entry numbers, as a packed trigram level; other levels are
// returned as they are.
func widen(lv level) level {
	p, ok := lv.(*gramLevel[uint64])
	if !ok || p.width != 3 {
		return lv
	}
	w := newGramLevel(3, arrayKey[[3]uint32], arrayWord[[3]uint32], arrayHash[[3]uint32])
	w.under = p.under
	for e := range p.count {
		en := p.at(uint32(e))
		w.push(entry[[3]uint32]{key: [3]uint32{packWord(en.key, 0), packWord(en.key, 1), packWord(en.key, 2)}, st: en.st})
	}
	w.free = append(w.free, p.free...) // free entries were copied as they are
	w.rehash()
	return w
}

// stat is what the counter keeps for one term or n-gram. It holds no
// pointers, so the garbage collector never scans the count tables.
type stat struct {
	count uint32
	docs  uint32
	row   uint32 // 1 + row of the per-period counts in Counter.cols; 0: none
	// p0 is the only period the term occurs in, while inMap is false and
	// row is 0: then count and docs are that period's counts.
	p0    uint16
	inMap bool // per-period counts are in Counter.per
	// under is the most this entry's counts can be short because of
	// pruning (see prune.go): the counter's undercount bound when the entry
	// was last created, saturating at maxUnder. It fills padding.
	under uint8
	// disp is the sum over documents of sqrt(docTokens*count) in fixed point
	// (dispScale), for Rosengren's adjusted frequency. Integer sums make a
	// merge of shards give exactly the one-pass result.
	disp uint64
}

// level counts the n-grams of one length n >= 2.
type level interface {
	n() int
	// id returns the entry of the n-gram with these word ids, adding it.
	id(words []uint32) uint32
	// lookup returns the entry of an n-gram, or false.
	lookup(words []uint32) (uint32, bool)
	// size is the number of entries, not counting the free ones.
	size() int
	stat(e uint32) *stat
	words(e uint32, dst []uint32) []uint32
	// prune drops the entries for which drop is true and the free ones,
	// numbering the others anew, and returns how many went (free ones
	// not counted) and where each old entry went (dropped: noEntry); nil
	// if none moved.
	prune(drop func(*stat) bool) (int, []uint32)
	// release frees the entries for which drop is true, keeping every other
	// entry's number (see Counter.autoPrune), and returns how many went;
	// the new entries take the free numbers first.
	release(drop func(*stat) bool) int
	// holes is the number of free entries.
	holes() int
	// setUnder sets the undercount bound of the entries created from now on.
	setUnder(u uint8)
}

// entry is an n-gram's key (its word ids) beside its statistics, so that
// finding an entry and counting it touch the same cache line.
type entry[K gramKey] struct {
	key K
	st  stat
}

// A level keeps its entries in blocks of blockLen (the first grows from
// small, as a cache decodes a counter per file): the table grows without
// copying what it holds, so it never needs the old and the new array at
// once, and a *stat stays valid as entries are added.
const (
	blockShift = 14
	blockLen   = 1 << blockShift
	blockMask  = blockLen - 1
)

// gramLevel is a level whose n-grams are keyed by K. Its index is open
// addressing with linear probing in one pointer-free []uint64: a slot is a
// 32-bit fingerprint of the key's hash and the entry number plus one (0:
// empty), 8 bytes where a key and a value took 16; a fingerprint that
// matches is confirmed against the entry's key, which the counting that
// follows reads anyway.
type gramLevel[K gramKey] struct {
	width  int
	under  uint8 // stat.under of new entries
	key    func([]uint32) K
	word   func(K, int) uint32
	hash   func(K) uint64
	blocks [][]entry[K]
	spare  [][]entry[K] // emptied by prune, for the entries to come
	count  int          // entries, free ones included
	free   []uint32     // the numbers of the free entries (release)
	slots  []uint64
	shift  uint // 64 - log2(len(slots))
	// mem holds the full blocks and large indexes, which are taken
	// outside the Go heap (package offheap) and freed with the level.
	mem *offheap.Set
}

func newGramLevel[K gramKey](width int, key func([]uint32) K, word func(K, int) uint32, hash func(K) uint64) *gramLevel[K] {
	l := &gramLevel[K]{width: width, key: key, word: word, hash: hash, mem: &offheap.Set{}}
	offheap.Own(l, l.mem)
	return l
}

func newLevel(n int) level {
	switch n {
	case 2:
		return newGramLevel(2, pairKey, pairWord, mix64)
	case 3:
		// packed into a uint64 while the vocabulary fits (see widen)
		return newGramLevel(3, packKey, packWord, mix64)
	case 4:
		return newGramLevel(4, arrayKey[[4]uint32], arrayWord[[4]uint32], arrayHash[[4]uint32])
	case 5:
		return newGramLevel(5, arrayKey[[5]uint32], arrayWord[[5]uint32], arrayHash[[5]uint32])
	}
	panic("terms: n-gram length out of range")
}

// mix64 is the finalizer of MurmurHash3: every bit of the result depends
// on every bit of x, so the top bits (the home slot) and the low 32 (the
// fingerprint) are independent.
func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

func arrayHash[K gramArray](k K) uint64 {
	var h uint64
	for i := 0; i < len(k); i++ {
		h = h*0x9E3779B97F4A7C15 + uint64(arrayWord(k, i))
	}
	return mix64(h)
}

func (l *gramLevel[K]) n() int { return l.width }

func (l *gramLevel[K]) at(e uint32) *entry[K] { return &l.blocks[e>>blockShift][e&blockMask] }

// freeRow is stat.row of a free entry (release): no entry has that row.
const freeRow = ^uint32(0)

// push adds an entry (not to the index), in a free place if there is one.
func (l *gramLevel[K]) push(en entry[K]) uint32 {
	if k := len(l.free); k > 0 {
		e := l.free[k-1]
		l.free = l.free[:k-1]
		*l.at(e) = en
		return e
	}
	e := uint32(l.count)
	b := l.count >> blockShift
	if b == len(l.blocks) {
		var blk []entry[K]
		switch {
		case len(l.spare) > 0:
			blk = l.spare[len(l.spare)-1][:0]
			l.spare = l.spare[:len(l.spare)-1]
		case b == 0:
			blk = make([]entry[K], 0, 16)
		default:
			blk = offheap.Make[entry[K]](l.mem, blockLen)[:0]
		}
		l.blocks = append(l.blocks, blk)
	}
	if b == 0 && len(l.blocks[0]) == cap(l.blocks[0]) { // the first block grows
		l.blocks[0] = append(make([]entry[K], 0, min(blockLen, 2*cap(l.blocks[0]))), l.blocks[0]...)
	}
	l.blocks[b] = append(l.blocks[b], en)
	l.count++
	return e
}

// minSlots is the first index: small, since a cache holds a counter per
// file and decodes thousands of them; the index doubles as it fills.
const minSlots = 1 << 6

// find returns the slot of key (hash h): the slot holding it, or the empty
// slot where it goes.
func (l *gramLevel[K]) find(k K, h uint64) (int, bool) {
	mask := len(l.slots) - 1
	fp := uint32(h)
	for i := int(h >> l.shift); ; i = (i + 1) & mask {
		s := l.slots[i]
		if s == 0 {
			return i, false
		}
		if uint32(s>>32) == fp && l.at(uint32(s)-1).key == k {
			return i, true
		}
	}
}

func (l *gramLevel[K]) id(words []uint32) uint32 {
	if (l.size()+1)*4 > len(l.slots)*3 { // load at most 3/4
		l.grow()
	}
	k := l.key(words)
	h := l.hash(k)
	i, found := l.find(k, h)
	if found {
		return uint32(l.slots[i]) - 1
	}
	e := l.push(entry[K]{key: k, st: stat{under: l.under}})
	l.slots[i] = uint64(uint32(h))<<32 | uint64(e+1)
	return e
}

func (l *gramLevel[K]) lookup(words []uint32) (uint32, bool) {
	if l.count == 0 {
		return 0, false
	}
	k := l.key(words)
	i, found := l.find(k, l.hash(k))
	if !found {
		return 0, false
	}
	return uint32(l.slots[i]) - 1, true
}

// grow doubles the index (or makes the first one) and files every entry.
func (l *gramLevel[K]) grow() {
	size := max(minSlots, 2*len(l.slots))
	offheap.Drop(l.mem, l.slots)
	l.slots = offheap.Make[uint64](l.mem, size)
	l.shift = uint(64 - bitLen(size-1))
	l.rehash()
}

// rehash files every entry but the free ones in the index, which must be
// empty and large enough.
func (l *gramLevel[K]) rehash() {
	if (l.size()+1)*4 > len(l.slots)*3 {
		size := minSlots
		for (l.size()+1)*4 > size*3 {
			size *= 2
		}
		offheap.Drop(l.mem, l.slots)
		l.slots = offheap.Make[uint64](l.mem, size)
		l.shift = uint(64 - bitLen(size-1))
	}
	for e := range l.count {
		en := l.at(uint32(e))
		if len(l.free) > 0 && en.st.row == freeRow {
			continue
		}
		k := en.key
		h := l.hash(k)
		i, _ := l.find(k, h)
		l.slots[i] = uint64(uint32(h))<<32 | uint64(e+1)
	}
}

func (l *gramLevel[K]) size() int { return l.count - len(l.free) }

func (l *gramLevel[K]) holes() int { return len(l.free) }

// release frees entries in place: the index is made again without them,
// and nothing else moves, so the numbers of the others (the per-period
// table's keys, the per-document counts) stay valid.
func (l *gramLevel[K]) release(drop func(*stat) bool) int {
	gone, free := 0, l.free[:0]
	for i := range l.count {
		en := l.at(uint32(i))
		switch {
		case en.st.row == freeRow:
		case drop(&en.st):
			*en = entry[K]{st: stat{row: freeRow}}
			gone++
		default:
			continue
		}
		free = append(free, uint32(i))
	}
	// push takes the last: the lowest numbers first
	slices.Reverse(free)
	l.free = free
	if gone > 0 {
		clear(l.slots)
		l.rehash()
	}
	return gone
}

func (l *gramLevel[K]) setUnder(u uint8) { l.under = u }

func (l *gramLevel[K]) stat(e uint32) *stat { return &l.at(e).st }

func (l *gramLevel[K]) words(e uint32, dst []uint32) []uint32 {
	k := l.at(e).key
	for i := 0; i < l.width; i++ {
		dst = append(dst, l.word(k, i))
	}
	return dst
}

// noEntry marks a pruned entry in a remapping.
const noEntry = ^uint32(0)

// prune works in place: the blocks emptied are kept for the entries that
// come next, so pruning never needs a second copy of the table.
func (l *gramLevel[K]) prune(drop func(*stat) bool) (int, []uint32) {
	remap := make([]uint32, l.count)
	j, gone := 0, 0
	for i := range l.count {
		en := l.at(uint32(i))
		if en.st.row == freeRow {
			remap[i] = noEntry
			continue
		}
		if drop(&en.st) {
			remap[i] = noEntry
			gone++
			continue
		}
		remap[i] = uint32(j)
		*l.at(uint32(j)) = *en
		j++
	}
	l.free = l.free[:0]
	if j == l.count {
		return 0, nil
	}
	nb := (j + blockMask) >> blockShift
	for b := nb; b < len(l.blocks); b++ {
		clear(l.blocks[b])
		if b > 0 {
			l.spare = append(l.spare, l.blocks[b][:0])
		}
	}
	l.blocks = l.blocks[:nb]
	if nb > 0 {
		last := l.blocks[nb-1]
		k := j - (nb-1)<<blockShift
		clear(last[k:])
		l.blocks[nb-1] = last[:k]
	}
	l.count = j
	clear(l.slots)
	l.rehash()
	return gone, remap
}
