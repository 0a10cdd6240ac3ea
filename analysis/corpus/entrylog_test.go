package corpus

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// entries makes n entries with every field set in some of them.
func testEntries(n int) []Entry {
	day := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	var es []Entry
	for i := range n {
		e := Entry{ID: fmt.Sprintf("%07d", i), File: fmt.Sprintf("corpus/%04d/%07d.txt", i/1000, i), Line: i % 7,
			Sentences: i % 50, Tokens: i * 3, Bytes: i * 17, Status: Status(i % 4)}
		if i%3 != 0 {
			e.Date = day.AddDate(0, 0, i%900)
		}
		if i%5 == 0 {
			e.Source, e.Title, e.URL, e.Lang = "Yonhap", fmt.Sprintf("Title № %d — “quoted”", i), "https://example.org/a?"+e.ID, "ko"
		}
		if i%11 == 0 {
			e.DuplicateOf, e.Reason = "0000001", "too large: 51 MB"
		}
		es = append(es, e)
	}
	return es
}

// TestEntryLog: entries read back from the log, in memory or spilled to a
// scratch file over several blocks, in order and at random, equal what was
// appended; Filter keeps the ones asked for.
func TestEntryLog(t *testing.T) {
	es := testEntries(30000) // about 2.5 blocks
	for _, dir := range []string{"", t.TempDir()} {
		lg := NewEntryLog(dir)
		for _, e := range es {
			if err := lg.Append(e); err != nil {
				t.Fatal(err)
			}
		}
		if dir != "" && lg.spilled == 0 {
			t.Fatal("nothing spilled")
		}
		l := &Listing{Entries: slices.Clone(es[:3]), Log: lg}
		if l.NumEntries() != len(es)+3 {
			t.Fatalf("%d entries", l.NumEntries())
		}
		var got []Entry
		if err := l.EachEntry(func(e *Entry) bool { got = append(got, *e); return true }); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, append(es[:3:3], es...)) {
			t.Fatalf("dir %q: entries read back differ", dir)
		}
		r := rand.New(rand.NewPCG(1, 2))
		for range 2000 {
			i := r.IntN(len(es))
			e, err := lg.At(i)
			if err != nil || !reflect.DeepEqual(e, es[i]) {
				t.Fatalf("dir %q: At(%d) = %+v, %v; want %+v", dir, i, e, err, es[i])
			}
		}
		dropped, err := l.Filter(func(e *Entry) bool { return e.Tokens%2 == 0 })
		if err != nil {
			t.Fatal(err)
		}
		var want []Entry
		for _, e := range append(es[:3:3], es...) {
			if e.Tokens%2 == 0 {
				want = append(want, e)
			}
		}
		got = got[:0]
		l.EachEntry(func(e *Entry) bool { got = append(got, *e); return true })
		if !reflect.DeepEqual(got, want) || dropped != len(es)+3-len(want) || l.Streamed.Entries != l.Log.Len() {
			t.Fatalf("dir %q: filter kept %d of %d (dropped %d), want %d", dir, len(got), len(es)+3, dropped, len(want))
		}
		if err := lg.Close(); err != nil {
			t.Fatal(err)
		}
		l.Log.Close()
	}
}

func FuzzDecodeEntry(f *testing.F) {
	for _, e := range testEntries(12) {
		f.Add(encodeEntry(nil, &e))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e, n, err := decodeEntry(b)
		if err != nil {
			return
		}
		if n > len(b) {
			t.Fatalf("took %d of %d bytes", n, len(b))
		}
		if again := encodeEntry(nil, &e); len(again) != n {
			// varints may be written longer than needed; the entry must
			// still encode and decode to itself
			if e2, _, err := decodeEntry(again); err != nil || !reflect.DeepEqual(e, e2) {
				t.Fatalf("re-encoding %+v: %+v, %v", e, e2, err)
			}
		}
	})
}

// TestEntryLogNoScratch: a log whose folder cannot take its scratch file
// keeps its entries in memory and says why.
func TestEntryLogNoScratch(t *testing.T) {
	es := testEntries(20000) // more than a block
	lg := NewEntryLog(filepath.Join(t.TempDir(), "missing"))
	for _, e := range es {
		if err := lg.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	if lg.Note() == "" || lg.spilled != 0 {
		t.Fatalf("note %q, %d blocks spilled", lg.Note(), lg.spilled)
	}
	for _, i := range []int{0, 9999, 19999} {
		if e, err := lg.At(i); err != nil || !reflect.DeepEqual(e, es[i]) {
			t.Fatalf("At(%d) = %+v, %v", i, e, err)
		}
	}
}

// testInputs makes n inputs, hashed, unread and plain.
func testInputs(n int) []Input {
	var ins []Input
	for i := range n {
		in := Input{Path: fmt.Sprintf("corpus/%04d/%07d.txt", i/1000, i), Size: int64(i * 4099)}
		switch i % 3 {
		case 0:
			in.Hashed = true
			for k := range in.SHA256 {
				in.SHA256[k] = byte(i + k)
			}
		case 1:
			in.Err = "permission denied"
		}
		ins = append(ins, in)
	}
	return ins
}

// TestInputLog: inputs read back from the log, in memory or spilled over
// several blocks, in order and at random, equal what was appended, and a
// listing walks its Inputs then its InputLog.
func TestInputLog(t *testing.T) {
	ins := testInputs(40000) // about 2 blocks
	for _, dir := range []string{"", t.TempDir()} {
		lg := NewInputLog(dir)
		for _, in := range ins {
			if err := lg.Append(in); err != nil {
				t.Fatal(err)
			}
		}
		if dir != "" && lg.spilled == 0 {
			t.Fatal("nothing spilled")
		}
		l := Listing{Inputs: ins[:2], InputLog: lg}
		if l.NumInputs() != len(ins)+2 {
			t.Fatalf("%d inputs", l.NumInputs())
		}
		var got []Input
		if err := l.EachInput(func(in *Input) bool { got = append(got, *in); return true }); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, append(ins[:2:2], ins...)) {
			t.Fatalf("dir %q: inputs read back differ", dir)
		}
		r := rand.New(rand.NewPCG(3, 4))
		for range 500 {
			i := r.IntN(len(ins))
			if in, err := lg.At(i); err != nil || in != ins[i] {
				t.Fatalf("dir %q: At(%d) = %+v, %v; want %+v", dir, i, in, err, ins[i])
			}
		}
		if _, err := lg.At(len(ins)); err == nil {
			t.Error("At past the end: no error")
		}
		if err := lg.Close(); err != nil {
			t.Fatal(err)
		}
	}
	var none *InputLog
	if err := none.Close(); err != nil {
		t.Errorf("closing a nil log: %v", err)
	}
}

func FuzzDecodeInput(f *testing.F) {
	for _, in := range testInputs(6) {
		f.Add(encodeInput(nil, &in))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var in Input
		n, err := decodeInputRecord(b, &in)
		if err != nil {
			return
		}
		if n > len(b) {
			t.Fatalf("took %d of %d bytes", n, len(b))
		}
		var again Input
		if _, err := decodeInputRecord(encodeInput(nil, &in), &again); err != nil || again != in {
			t.Fatalf("re-encoding %+v: %+v, %v", in, again, err)
		}
	})
}

// TestInputList: findInputs's list, written to its scratch file in small
// blocks, gives back every path with its format and compression, and a
// failed read is an error.
func TestInputList(t *testing.T) {
	var want []input
	for i := range 5000 {
		in, _ := classifyPath(fmt.Sprintf("news/%03d/article-%d.%s", i/100, i, []string{"txt", "jsonl.gz", "html", "warc.gz", "pdf"}[i%5]))
		want = append(want, in)
	}
	l := newInputList(t.TempDir())
	l.paths.text.limit, l.paths.ends.limit, l.kinds.limit = 1000, 300, 700
	for _, in := range want {
		l.add(in)
	}
	if l.len() != len(want) || l.paths.text.written == 0 || l.paths.ends.written == 0 || l.kinds.written == 0 {
		t.Fatalf("%d inputs, %d, %d and %d written", l.len(), l.paths.text.written, l.paths.ends.written, l.kinds.written)
	}
	for i, w := range want {
		if got, err := l.at(i); err != nil || got != w {
			t.Fatalf("input %d: %+v, %v; want %+v", i, got, err, w)
		}
	}
	l.paths.text.f.Close()
	if _, err := l.at(3); err == nil || !strings.Contains(err.Error(), "list of input files") {
		t.Errorf("read after the file failed: %v", err)
	}
	l.free()
}
