package outdir

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 1, 6, 0, 0, 0, time.UTC)

// mkReport writes a report folder finished day days after t0.
func mkReport(t *testing.T, root, name string, day int) {
	t.Helper()
	dir := filepath.Join(root, name)
	if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	m := fmt.Sprintf(`{"tool": "dipstat", "version": "0.1", "started": %q, "finished": %q}`,
		t0.AddDate(0, 0, day).Add(-time.Minute).Format(time.RFC3339), t0.AddDate(0, 0, day).Format(time.RFC3339))
	writeFile(t, filepath.Join(dir, ManifestName), m)
	writeFile(t, filepath.Join(dir, "data", "documents.csv"), "id,file\n")
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tree lists every path under root, relative, sorted.
func tree(t *testing.T, root string) []string {
	var out []string
	filepath.Walk(root, func(p string, fi os.FileInfo, err error) error {
		if p != root {
			rel, _ := filepath.Rel(root, p)
			out = append(out, rel)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// mkOthers puts things in root that are not reports and must survive.
func mkOthers(t *testing.T, root string) {
	writeFile(t, filepath.Join(root, "notes.txt"), "mine")
	writeFile(t, filepath.Join(root, "manifest.json"), `{"tool": "dipstat"}`) // a file, not a folder
	writeFile(t, filepath.Join(root, "analyst", "draft.docx"), "x")
	writeFile(t, filepath.Join(root, "other-tool", ManifestName), `{"tool": "voyant", "finished": "2020-01-01T00:00:00Z"}`)
	writeFile(t, filepath.Join(root, "broken", ManifestName), `{"tool": "dipstat", `)
	writeFile(t, filepath.Join(root, "array", ManifestName), `["dipstat"]`)
	writeFile(t, filepath.Join(root, ".stage-123", ManifestName), `{"tool": "dipstat", "finished": "2020-01-01T00:00:00Z"}`)
	os.MkdirAll(filepath.Join(root, "dirmanifest", ManifestName), 0o755)
	// A symlink to a report elsewhere: never followed, never removed.
	elsewhere := t.TempDir()
	mkReport(t, elsewhere, "old", -100)
	if err := os.Symlink(filepath.Join(elsewhere, "old"), filepath.Join(root, "link")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := os.Stat(filepath.Join(elsewhere, "old", ManifestName)); err != nil {
			t.Errorf("a report outside root behind a symlink was touched: %v", err)
		}
	})
}

func TestRetain(t *testing.T) {
	root := t.TempDir()
	mkOthers(t, root)
	// Names sort differently from finish times on purpose.
	for i, name := range []string{"c", "a", "e", "b", "d"} {
		mkReport(t, root, name, i)
	}
	others := tree(t, root)
	removed, err := Retain(root, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(root, "c"), filepath.Join(root, "a")}
	if !reflect.DeepEqual(removed, want) {
		t.Fatalf("removed %v, want %v", removed, want)
	}
	var rest []string
	for _, p := range others {
		if p != "a" && p != "c" && filepath.Dir(p) != "a" && filepath.Dir(p) != "c" &&
			filepath.Dir(filepath.Dir(p)) != "a" && filepath.Dir(filepath.Dir(p)) != "c" {
			rest = append(rest, p)
		}
	}
	if got := tree(t, root); !reflect.DeepEqual(got, rest) {
		t.Fatalf("after Retain:\n%v\nwant\n%v", got, rest)
	}
	// Idempotent, and keep <= 0 keeps all.
	for _, keep := range []int{3, 0, -1} {
		if removed, err := Retain(root, keep); err != nil || len(removed) != 0 {
			t.Fatalf("Retain(%d) again removed %v, %v", keep, removed, err)
		}
	}
	if removed, _ := Retain(root, 1); len(removed) != 2 {
		t.Fatalf("Retain(1) removed %v", removed)
	}
	reps, _ := Reports(root)
	if len(reps) != 1 || filepath.Base(reps[0].Dir) != "d" {
		t.Fatalf("left %v, want only d", reps)
	}
}

func TestRetainMissingRoot(t *testing.T) {
	if removed, err := Retain(filepath.Join(t.TempDir(), "none"), 2); err != nil || removed != nil {
		t.Fatalf("Retain on missing root: %v %v", removed, err)
	}
}

func TestPrevious(t *testing.T) {
	root := t.TempDir()
	mkOthers(t, root)
	if d, ok := Previous(root, ""); ok {
		t.Fatalf("Previous with no reports = %q", d)
	}
	mkReport(t, root, "2026-11-02", 1)
	mkReport(t, root, "2026-11-03", 2)
	tests := []struct{ exclude, want string }{
		{"", "2026-11-03"},
		{"2026-11-03", "2026-11-02"},
		{filepath.Join(root, "2026-11-03"), "2026-11-02"},
		{filepath.Join(root, ".", "2026-11-03") + "/", "2026-11-02"},
		{"2026-11-02", "2026-11-03"},
	}
	for _, tc := range tests {
		d, ok := Previous(root, tc.exclude)
		if !ok || d != filepath.Join(root, tc.want) {
			t.Errorf("Previous(%q) = %q, %v; want %s", tc.exclude, d, ok, tc.want)
		}
	}
	os.RemoveAll(filepath.Join(root, "2026-11-02"))
	if d, ok := Previous(root, "2026-11-03"); ok {
		t.Errorf("Previous excluding the only report = %q", d)
	}
}

func TestReportsFallbackTimes(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "x", ManifestName), `{"tool": "dipstat", "started": "2026-01-02T00:00:00Z"}`)
	writeFile(t, filepath.Join(root, "y", ManifestName), `{"tool": "dipstat"}`)
	reps, err := Reports(root)
	if err != nil || len(reps) != 2 {
		t.Fatalf("Reports = %v, %v", reps, err)
	}
	if filepath.Base(reps[0].Dir) != "x" || !reps[0].Finished.Equal(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("x ordered by its start time: %+v", reps)
	}
	if !IsReport(filepath.Join(root, "y")) || IsReport(root) {
		t.Error("IsReport")
	}
}
