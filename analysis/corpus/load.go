package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
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
	// PathWarnings is how many of the first warnings are about the paths
	// given (files of unknown type, links to folders), not about documents.
	PathWarnings int
	LeftOut      LeftOut // documents the filters left out (Options.Match, Options.Lang)
	Streamed     Tally   // entries handed to Options.OnEntry, not kept in Entries
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
	l, _, err := stream(ctx, paths, opts, nil, fn)
	return l, err
}

// job is a unit of work for the workers: a whole input file, or one page
// of an archive.
type job struct {
	in    input
	page  *archivedPage // a page of the archive in, or nil for the whole file
	out   chan *Document
	info  *Input   // filled before out is closed; nil for an archive's pages
	notes []string // the archive's notes and warnings, listed after its pages
	// verify: a file of the checkpoint (Resume), only hashed
	verify bool
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
	p.documents(ctx, in, data, notes, send)
}

// documents makes the documents of an input's bytes (read, decompressed)
// and sends them, in file order, until send returns false.
func (p *processor) documents(ctx context.Context, in input, data []byte, notes []string, send func(*Document) bool) {
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
