package outdir

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestPublishReplaces(t *testing.T) {
	out := filepath.Join(t.TempDir(), "output")
	for _, v := range []string{"one", "two"} {
		s, err := New(out, "r")
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(s.Dir, "f.txt"), v)
		if v == "two" {
			if got := read(t, filepath.Join(out, "r", "f.txt")); got != "one" {
				t.Errorf("before publish: %q", got)
			}
		}
		if w, err := s.Publish(); err != nil || w != "" {
			t.Fatal(w, err)
		}
		if got := read(t, filepath.Join(out, "r", "f.txt")); got != v {
			t.Errorf("after publish %s: %q", v, got)
		}
		s.Abort() // no-op after Publish
	}
	if es := entries(t, out); len(es) != 1 || es[0] != "r" {
		t.Errorf("output holds %q, want only r", es)
	}
}

func TestAbortKeepsPrevious(t *testing.T) {
	out := t.TempDir()
	s, _ := New(out, "r")
	write(t, filepath.Join(s.Dir, "f.txt"), "old")
	if _, err := s.Publish(); err != nil {
		t.Fatal(err)
	}
	s2, _ := New(out, "r")
	write(t, filepath.Join(s2.Dir, "f.txt"), "half")
	if err := s2.Abort(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(out, "r", "f.txt")); got != "old" {
		t.Errorf("previous report changed: %q", got)
	}
	if es := entries(t, out); len(es) != 1 {
		t.Errorf("output holds %q after abort", es)
	}
}

func TestBadNames(t *testing.T) {
	for _, n := range []string{"", ".", "..", "a/b", `a\b`, ".hidden"} {
		if _, err := New(t.TempDir(), n); !errors.Is(err, ErrName) {
			t.Errorf("New(%q) err = %v", n, err)
		}
	}
}

func TestUnwritableOut(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	write(t, file, "x")
	if _, err := New(filepath.Join(file, "sub"), "r"); err == nil {
		t.Error("New under a file succeeded")
	}
}

// failRemove makes removeAll fail for the rest of the test.
func failRemove(t *testing.T) {
	old := removeAll
	removeAll = func(string) error { return os.ErrPermission }
	t.Cleanup(func() { removeAll = old })
}

// TestPublishPreviousUndeletable: once the new report is in place, a
// previous report that cannot be deleted is a warning naming the folder it
// is left in, not a failure; the next Recover reports it again, without
// failing, and the next Publish works.
func TestPublishPreviousUndeletable(t *testing.T) {
	out := t.TempDir()
	s, _ := New(out, "r")
	write(t, filepath.Join(s.Dir, "f.txt"), "old")
	if _, err := s.Publish(); err != nil {
		t.Fatal(err)
	}
	failRemove(t)
	s2, _ := New(out, "r")
	write(t, filepath.Join(s2.Dir, "f.txt"), "new")
	w, err := s2.Publish()
	if err != nil {
		t.Fatalf("Publish failed after the new report was in place: %v", err)
	}
	if got := read(t, filepath.Join(out, "r", "f.txt")); got != "new" {
		t.Errorf("published report holds %q", got)
	}
	var left []string
	for _, e := range entries(t, out) {
		if e != "r" {
			left = append(left, e)
		}
	}
	if len(left) != 1 || !strings.Contains(w, left[0]) || !strings.Contains(w, "permission denied") {
		t.Errorf("warning %q does not name the leftover %q", w, left)
	}
	did, err := Recover(out)
	if err != nil || len(did) != 1 || !strings.Contains(did[0], "could not remove "+left[0]) {
		t.Errorf("Recover with an undeletable leftover: %q, %v", did, err)
	}
	s3, err := New(out, "r")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s3.Publish(); err != nil {
		t.Errorf("Publish beside an undeletable leftover: %v", err)
	}
}
