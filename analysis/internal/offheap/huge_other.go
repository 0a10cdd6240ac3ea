//go:build !linux

package offheap

// adviseHuge does nothing: huge pages are asked for on Linux only.
func adviseHuge([]byte) {}
