//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package offheap

import (
	"syscall"
	"unsafe"
)

// mapAnon maps size zeroed bytes (the kernel hands over pages as they are
// touched), or returns nil.
func mapAnon(size int) unsafe.Pointer {
	m, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil
	}
	adviseHuge(m)
	return unsafe.Pointer(&m[0])
}

func unmap(p unsafe.Pointer, size int) {
	syscall.Munmap(unsafe.Slice((*byte)(p), size))
}
