package table

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/dipstat/dipstat/report/spool"
)

// A Spool holds records of strings in a temporary file instead of memory,
// for output that can only be written once every record is known (text
// aligned on its widest cell) but is too long to hold: records are added
// as they come and read back, in the order added, by Each. Close removes
// the file (on Unix its name is gone from the start). A Spool is not safe
// for concurrent use.
type Spool struct {
	f      *spool.File
	n      int
	buf    []byte
	closed bool
}

// NewSpool creates a spool in a new temporary file in dir ("" for the
// system's temporary directory, $TMPDIR).
func NewSpool(dir string) (*Spool, error) {
	f, err := spool.NewFile(dir, "table")
	if err != nil {
		return nil, err
	}
	return &Spool{f: f}, nil
}

// Len is the number of records added.
func (s *Spool) Len() int { return s.n }

// Add appends a record: its field count, then each field's length and
// bytes.
func (s *Spool) Add(rec ...string) error {
	b := binary.AppendUvarint(s.buf[:0], uint64(len(rec)))
	for _, f := range rec {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	s.buf = b
	s.n++
	if _, err := s.f.Writer().Write(b); err != nil {
		return fmt.Errorf("spool %s: %w", s.f.Name(), err)
	}
	return nil
}

// Each calls fn with every record in the order added; rec is reused from
// one call to the next.
func (s *Spool) Each(fn func(rec []string) error) error {
	br, err := s.f.Reader()
	if err != nil {
		return err
	}
	var rec []string
	var field []byte
	for i := 0; i < s.n; i++ {
		k, err := binary.ReadUvarint(br)
		if err != nil {
			return s.readError(err)
		}
		rec = rec[:0]
		for j := uint64(0); j < k; j++ {
			l, err := binary.ReadUvarint(br)
			if err != nil {
				return s.readError(err)
			}
			if uint64(cap(field)) < l {
				field = make([]byte, l)
			}
			field = field[:l]
			if _, err := io.ReadFull(br, field); err != nil {
				return s.readError(err)
			}
			rec = append(rec, string(field))
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return nil
}

func (s *Spool) readError(err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF // the file holds fewer records than were added
	}
	return fmt.Errorf("spool %s: %w", s.f.Name(), err)
}

// Close removes the spool's file; closing it again does nothing.
func (s *Spool) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	return s.f.Close()
}

// NewSpooledText writes an aligned text table as WriteText does, byte for
// byte, while holding none of its rows: each row's cells go to a Spool in
// dir ("" for $TMPDIR) with the column widths kept up to date, and Close
// writes the header, the rows and the table's notes (as they are when
// Close is called), then removes the spool. Nothing is written to w before
// Close. For tables too long to hold that must still line up over all
// their rows.
func NewSpooledText(w io.Writer, t *Table, dir string) (*SpooledText, error) {
	sp, err := NewSpool(dir)
	if err != nil {
		return nil, err
	}
	tw := NewTextRows(w, t, 0).(*textRows)
	return &SpooledText{tw: tw, sp: sp}, nil
}

// SpooledText is the RowWriter of NewSpooledText.
type SpooledText struct {
	tw    *textRows
	sp    *Spool
	cells []string
	done  bool
}

// Write spools one row.
func (s *SpooledText) Write(row ...any) error {
	checkRow(s.tw.t, row)
	s.cells = s.cells[:0]
	for i, v := range row {
		c := Escape(Human(v, s.tw.t.Columns[i]))
		s.cells = append(s.cells, c)
		s.tw.widths[i] = max(s.tw.widths[i], displayWidth(c))
	}
	return s.sp.Add(s.cells...)
}

// Close writes the table and removes the spool; after Close or Discard it
// does nothing.
func (s *SpooledText) Close() error {
	if s.done {
		return nil
	}
	s.done = true
	defer s.sp.Close()
	// the header and rule, aligned on every row's widths
	if err := s.tw.flush(); err != nil {
		return err
	}
	if err := s.sp.Each(func(rec []string) error {
		s.tw.line(rec)
		return nil
	}); err != nil {
		return err
	}
	if err := s.tw.Close(); err != nil { // the notes
		return err
	}
	return s.sp.Close()
}

// Discard removes the spool without writing anything (a run that failed);
// after Close it does nothing.
func (s *SpooledText) Discard() error {
	if s.done {
		return nil
	}
	s.done = true
	return s.sp.Close()
}
