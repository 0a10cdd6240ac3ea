//go:build unix

package corpus

import (
	"os"
	"syscall"
)

// openInput opens a file for reading without blocking: a pipe opened
// normally waits for a writer, and O_NONBLOCK makes the open return at once
// so readInput can refuse the file. Regular files read as usual.
func openInput(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
