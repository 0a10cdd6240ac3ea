package phrases

// gramIndex maps the hash of an n-gram (see hashIDs) to its index in a
// level's grams: an open-addressing table with linear probing, for the
// lookups that dominate counting and folding (a Go map hashes the key
// again and probes by control bytes; the key here is a hash already).
type gramIndex struct {
	keys  []uint64
	vals  []int32 // index+1; 0 marks an empty slot
	shift uint    // 64 - log2(len(keys))
	n     int
}

// slot is where key's probe starts: the top bits of a Fibonacci hash.
func (x *gramIndex) slot(key uint64) int {
	return int((key * 0x9E3779B97F4A7C15) >> x.shift)
}

// get returns the index stored for key.
func (x *gramIndex) get(key uint64) (int32, bool) {
	if x.n == 0 {
		return 0, false
	}
	mask := len(x.keys) - 1
	for i := x.slot(key); ; i = (i + 1) & mask {
		v := x.vals[i]
		if v == 0 {
			return 0, false
		}
		if x.keys[i] == key {
			return v - 1, true
		}
	}
}

// insert stores gi for key unless key is there: it returns the index
// stored and whether it was added.
func (x *gramIndex) insert(key uint64, gi int32) (int32, bool) {
	if 4*(x.n+1) > 3*len(x.keys) {
		x.grow()
	}
	mask := len(x.keys) - 1
	for i := x.slot(key); ; i = (i + 1) & mask {
		v := x.vals[i]
		if v == 0 {
			x.keys[i], x.vals[i] = key, gi+1
			x.n++
			return gi, true
		}
		if x.keys[i] == key {
			return v - 1, false
		}
	}
}

func (x *gramIndex) grow() {
	old := *x
	x.resize(max(64, 2*len(old.keys)))
	for i, v := range old.vals {
		if v != 0 {
			x.put(old.keys[i], v)
		}
	}
}

// resize empties x to size slots (a power of two).
func (x *gramIndex) resize(size int) {
	x.keys, x.vals, x.n = make([]uint64, size), make([]int32, size), 0
	x.shift = 64
	for s := size; s > 1; s >>= 1 {
		x.shift--
	}
}

// put stores a slot value (index+1) for a key not in x, without growing.
func (x *gramIndex) put(key uint64, v int32) {
	mask := len(x.keys) - 1
	i := x.slot(key)
	for x.vals[i] != 0 {
		i = (i + 1) & mask
	}
	x.keys[i], x.vals[i] = key, v
	x.n++
}

// remapped returns the index of the keys whose index remap gives (-1 drops
// a key), for n keys kept.
func (x *gramIndex) remapped(remap []int32, n int) gramIndex {
	var y gramIndex
	size := 64
	for 4*n > 3*size {
		size *= 2
	}
	y.resize(size)
	for i, v := range x.vals {
		if v != 0 && remap[v-1] >= 0 {
			y.put(x.keys[i], remap[v-1]+1)
		}
	}
	return y
}
