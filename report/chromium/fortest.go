package chromium

import (
	"context"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// ForTest starts a headless Chromium of width by height CSS pixels for t
// and closes it when t ends. Without Chromium the test is skipped with a
// note saying what to install, except under CI (CI=true), where .ci/run
// installs Debian's chromium and its absence fails the test. A browser that
// dies as it starts is started again, up to startAttempts times.
func ForTest(t testing.TB, width, height int) *Browser {
	t.Helper()
	for attempt := 1; ; attempt++ {
		b, err := Start(width, height)
		if errors.Is(err, ErrNotFound) {
			if os.Getenv("CI") == "true" {
				t.Fatal("chromium is not installed; .ci/run installs it when CI=true")
			}
			t.Skip("chromium not found: install Debian's chromium to run the browser tests (CI does)")
		}
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			err = b.ready(ctx)
			cancel()
			if err == nil {
				t.Cleanup(func() { b.Close() })
				return b
			}
			b.Close()
		}
		if attempt == startAttempts {
			t.Fatal(err)
		}
		t.Logf("chromium did not start (attempt %d of %d): %v", attempt, startAttempts, err)
	}
}

// startAttempts is how many times ForTest starts a browser that dies as it
// starts before the test fails.
const startAttempts = 3

// FileURL is the file: URL of path, made absolute.
func FileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}
