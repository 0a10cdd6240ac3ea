package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun counts the n-grams of two small files as a reader would: the
// month header keys the counts, case is folded, punctuation splits words.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":     " date 2025-06-10 Close neighbors, close NEIGHBORS.",
		"b.txt":     " date 2025-07-01 close neighbors",
		"c.md":      "not counted",
		"sub/d.txt": "win-win cooperation's",
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, workers := range []int{1, 3} {
		distinct, total, err := run(dir, workers)
		if err != nil {
			t.Fatal(err)
		}
		// a: date 2025-06-10 close neighbors close neighbors: 6 words, 5
		// bigrams, 4 trigrams (15); distinct: 4 words, 4 bigrams ("date
		// 2025-06-10", "2025-06-10 close", "close neighbors", "neighbors
		// close"), 4 trigrams (12). b: 4 words, 3 bigrams, 2 trigrams
		// (9), all distinct from a's (another month). d: 2 words, 1 bigram (3).
		if distinct != 12+9+3 || total != 15+9+3 {
			t.Errorf("%d workers: %d distinct n-grams of %d, want 24 of 27", workers, distinct, total)
		}
	}
	if _, _, err := run(filepath.Join(dir, "missing"), 2); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("a missing folder: err = %v", err)
	}
}

// TestTableGrows: the table keeps every count across its doublings.
func TestTableGrows(t *testing.T) {
	tb := newTable(2)
	for k := uint64(1); k <= 1000; k++ {
		tb.add(k<<1, uint32(k))
		tb.add(k<<1, 1)
	}
	n := 0
	for i, k := range tb.keys {
		if k != 0 {
			n++
			if want := uint32(k>>1) + 1; tb.vals[i] != want {
				t.Fatalf("key %d: %d, want %d", k>>1, tb.vals[i], want)
			}
		}
	}
	if n != 1000 {
		t.Errorf("%d keys, want 1000", n)
	}
}

// TestParts: counting through the partitions' buffers, full ones counted
// as they fill and the rest at flush, keeps every count.
func TestParts(t *testing.T) {
	p := newParts()
	const n = 600_000
	for round := 0; round < 2; round++ {
		for k := uint64(0); k < n; k++ {
			p.add(k * 0x9E3779B97F4A7C15) // k = 0 too: counted as key 1
		}
	}
	p.flush()
	distinct, total := 0, 0
	for _, tb := range p.t {
		for i, k := range tb.keys {
			if k != 0 {
				distinct++
				total += int(tb.vals[i])
				if tb.vals[i] != 2 {
					t.Fatalf("key %x counted %d times, want 2", k, tb.vals[i])
				}
			}
		}
	}
	if distinct != n || total != 2*n {
		t.Errorf("%d keys counted %d times, want %d and %d", distinct, total, n, 2*n)
	}
}
