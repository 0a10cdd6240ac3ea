package outdir

import (
	"os"
	"path/filepath"
	"testing"
)

// writeAt is write with the parent folders made first.
func writeAt(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, path, data)
}

func TestRecover(t *testing.T) {
	out := t.TempDir()
	// killed between the two renames: the previous report is aside, NAME is missing
	writeAt(t, filepath.Join(out, ".old-daily-123", "daily", "manifest.json"), "previous")
	// killed while writing: a half-written staging folder
	writeAt(t, filepath.Join(out, ".tmp-daily-456", "report.xlsx"), "half")
	// a superseded copy next to a present report
	writeAt(t, filepath.Join(out, "weekly", "manifest.json"), "current")
	writeAt(t, filepath.Join(out, ".old-weekly-789", "weekly", "manifest.json"), "older")
	// killed between making a spool file and unlinking it
	writeAt(t, filepath.Join(out, ".tmp-spool-figures-123"), "records")
	// not ours: left alone
	writeAt(t, filepath.Join(out, "notes.txt"), "keep")
	did, err := Recover(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(out, "daily", "manifest.json")); got != "previous" {
		t.Errorf("daily not restored: %q", got)
	}
	if got := read(t, filepath.Join(out, "weekly", "manifest.json")); got != "current" {
		t.Errorf("weekly replaced by the older copy: %q", got)
	}
	want := []string{"daily", "notes.txt", "weekly"}
	if got := entries(t, out); len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("output holds %v, want %v", got, want)
	}
	if len(did) != 5 {
		t.Errorf("Recover reported %q, want 5 actions", did)
	}
	if did, err := Recover(filepath.Join(out, "missing")); err != nil || did != nil {
		t.Errorf("Recover of a missing folder: %v %v", did, err)
	}
}
