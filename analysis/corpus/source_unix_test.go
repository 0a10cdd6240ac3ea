//go:build unix

package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
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
	var warns []string
	for _, w := range c.Warnings {
		warns = append(warns, w.Error())
	}
	all := strings.Join(warns, "\n")
	for _, want := range []string{
		"dangling.txt: unreadable: broken symbolic link",
		"folder: skipped: symbolic link to a folder",
		"pipe.txt: skipped: not a regular file",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
	if len(warns) != 3 {
		t.Errorf("%d warnings, want 3:\n%s", len(warns), all)
	}
}
