package terms

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
	w := &gramLevel[[3]uint32]{width: 3, under: p.under, idx: make(mapIndex[[3]uint32], len(p.keys)),
		key: arrayKey[[3]uint32], word: arrayWord[[3]uint32], keys: make([][3]uint32, len(p.keys)), st: p.st}
	for e, k := range p.keys {
		w.keys[e] = [3]uint32{packWord(k, 0), packWord(k, 1), packWord(k, 2)}
		w.idx.getOrPut(w.keys[e], uint32(e))
	}
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
	size() int
	stat(e uint32) *stat
	words(e uint32, dst []uint32) []uint32
	// prune drops the entries for which drop is true and returns how many
	// went and where each old entry went (dropped: noEntry); nil if none went.
	prune(drop func(*stat) bool) (int, []uint32)
	// setUnder sets the undercount bound of the entries created from now on.
	setUnder(u uint8)
}

type gramLevel[K gramKey] struct {
	width int
	under uint8 // stat.under of new entries
	key   func([]uint32) K
	word  func(K, int) uint32
	idx   index[K] // key -> entry
	keys  []K
	st    []stat
}

func newLevel(n int) level {
	switch n {
	case 2:
		return &gramLevel[uint64]{width: 2, idx: &u64Index{}, key: pairKey, word: pairWord}
	case 3:
		// packed into a uint64 while the vocabulary fits (see widen)
		return &gramLevel[uint64]{width: 3, idx: &u64Index{}, key: packKey, word: packWord}
	case 4:
		return &gramLevel[[4]uint32]{width: 4, idx: mapIndex[[4]uint32]{}, key: arrayKey[[4]uint32], word: arrayWord[[4]uint32]}
	case 5:
		return &gramLevel[[5]uint32]{width: 5, idx: mapIndex[[5]uint32]{}, key: arrayKey[[5]uint32], word: arrayWord[[5]uint32]}
	}
	panic("terms: n-gram length out of range")
}

func (l *gramLevel[K]) n() int { return l.width }

func (l *gramLevel[K]) id(words []uint32) uint32 {
	k := l.key(words)
	e, found := l.idx.getOrPut(k, uint32(len(l.keys)))
	if !found {
		l.keys = append(l.keys, k)
		l.st = append(l.st, stat{under: l.under})
	}
	return e
}

func (l *gramLevel[K]) lookup(words []uint32) (uint32, bool) {
	return l.idx.get(l.key(words))
}

func (l *gramLevel[K]) size() int { return len(l.keys) }

func (l *gramLevel[K]) setUnder(u uint8) { l.under = u }

func (l *gramLevel[K]) stat(e uint32) *stat { return &l.st[e] }

func (l *gramLevel[K]) words(e uint32, dst []uint32) []uint32 {
	k := l.keys[e]
	for i := 0; i < l.width; i++ {
		dst = append(dst, l.word(k, i))
	}
	return dst
}

// noEntry marks a pruned entry in a remapping.
const noEntry = ^uint32(0)

// prune works in place: the tables keep their memory for the entries that
// come next, so pruning never needs a second copy of them.
func (l *gramLevel[K]) prune(drop func(*stat) bool) (int, []uint32) {
	remap := make([]uint32, len(l.keys))
	j := 0
	for i := range l.keys {
		if drop(&l.st[i]) {
			remap[i] = noEntry
			continue
		}
		remap[i] = uint32(j)
		l.keys[j], l.st[j] = l.keys[i], l.st[i]
		j++
	}
	gone := len(l.keys) - j
	if gone == 0 {
		return 0, nil
	}
	clear(l.st[j:])
	l.keys, l.st = l.keys[:j], l.st[:j]
	l.idx.reset()
	for i, k := range l.keys {
		l.idx.getOrPut(k, uint32(i))
	}
	return gone, remap
}
