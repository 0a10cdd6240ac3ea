package corpus

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Record files (JSONL, CSV) hold many articles, one a line or a row: the
// export of a news API or a scraper, of any size. They are read as a
// stream, one record at a time from a buffered reader, and Options.MaxSize
// applies to each record, not to the file: a record over it is passed on as
// unusable, naming its line and size, and the rest of the file is read.

// headSize is how much of a record file's start (decompressed) is read
// before its first record is passed on. A file no longer than that is
// judged whole, as any other text: its encoding, NUL bytes, whether it is
// text at all. A longer one is judged on its head, and its encoding (UTF-16,
// a legacy CJK one) decoded as it streams.
const headSize = 4 << 20

// readRecords is readRecordsHead with the head of headSize bytes.
func readRecords(ctx context.Context, in input, r io.Reader, max int64, emit func(rawRecord) bool) (notes []string, why string, err error) {
	return readRecordsHead(ctx, in, r, max, headSize, emit)
}

// rawRecord is one record of a JSONL or CSV file as read, not yet parsed:
// the line (JSONL) or the lines of a row (CSV), its own copy.
type rawRecord struct {
	line  int      // the line it starts on, from 1
	data  []byte   // nil when err is set
	err   string   // why it cannot be read: too large, damaged data, a bad header
	notes []string // notes on the whole file, with its first record
	csv   *csvHeader
}

// csvHeader is a CSV file's header: its columns by lower-case name.
type csvHeader struct {
	cols   map[string]int
	fields int // fields in the header
	text   int // the "text" column
}

// readRecordsHead reads the records of a JSONL or CSV file from r (the file's
// bytes, gzip-compressed when in.gzip) and calls emit with each, in file
// order, until emit returns false or ctx is done. Notes on the whole file
// known from its head go with the first record; the others (trailing data
// after gzip, NUL bytes removed from a long file) are returned, to be
// listed after its records. why says why the file is not read at all
// (empty, binary, an unknown encoding), with notes; err is an error that
// stopped the file before any record (not gzip, unreadable). Damaged data
// after some records (a truncated gzip) ends the file with one record
// naming the line it happened on.
//
// The file's head is its first headLen bytes (tests make it small).
func readRecordsHead(ctx context.Context, in input, r io.Reader, max int64, headLen int, emit func(rawRecord) bool) (notes []string, why string, err error) {
	src := r
	var gz *gzipStream
	if in.gzip {
		if gz, err = newGzipStream(r); err != nil {
			return nil, "", err
		}
		src = gz
	}
	head, herr := io.ReadAll(io.LimitReader(src, int64(headLen)+1))
	if herr != nil && len(head) == 0 {
		return nil, "", herr
	}
	var tail func() []string // the notes known at the end
	if len(head) <= headLen || herr != nil {
		// judged whole, as before records streamed
		if herr == nil && len(bytes.TrimSpace(head)) == 0 {
			return nil, "empty", nil
		}
		if gz != nil {
			notes = gz.notes()
		}
		text, more, why := textOf(head)
		notes = append(notes, more...)
		if why != "" {
			return notes, why, nil
		}
		src = bytes.NewReader(text)
		if herr != nil { // the records before the damage are read, then it is named
			src = io.MultiReader(src, errReader{herr})
		}
	} else {
		var nul *nulStripper
		src, nul, notes, why = streamText(head, src)
		if why != "" {
			return notes, why, nil
		}
		tail = func() []string {
			var t []string
			if gz != nil {
				t = gz.notes()
			}
			if nul.n > 0 {
				t = append(t, fmt.Sprintf("%d NUL %s removed", nul.n, plural(int(nul.n), "byte", "bytes")))
			}
			return t
		}
	}
	rr := &recordReader{ctx: ctx, max: max, br: bufio.NewReaderSize(src, 64<<10), notes: notes, emitFn: emit}
	switch in.format {
	case formatJSONL:
		rr.jsonl()
	case formatCSV:
		rr.csv()
	}
	notes = rr.notes // not passed on: no record came
	if tail != nil {
		notes = append(notes, tail()...)
		if rr.records == 0 && !rr.header && ctx.Err() == nil { // a long file of blank lines
			return notes, "empty", nil
		}
	}
	return notes, "", nil
}

// streamText judges a long record file on its head, the first bytes of
// src, as textOf judges a whole file, and returns the reader of its text:
// src decoded from UTF-16 or a legacy encoding when the head is, less its
// NUL bytes (counted by nul). notes are the head's ("decoded from ...");
// why is set when the file is not text.
func streamText(head []byte, src io.Reader) (text io.Reader, nul *nulStripper, notes []string, why string) {
	r := io.MultiReader(bytes.NewReader(head), src)
	if enc, name := utf16Kind(head); enc != nil {
		t, err := enc.NewDecoder().Bytes(head[:len(head)&^1])
		switch {
		case err != nil || !decodedWell(t):
			if hasUTF16BOM(head) {
				return nil, nil, nil, "UTF-16 encoded but undecodable; convert to UTF-8"
			}
		default:
			head, r = t, transform.NewReader(r, enc.NewDecoder())
			notes = append(notes, "decoded from "+name)
		}
	}
	if isBinary(head, bytes.Count(head, []byte{0})) {
		return nil, nil, notes, "binary data, not text"
	}
	if !utf8.Valid(head) {
		if bad := countInvalid(head); bad >= legacyMinBad {
			_, enc, more, why := decodeLegacy(head, bad)
			if why != "" {
				return nil, nil, notes, why
			}
			r = transform.NewReader(r, enc.NewDecoder())
			notes = append(notes, more[0]) // "decoded from X (detected)"; the count of bad bytes is the head's
		}
	}
	nul = &nulStripper{r: r}
	return nul, nul, notes, ""
}

// recordReader splits a record file's text into records.
type recordReader struct {
	ctx     context.Context
	max     int64
	br      *bufio.Reader
	line    int      // lines read
	buf     []byte   // the record being read, up to max bytes and its line ending
	notes   []string // the file's notes, for the first record
	records int      // records passed on
	header  bool     // a CSV header was read
	emitFn  func(rawRecord) bool
}

func (rr *recordReader) emit(raw rawRecord) bool {
	if rr.notes != nil {
		raw.notes, rr.notes = rr.notes, nil
	}
	rr.records++
	return rr.emitFn(raw) && rr.ctx.Err() == nil
}

// damaged passes on the record that says the data ends early at line.
func (rr *recordReader) damaged(line int, err error) {
	rr.emit(rawRecord{line: line, err: fmt.Sprintf("unreadable from this line on: %s; the records before it are kept", errText(err))})
}

// tooLarge is the reason for a record over the limit.
func (rr *recordReader) tooLarge(size int64) string {
	return fmt.Sprintf("%v: the record is %d bytes, over the limit of %d (see -max-size)", errTooLarge, size, rr.max)
}

// keep adds a chunk of the record being read to rr.buf while the record,
// n bytes with the chunk, is within the limit and its line ending.
func (rr *recordReader) keep(chunk []byte, n int64) {
	if n <= rr.max+2 {
		rr.buf = append(rr.buf, chunk...)
	}
}

// lineEnd is the length of the line ending at the end of what was read of
// a line: last2 are its last two bytes (the first 0 if it has one), eof
// set when the data ended there.
func lineEnd(last2 [2]byte, eof bool) int64 {
	switch {
	case last2[1] == '\n' && last2[0] == '\r':
		return 2
	case last2[1] == '\n', eof && last2[1] == '\r':
		return 1
	}
	return 0
}

// track updates the last two bytes read of a line with a chunk.
func track(last2 [2]byte, chunk []byte) [2]byte {
	switch len(chunk) {
	case 0:
	case 1:
		last2 = [2]byte{last2[1], chunk[0]}
	default:
		last2 = [2]byte{chunk[len(chunk)-2], chunk[len(chunk)-1]}
	}
	return last2
}

// readLine reads the next line, through its '\n' or to the end of the
// data, into rr.buf (see keep): a line over the limit is read to its end
// without being kept whole. It returns the line's length without its
// ending ("\n", "\r\n", or a lone "\r" at the end of the data), or -1 at
// the end of the data; err is the error that ended the data early.
func (rr *recordReader) readLine() (size int64, err error) {
	rr.buf = rr.buf[:0]
	var n int64
	var last2 [2]byte
	for {
		chunk, err := rr.br.ReadSlice('\n')
		n += int64(len(chunk))
		rr.keep(chunk, n)
		last2 = track(last2, chunk)
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == nil || err == io.EOF && n > 0:
			rr.line++
			return n - lineEnd(last2, err != nil), nil
		case err == io.EOF:
			return -1, nil
		default:
			rr.line++
			return -1, err
		}
	}
}

// jsonl passes on each non-blank line.
func (rr *recordReader) jsonl() {
	for {
		size, err := rr.readLine()
		switch {
		case err != nil:
			rr.damaged(rr.line, err)
			return
		case size < 0:
			return
		case size > rr.max:
			if !rr.emit(rawRecord{line: rr.line, err: rr.tooLarge(size)}) {
				return
			}
			continue
		}
		l := rr.buf
		if rr.line == 1 {
			l = bytes.TrimPrefix(l, []byte("\ufeff"))
		}
		if l = bytes.TrimSpace(l); len(l) == 0 {
			continue
		}
		if !rr.emit(rawRecord{line: rr.line, data: bytes.Clone(l)}) {
			return
		}
	}
}

// parseRecord turns a raw record into a record; ok is false when it holds
// none (it cannot happen with what readRecords passes on, but a blank CSV
// record is not an article).
func parseRecord(file string, raw rawRecord) (rec record, ok bool) {
	switch {
	case raw.err != "":
		return record{file: file, line: raw.line, err: raw.err}, true
	case raw.csv != nil:
		return csvRow(file, raw)
	}
	return jsonlRecord(file, raw.line, raw.data), true
}
