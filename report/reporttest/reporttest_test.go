package reporttest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFirstDiff(t *testing.T) {
	for _, tc := range []struct{ got, want, says string }{
		{"a\nb\nc", "a\nx\nc", "line 2:\n got b\nwant x"},
		{"a\nb", "a\nb\nc", "2 lines, want 3"},
		{"", "a", "line 1:\n got \nwant a"},
	} {
		if s := FirstDiff(tc.got, tc.want); s != tc.says {
			t.Errorf("FirstDiff(%q, %q) = %q, want %q", tc.got, tc.want, s, tc.says)
		}
	}
}

// report writes a report folder of n tables, its summary with the given
// Run row.
func report(t *testing.T, n int, run string) string {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "data"), 0o755)
	for i := range n {
		os.WriteFile(filepath.Join(dir, "data", fmt.Sprintf("t%d.csv", i)), []byte("a,b\n1,2\n"), 0o644)
	}
	sum := "key,value\nRun," + run + "\n\"Parameters\",\"-x\ny\"\nDocuments,5\n"
	os.WriteFile(filepath.Join(dir, "data", "summary.csv"), []byte(sum), 0o644)
	return dir
}

// TestTables: two reports that differ only in how they were made read
// equal; a changed row, or a missing table, does not.
func TestTables(t *testing.T) {
	a, b := Tables(t, report(t, 10, "2025-07-01 10:00")), Tables(t, report(t, 10, "2026-01-01 12:00"))
	if len(a) != 11 || a["summary.csv"] != "key\x1fvalue\nDocuments\x1f5" {
		t.Fatalf("tables %d, summary %q", len(a), a["summary.csv"])
	}
	var ok recorder
	Compare(&ok, "b", b, a)
	if ok.failed {
		t.Errorf("reports of the same data differ: %s", ok.msgs)
	}
	b["t3.csv"] = "a,b\n1,3\n"
	delete(b, "t4.csv")
	var bad recorder
	Compare(&bad, "b", b, a)
	if msgs := strings.Join(bad.msgs, "\n"); !strings.Contains(msgs, "b: t3.csv differs:\nline 2:") || !strings.Contains(msgs, "t4.csv") || !strings.Contains(msgs, "10 tables, want 11") {
		t.Errorf("Compare said:\n%s", msgs)
	}
}

// recorder is a testing.TB that records errors instead of failing.
type recorder struct {
	testing.TB
	failed bool
	msgs   []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.failed = true
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
