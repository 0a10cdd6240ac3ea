//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package offheap

import "unsafe"

// mapAnon maps nothing here: every array comes from the Go heap.
func mapAnon(int) unsafe.Pointer { return nil }

func unmap(unsafe.Pointer, int) {}
