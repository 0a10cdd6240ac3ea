package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
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
	// Log, when not nil, holds the entries handed to Options.OnEntry (its
	// Append): EachEntry and EntryAt read them after Entries.
	Log *EntryLog
	// InputLog, when not nil, holds the inputs handed to Options.OnInput:
	// EachInput and NumInputs read them after Inputs.
	InputLog *InputLog
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
	recs   []rawRecord // records of a JSONL or CSV file, read by dispatchRecords
}

// A JSONL or CSV file is read by the dispatcher, and its records handed to
// the workers in batches of up to recordBatch records or recordBatchBytes
// bytes: few enough jobs that their cost does not count (a job costs a
// channel, a record the milliseconds of its analysis), and small enough
// that what waits in the queue (8 jobs per worker, their documents made)
// is about what a folder of files has waiting: with batches of 64, a
// JSONL file of 2,000 articles peaked at 128 MB in dipstat ngrams, its
// folder at 76 MB.
const (
	recordBatch      = 4
	recordBatchBytes = 256 << 10
)

// dispatchRecords reads a JSONL or CSV file, queueing its records in
// batches, and returns the job that closes it, as dispatchArchive does:
// the file's notes, what was read of it, and the file as a skipped
// document when it could not be read.
func dispatchRecords(ctx context.Context, in input, opts Options, queue func(job) bool) job {
	done := job{in: in, out: make(chan *Document, 1), info: &Input{Path: in.path}}
	defer close(done.out)
	var batch []rawRecord
	size := 0
	flush := func() bool {
		if len(batch) == 0 {
			return true
		}
		ok := queue(job{in: in, recs: batch, out: make(chan *Document, len(batch))})
		batch, size = nil, 0
		return ok
	}
	notes, why, err := readRecordFile(ctx, in, opts.MaxSize, opts.HashInputs, done.info, func(raw rawRecord) bool {
		batch = append(batch, raw)
		if size += len(raw.data); len(batch) < recordBatch && size < recordBatchBytes {
			return true
		}
		return flush()
	})
	if !flush() {
		return done
	}
	d := &Document{File: in.path, ID: recordID(record{file: in.path})}
	switch {
	case err != nil:
		done.info.Err = errText(err)
		done.out <- skip(d, "unreadable: "+errText(err))
	case why != "":
		d.fileNotes = notes
		done.out <- skip(d, why)
	default:
		done.notes = notes
	}
	return done
}

// readRecordFile opens a JSONL or CSV file and reads its records (see
// readRecords). Its size goes into info and, when sum is set, the SHA-256
// of all its bytes, read on to the end should the records stop short.
func readRecordFile(ctx context.Context, in input, max int64, sum bool, info *Input, emit func(rawRecord) bool) ([]string, string, error) {
	f, _, err := openRegular(in.path, info)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	var h hash.Hash
	var r io.Reader = f
	if sum {
		h = sha256.New()
		r = io.TeeReader(f, h)
	}
	notes, why, err := readRecords(ctx, in, r, max, emit)
	if err != nil || h == nil || ctx.Err() != nil {
		return notes, why, err
	}
	if _, err := io.Copy(h, f); err != nil {
		return notes, why, nil // the records were read; the file is not hashed
	}
	copy(info.SHA256[:], h.Sum(nil))
	info.Hashed = true
	return notes, why, nil
}

// runRecords makes the documents of a batch of records and sends them to
// out, closing out.
func (p *processor) runRecords(ctx context.Context, in input, recs []rawRecord, out chan<- *Document) {
	defer close(out)
	var notes []string
	for _, raw := range recs {
		notes = append(notes, raw.notes...)
		rec, ok := parseRecord(in.path, raw)
		if !ok {
			continue
		}
		d := p.document(rec)
		d.fileNotes, notes = notes, nil
		select {
		case out <- d:
		case <-ctx.Done():
			return
		}
	}
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
	records(in, data, p.opts.MaxSize, p.match, func(rec record) bool {
		if ctx.Err() != nil {
			return false
		}
		d := p.document(rec)
		d.fileNotes, notes = notes, nil
		return send(d)
	})
}
