package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// The readers under a record file's stream: gzip member by member, NUL
// bytes stripped and counted, an error at the end of the data.

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
