package corpus

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

// TestOnEntry: with Options.OnEntry the listing's entries are handed on in
// input order instead of kept, and the listing's counts and warnings are
// those of a listing that keeps them.
func TestOnEntry(t *testing.T) {
	dir := t.TempDir()
	story := " date 2025-03-04 China and South Korea agreed to expand trade and people-to-people exchanges. Both sides praised the partnership."
	writeFiles(t, dir, map[string][]byte{
		"a.txt":      []byte(story),
		"b.txt":      []byte(" date 2025-02-03 Japan and Korea discussed supply chains and regional peace at length."),
		"copy.txt":   []byte(story + "\n\nNews.Az"),
		"undated.md": []byte("Leaders met in Beijing to talk about trade and tourism."),
		"empty.txt":  {},
		"bin.txt":    {0x7f, 'E', 'L', 'F', 0, 0, 1},
	})
	kept, err := Load(context.Background(), []string{dir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []Entry
	opts := DefaultOptions()
	opts.OnEntry = func(e Entry) error { got = append(got, e); return nil }
	docs := 0
	l, err := Stream(context.Background(), []string{dir}, opts, func(*Document) error { docs++; return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, kept.Entries) {
		t.Errorf("handed on:\n%+v\nkept:\n%+v", got, kept.Entries)
	}
	if len(l.Entries) != 0 {
		t.Errorf("%d entries kept, want none", len(l.Entries))
	}
	want := Tally{Entries: 6, Counted: 3, Skipped: 2} // a, b, undated; copy is a duplicate
	if l.Streamed != want || kept.Streamed != (Tally{}) {
		t.Errorf("Streamed = %+v, want %+v (and none when kept: %+v)", l.Streamed, want, kept.Streamed)
	}
	if l.Counted() != kept.Counted() || l.Counted() != 3 || docs != 3 {
		t.Errorf("Counted() = %d, kept %d, %d documents; want 3", l.Counted(), kept.Counted(), docs)
	}
	if l.Skipped() != kept.Skipped() || l.Skipped() != 2 || l.Len() != kept.Len() || l.Len() != 6 {
		t.Errorf("Skipped() = %d (kept %d), Len() = %d (kept %d); want 2 and 6", l.Skipped(), kept.Skipped(), l.Len(), kept.Len())
	}
	if !reflect.DeepEqual(l.Warnings, kept.Warnings) || !reflect.DeepEqual(l.Inputs, kept.Inputs) || l.LeftOut != kept.LeftOut {
		t.Errorf("warnings, inputs or left-out differ:\n%+v\n%+v", l, &kept.Listing)
	}
}

func TestOnEntryNoArticles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"empty.txt": {}})
	opts := DefaultOptions()
	n := 0
	opts.OnEntry = func(Entry) error { n++; return nil }
	l, err := Stream(context.Background(), []string{dir}, opts, func(*Document) error { return nil })
	if err != ErrNoArticles || n != 1 || l.Len() != 1 || l.Skipped() != 1 {
		t.Errorf("err %v, %d entries handed on, Len %d, Skipped %d; want ErrNoArticles, 1, 1, 1", err, n, l.Len(), l.Skipped())
	}
}

func TestOnEntryError(t *testing.T) {
	opts := DefaultOptions()
	stop := errors.New("stop")
	n := 0
	opts.OnEntry = func(Entry) error { n++; return stop }
	_, err := Stream(context.Background(), []string{seedDir}, opts, func(*Document) error {
		t.Error("fn called after OnEntry failed")
		return nil
	})
	if err != stop || n != 1 {
		t.Errorf("err %v after %d entries, want stop after 1", err, n)
	}
}
