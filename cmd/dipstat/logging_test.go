package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

func TestLogger(t *testing.T) {
	tests := []struct {
		f    logFlags
		want string
	}{
		{logFlags{format: "text"}, "loaded docs=5 dir=\"my out\"\nwarning: stale lock pid=42\nerror: failed\n"},
		{logFlags{format: "text", quiet: true}, "warning: stale lock pid=42\nerror: failed\n"},
	}
	for _, tc := range tests {
		var b bytes.Buffer
		l, err := tc.f.logger(&b)
		if err != nil {
			t.Fatal(err)
		}
		l.Info("loaded", "docs", 5, "dir", "my out")
		l.Warn("stale lock", "pid", 42)
		l.Error("failed")
		if b.String() != tc.want {
			t.Errorf("%+v:\n%s\nwant\n%s", tc.f, b.String(), tc.want)
		}
	}
	// File names in messages reach the terminal with control characters
	// and bidi overrides escaped.
	var b bytes.Buffer
	l, _ := (&logFlags{format: "text"}).logger(&b)
	l.Warn("out/a\x1b[31mred.txt: skipped", "dir", "b\u202etxt")
	if want := "warning: out/a\\x1b[31mred.txt: skipped dir=b\\u202etxt\n"; b.String() != want {
		t.Errorf("escaped message: %q, want %q", b.String(), want)
	}
	if _, err := (&logFlags{format: "xml"}).logger(&bytes.Buffer{}); err == nil {
		t.Error("-log-format xml accepted")
	}
}

func TestLoggerJSON(t *testing.T) {
	var b bytes.Buffer
	l, err := (&logFlags{format: "json", quiet: true}).logger(&b)
	if err != nil {
		t.Fatal(err)
	}
	l.Info("hidden by -quiet")
	l.With("report", "2026-11-21").Warn("took over a stale lock", "pid", 42)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one line, got %q", b.String())
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &m); err != nil {
		t.Fatal(err)
	}
	if m["level"] != "WARN" || m["msg"] != "took over a stale lock" || m["pid"] != 42.0 || m["report"] != "2026-11-21" {
		t.Errorf("fields: %v", m)
	}
	if _, err := time.Parse(time.RFC3339Nano, m["time"].(string)); err != nil {
		t.Errorf("time: %v", err)
	}
}

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	p := startProgress(&b, 4, 4<<20, now)
	p.Add(1 << 20) // no time passed: no redraw
	if b.Len() != 0 {
		t.Fatalf("drew too early: %q", b.String())
	}
	clock = clock.Add(time.Second)
	p.Add(1 << 20)
	want := "\r2 docs (4 files)  2.0/4.0 MB  50%  2.0 MB/s  ETA 1s"
	if b.String() != want {
		t.Fatalf("got %q\nwant %q", b.String(), want)
	}
	clock = clock.Add(time.Second)
	p.Add(2 << 20)
	p.Done()
	if !strings.HasSuffix(b.String(), "\r3 docs (4 files)  4.0/4.0 MB 100%  2.0 MB/s  in 2s\n") {
		t.Errorf("final line: %q", b.String())
	}
	var nilP *progress
	nilP.Add(1)
	nilP.Done()
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	if newProgress(&bytes.Buffer{}, 1, 1) != nil {
		t.Error("progress on a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if newProgress(f, 1, 1) != nil {
		t.Error("progress on a regular file")
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !isTerminal(tty) {
			t.Error("/dev/tty is not a terminal")
		}
	}
}

func TestMeasureInputs(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int{"a.txt": 10, "b.jsonl.gz": 5, "c.pdf": 100, ".hidden.txt": 7, "sub/d.md": 3, ".git/e.txt": 9} {
		path := dir + "/" + name
		os.MkdirAll(path[:strings.LastIndex(path, "/")], 0o755)
		os.WriteFile(path, make([]byte, size), 0o644)
	}
	files, bytes := measureInputs([]string{dir})
	if files != 3 || bytes != 18 {
		t.Errorf("measureInputs = %d files, %d bytes; want 3, 18", files, bytes)
	}
}

func TestFmtDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0s", 59 * time.Second: "59s", 125 * time.Second: "2m05s", 3720 * time.Second: "1h02m"} {
		if got := fmtDuration(d); got != want {
			t.Errorf("fmtDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
