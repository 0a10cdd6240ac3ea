package offheap

import (
	"runtime"
	"testing"
)

func TestAlloc(t *testing.T) {
	small, mapped := Alloc[uint64](16)
	if len(small) != 16 || mapped {
		t.Fatalf("16 elements: len %d, mapped %v", len(small), mapped)
	}
	big, mapped := Alloc[uint64](MinBytes / 8 * 3)
	if len(big) != MinBytes/8*3 {
		t.Fatalf("len %d", len(big))
	}
	for i, v := range big {
		if v != 0 {
			t.Fatalf("element %d is %d, not zero", i, v)
		}
		big[i] = uint64(i)
	}
	if big[len(big)-1] != uint64(len(big)-1) {
		t.Fatal("lost a write")
	}
	if mapped {
		Free(big)
	}
}

// TestOwn drops owners of mapped sets and collects them: their cleanups
// unmap the arrays while other owners' arrays stay usable.
func TestOwn(t *testing.T) {
	type owner struct{ a []uint64 }
	keep := &owner{}
	ks := &Set{}
	keep.a = Make[uint64](ks, MinBytes)
	Own(keep, ks)
	for range 20 {
		o := &owner{}
		s := &Set{}
		o.a = Make[uint64](s, MinBytes)
		o.a[len(o.a)-1] = 1
		b := Make[uint64](s, MinBytes*2)
		Drop(s, b)
		Own(o, s)
	}
	runtime.GC()
	runtime.GC()
	for i := range keep.a {
		keep.a[i] = uint64(i)
	}
	if keep.a[len(keep.a)-1] != uint64(len(keep.a)-1) {
		t.Fatal("lost a write")
	}
	runtime.KeepAlive(keep)
}
