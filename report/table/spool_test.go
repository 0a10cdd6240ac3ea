package table

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestSpoolRoundTrip: records come back as added, in order, with empty
// fields, empty records, bytes of every value and long fields; Close
// removes the file.
func TestSpoolRoundTrip(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("中韩关系 ", 20000)
	var all []byte
	for i := range 256 {
		all = append(all, byte(i))
	}
	tests := []struct {
		name string
		recs [][]string
	}{
		{"none", nil},
		{"one empty record", [][]string{{}}},
		{"empty fields", [][]string{{"", ""}, {"a", ""}}},
		{"mixed", [][]string{{"doc-1", "2024-01-02", "left", "match", "right"}, {long}, {string(all), "\x00"}, {"x"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sp, err := NewSpool(dir)
			if err != nil {
				t.Fatal(err)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, "*")); runtime.GOOS != "windows" && len(left) > 0 {
				t.Errorf("the spool's file keeps its name: %v", left)
			}
			for _, r := range tc.recs {
				if err := sp.Add(r...); err != nil {
					t.Fatal(err)
				}
			}
			if sp.Len() != len(tc.recs) {
				t.Errorf("Len %d, want %d", sp.Len(), len(tc.recs))
			}
			var got [][]string
			if err := sp.Each(func(rec []string) error {
				got = append(got, slices.Clone(rec))
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.recs) {
				t.Fatalf("%d records back, want %d", len(got), len(tc.recs))
			}
			for i := range got {
				if !slices.Equal(got[i], tc.recs[i]) && !(len(got[i]) == 0 && len(tc.recs[i]) == 0) {
					t.Errorf("record %d: %.60q, want %.60q", i, got[i], tc.recs[i])
				}
			}
			if err := sp.Close(); err != nil {
				t.Fatal(err)
			}
			if err := sp.Close(); err != nil {
				t.Errorf("second Close: %v", err)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}

// TestSpoolErrors: Each stops at fn's error, and a spool whose file was
// cut short says so and names the file.
func TestSpoolErrors(t *testing.T) {
	sp, err := NewSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	for i := range 3 {
		if err := sp.Add(fmt.Sprint(i), "some text"); err != nil {
			t.Fatal(err)
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := sp.Each(func([]string) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Each: %v after %d records, want stop after 1", err, n)
	}
	sp.n++ // the file holds one record fewer than were added, as a cut file does
	err = sp.Each(func([]string) error { return nil })
	if err == nil || !strings.Contains(err.Error(), sp.f.Name()) || !strings.Contains(err.Error(), "unexpected EOF") {
		t.Errorf("Each of a cut file: %v", err)
	}
}

// TestSpooledTextEqualsWriteText: a table spooled row by row is the table
// WriteText writes, byte for byte, however long (past TextBlock, where
// the streamed text writer aligns by blocks instead), with its notes as
// they are at Close.
func TestSpooledTextEqualsWriteText(t *testing.T) {
	long := New("ids", "IDs", Column{Key: "id", Title: "ID"}, Column{Key: "n", Kind: Int}, Column{Key: "status"})
	for i := range TextBlock + 500 {
		long.Append(fmt.Sprintf("page#%d", i*i), i, strings.Repeat("x", i%7))
	}
	long.Notes = []string{"the end"}
	for _, tab := range []*Table{rowsSample(), New("empty", "Empty", Column{Key: "a"}, Column{Key: "n", Kind: Int}), long} {
		t.Run(tab.Name, func(t *testing.T) {
			var whole, spooled bytes.Buffer
			if err := WriteText(&whole, tab); err != nil {
				t.Fatal(err)
			}
			head := &Table{Name: tab.Name, Columns: tab.Columns}
			rw, err := NewSpooledText(&spooled, head, t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range tab.Rows {
				if err := rw.Write(r...); err != nil {
					t.Fatal(err)
				}
			}
			head.Notes = tab.Notes // notes known only at the end
			if err := rw.Close(); err != nil {
				t.Fatal(err)
			}
			if spooled.String() != whole.String() {
				t.Errorf("spooled:\n%.2000s\nwhole:\n%.2000s", spooled.String(), whole.String())
			}
		})
	}
}
