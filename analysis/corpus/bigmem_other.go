//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package corpus

// newBlock returns n zeroed elements from the Go heap (elsewhere than
// bigmem_unix.go's systems).
func newBlock[T word](n int) block[T] { return block[T]{s: make([]T, n)} }

func (b *block[T]) free() { *b = block[T]{} }
