package table

import (
	"errors"
	"fmt"
	"reflect"
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
