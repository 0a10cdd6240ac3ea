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

// readPlain reads a whole regular file of at most max bytes, recording its
// size on disk in info, with four system calls: open, fstat, one read
// (more only if the file grew or a read is cut short) and close. An
// os.File would add a fifth (Linux: registering the descriptor with the
// network poller, which refuses regular files) and its allocations; on a
// virtual machine, where system calls are dear, a folder of a million
// articles spends more time in them than in anything but counting (issues
// 16 and 22). The checks and the errors are openRegular's: the open does
// not block (O_NONBLOCK), and a pipe, socket or device is refused.
func readPlain(path string, max int64, info *Input) ([]byte, error) {
	fd, err := openRaw(path)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	for {
		if err = syscall.Fstat(fd, &st); err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &os.PathError{Op: "stat", Path: path, Err: err}
	}
	if uint32(st.Mode)&syscall.S_IFMT != syscall.S_IFREG {
		return nil, errNotRegular
	}
	info.Size = st.Size
	if st.Size > max {
		return nil, tooLarge(st.Size, max)
	}
	buf := make([]byte, st.Size)
	n := 0
	for n < len(buf) {
		m, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: path, Err: err}
		}
		if m <= 0 {
			break // the file shrank
		}
		n += m
	}
	return buf[:n], nil
}

// readHead reads the first len(buf) bytes of a file (fewer if it is
// shorter) with three system calls, where an os.File and io.ReadFull take
// five or six: ScanDates reads every text file's date header so, before
// the pass (at 200,000 articles, 3.0 s with an os.File a file). A regular
// file gives what it holds up to len(buf) in one read; the open does not
// block, so a pipe put in a file's place since the listing gives no bytes.
func readHead(path string, buf []byte) (int, error) {
	fd, err := openRaw(path)
	if err != nil {
		return 0, err
	}
	defer syscall.Close(fd)
	for {
		n, err := syscall.Read(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, &os.PathError{Op: "read", Path: path, Err: err}
		}
		return n, nil
	}
}

// openRaw opens a file for reading without an os.File and without blocking
// (O_NONBLOCK: a pipe with no writer opens at once).
func openRaw(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return -1, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return fd, nil
	}
}
