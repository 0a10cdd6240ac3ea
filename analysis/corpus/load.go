package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"sync"
)

// ErrNoArticles is returned when the paths hold no usable article at all.
var ErrNoArticles = errors.New("corpus: no articles found")

// Listing is what a load found: one entry per input document, in input order,
// and every warning.
type Listing struct {
	Entries  []Entry
	Warnings []Warning
	Inputs   []Input // every input file, in input order
	// Prints are the entries' fingerprints (with Options.KeepPrints), for
	// deciding IDs and duplicates again when listings are merged.
	Prints []Print
}

// Input is one input file as it was read: its size on disk and, with
// Options.HashInputs, the SHA-256 of those bytes; or why it was not read.
type Input struct {
	Path   string
	Size   int64             // bytes on disk (compressed size for .gz)
	SHA256 [sha256.Size]byte // zero unless hashed
	Hashed bool
	Err    string // why the file was not read ("" if it was)
}

// Counted is the number of documents that are part of the statistics.
func (l *Listing) Counted() int {
	n := 0
	for _, e := range l.Entries {
		if e.Counted() {
			n++
		}
	}
	return n
}

// Corpus is a fully loaded corpus: the counted documents and the listing.
type Corpus struct {
	Docs []*Document // counted documents (ok and undated), in input order
	Listing
}

// Load reads every article under paths into memory. For corpora too large
// for that, use Stream.
func Load(ctx context.Context, paths []string, opts Options) (*Corpus, error) {
	c := &Corpus{}
	l, err := Stream(ctx, paths, opts, func(d *Document) error {
		c.Docs = append(c.Docs, d)
		return nil
	})
	if l != nil {
		c.Listing = *l
	}
	return c, err
}

// Stream reads every article under paths and calls fn with each counted
// document, in input order (files sorted by path, records in file order).
// Reading, cleaning and tokenizing run in parallel; documents are handed to fn
// one at a time, and a document fn does not keep is garbage once fn returns,
// so memory does not grow with the corpus. Duplicates and skipped inputs are
// not passed to fn but are in the listing. Stream stops at the first error
// from fn or when ctx is cancelled, and returns ErrNoArticles when nothing
// was counted.
func Stream(ctx context.Context, paths []string, opts Options, fn func(*Document) error) (*Listing, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	ins, warns, err := findInputs(paths)
	if err != nil {
		return nil, err
	}
	l := &Listing{Warnings: warns}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		in   input
		out  chan *Document
		info *Input // filled by the worker before it closes out
	}
	workers := opts.workers()
	jobs := make(chan job)
	// Up to 8 finished files per worker wait for their turn, so a slow
	// consumer or one large file does not leave a core idle; each holds at
	// most 64 documents (its out channel).
	ordered := make(chan job, 8*workers)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // dispatch in input order
		defer wg.Done()
		defer close(ordered)
		defer close(jobs)
		for _, in := range ins {
			j := job{in: in, out: make(chan *Document, 64), info: &Input{Path: in.path}}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			select {
			case ordered <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := newProcessor(opts)
			for j := range jobs {
				p.run(ctx, j.in, j.out, j.info)
			}
		}()
	}

	dec := NewDecider(opts)
	var ferr error
	for j := range ordered {
		for d := range j.out {
			if ferr != nil || ctx.Err() != nil {
				continue // drain so the worker can finish
			}
			pr := d.print()
			if d.ID, d.DuplicateOf = dec.Decide(&pr); d.DuplicateOf != "" {
				d.Status = StatusDuplicate
			}
			if opts.KeepPrints {
				l.Prints = append(l.Prints, pr)
			}
			for _, n := range d.fileNotes {
				l.Warnings = append(l.Warnings, Warning{File: d.File, Msg: n})
			}
			e := entryOf(d)
			for i, n := range d.Notes {
				if i == 0 && d.Status == StatusSkipped {
					e.Reason = n
					n = "skipped: " + n
				}
				l.Warnings = append(l.Warnings, Warning{File: d.File, Line: d.Line, Msg: n})
			}
			l.Entries = append(l.Entries, e)
			if e.Counted() {
				if err := fn(d); err != nil {
					ferr = err
					cancel()
				}
			}
		}
		l.Inputs = append(l.Inputs, *j.info) // out is closed: the worker is done with info
	}
	wg.Wait()
	switch {
	case ferr != nil:
		return l, ferr
	case ctx.Err() != nil:
		return l, ctx.Err()
	case l.Counted() == 0:
		return l, ErrNoArticles
	}
	return l, nil
}

// run reads one input and sends its documents to out, closing out at the
// end; what it read of the file goes into info.
func (p *processor) run(ctx context.Context, in input, out chan<- *Document, info *Input) {
	defer close(out)
	send := func(d *Document) bool {
		select {
		case out <- d:
			return true
		case <-ctx.Done():
			return false
		}
	}
	data, notes, err := readInput(in, p.opts.MaxSize, p.opts.HashInputs, info)
	if err != nil {
		info.Err = errText(err)
		d := &Document{File: in.path, ID: recordID(record{file: in.path})}
		send(skip(d, "unreadable: "+errText(err)))
		return
	}
	if in.format != formatText && len(bytes.TrimSpace(data)) == 0 {
		send(skip(&Document{File: in.path, ID: recordID(record{file: in.path})}, "empty"))
		return
	}
	// notes about the whole file go with its first document; a page's
	// bytes are judged and decoded by its reader, in its declared charset
	if in.format != formatText && in.format != formatHTML {
		text, more, why := textOf(data)
		data, notes = text, append(notes, more...)
		if why != "" {
			d := &Document{File: in.path, ID: recordID(record{file: in.path})}
			d.fileNotes = notes
			send(skip(d, why))
			return
		}
	}
	records(in, data, func(rec record) bool {
		if ctx.Err() != nil {
			return false
		}
		d := p.document(rec)
		d.fileNotes, notes = notes, nil
		return send(d)
	})
}
