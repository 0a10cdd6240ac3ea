//go:build (darwin || freebsd || netbsd || openbsd || dragonfly) && !linux

package offheap

// adviseHuge does nothing: huge pages are asked for on Linux only.
func adviseHuge([]byte) {}
