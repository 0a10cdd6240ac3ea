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

// Each calls fn with t's rows in order until fn returns false, and returns
// the first error met reading them (also kept for Err). Unlike Row, it
// keeps no reading state in t, so readers on several goroutines can each
// read a table from its start at once: a walked table is walked anew for
// each (Row's single walk would restart at every turn), packed rows are
// decoded without its one-row cache. A row passed to fn is fn's to keep.
func Each(t *Table, fn func(row []any) bool) error {
	switch s := t.Source.(type) {
	case nil:
		for _, r := range t.Rows {
			if !fn(r) {
				return nil
			}
		}
		return nil
	case *packed:
		start := uint32(0)
		for _, end := range s.ends {
			if !fn(decodeRow(s.data[start:end], s.ncol)) {
				return nil
			}
			start = end
		}
		return nil
	case *walked:
		return s.each(fn)
	}
	for i := range t.Len() {
		if !fn(t.Row(i)) {
			break
		}
	}
	return Err(t)
}

// each reads the n rows with a walk of its own; the rows the walk does not
// give are ncol nils, as Row gives them.
func (w *walked) each(fn func([]any) bool) error {
	i, stopped := 0, false
	err := w.walk(func(row []any) bool {
		if i == w.n {
			return false
		}
		i++
		if row == nil {
			row = make([]any, w.ncol)
		}
		if !fn(row) {
			stopped = true
			return false
		}
		return true
	})
	if errors.Is(err, ErrStop) {
		err = nil
	}
	if err != nil {
		w.mu.Lock()
		if w.err == nil {
			w.err = err
		}
		w.mu.Unlock()
	}
	for ; !stopped && i < w.n; i++ {
		if !fn(make([]any, w.ncol)) {
			break
		}
	}
	return err
}

// Sequential reports whether t's rows are made by a walk (Walked): best
// read in order, once; going back to a row restarts the walk.
func Sequential(t *Table) bool {
	_, ok := t.Source.(*walked)
	return ok
}
