package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync/atomic"
	"testing"
)

// TestResume: a run resumed from the listing of an earlier run over the
// first files lists what a run over all of them lists, and passes on only
// the documents of the files after them; a checkpoint that does not fit
// (a file changed, a new file sorting before its last) is refused before
// any document is passed on.
func TestResume(t *testing.T) {
	dir := mergeCorpus(t)
	o := DefaultOptions()
	o.KeepPrints = true
	first := listing(t, []string{dir}, func() Options { x := o; x.HashInputs = true; return x }())
	// files added after the others (a sub-folder sorting last), one of them
	// a copy of a/x.txt, one named x
	story, _ := os.ReadFile(filepath.Join(dir, "a", "x.txt"))
	writeFiles(t, dir, map[string][]byte{
		"d/copy.txt": story,
		"d/x.txt":    []byte(" date 2025-07-01 A new story about x."),
		"d/y.txt":    []byte(" date 2025-07-02 Another new story."),
	})
	want := listing(t, []string{dir}, func() Options { x := o; x.HashInputs = true; return x }())
	var docs []string
	got, n, err := Resume(context.Background(), []string{dir}, o, first, func(d *Document) error {
		docs = append(docs, d.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(first.Inputs) || !reflect.DeepEqual(got, want) {
		t.Errorf("resumed after %d files; listing differs:\n got %+v\nwant %+v", n, got.Entries, want.Entries)
	}
	if !reflect.DeepEqual(docs, []string{"x~5", "y~2"}) { // the copy is a duplicate of x
		t.Errorf("documents passed on: %v", docs)
	}
	// a changed file, and a new file sorting first, make the checkpoint unfit
	for name, change := range map[string]func(){
		"changed": func() {
			writeFiles(t, dir, map[string][]byte{"c/z.txt": []byte(" date 2025-05-06 The ASEAN summit closed early.")})
		},
		"new first": func() { writeFiles(t, dir, map[string][]byte{"0.txt": []byte("First.")}) },
	} {
		change()
		_, _, err := Resume(context.Background(), []string{dir}, o, want, func(d *Document) error {
			t.Errorf("%s: document %s passed on", name, d.ID)
			return nil
		})
		if !errors.Is(err, ErrCheckpoint) {
			t.Errorf("%s: %v, want ErrCheckpoint", name, err)
		}
		want = listing(t, []string{dir}, func() Options { x := o; x.HashInputs = true; return x }())
	}
}

// TestReadBytes: a file's bytes read in memory give what reading the file
// gives.
func TestReadBytes(t *testing.T) {
	dir := mergeCorpus(t)
	o := DefaultOptions()
	o.HashInputs, o.KeepPrints = true, true
	paths, _ := filepath.Glob(filepath.Join(dir, "*", "*"))
	if len(paths) < 6 {
		t.Fatalf("%d files", len(paths))
	}
	for _, p := range paths {
		var want, got []string
		wl, err := Stream(context.Background(), []string{p}, o, func(d *Document) error { want = append(want, d.ID+" "+d.Raw); return nil })
		if err != nil && err != ErrNoArticles {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		gl, err := ReadBytes(context.Background(), p, b, o, func(d *Document) error { got = append(got, d.ID+" "+d.Raw); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(gl, wl) || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: ReadBytes gives\n%+v\n%q\nwant\n%+v\n%q", p, gl, got, wl, want)
		}
	}
}

// TestStreamStages: fn runs on a stage of its own, after the listing has
// decided each document, one call at a time and in input order; its error
// ends the run and is what Stream returns, and fn is not called again.
func TestStreamStages(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := range 300 {
		text := fmt.Sprintf(" date 2025-01-%02d Article %d on trade and tourism between the two neighbors, number %d.", 1+i%28, i, i*7919)
		if i%50 == 7 {
			text = fmt.Sprintf(" date 2025-01-%02d Article %d on trade and tourism between the two neighbors, number %d.", 1+(i-1)%28, i-1, (i-1)*7919)
		}
		files[fmt.Sprintf("a%03d.txt", i)] = []byte(text)
	}
	writeFiles(t, dir, files)
	opts := DefaultOptions()
	var listed []string
	opts.OnEntry = func(e Entry) error {
		if e.Counted() {
			listed = append(listed, e.ID)
		}
		return nil
	}
	var passed []string
	var inFn atomic.Int32
	l, err := Stream(context.Background(), []string{dir}, opts, func(d *Document) error {
		if inFn.Add(1) != 1 {
			t.Error("fn called while another call runs")
		}
		defer inFn.Add(-1)
		if d.Status == StatusDuplicate {
			t.Errorf("%s: a duplicate passed to fn", d.ID)
		}
		passed = append(passed, d.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// the copies (i%50 == 7, and near copies) are listed, not passed on
	if !slices.Equal(passed, listed) || len(passed) != l.Counted() || len(passed) > 294 || len(passed) < 200 {
		t.Errorf("fn had %d documents, the listing %d counted (%d), want the same, in the same order, at most 294", len(passed), len(listed), l.Counted())
	}

	boom := errors.New("boom")
	calls := 0
	_, err = Stream(context.Background(), []string{dir}, DefaultOptions(), func(d *Document) error {
		calls++
		if calls == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || calls != 10 {
		t.Errorf("fn failing at its 10th call: err %v after %d calls, want boom after 10", err, calls)
	}
}
