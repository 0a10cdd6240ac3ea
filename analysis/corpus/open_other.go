//go:build !unix

package corpus

import (
	"io"
	"os"
)

// openInput opens a file for reading. Only unix has pipes that block on
// open; findInputs passes over non-regular files everywhere.
func openInput(path string) (*os.File, error) { return os.Open(path) }

// readPlain reads a whole regular file of at most max bytes, recording its
// size on disk in info.
func readPlain(path string, max int64, info *Input) ([]byte, error) {
	f, fi, err := openRegular(path, info)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi.Size() > max {
		return nil, tooLarge(fi.Size(), max)
	}
	buf := make([]byte, fi.Size())
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF {
		return nil, err
	}
	return buf[:n], nil
}

// readHead reads the first len(buf) bytes of a file (fewer if it is
// shorter).
func readHead(path string, buf []byte) (int, error) {
	f, err := openInput(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n, err := io.ReadFull(f, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return n, err
}
