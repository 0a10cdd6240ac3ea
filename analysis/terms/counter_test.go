package terms

import (
	"runtime"
	"testing"
	"time"
	"unsafe"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/analysis/internal/offheap"
	"github.com/dipstat/dipstat/analysis/period"
)

// edgeDocs exercise hyphens, numbers, sentence edges, spelling and stopwords.
var edgeDocs = []*corpus.Document{
	mkDoc("a", "2024-01-05", "Mutual benefit and win-win cooperation. Win-win results! The neighbours' programme grew 6.5 percent in 2023."),
	mkDoc("b", "2024-02-11", "Mutual benefit and win-win. People-to-people exchanges rose to 1,200 visits; the programme of the Republic of Korea."),
	mkDoc("c", "", "Undated text about mutual benefit. Neighbors and neighbours meet: the program, the programme."),
	mkDoc("d", "2024-02-20", "The the the. A an of."),
}

func TestCountMatchesNaive(t *testing.T) {
	genDocs := generated(t, 300)
	sets := map[string][]*corpus.Document{"edges": edgeDocs, "seeds": loadSeeds(t), "generated": genDocs}
	for name, docs := range sets {
		for _, o := range []Options{
			{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month},
			{MinN: 1, MaxN: 5, Raw: true},
			{MinN: 2, MaxN: 4, ByPeriod: true, Unit: period.Week},
		} {
			t.Run(name, func(t *testing.T) {
				c := count(t, o, docs)
				r, err := c.Result(Query{})
				if err != nil {
					t.Fatal(err)
				}
				nv := naiveCount(o, docs)
				compareNaive(t, r, nv)
				if r.Docs != len(docs) {
					t.Errorf("docs = %d, want %d", r.Docs, len(docs))
				}
			})
		}
	}
}

func TestEdgeCases(t *testing.T) {
	c := count(t, Options{MinN: 1, MaxN: 4, ByPeriod: true, Unit: period.Month}, edgeDocs)
	r, err := c.Result(Query{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		term  string
		count int
		docs  int
	}{
		{"mutual benefit and win-win", 2, 2}, // connector inside a 4-gram
		{"win-win", 3, 2},                    // hyphenated compound is one token
		{"program", 4, 3},                    // programme folded to program
		{"neighbors", 3, 2},                  // neighbours (and neighbours') folded
		{"people-to-people exchanges", 1, 1},
		{"6.5", 1, 1},                 // numbers are terms
		{"1,200", 1, 1},               // with their separators
		{"cooperation win-win", 0, 0}, // never across a sentence boundary
		{"the", 0, 0},                 // stopwords are not unigrams in the filtered view
		{"benefit and", 0, 0},         // nor n-gram edges
	} {
		got, ok := r.Lookup(tc.term)
		listed := false
		for _, tm := range r.Terms {
			listed = listed || tm.Term == tc.term
		}
		if tc.count == 0 {
			if listed {
				t.Errorf("%q should not be listed", tc.term)
			}
			continue
		}
		if !ok || got.Count != tc.count || got.Docs != tc.docs || !listed {
			t.Errorf("%q: listed %v, count %d docs %d, want %d %d", tc.term, listed, got.Count, got.Docs, tc.count, tc.docs)
		}
	}
	// undated documents are counted and have their own bucket
	last := r.Periods[len(r.Periods)-1]
	if last.Label != period.Undated || last.Docs != 1 {
		t.Errorf("last period = %+v, want the undated bucket with 1 document", last)
	}
	if got := r.Series("mutual benefit"); got[len(got)-1].Count != 1 || got[0].Count != 1 || got[1].Count != 1 {
		t.Errorf("series of mutual benefit = %+v", got)
	}
	raw := count(t, Options{MinN: 1, MaxN: 2, Raw: true}, edgeDocs)
	rr, _ := raw.Result(Query{})
	if tm, ok := rr.Lookup("the the"); !ok || tm.Count != 2 {
		t.Errorf("raw view: 'the the' = %+v", tm)
	}
}

func mustSentences(t testing.TB) []string {
	t.Helper()
	s, err := corpustest.Sentences(seeds)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func itoa(i int) string {
	b := []byte{}
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		if i /= 10; i == 0 {
			return string(b)
		}
	}
}

// generated is a synthetic corpus built in memory, with invented words and
// some undated articles.
func generated(t testing.TB, n int) []*corpus.Document {
	gen := corpustest.Articles(mustSentences(t), corpustest.Spec{Articles: n, Seed: 7, ZipfWords: 0.3, VocabSize: 2000, Undated: 0.1})
	var docs []*corpus.Document
	for i, text := range gen {
		// corpustest writes a " date YYYY-MM-DD " header; take it as the date
		date, body := "", text
		if len(text) > 17 && text[:6] == " date " {
			date, body = text[6:16], text[17:]
		}
		docs = append(docs, mkDoc("g"+itoa(i), date, body))
	}
	return docs
}

// The counter must not keep documents alive: interned words are copies.
func TestAddKeepsNoText(t *testing.T) {
	d := mkDoc("x", "2024-01-01", "Strategic partnership deepened. Partnership matters.")
	c := count(t, Options{MinN: 1, MaxN: 2}, []*corpus.Document{d})
	lo := uintptr(unsafe.Pointer(unsafe.StringData(d.Raw)))
	hi := lo + uintptr(len(d.Raw))
	for _, w := range c.words {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(w))); p >= lo && p < hi {
			t.Errorf("word %q points into the document's text", w)
		}
	}
}

// TestStatSize: a stat is 24 bytes (a counter holds millions); fields added
// to it must fit its padding.
func TestStatSize(t *testing.T) {
	if n := unsafe.Sizeof(stat{}); n != 24 {
		t.Errorf("stat is %d bytes, want 24", n)
	}
}

// TestInternHashes: words found whatever Token.Hash says, and words whose
// hashes collide, keep their own ids (wordID finds each).
func TestInternHashes(t *testing.T) {
	c := NewCounter(Options{MinN: 1, MaxN: 2})
	words := []string{"alpha", "beta", "gamma", "delta"}
	var ids []uint32
	for _, w := range words {
		ids = append(ids, c.intern(w, 42, false)) // every hash the same, and wrong
	}
	for i, w := range words {
		if got := c.intern(w, corpus.WordHash(w), false); got != ids[i] {
			t.Errorf("%q: id %d, then %d", w, ids[i], got)
		}
		if got := c.intern(w, 42, false); got != ids[i] {
			t.Errorf("%q with a wrong hash: id %d, then %d", w, ids[i], got)
		}
		if got, ok := c.wordID(w); !ok || got != ids[i] {
			t.Errorf("wordID(%q) = %d %v, want %d", w, got, ok, ids[i])
		}
	}
	if len(c.words) != len(words) {
		t.Errorf("%d words, want %d", len(c.words), len(words))
	}
	if _, ok := c.wordID("epsilon"); ok {
		t.Error("wordID found a word never counted")
	}
}

// TestOffHeapFreed: a counter's tables outside the heap are unmapped once
// the counter is unreachable.
func TestOffHeapFreed(t *testing.T) {
	before, _ := offheap.Mapped()
	c := count(t, Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month}, generated(t, 400))
	during, _ := offheap.Mapped()
	if c.ngramEntries() <= blockLen || during <= before {
		t.Skipf("%d entries, %d bytes mapped: too few to leave the heap", c.ngramEntries(), during-before)
	}
	runtime.KeepAlive(c)
	c = nil
	for range 100 {
		runtime.GC()
		if now, _ := offheap.Mapped(); now <= before {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	now, _ := offheap.Mapped()
	t.Errorf("%d bytes still mapped after the counter went (%d before, %d with it)", now, before, during)
}
