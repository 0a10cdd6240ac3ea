// Package offheap hands out arrays of plain values (no pointers) outside
// the Go heap where the system allows: anonymous memory mappings, which
// the garbage collector neither scans nor counts in the heap it lets grow
// to twice the live data before collecting. A large table that lives as
// long as a run then costs its bytes once, not twice. Arrays smaller than
// a mapping is worth come from the heap.
package offheap

import (
	"runtime"
	"sync/atomic"
	"unsafe"
)

// MinBytes is the smallest array taken outside the heap.
const MinBytes = 64 << 10

// mapped and peak are the bytes mapped now and at most, for Mapped.
var mapped, peak atomic.Int64

// Mapped is the memory held outside the heap now and the most held at
// once so far, in bytes: what a heap profile does not show.
func Mapped() (now, most int64) { return mapped.Load(), peak.Load() }

func count(delta int) {
	n := mapped.Add(int64(delta))
	for {
		p := peak.Load()
		if n <= p || peak.CompareAndSwap(p, n) {
			return
		}
	}
}

// Alloc returns n zeroed elements of T, which must hold no pointers, and
// whether they are mapped outside the heap: then only Free returns them.
func Alloc[T any](n int) (s []T, mapped bool) {
	var z T
	size := n * int(unsafe.Sizeof(z))
	if size >= MinBytes {
		if p := mapAnon(size); p != nil {
			count(size)
			return unsafe.Slice((*T)(p), n), true
		}
	}
	return make([]T, n), false
}

// Free unmaps s, which Alloc returned mapped (whole: its full length).
// s must not be used afterwards.
func Free[T any](s []T) {
	if cap(s) == 0 {
		return
	}
	var z T
	s = s[:cap(s)]
	release(unsafe.Pointer(&s[0]), len(s)*int(unsafe.Sizeof(z)))
}

func release(p unsafe.Pointer, size int) {
	unmap(p, size)
	count(-size)
}

// Set keeps track of mapped arrays so they can be freed together, for an
// owner that lets them go when it becomes unreachable (see Own). It is
// not safe for concurrent use.
type Set struct {
	sizes map[unsafe.Pointer]int // start of each mapping -> bytes
}

// Make is Alloc, recording a mapped array in s.
func Make[T any](s *Set, n int) []T {
	a, mapped := Alloc[T](n)
	if mapped {
		if s.sizes == nil {
			s.sizes = map[unsafe.Pointer]int{}
		}
		var z T
		s.sizes[unsafe.Pointer(&a[0])] = n * int(unsafe.Sizeof(z))
	}
	return a
}

// Drop frees a, which Make returned for s, if it is mapped; a heap array
// is left to the collector. a must not be used afterwards.
func Drop[T any](s *Set, a []T) {
	if cap(a) == 0 {
		return
	}
	a = a[:cap(a)]
	p := unsafe.Pointer(&a[0])
	if size, ok := s.sizes[p]; ok {
		delete(s.sizes, p)
		release(p, size)
	}
}

// Free unmaps every array of s.
func (s *Set) Free() {
	for p, size := range s.sizes {
		release(p, size)
	}
	s.sizes = nil
}

// Own frees s once owner is unreachable. Nothing may keep an array of s
// (or a pointer into one) longer than it keeps owner, and s must not
// reference owner. Mind that a value is unreachable as soon as a function
// has read the last of it it needs: a method that goes on using arrays of
// s after that must keep its receiver alive to its end (runtime.KeepAlive),
// as the exported methods of terms.Counter and terms.Result do.
func Own[T any](owner *T, s *Set) {
	runtime.AddCleanup(owner, func(s *Set) { s.Free() }, s)
}
