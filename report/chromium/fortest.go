package chromium

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

// ForTest starts a headless Chromium of width by height CSS pixels for t
// and closes it when t ends. Without Chromium the test is skipped with a
// note saying what to install, except under CI (CI=true), where .ci/run
// installs Debian's chromium and its absence fails the test.
func ForTest(t testing.TB, width, height int) *Browser {
	t.Helper()
	b, err := Start(width, height)
	if errors.Is(err, ErrNotFound) {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed; .ci/run installs it when CI=true")
		}
		t.Skip("chromium not found: install Debian's chromium to run the browser tests (CI does)")
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// FileURL is the file: URL of path, made absolute.
func FileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}
