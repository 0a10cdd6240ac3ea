package table

import (
	"errors"
	"iter"
	"sync"
)

// ErrStop ends a walk early without error (a Walk function returns it
// when yield says to stop).
var ErrStop = errors.New("stop")

// A Walk calls yield with each row in order until yield returns false; it
// returns the error that kept it from reading on (not ErrStop).
type Walk func(yield func(row []any) bool) error

// Walked is a RowSource of n rows made by walking records kept outside
// memory (a spool file) each time the rows are read, so a table as long
// as the concordance or the figures holds no row (issue 22). Reading the
// rows in order costs one walk; going back restarts it. The first error
// of a walk is kept (Err) and the rows it kept from being read are ncol
// nils.
func Walked(n, ncol int, walk Walk) RowSource {
	return &walked{n: n, ncol: ncol, walk: walk}
}

type walked struct {
	mu   sync.Mutex
	n    int
	ncol int
	walk Walk
	next func() ([]any, bool)
	stop func()
	pos  int   // the index of the row next returns
	last []any // row pos-1
	err  error
}

func (w *walked) Len() int { return w.n }

func (w *walked) Row(i int) []any {
	w.mu.Lock()
	defer w.mu.Unlock()
	if i == w.pos-1 && w.last != nil {
		// the same row again (a reader takes one cell at a time)
		return append([]any(nil), w.last...)
	}
	if w.next == nil || i < w.pos {
		w.restart()
	}
	for w.pos < i {
		if _, ok := w.next(); !ok {
			break
		}
		w.pos++
	}
	row, ok := w.next()
	w.pos++
	if !ok || w.pos >= w.n {
		// at the end: let the walk finish and its reader go
		w.close()
	}
	if row == nil {
		row = make([]any, w.ncol)
	}
	w.last = row
	return append([]any(nil), row...)
}

func (w *walked) restart() {
	w.close()
	w.next, w.stop = iter.Pull(func(yield func([]any) bool) {
		if err := w.walk(yield); err != nil && !errors.Is(err, ErrStop) && w.err == nil {
			w.err = err
		}
	})
	w.pos, w.last = 0, nil
}

func (w *walked) close() {
	if w.stop != nil {
		w.stop()
	}
	w.next, w.stop = nil, nil
}

// Err is the first error of a walk of the rows.
func (w *walked) Err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// Err is the first error met reading t's rows from its Source, if the
// source can fail (Walked); nil otherwise.
func Err(t *Table) error {
	if s, ok := t.Source.(interface{ Err() error }); ok {
		return s.Err()
	}
	return nil
}

// Sequential reports whether t's rows are made by a walk (Walked): best
// read in order, once; going back to a row restarts the walk.
func Sequential(t *Table) bool {
	_, ok := t.Source.(*walked)
	return ok
}
