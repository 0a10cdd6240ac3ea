// Package spool keeps a report's per-article records (cited figures, formula
// occurrences) in temporary files as they are found, instead of in memory,
// and reads them back in input order as often as the report's tables need:
// what a report holds in memory then no longer grows with the number of
// articles (issue 22). The files are compact (a field that repeats the
// previous record's value takes one byte) and unlinked as soon as they are
// created where the system allows it, so a killed run leaves nothing behind.
package spool

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"time"

	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// Stop, returned by the function given to Each, ends the walk without an
// error.
var Stop = errors.New("spool: stop")

// Options bound what is written.
type Options struct {
	// MaxOccurrences occurrences are written (the concordance's); the
	// rest are only counted. Negative: all.
	MaxOccurrences int
	// MaxSentences figures keep their sentence; later ones are written
	// without it. Negative: all.
	MaxSentences int
}

// Spool holds the records of one run.
type Spool struct {
	opt         Options
	figs        *File
	occs        *File
	occTotal    int
	figEnc      fieldEncoder
	occEnc      fieldEncoder
	occWritten  int
	figWritten  int
	sentenceCut int // figures written without their sentence
}

// Create makes the spool's files in dir.
func Create(dir string, opt Options) (*Spool, error) {
	s := &Spool{opt: opt}
	var err error
	if s.figs, err = NewFile(dir, "figures"); err != nil {
		return nil, err
	}
	if s.occs, err = NewFile(dir, "occurrences"); err != nil {
		s.figs.Close()
		return nil, err
	}
	s.figEnc.w, s.occEnc.w = s.figs.w, s.occs.w
	return s, nil
}

// Add writes one document's occurrences and figures (each in input order).
func (s *Spool) Add(occs []phrases.Occurrence, figs []figures.Figure) error {
	s.occTotal += len(occs)
	for i := range occs {
		if s.opt.MaxOccurrences >= 0 && s.occWritten >= s.opt.MaxOccurrences {
			break
		}
		encodeOccurrence(&s.occEnc, &occs[i])
		s.occWritten++
	}
	for i := range figs {
		f := &figs[i]
		if s.opt.MaxSentences >= 0 && s.figWritten >= s.opt.MaxSentences && f.Sentence != "" {
			g := *f
			g.Sentence = ""
			f = &g
			s.sentenceCut++
		}
		encodeFigure(&s.figEnc, f)
		s.figWritten++
	}
	if err := cmpErr(s.occEnc.err, s.figEnc.err); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// Figures is the number of figures written.
func (s *Spool) Figures() int { return s.figWritten }

// Occurrences is the number of occurrences written (at most
// Options.MaxOccurrences) and the number handed to Add.
func (s *Spool) Occurrences() (written, total int) { return s.occWritten, s.occTotal }

// EachFigure calls fn with every figure in the order written, until fn
// returns an error (Stop ends the walk with nil). fn may keep the figure.
func (s *Spool) EachFigure(fn func(f figures.Figure) error) error {
	return s.figs.each(s.figWritten, func(d *fieldDecoder) error {
		var f figures.Figure
		if err := decodeFigure(d, &f); err != nil {
			return err
		}
		return fn(f)
	})
}

// EachOccurrence calls fn with every occurrence written, in order, as
// EachFigure does.
func (s *Spool) EachOccurrence(fn func(o phrases.Occurrence) error) error {
	return s.occs.each(s.occWritten, func(d *fieldDecoder) error {
		var o phrases.Occurrence
		if err := decodeOccurrence(d, &o); err != nil {
			return err
		}
		return fn(o)
	})
}

// Close removes the spool's files.
func (s *Spool) Close() error {
	return cmpErr(s.figs.Close(), s.occs.Close())
}

// A File is a temporary file written through a buffer and read back from
// its start, as often as needed. It is unlinked as soon as it is made where
// the system allows an open file to live on without its name (not
// Windows), so a killed run leaves nothing behind; Close removes it
// otherwise. A File is not safe for concurrent use.
type File struct {
	name     string
	f        *os.File
	w        *bufio.Writer
	unlinked bool
}

// NewFile makes a File in dir ("" for $TMPDIR), its name telling what it
// holds.
func NewFile(dir, what string) (*File, error) {
	f, err := os.CreateTemp(dir, ".tmp-spool-"+what+"-*")
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	unlinked := os.Remove(f.Name()) == nil
	return &File{name: f.Name(), f: f, w: bufio.NewWriterSize(f, 1<<20), unlinked: unlinked}, nil
}

// Name is the file's name, for messages.
func (fl *File) Name() string { return fl.name }

// Writer is where the file's bytes are written.
func (fl *File) Writer() *bufio.Writer { return fl.w }

// Reader reads what was written so far, from the start. Writing resumes
// at the end.
func (fl *File) Reader() (*bufio.Reader, error) {
	if err := fl.w.Flush(); err != nil {
		return nil, fmt.Errorf("spool %s: %w", fl.name, err)
	}
	size, err := fl.f.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, fmt.Errorf("spool %s: %w", fl.name, err)
	}
	return bufio.NewReaderSize(io.NewSectionReader(fl.f, 0, size), 1<<20), nil
}

// each decodes n records from the start of the file with fn.
func (fl *File) each(n int, fn func(d *fieldDecoder) error) error {
	r, err := fl.Reader()
	if err != nil {
		return err
	}
	d := &fieldDecoder{r: r}
	for i := 0; i < n; i++ {
		if err := fn(d); err != nil {
			if errors.Is(err, Stop) {
				return nil
			}
			if d.err != nil {
				return fmt.Errorf("spool %s: record %d: %w", fl.name, i+1, d.err)
			}
			return err
		}
	}
	return nil
}

// Close closes the file and removes it; closing it again does nothing.
func (fl *File) Close() error {
	if fl == nil || fl.f == nil {
		return nil
	}
	err := fl.f.Close()
	fl.f = nil
	if !fl.unlinked {
		if rerr := os.Remove(fl.name); err == nil {
			err = rerr
		}
	}
	return err
}

// fieldEncoder writes fields; a string field equal to the same field of the
// previous record is written as one byte.
type fieldEncoder struct {
	w    *bufio.Writer
	prev [16]string
	buf  [binary.MaxVarintLen64]byte
	err  error
}

func (e *fieldEncoder) uvarint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	if _, err := e.w.Write(e.buf[:n]); err != nil && e.err == nil {
		e.err = err
	}
}

func (e *fieldEncoder) varint(v int64) {
	n := binary.PutVarint(e.buf[:], v)
	if _, err := e.w.Write(e.buf[:n]); err != nil && e.err == nil {
		e.err = err
	}
}

func (e *fieldEncoder) float(v float64) { e.uvarint(math.Float64bits(v)) }

// str writes field k: 0 for the previous record's value, else 1 + length
// and the bytes.
func (e *fieldEncoder) str(k int, s string) {
	if s == e.prev[k] {
		e.uvarint(0)
		return
	}
	e.prev[k] = s
	e.uvarint(uint64(len(s)) + 1)
	if _, err := e.w.WriteString(s); err != nil && e.err == nil {
		e.err = err
	}
}

// date writes 0 for the zero time; 2, the Unix seconds and nanoseconds for
// a time in UTC; else 1 and time.MarshalBinary's bytes (the zone's offset is
// kept, not its name).
func (e *fieldEncoder) date(t time.Time) {
	if t.IsZero() {
		e.uvarint(0)
		return
	}
	_, off := t.Zone()
	if t.Location() != time.UTC || off != 0 {
		b, err := t.MarshalBinary()
		if err != nil && e.err == nil {
			e.err = err
		}
		e.uvarint(1)
		e.uvarint(uint64(len(b)))
		if _, err := e.w.Write(b); err != nil && e.err == nil {
			e.err = err
		}
		return
	}
	e.uvarint(2)
	e.varint(t.Unix())
	e.uvarint(uint64(t.Nanosecond()))
}

// fieldDecoder reads what fieldEncoder wrote.
type fieldDecoder struct {
	r    *bufio.Reader
	prev [16]string
	err  error
}

func (d *fieldDecoder) fail(err error) {
	if d.err == nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		d.err = err
	}
}

func (d *fieldDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(err)
	}
	return v
}

func (d *fieldDecoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	if err != nil {
		d.fail(err)
	}
	return v
}

func (d *fieldDecoder) int() int { return int(d.varint()) }

func (d *fieldDecoder) float() float64 { return math.Float64frombits(d.uvarint()) }

// maxField bounds a string field's length, so a damaged file cannot ask
// for gigabytes.
const maxField = 1 << 24

func (d *fieldDecoder) str(k int) string {
	n := d.uvarint()
	if d.err != nil {
		return ""
	}
	if n == 0 {
		return d.prev[k]
	}
	if n-1 > maxField {
		d.fail(fmt.Errorf("field of %d bytes", n-1))
		return ""
	}
	b := make([]byte, n-1)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(err)
		return ""
	}
	s := string(b)
	d.prev[k] = s
	return s
}

func (d *fieldDecoder) date() time.Time {
	switch d.uvarint() {
	case 0:
		return time.Time{}
	case 1:
		n := d.uvarint()
		if n > 64 {
			d.fail(fmt.Errorf("date of %d bytes", n))
			return time.Time{}
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(d.r, b); err != nil {
			d.fail(err)
			return time.Time{}
		}
		var t time.Time
		if err := t.UnmarshalBinary(b); err != nil {
			d.fail(err)
		}
		return t
	case 2:
		sec := d.varint()
		ns := d.uvarint()
		return time.Unix(sec, int64(ns)).UTC()
	default:
		d.fail(errors.New("bad date"))
		return time.Time{}
	}
}

func encodeFigure(e *fieldEncoder, f *figures.Figure) {
	e.str(0, f.Text)
	e.float(f.Value)
	e.str(1, f.Unit)
	e.str(2, string(f.Kind))
	e.str(3, f.Qualifier)
	e.str(4, f.Subject)
	e.str(5, f.Period)
	e.str(6, f.Sentence)
	e.str(7, f.Doc)
	e.date(f.Date)
	e.varint(int64(f.Start))
	e.varint(int64(f.End))
	e.str(8, f.Speaker)
	e.str(9, f.Side)
	e.str(10, f.Cue)
	e.str(11, f.Source)
	e.float(f.High)
	e.varint(int64(f.NumStart))
	e.varint(int64(f.NumEnd))
	e.varint(int64(f.QualStart))
}

func decodeFigure(d *fieldDecoder, f *figures.Figure) error {
	f.Text = d.str(0)
	f.Value = d.float()
	f.Unit = d.str(1)
	f.Kind = figures.Kind(d.str(2))
	f.Qualifier = d.str(3)
	f.Subject = d.str(4)
	f.Period = d.str(5)
	f.Sentence = d.str(6)
	f.Doc = d.str(7)
	f.Date = d.date()
	f.Start = d.int()
	f.End = d.int()
	f.Speaker = d.str(8)
	f.Side = d.str(9)
	f.Cue = d.str(10)
	f.Source = d.str(11)
	f.High = d.float()
	f.NumStart = d.int()
	f.NumEnd = d.int()
	f.QualStart = d.int()
	return d.err
}

func encodeOccurrence(e *fieldEncoder, o *phrases.Occurrence) {
	e.str(0, o.Doc)
	e.date(o.Date)
	e.str(1, o.Family)
	e.str(2, o.Lang)
	e.str(3, o.Pattern)
	e.str(4, o.Variant)
	e.str(5, o.Text)
	e.varint(int64(o.Start))
	e.varint(int64(o.End))
	e.str(6, o.Sentence)
	e.varint(int64(o.SentStart))
	e.varint(int64(o.SentEnd))
	e.str(7, o.Left)
	e.str(8, o.Right)
	e.str(9, o.Speaker)
	e.str(10, o.Side)
	e.str(11, o.Cue)
}

func decodeOccurrence(d *fieldDecoder, o *phrases.Occurrence) error {
	o.Doc = d.str(0)
	o.Date = d.date()
	o.Family = d.str(1)
	o.Lang = d.str(2)
	o.Pattern = d.str(3)
	o.Variant = d.str(4)
	o.Text = d.str(5)
	o.Start = d.int()
	o.End = d.int()
	o.Sentence = d.str(6)
	o.SentStart = d.int()
	o.SentEnd = d.int()
	o.Left = d.str(7)
	o.Right = d.str(8)
	o.Speaker = d.str(9)
	o.Side = d.str(10)
	o.Cue = d.str(11)
	return d.err
}
