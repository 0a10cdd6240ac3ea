package corpus

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"errors"
	"io"
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
	ins, warns, err := findInputs(paths, opts.ScratchDir)
	if err != nil {
		return nil, 0, err
	}
	defer ins.free()
	l := &Listing{Warnings: warns, PathWarnings: len(warns)}
	dec := NewDecider(opts)
	defer dec.Close()
	resumed := 0
	if cp != nil {
		if !fits(cp, ins, warns) {
			return nil, 0, ErrCheckpoint
		}
		resumed = len(cp.Inputs)
		for i := range cp.Prints {
			dec.Decide(&cp.Prints[i])
		}
		for _, e := range cp.Entries {
			if err := l.add(e, opts.OnEntry); err != nil {
				return l, resumed, err
			}
		}
		ws := cp.Warnings[cp.PathWarnings:]
		if cp.LeftOut != (LeftOut{}) && len(ws) > 0 && ws[len(ws)-1].File == "" {
			ws = ws[:len(ws)-1] // the note on what the filters left out, made again at the end
		}
		l.Warnings = append(l.Warnings, ws...)
		l.LeftOut = cp.LeftOut
		if opts.KeepPrints {
			l.Prints = append(l.Prints, cp.Prints...)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	workers := opts.workers()
	jobs := make(chan job)
	// Up to 8 finished jobs per worker wait for their turn, so a slow
	// consumer or one large file does not leave a core idle; each holds at
	// most 64 documents (its out channel).
	ordered := make(chan job, 8*workers)
	var wg sync.WaitGroup
	var listErr error
	wg.Add(1)
	go func() { // dispatch in input order
		defer wg.Done()
		defer close(ordered)
		defer close(jobs)
		queue := func(j job) bool {
			select {
			case jobs <- j:
			case <-ctx.Done():
				return false
			}
			select {
			case ordered <- j:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for i := range ins.len() {
			in, err := ins.at(i)
			if err != nil {
				listErr = err // read after ordered is closed
				return
			}
			if in.format == formatWARC && i >= resumed {
				// One stream: the archive is read here, and its pages
				// are extracted by the workers like files.
				done := dispatchArchive(ctx, in, opts, queue)
				select {
				case ordered <- done:
				case <-ctx.Done():
					return
				}
				continue
			}
			if (in.format == formatJSONL || in.format == formatCSV) && i >= resumed {
				// Read here too, record by record, so the file's size
				// does not count and its records go to both workers.
				done := dispatchRecords(ctx, in, opts, queue)
				select {
				case ordered <- done:
				case <-ctx.Done():
					return
				}
				continue
			}
			if !queue(job{in: in, out: make(chan *Document, 64), info: &Input{Path: in.path}, verify: i < resumed}) {
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
				switch {
				case j.verify:
					verifyInput(j.in, j.info)
					close(j.out)
				case j.page != nil:
					p.runPage(ctx, j.in, j.page, j.out)
				case j.recs != nil:
					p.runRecords(ctx, j.in, j.recs, j.out)
				default:
					p.run(ctx, j.in, j.out, j.info)
				}
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
	// Two stages in input order: this goroutine lists each document
	// (its ID, whether it copies an earlier one: Decide), another hands
	// the counted ones to fn, so that neither waits for the other
	// (issue 22: at a million articles each is most of a core's time).
	counted := make(chan *Document, 64)
	fnDone := make(chan error, 1)
	go func() {
		var err error
		for d := range counted {
			if err == nil && ctx.Err() == nil {
				if err = fn(d); err != nil {
					cancel()
				}
			}
		}
		fnDone <- err
	}()
	i := 0
	for j := range ordered {
		for d := range j.out {
			if ferr != nil || ctx.Err() != nil {
				continue // drain so the worker can finish
			}
			if ok, err := l.list(d, dec, opts.KeepPrints, opts.OnEntry); err != nil {
				fail(err)
			} else if ok {
				counted <- d
			}
		}
		for _, n := range j.notes {
			l.Warnings = append(l.Warnings, Warning{File: j.in.path, Msg: n})
		}
		if j.info == nil {
			continue // a page of an archive
		}
		// out is closed: the worker is done with info
		if j.verify && ferr == nil && (!j.info.Hashed || j.info.SHA256 != cp.Inputs[i].SHA256 || j.info.Err != "") {
			fail(ErrCheckpoint)
		}
		if opts.OnInput != nil {
			if err := opts.OnInput(*j.info); err != nil {
				fail(err)
			}
		} else {
			l.Inputs = append(l.Inputs, *j.info)
		}
		i++
	}
	close(counted)
	if err := <-fnDone; err != nil && (ferr == nil || errors.Is(ferr, context.Canceled)) {
		ferr = err // fn's error came first: this loop saw only its cancel
	}
	wg.Wait()
	fail(listErr)
	for _, n := range []string{ins.note(), dec.Note()} {
		if n != "" {
			l.Warnings = append(l.Warnings, Warning{Msg: n})
		}
	}
	if err := dec.Err(); err != nil {
		fail(err)
	}
	if n := l.LeftOut.note(opts); n != "" {
		l.Warnings = append(l.Warnings, Warning{Msg: n})
	}
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

// verifyInput hashes a file of the checkpoint, without reading it as
// documents.
func verifyInput(in input, info *Input) {
	f, err := openInput(in.path)
	if err != nil {
		info.Err = errText(err)
		return
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		info.Err = errText(err)
		return
	}
	info.Size = n
	copy(info.SHA256[:], h.Sum(nil))
	info.Hashed = true
}

// fits says whether the checkpoint's files are the first of ins, with
// the same warnings about the paths, so far as can be told without
// reading them.
func fits(cp *Listing, ins *inputList, warns []Warning) bool {
	if len(cp.Inputs) > ins.len() || cp.PathWarnings > len(cp.Warnings) || len(cp.Prints) != len(cp.Entries) ||
		!slices.Equal(cp.Warnings[:cp.PathWarnings], warns) {
		return false
	}
	for i, in := range cp.Inputs {
		if want, err := ins.at(i); err != nil || in.Path != want.path || !in.Hashed || in.Err != "" {
			return false
		}
	}
	return true
}

// list decides a document's ID and duplicate status with dec and adds
// it, its print and its notes to the listing (its entry handed to onEntry
// when not nil), and reports whether it is counted, or onEntry's error. A
// document the filters left out is only counted in LeftOut.
func (l *Listing) list(d *Document, dec *Decider, prints bool, onEntry func(Entry) error) (bool, error) {
	for _, n := range d.fileNotes {
		l.Warnings = append(l.Warnings, Warning{File: d.File, Msg: n})
	}
	switch d.filtered {
	case leftMatch:
		l.LeftOut.Match++
		return false, nil
	case leftLang:
		l.LeftOut.Lang++
		return false, nil
	}
	pr := d.print()
	if d.ID, d.DuplicateOf = dec.Decide(&pr); d.DuplicateOf != "" {
		d.Status = StatusDuplicate
	}
	if prints {
		l.Prints = append(l.Prints, pr)
	}
	e := entryOf(d)
	for i, n := range d.Notes {
		if i == 0 && d.Status == StatusSkipped {
			e.Reason = n
			n = "skipped: " + n
		}
		if d.where != "" {
			n = d.where + ": " + n
		}
		l.Warnings = append(l.Warnings, Warning{File: d.File, Line: d.Line, Msg: n})
	}
	return e.Counted(), l.add(e, onEntry)
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
		l.Warnings = append(l.Warnings, Warning{File: path, Msg: unknownType})
		return l, nil
	}
	if in.format == formatWARC { // read page by page from the file: see Stream
		l.Warnings = append(l.Warnings, Warning{File: path, Msg: "skipped: a web archive (.warc) is read from a file by dipstat, not from bytes"})
		return l, nil
	}
	info := Input{Path: path, Size: int64(len(data)), SHA256: sha256.Sum256(data), Hashed: true}
	l.Inputs = []Input{info}
	dec := NewDecider(opts)
	defer dec.Close()
	var ferr error
	send := func(d *Document) bool {
		counted, err := l.list(d, dec, true, opts.OnEntry)
		if ferr = err; err == nil && counted {
			ferr = fn(d)
		}
		return ferr == nil && ctx.Err() == nil
	}
	if in.format == formatJSONL || in.format == formatCSV { // record by record, as Stream reads them
		p := newProcessor(opts)
		var notes []string
		tail, why, err := readRecords(ctx, in, bytes.NewReader(data), opts.MaxSize, func(raw rawRecord) bool {
			notes = append(notes, raw.notes...)
			rec, ok := parseRecord(path, raw)
			if !ok {
				return true
			}
			d := p.document(rec)
			d.fileNotes, notes = notes, nil
			return send(d)
		})
		d := &Document{File: path, ID: recordID(record{file: path})}
		switch {
		case err != nil:
			l.Inputs[0].Err = errText(err)
			send(skip(d, "unreadable: "+errText(err)))
		case why != "":
			d.fileNotes = tail
			send(skip(d, why))
		default:
			for _, n := range tail {
				l.Warnings = append(l.Warnings, Warning{File: path, Msg: n})
			}
		}
		if ferr == nil {
			ferr = ctx.Err()
		}
		return l, ferr
	}
	var notes []string
	var err error
	switch {
	case in.gzip:
		data, notes, err = gunzip(bytes.NewReader(data), opts.MaxSize)
	case int64(len(data)) > opts.MaxSize:
		err = tooLarge(int64(len(data)), opts.MaxSize)
	}
	if err != nil {
		l.Inputs[0].Err = errText(err)
		send(skip(&Document{File: path, ID: recordID(record{file: path})}, "unreadable: "+errText(err)))
	} else {
		newProcessor(opts).documents(ctx, in, data, notes, send)
	}
	if ferr == nil {
		ferr = cmp.Or(dec.Err(), ctx.Err())
	}
	return l, ferr
}
