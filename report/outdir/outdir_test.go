package outdir

import (
	"errors"
	"os"
	"path/filepath"
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
		if err := s.Publish(); err != nil {
			t.Fatal(err)
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
	if err := s.Publish(); err != nil {
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
