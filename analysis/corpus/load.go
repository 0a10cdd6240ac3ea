package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
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
	LeftOut  LeftOut // documents the filters left out (Options.Match, Options.Lang)
	Streamed Tally   // entries handed to Options.OnEntry, not kept in Entries
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
	n := l.Streamed.Counted
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
// not passed to fn but are in the listing (or handed to Options.OnEntry,
// with every other entry). Stream stops at the first error
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

	workers := opts.workers()
	jobs := make(chan job)
	// Up to 8 finished jobs per worker wait for their turn, so a slow
	// consumer or one large file does not leave a core idle; each holds at
	// most 64 documents (its out channel).
	ordered := make(chan job, 8*workers)
	var wg sync.WaitGroup
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
		for _, in := range ins {
			if in.format == formatWARC {
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
			if !queue(job{in: in, out: make(chan *Document, 64), info: &Input{Path: in.path}}) {
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
				if j.page != nil {
					p.runPage(ctx, j.in, j.page, j.out)
				} else {
					p.run(ctx, j.in, j.out, j.info)
				}
			}
		}()
	}

	dd := newDeduper(opts.NearDuplicate)
	ids := map[string]int{}
	var ferr error
	for j := range ordered {
		for d := range j.out {
			if ferr != nil || ctx.Err() != nil {
				continue // drain so the worker can finish
			}
			for _, n := range d.fileNotes {
				l.Warnings = append(l.Warnings, Warning{File: d.File, Msg: n})
			}
			switch d.filtered {
			case leftMatch:
				l.LeftOut.Match++
				continue
			case leftLang:
				l.LeftOut.Lang++
				continue
			}
			d.ID = strings.Clone(d.ID) // kept by the deduper: must not pin the record
			if n := ids[d.ID]; n > 0 {
				ids[d.ID] = n + 1
				d.ID = fmt.Sprintf("%s~%d", d.ID, n+1)
			} else {
				ids[d.ID] = 1
			}
			if d.Status != StatusSkipped && !opts.KeepDuplicates {
				if orig := dd.check(d.ID, d.fp); orig != "" {
					d.Status, d.DuplicateOf = StatusDuplicate, orig
				}
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
			if err := l.add(e, opts.OnEntry); err != nil {
				ferr = err
				cancel()
			} else if e.Counted() {
				if err := fn(d); err != nil {
					ferr = err
					cancel()
				}
			}
		}
		for _, n := range j.notes {
			l.Warnings = append(l.Warnings, Warning{File: j.in.path, Msg: n})
		}
		if j.info != nil {
			l.Inputs = append(l.Inputs, *j.info) // out is closed: the worker is done with info
		}
	}
	wg.Wait()
	if n := l.LeftOut.note(opts); n != "" {
		l.Warnings = append(l.Warnings, Warning{Msg: n})
	}
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

// job is a unit of work for the workers: a whole input file, or one page
// of an archive.
type job struct {
	in    input
	page  *archivedPage // a page of the archive in, or nil for the whole file
	out   chan *Document
	info  *Input   // filled before out is closed; nil for an archive's pages
	notes []string // the archive's notes and warnings, listed after its pages
}

// dispatchArchive reads an archive, queueing a job for each page, and
// returns the job that closes it: its notes, what was read of the file,
// and the archive as a skipped document when it could not be read.
func dispatchArchive(ctx context.Context, in input, opts Options, queue func(job) bool) job {
	done := job{in: in, out: make(chan *Document, 1), info: &Input{Path: in.path}}
	defer close(done.out)
	notes, warns, err := readArchive(ctx, in, opts, done.info, func(pg archivedPage) bool {
		return queue(job{in: in, page: &pg, out: make(chan *Document, 1)})
	})
	if err != nil {
		why := errText(err)
		if !errors.Is(err, errEmpty) && !strings.HasPrefix(why, "not ") {
			why = "unreadable: " + why
		}
		done.info.Err = why
		done.out <- skip(&Document{File: in.path, ID: recordID(record{file: in.path})}, why)
		return done
	}
	done.notes = append(notes, warns...)
	return done
}

// runPage extracts one page of an archive and sends its document to out,
// closing out.
func (p *processor) runPage(ctx context.Context, in input, pg *archivedPage, out chan<- *Document) {
	defer close(out)
	var d *Document
	if pg.err != "" {
		d = skip(&Document{File: in.path}, pg.err)
	} else {
		rec := htmlRecord(in.path, pg.body, pg.contentType, p.match)
		rec.url, rec.archived = pg.uri, true
		d = p.document(rec)
	}
	d.ID = fmt.Sprintf("%s#%d", recordID(record{file: in.path}), pg.index)
	d.URL = pg.uri
	d.where = pg.where()
	select {
	case out <- d:
	case <-ctx.Done():
	}
}

// binaryRecord reads a Word or PDF document.
func binaryRecord(ctx context.Context, in input, data []byte, max int64) record {
	if in.format == formatPDF {
		return pdfRecord(ctx, in.path, data, max)
	}
	return docxRecord(in.path, data, max)
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
	if in.format == formatDOCX || in.format == formatPDF { // binary formats with readers of their own
		d := p.document(binaryRecord(ctx, in, data, p.opts.MaxSize))
		d.fileNotes = notes
		send(d)
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
	records(in, data, p.match, func(rec record) bool {
		if ctx.Err() != nil {
			return false
		}
		d := p.document(rec)
		d.fileNotes, notes = notes, nil
		return send(d)
	})
}
