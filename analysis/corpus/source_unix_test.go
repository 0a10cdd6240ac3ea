//go:build unix

package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLinksAndSpecialFiles: a symbolic link to an article is read; a link to
// a folder, a broken link and a pipe are warned about, never passed over in
// silence (and the pipe is never opened, which would block).
func TestLinksAndSpecialFiles(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	article := filepath.Join(elsewhere, "article.txt")
	os.WriteFile(article, []byte(" date 2025-03-04 China and South Korea agreed to expand trade."), 0o644)
	os.Mkdir(filepath.Join(elsewhere, "folder"), 0o755)
	for name, target := range map[string]string{
		"linked.txt":   article,
		"dangling.txt": filepath.Join(elsewhere, "gone.txt"),
		"folder":       filepath.Join(elsewhere, "folder"),
	} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(context.Background(), []string{dir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 1 || c.Docs[0].ID != "linked" {
		t.Errorf("documents %v, want the linked article", c.Docs)
	}
	all := checkWarnings(t, c.Warnings,
		"dangling.txt: unreadable: broken symbolic link",
		"folder: skipped: symbolic link to a folder",
		"pipe.txt: skipped: not a regular file",
	)
	if len(c.Warnings) != 3 {
		t.Errorf("%d warnings, want 3:\n%s", len(c.Warnings), all)
	}
}

// TestNamedSpecialFiles: a pipe or a device named on the command line (or
// through a symbolic link) is warned about as not a regular file, like one
// found in a folder, and never opened: opening a pipe blocks.
func TestNamedSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "f.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	zero := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(" date 2025-03-04 China and South Korea agreed to expand trade."), 0o644)
	done := make(chan *Corpus, 1)
	go func() {
		c, err := Load(context.Background(), []string{pipe, zero, good}, DefaultOptions())
		if err != nil {
			t.Error(err)
		}
		done <- c
	}()
	var c *Corpus
	select {
	case c = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Load blocked on a named pipe")
	}
	if len(c.Docs) != 1 || len(c.Entries) != 1 {
		t.Errorf("%d documents, %d entries; want the one good article", len(c.Docs), len(c.Entries))
	}
	var warns []string
	for _, w := range c.Warnings {
		warns = append(warns, w.Error())
	}
	all := strings.Join(warns, "\n")
	for _, want := range []string{pipe + ": skipped: not a regular file", zero + ": skipped: not a regular file"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
}

// TestReadInputRefusesPipe: readInput itself, the second guard, neither
// blocks on a pipe nor reads it.
func TestReadInputRefusesPipe(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "p.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, gz := range []bool{false, true} {
		done := make(chan error, 1)
		go func() {
			_, _, err := readInput(input{path: pipe, gzip: gz}, 1000, true, &Input{})
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("gzip=%v: err %v, want not a regular file", gz, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("gzip=%v: readInput blocked on a pipe", gz)
		}
	}
}

// TestReadHead: the first bytes of a file, all of a shorter one, an error
// naming a file that is gone, and no bytes, at once, from a pipe put where
// a file was.
func TestReadHead(t *testing.T) {
	dir := t.TempDir()
	long, short := filepath.Join(dir, "long.txt"), filepath.Join(dir, "short.txt")
	os.WriteFile(long, []byte(strings.Repeat("x", 1000)), 0o644)
	os.WriteFile(short, []byte(" date 2025-03-04 Short."), 0o644)
	for _, c := range []struct {
		path string
		want string
	}{
		{long, strings.Repeat("x", headerBytes)},
		{short, " date 2025-03-04 Short."},
	} {
		buf := make([]byte, headerBytes)
		n, err := readHead(c.path, buf)
		if err != nil || string(buf[:n]) != c.want {
			t.Errorf("%s: %q, %v; want %q", filepath.Base(c.path), buf[:n], err, c.want)
		}
	}
	gone := filepath.Join(dir, "gone.txt")
	if _, err := readHead(gone, make([]byte, 8)); err == nil || !strings.Contains(err.Error(), gone) {
		t.Errorf("a missing file: %v", err)
	}
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	go func() {
		n, _ := readHead(pipe, make([]byte, 8))
		done <- n
	}()
	select {
	case n := <-done:
		if n != 0 {
			t.Errorf("a pipe with no writer: %d bytes", n)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("readHead blocked on a pipe")
	}
}
