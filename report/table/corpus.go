package table

import (
	"sync"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Corpus lists every input document with its status. Its rows are made
// from the listing when read (Table.Source), not held as cells.
func Corpus(l *corpus.Listing) *Table {
	t := CorpusHeader()
	t.Source = &listingRows{l: l, ncol: len(t.Columns)}
	return t
}

// listingRows are the rows of a listing's entries, in memory or in its
// Log (a scratch file, which can fail: Err).
type listingRows struct {
	mu   sync.Mutex
	l    *corpus.Listing
	ncol int
	err  error
}

func (r *listingRows) Len() int { return r.l.NumEntries() }

func (r *listingRows) Row(i int) []any {
	r.mu.Lock()
	defer r.mu.Unlock()
	e, err := r.l.EntryAt(i)
	if err != nil {
		if r.err == nil {
			r.err = err
		}
		return make([]any, r.ncol)
	}
	return CorpusRow(e)
}

// Err is the first error reading the listing's entries.
func (r *listingRows) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// CorpusHeader is Corpus's table without its rows, for writing a listing
// row by row (CorpusRow, a RowWriter).
func CorpusHeader() *Table {
	return New("documents", "Documents",
		Column{Key: "id", Title: "ID", Width: 24},
		Column{Key: "file", Title: "File", Kind: Link, Width: 30},
		Column{Key: "date", Title: "Date", Kind: Date, Width: 11},
		Column{Key: "source", Title: "Source", Width: 14},
		Column{Key: "title", Title: "Title", Max: 40, Width: 40},
		Column{Key: "url", Title: "URL", Max: 40, Width: 30},
		Column{Key: "lang", Title: "Lang", Width: 6},
		Column{Key: "sentences", Title: "Sentences", Kind: Int, Width: 10},
		Column{Key: "tokens", Title: "Tokens", Kind: Int, Width: 10},
		Column{Key: "status", Title: "Status", Width: 24},
	)
}

// CorpusRow is a listing entry as a row of Corpus's table.
func CorpusRow(e corpus.Entry) []any {
	return []any{e.ID, e.File, e.Date, e.Source, e.Title, e.URL, e.Lang, e.Sentences, e.Tokens, e.StatusText()}
}

// Warnings lists the problems found in the input.
func Warnings(ws []corpus.Warning) *Table {
	t := New("warnings", "Warnings",
		Column{Key: "file", Title: "File", Kind: Link, Width: 30},
		Column{Key: "line", Title: "Line", Kind: Int, Width: 6},
		Column{Key: "message", Title: "Message", Width: 80},
	)
	for _, w := range ws {
		var line any
		if w.Line > 0 {
			line = w.Line
		}
		t.Append(w.File, line, w.Msg)
	}
	return t
}
