package table

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// rowsOf reads t's rows through Len and Row.
func rowsOf(t *Table) [][]any {
	var out [][]any
	for i := range t.Len() {
		out = append(out, t.Row(i))
	}
	return out
}

func TestWalkedEqualsHeld(t *testing.T) {
	var occs []phrases.Occurrence
	var figs []figures.Figure
	for i := range 50 {
		d := time.Date(2025, 1, 1+i%28, 0, 0, 0, 0, time.UTC)
		occs = append(occs, phrases.Occurrence{Doc: fmt.Sprint("d", i), Date: d, Family: "f", Variant: "v", Text: "t\nx",
			Start: i, End: i + 3, Sentence: "a\nsentence", Left: "l", Right: "r", Speaker: "s", Side: "China"})
		kind := figures.Money
		if i%7 == 0 {
			kind = figures.Ordinal
		}
		figs = append(figs, figures.Figure{Text: fmt.Sprint(i), Value: float64(i), Kind: kind, Doc: "d", Date: d, Sentence: "s"})
	}
	walks := 0
	eachOcc := func(fn func(phrases.Occurrence) error) error {
		walks++
		for _, o := range occs {
			if err := fn(o); err != nil {
				return err
			}
		}
		return nil
	}
	held, walked := AttributedConcordance(occs), AttributedConcordanceWalked(len(occs), eachOcc)
	if !reflect.DeepEqual(held.Columns, walked.Columns) || !reflect.DeepEqual(rowsOf(held), rowsOf(walked)) {
		t.Errorf("walked concordance differs")
	}
	if walks != 1 {
		t.Errorf("reading the rows in order walked %d times, want 1", walks)
	}
	// back and forth: each step back restarts the walk
	if got := walked.Row(3); !reflect.DeepEqual(got, held.Rows[3]) {
		t.Errorf("row 3: %v", got)
	}
	if got := walked.Row(1); !reflect.DeepEqual(got, held.Rows[1]) {
		t.Errorf("row 1: %v", got)
	}
	if got := walked.Row(40); !reflect.DeepEqual(got, held.Rows[40]) {
		t.Errorf("row 40: %v", got)
	}
	if walks != 3 {
		t.Errorf("%d walks, want 3", walks)
	}
	for _, n := range []int{0, 20, 50} {
		hf := Figures(figs[:n])
		wf, err := FiguresWalked(n, figures.EachOf(figs))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(hf.Columns, wf.Columns) || !reflect.DeepEqual(hf.Notes, wf.Notes) || !reflect.DeepEqual(rowsOf(hf), rowsOf(wf)) {
			t.Errorf("%d walked figures differ: notes %q, want %q", n, wf.Notes, hf.Notes)
		}
	}
}

func TestWalkedError(t *testing.T) {
	boom := errors.New("spool damaged")
	tb := New("x", "X", Column{Key: "a"}, Column{Key: "b"})
	tb.Source = Walked(3, 2, func(yield func([]any) bool) error {
		if !yield([]any{"1", "2"}) {
			return ErrStop
		}
		return boom
	})
	rows := rowsOf(tb)
	if len(rows) != 3 || rows[0][0] != "1" || len(rows[2]) != 2 || rows[2][0] != nil {
		t.Errorf("rows %v", rows)
	}
	if !errors.Is(Err(tb), boom) {
		t.Errorf("Err %v", Err(tb))
	}
	if _, err := FiguresWalked(3, func(func(figures.Figure) error) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("FiguresWalked: %v", err)
	}
}

// eachOf reads t's rows through Each.
func eachOf(t *Table) ([][]any, error) {
	var out [][]any
	err := Each(t, func(row []any) bool {
		out = append(out, row)
		return true
	})
	return out, err
}

// TestEach: Each reads the rows Row reads, from held, packed, walked and
// other sources, stops when told, and lets readers on several goroutines
// read one walked table at once, each with a walk of its own.
func TestEach(t *testing.T) {
	mk := func() *Table {
		tb := New("t", "T", Column{Key: "a", Kind: Text}, Column{Key: "n", Kind: Int})
		for i := range 300 {
			tb.Append(fmt.Sprint("row", i), i)
		}
		return tb
	}
	held := mk()
	want := rowsOf(held)
	packed := mk()
	if !packed.Pack() {
		t.Fatal("not packed")
	}
	var walks atomic.Int32
	walkedT := New("w", "W", held.Columns...)
	walkedT.Source = Walked(len(want), 2, func(yield func([]any) bool) error {
		walks.Add(1)
		for _, r := range want {
			if !yield(append([]any(nil), r...)) {
				return ErrStop
			}
		}
		return nil
	})
	other := New("o", "O", held.Columns...)
	other.Source = rowFunc{n: len(want), row: func(i int) []any { return want[i] }}
	for _, tb := range []*Table{held, packed, walkedT, other} {
		got, err := eachOf(tb)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Each gives %d rows (err %v), want the %d rows Row gives", tb.Name, len(got), err, len(want))
		}
		n := 0
		Each(tb, func([]any) bool { n++; return n < 5 })
		if n != 5 {
			t.Errorf("%s: Each went on for %d rows after told to stop at 5", tb.Name, n)
		}
	}
	// Two readers of the walked table at once: two walks in all, not one
	// a row.
	walks.Store(0)
	var wg sync.WaitGroup
	got := make([][][]any, 2)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g], _ = eachOf(walkedT)
		}()
	}
	wg.Wait()
	for g := range got {
		if !reflect.DeepEqual(got[g], want) {
			t.Errorf("reader %d: %d rows, want %d", g, len(got[g]), len(want))
		}
	}
	if w := walks.Load(); w != 2 {
		t.Errorf("two readers walked %d times, want 2", w)
	}
}

// TestEachWalkFails: a walk that fails after 3 rows gives those rows,
// then nil rows, as Row does, and its error, which Err then reports.
func TestEachWalkFails(t *testing.T) {
	boom := errors.New("boom")
	tb := New("w", "W", Column{Key: "a", Kind: Text})
	tb.Source = Walked(5, 1, func(yield func([]any) bool) error {
		for i := range 3 {
			if !yield([]any{fmt.Sprint(i)}) {
				return ErrStop
			}
		}
		return boom
	})
	got, err := eachOf(tb)
	want := [][]any{{"0"}, {"1"}, {"2"}, {nil}, {nil}}
	if !errors.Is(err, boom) || !reflect.DeepEqual(got, want) {
		t.Errorf("Each: %v, %v; want %v and the walk's error", got, err, want)
	}
	if !errors.Is(Err(tb), boom) {
		t.Errorf("Err after Each: %v", Err(tb))
	}
}

// rowFunc is a RowSource of n rows made by row.
type rowFunc struct {
	n   int
	row func(int) []any
}

func (r rowFunc) Len() int        { return r.n }
func (r rowFunc) Row(i int) []any { return r.row(i) }
