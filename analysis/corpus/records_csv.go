package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// CSV record files: where a row ends (a line break inside quotes continues
// it, as encoding/csv reads it) and what a row holds.

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
