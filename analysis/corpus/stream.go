package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"sync"
)

// ErrCheckpoint is returned by Resume when the checkpoint does not fit
// the files: a file it holds changed, or was removed, or a new file sorts
// before one of its files.
var ErrCheckpoint = errors.New("corpus: the files are not those of the checkpoint and more")

// Resume is Stream for a corpus whose first files (in input order) were
// read by an earlier run whose listing, with prints, is cp: a daily run
// over a grown corpus. If those files are unchanged (same paths, same
// SHA-256, same warnings about the paths), Resume reads and hashes them
// without analysing them, gives the documents of the files after them the
// IDs and duplicate statuses one run over all would (deciding from cp's
// prints first), passes them to fn, and returns the listing of all the
// files and how many came from cp. Otherwise it returns ErrCheckpoint
// before passing any document to fn. Options.HashInputs is implied.
func Resume(ctx context.Context, paths []string, opts Options, cp *Listing, fn func(*Document) error) (*Listing, int, error) {
	opts.HashInputs = true
	return stream(ctx, paths, opts, cp, fn)
}

// stream is Stream, resuming after the checkpoint cp when it is not nil.
func stream(ctx context.Context, paths []string, opts Options, cp *Listing, fn func(*Document) error) (*Listing, int, error) {
	if err := opts.Check(); err != nil {
		return nil, 0, err
	}
	ins, warns, err := findInputs(paths)
	if err != nil {
		return nil, 0, err
	}
	l := &Listing{Warnings: warns, PathWarnings: len(warns)}
	dec := NewDecider(opts)
	resumed := 0
	if cp != nil {
		if !fits(cp, ins, warns) {
			return nil, 0, ErrCheckpoint
		}
		resumed = len(cp.Inputs)
		for i := range cp.Prints {
			dec.Decide(&cp.Prints[i])
		}
		l.Entries = append(l.Entries, cp.Entries...)
		l.Warnings = append(l.Warnings, cp.Warnings[cp.PathWarnings:]...)
		if opts.KeepPrints {
			l.Prints = append(l.Prints, cp.Prints...)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		in     input
		out    chan *Document
		info   *Input // filled by the worker before it closes out
		verify bool   // a file of the checkpoint: only read and hashed
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
		for i, in := range ins {
			j := job{in: in, out: make(chan *Document, 64), info: &Input{Path: in.path}, verify: i < resumed}
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
				p.run(ctx, j.in, j.out, j.info, j.verify)
			}
		}()
	}

	var ferr error
	fail := func(err error) {
		if err != nil && ferr == nil {
			ferr = err
			cancel()
		}
	}
	i := 0
	for j := range ordered {
		for d := range j.out {
			if ferr != nil || ctx.Err() != nil {
				continue // drain so the worker can finish
			}
			pr := d.print()
			if d.ID, d.DuplicateOf = dec.Decide(&pr); d.DuplicateOf != "" {
				d.Status = StatusDuplicate
			}
			if l.list(d, pr, opts.KeepPrints) {
				fail(fn(d))
			}
		}
		// out is closed: the worker is done with info
		if j.verify && ferr == nil && (!j.info.Hashed || j.info.SHA256 != cp.Inputs[i].SHA256 || j.info.Err != "") {
			fail(ErrCheckpoint)
		}
		l.Inputs = append(l.Inputs, *j.info)
		i++
	}
	wg.Wait()
	switch {
	case ferr != nil:
		return l, resumed, ferr
	case ctx.Err() != nil:
		return l, resumed, ctx.Err()
	case l.Counted() == 0:
		return l, resumed, ErrNoArticles
	}
	return l, resumed, nil
}

// fits says whether the checkpoint's files are the first of ins, with
// the same warnings about the paths, so far as can be told without
// reading them.
func fits(cp *Listing, ins []input, warns []Warning) bool {
	if len(cp.Inputs) > len(ins) || cp.PathWarnings > len(cp.Warnings) || len(cp.Prints) != len(cp.Entries) ||
		!slices.Equal(cp.Warnings[:cp.PathWarnings], warns) {
		return false
	}
	for i, in := range cp.Inputs {
		if in.Path != ins[i].path || !in.Hashed || in.Err != "" {
			return false
		}
	}
	return true
}

// list adds a decided document, its print and its notes to the listing,
// and reports whether it is counted.
func (l *Listing) list(d *Document, pr Print, prints bool) bool {
	if prints {
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
	return e.Counted()
}

// ReadBytes is StreamFiles for one file whose bytes are in memory (fetched
// from object storage by a cluster, say): the documents of data, read as
// the file path would be, are listed and the counted ones passed to fn. IDs
// and duplicates are decided within the file alone. The listing has the
// prints and the file's Input, hashed.
func ReadBytes(ctx context.Context, path string, data []byte, opts Options, fn func(*Document) error) (*Listing, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	l := &Listing{}
	in, ok := classifyPath(path)
	if !ok {
		l.Warnings = append(l.Warnings, Warning{File: path, Msg: "skipped: unknown file type (want .txt, .md, .jsonl, .csv, .html, optionally .gz)"})
		return l, nil
	}
	info := Input{Path: path, Size: int64(len(data)), SHA256: sha256.Sum256(data), Hashed: true}
	l.Inputs = []Input{info}
	var notes []string
	var err error
	switch {
	case in.gzip:
		data, notes, err = gunzip(bytes.NewReader(data), opts.MaxSize)
	case int64(len(data)) > opts.MaxSize:
		err = fmt.Errorf("%w: %d bytes, over the limit of %d (see -max-size)", errTooLarge, len(data), opts.MaxSize)
	}
	dec := NewDecider(opts)
	var ferr error
	send := func(d *Document) bool {
		pr := d.print()
		if d.ID, d.DuplicateOf = dec.Decide(&pr); d.DuplicateOf != "" {
			d.Status = StatusDuplicate
		}
		if l.list(d, pr, true) {
			ferr = fn(d)
		}
		return ferr == nil && ctx.Err() == nil
	}
	if err != nil {
		l.Inputs[0].Err = errText(err)
		send(skip(&Document{File: path, ID: recordID(record{file: path})}, "unreadable: "+errText(err)))
	} else {
		newProcessor(opts).documents(ctx, in, data, notes, send)
	}
	if ferr == nil {
		ferr = ctx.Err()
	}
	return l, ferr
}
