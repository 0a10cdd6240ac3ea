//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package corpus

import (
	"syscall"
	"unsafe"
)

// newBlock returns n zeroed elements: from an anonymous private mapping
// when they fill at least mapMin bytes (the kernel hands over zeroed pages
// as they are touched), from the Go heap otherwise or if mapping fails.
func newBlock[T word](n int) block[T] {
	size := n * sizeOf[T]()
	if size >= mapMin {
		m, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
		if err == nil {
			return block[T]{s: unsafe.Slice((*T)(unsafe.Pointer(&m[0])), n), mapped: true}
		}
	}
	return block[T]{s: make([]T, n)}
}

func (b *block[T]) free() {
	if b.mapped && len(b.s) > 0 {
		syscall.Munmap(unsafe.Slice((*byte)(unsafe.Pointer(&b.s[0])), len(b.s)*sizeOf[T]()))
	}
	*b = block[T]{}
}
