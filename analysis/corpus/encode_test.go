package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/internal/wire"
)

// mergeCorpus is a folder whose documents interact across files: two files
// named x.txt (one ID), a reprint of a story in another folder, a skipped
// file, a JSONL file of records.
func mergeCorpus(t *testing.T) string {
	dir := t.TempDir()
	story := "China and South Korea agreed to deepen the strategic cooperative partnership and expand trade. " +
		"Foreign ministers of the two countries met in Beijing on Monday for three hours of talks on the economy. " +
		"They reviewed progress on the free trade agreement and on a new visa-free policy for tourists and students."
	writeFiles(t, dir, map[string][]byte{
		"a/x.txt":      []byte(" date 2025-01-02 " + story),
		"a/y.md":       []byte("---\ndate: 2025-02-03\ntitle: Y\n---\nJapan and Korea held a summit on energy and climate."),
		"a-b.txt":      []byte("A file named to sort between a/ and b/ by its path but after a/ in a walk."),
		"b/x.txt":      []byte(" date 2025-03-04 " + story + " Reprinted."),
		"b/empty.txt":  nil,
		"b/recs.jsonl": []byte(`{"id":"x","text":"Vietnam and China met.","date":"2025-04-05"}` + "\n" + `{"text":"` + story + `"}` + "\n"),
		"c/z.txt":      []byte(" date 2025-05-06 The ASEAN summit closed."),
		"c/x.txt.gz":   gz(t, "Another x, in a gzip file."),
	})
	return dir
}

func listing(t *testing.T, paths []string, o Options) *Listing {
	t.Helper()
	l, err := Stream(context.Background(), paths, o, func(*Document) error { return nil })
	if err != nil && !errors.Is(err, ErrNoArticles) {
		t.Fatal(err)
	}
	return l
}

func TestListingEncode(t *testing.T) {
	o := DefaultOptions()
	o.HashInputs, o.KeepPrints = true, true
	for _, dir := range []string{seedDir, mergeCorpus(t)} {
		l := listing(t, []string{dir}, o)
		if len(l.Prints) != len(l.Entries) {
			t.Fatalf("%d prints for %d entries", len(l.Prints), len(l.Entries))
		}
		b, err := l.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var d Listing
		if err := d.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(l, &d) {
			t.Errorf("%s: decoded listing differs", dir)
			for i := range l.Entries {
				if !reflect.DeepEqual(l.Entries[i], d.Entries[i]) {
					t.Errorf("%+v\n%+v", l.Entries[i], d.Entries[i])
				}
			}
			t.Errorf("%v %v %v", reflect.DeepEqual(l.Warnings, d.Warnings), reflect.DeepEqual(l.Inputs, d.Inputs), reflect.DeepEqual(l.Prints, d.Prints))
		}
	}
}

// TestEntryFields fails when Entry gains a field its encoding does not
// carry: give it a key in entryWire (encode.go).
func TestEntryFields(t *testing.T) {
	carried := map[string]bool{}
	for f := range reflect.TypeFor[entryWire]().Fields() {
		carried[f.Name] = true
	}
	for f := range reflect.TypeFor[Entry]().Fields() {
		if !carried[f.Name] {
			t.Errorf("Entry.%s is not encoded: add it to entryWire (encode.go)", f.Name)
		}
	}
}

// TestMergeDecide: the listings of separate loads, merged and their IDs
// and duplicates decided again from the prints, are the listing of one
// load, whatever the split.
func TestMergeDecide(t *testing.T) {
	dir := mergeCorpus(t)
	o := DefaultOptions()
	o.KeepPrints = true
	whole := listing(t, []string{dir}, o)
	if len(whole.Entries) != 9 {
		t.Fatalf("%d entries: %+v", len(whole.Entries), whole.Entries)
	}
	for _, e := range whole.Entries {
		if strings.HasSuffix(filepath.ToSlash(e.File), "b/x.txt") && (e.ID != "x~3" || e.DuplicateOf != "x") {
			t.Fatalf("the reprint in b/x.txt is listed as %s, %s", e.ID, e.StatusText())
		}
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	// one listing per file, merged in reverse order
	var merged Listing
	for i := len(files) - 1; i >= 0; i-- {
		l := listing(t, []string{files[i]}, o)
		merged.Merge(l)
	}
	dec := NewDecider(o)
	for i := range merged.Entries {
		e := &merged.Entries[i]
		id, dup := dec.Decide(&merged.Prints[i])
		e.ID, e.DuplicateOf = id, dup
		if dup != "" {
			e.Status = StatusDuplicate
		}
	}
	for i := range whole.Entries {
		whole.Entries[i].File = filepath.ToSlash(whole.Entries[i].File)
		merged.Entries[i].File = filepath.ToSlash(merged.Entries[i].File)
	}
	if !reflect.DeepEqual(merged.Entries, whole.Entries) {
		t.Errorf("merged listing differs:\n got %+v\nwant %+v", merged.Entries, whole.Entries)
	}
	if !reflect.DeepEqual(merged.Prints, whole.Prints) {
		t.Error("merged prints differ")
	}
}

func TestComparePaths(t *testing.T) {
	in := []string{"a-b.txt", "a/x.txt", "a/y/z.txt", "b.txt", "b/a.txt", "ba.txt"} // as Stream reads them
	for i := range in {
		for j := range in {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := ComparePaths(in[i], in[j]); got != want {
				t.Errorf("ComparePaths(%q, %q) = %d, want %d", in[i], in[j], got, want)
			}
		}
	}
}

// FuzzListing: no input makes the decoder panic.
func FuzzListing(f *testing.F) {
	o := DefaultOptions()
	o.HashInputs, o.KeepPrints = true, true
	l, _ := Stream(context.Background(), []string{filepath.Join(seedDir, "001.txt")}, o, func(*Document) error { return nil })
	if l != nil {
		b, err := l.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var l Listing
		if err := l.UnmarshalBinary(data); err != nil && !errors.Is(err, wire.ErrFormat) {
			t.Fatal(err)
		}
	})
}
