package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
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

// csvState is where a CSV reader is in a record.
type csvState uint8

const (
	csvField   csvState = iota // at the start of a field
	csvPlain                   // in a field without quotes
	csvQuoted                  // in a quoted field
	csvClosing                 // after a quote in a quoted field: its end, or the first of two
	csvBad                     // after a misplaced quote: the record ends with its line
	csvEnd                     // the record has ended
)

// csvScan moves a CSV record's state over b, as encoding/csv reads it: a
// line break in a quoted field continues the record; any other ends it,
// and so does a misplaced quote, at the end of its line (encoding/csv
// reports the error and reads on from the next line).
func csvScan(st csvState, b []byte) csvState {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch st {
		case csvField:
			switch c {
			case '"':
				st = csvQuoted
			case ',':
			case '\n':
				st = csvEnd
			default:
				st = csvPlain
			}
		case csvPlain:
			switch c {
			case ',':
				st = csvField
			case '"':
				st = csvBad
			case '\n':
				st = csvEnd
			}
		case csvQuoted:
			j := bytes.IndexByte(b[i:], '"')
			if j < 0 {
				return st
			}
			i += j
			st = csvClosing
		case csvClosing:
			switch c {
			case '"':
				st = csvQuoted
			case ',':
				st = csvField
			case '\n':
				st = csvEnd
			default:
				st = csvBad
			}
		case csvBad:
			j := bytes.IndexByte(b[i:], '\n')
			if j < 0 {
				return st
			}
			i += j
			st = csvEnd
		}
	}
	return st
}

// csvRecord reads the next CSV record's lines into rr.buf (see keep),
// passing over blank lines before it. It returns the line the record
// starts on and its size without its last line ending, or a start of 0 at
// the end of the data; err is the error that ended the data early.
func (rr *recordReader) csvRecord() (start int, size int64, err error) {
	rr.buf = rr.buf[:0]
	st := csvField
	var n int64
	var last2 [2]byte
	for {
		chunk, err := rr.br.ReadSlice('\n')
		switch {
		case err == nil || err == bufio.ErrBufferFull || err == io.EOF && len(chunk) > 0:
		case err == io.EOF:
			return start, n - lineEnd(last2, true), nil
		default:
			return max(start, rr.line+1), n, err
		}
		if n == 0 && (string(chunk) == "\n" || string(chunk) == "\r\n" || err == io.EOF && string(chunk) == "\r") {
			rr.line++ // a blank line
			continue
		}
		if start == 0 {
			start = rr.line + 1
		}
		n += int64(len(chunk))
		rr.keep(chunk, n)
		last2 = track(last2, chunk)
		st = csvScan(st, chunk)
		if chunk[len(chunk)-1] == '\n' {
			rr.line++
		}
		switch {
		case err == io.EOF:
			if chunk[len(chunk)-1] != '\n' {
				rr.line++
			}
			return start, n - lineEnd(last2, true), nil
		case st == csvEnd:
			return start, n - lineEnd(last2, false), nil
		}
	}
}

// csv passes on the header's columns with each record.
func (rr *recordReader) csv() {
	start, size, err := rr.csvRecord()
	switch {
	case err != nil:
		rr.damaged(start, err)
		return
	case start == 0:
		rr.emit(rawRecord{line: 1, err: "unreadable CSV header: " + errText(io.EOF)})
		return
	case size > rr.max:
		rr.emit(rawRecord{line: start, err: "unreadable CSV header: " + rr.tooLarge(size)})
		return
	}
	cr := csv.NewReader(bytes.NewReader(rr.buf))
	cr.FieldsPerRecord = -1
	header, herr := cr.Read()
	if herr != nil {
		var pe *csv.ParseError
		if errors.As(herr, &pe) {
			pe.StartLine += start - 1
			pe.Line += start - 1
		}
		rr.emit(rawRecord{line: start, err: "unreadable CSV header: " + errText(herr)})
		return
	}
	h := &csvHeader{cols: map[string]int{}, fields: len(header)}
	for i, name := range header {
		h.cols[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\ufeff")))] = i
	}
	ti, ok := h.cols["text"]
	if !ok {
		rr.emit(rawRecord{line: start, err: "CSV header has no \"text\" column"})
		return
	}
	h.text, rr.header = ti, true
	for {
		start, size, err := rr.csvRecord()
		switch {
		case err != nil:
			rr.damaged(start, err)
			return
		case start == 0:
			return
		case size > rr.max:
			if !rr.emit(rawRecord{line: start, err: rr.tooLarge(size) + csvLines(start, rr.line)}) {
				return
			}
			continue
		}
		if !rr.emit(rawRecord{line: start, data: bytes.Clone(rr.buf), csv: h}) {
			return
		}
	}
}

// csvLines names the lines of a record over the limit that runs over more
// than one: most likely a quote left open.
func csvLines(start, end int) string {
	if end > start {
		return fmt.Sprintf(" (lines %d-%d; an unbalanced quote?)", start, end)
	}
	return ""
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

// csvRow parses a CSV record's lines, read by recordReader.csvRecord.
func csvRow(file string, raw rawRecord) (record, bool) {
	cr := csv.NewReader(bytes.NewReader(raw.data))
	cr.FieldsPerRecord = -1
	row, err := cr.Read()
	if err == io.EOF {
		return record{}, false
	}
	h := raw.csv
	rec := record{file: file, line: raw.line}
	var pe *csv.ParseError
	switch {
	case errors.As(err, &pe):
		pe.StartLine += raw.line - 1
		pe.Line += raw.line - 1
		rec.line = pe.StartLine
		rec.err = "malformed CSV" + csvSpan(pe) + ": " + pe.Err.Error()
	case err != nil:
		rec.err = "malformed CSV: " + err.Error()
	case h.text >= len(row):
		rec.err = fmt.Sprintf("row has %d fields, no \"text\" (column %d)", len(row), h.text+1)
	default:
		line, _ := cr.FieldPos(0)
		rec.line = line + raw.line - 1
		get := func(name string) (string, bool) {
			if i, ok := h.cols[name]; ok && i < len(row) {
				return row[i], true
			}
			return "", false
		}
		rec.text = []byte(row[h.text])
		if len(row) > h.fields {
			rec.text = csvExtraFields(&rec, row, h.fields, h.text)
		}
		rec.title, _ = get("title")
		rec.source, _ = get("source")
		rec.url, _ = get("url")
		rec.lang, _ = get("lang")
		rec.lang = normLang(rec.lang)
		rec.id, _ = get("id")
		rec.row, rec.cols = row, h.cols
		rec.date, rec.hasDate = get("date")
		rec.hasDate = rec.hasDate && strings.TrimSpace(rec.date) != ""
	}
	return rec, true
}

// errReader is data that ends with an error.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// nulStripper removes NUL bytes from what it reads, counting them.
type nulStripper struct {
	r io.Reader
	n int64
}

func (s *nulStripper) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		if bytes.IndexByte(p[:n], 0) >= 0 {
			k := 0
			for _, c := range p[:n] {
				if c != 0 {
					p[k] = c
					k++
				}
			}
			s.n += int64(n - k)
			n = k
		}
		if n > 0 || err != nil {
			return n, err
		}
	}
}

// gzipStream decompresses a gzip file member by member. What follows a
// complete member and is not another one ends the data with a note, as
// gzip -d does, rather than losing the data before it; damaged data is
// an error ("not valid gzip: ...") after the data before it.
type gzipStream struct {
	br   *countingReader
	zr   *gzip.Reader
	note string
	err  error
}

func newGzipStream(r io.Reader) (*gzipStream, error) {
	br := &countingReader{r: bufio.NewReader(r)}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("not valid gzip: %w", err)
	}
	zr.Multistream(false)
	return &gzipStream{br: br, zr: zr}, nil
}

func (g *gzipStream) Read(p []byte) (int, error) {
	for g.err == nil {
		n, err := g.zr.Read(p)
		switch {
		case err == io.EOF: // the end of a member
			g.next()
		case err != nil:
			g.err = fmt.Errorf("not valid gzip: %w", err)
		}
		if n > 0 {
			return n, nil
		}
	}
	return 0, g.err
}

// next moves on to the next member, if there is one.
func (g *gzipStream) next() {
	end := g.br.n
	switch err := g.zr.Reset(g.br); {
	case err == io.EOF: // no more members
		g.err = io.EOF
	case err != nil:
		if _, err := io.Copy(io.Discard, g.br); err != nil {
			g.err = err
			return
		}
		n := g.br.n - end
		g.note = fmt.Sprintf("trailing garbage after the gzip data ignored (%d %s)", n, plural(int(n), "byte", "bytes"))
		g.err = io.EOF
	default:
		g.zr.Multistream(false)
	}
}

// notes are the notes on the data read: trailing garbage.
func (g *gzipStream) notes() []string {
	if g.note == "" {
		return nil
	}
	return []string{g.note}
}
