package workbook

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/klauspost/compress/flate"

	"github.com/dipstat/dipstat/report/internal/iox"
)

// A table's data rows do not go through excelize (issues 16 and 22): its
// StreamWriter keeps every sheet's XML (in memory, or a temporary file
// past 16 MB, keeping the 16 MB buffer too) until the whole workbook is
// written, then compresses it all on one goroutine. Instead, excelize
// writes each table sheet with its header and one placeholder row (the
// sheet's columns, panes, table and relationships stay excelize's), and
// the rows are encoded by rowXML into a piece: compressed by a goroutine
// of its own as they are made, into an unlinked temporary file. When
// excelize writes the sheet into the zip, spliceZip puts the piece in
// the placeholder's place: the sheet's part is the compressed start of
// excelize's sheet, the piece, and the compressed rest (each a run of
// deflate blocks that refer to nothing before it), with the CRC-32 of
// the three combined.

// pieceChunk is the size of the blocks of XML handed to the compressor.
const pieceChunk = 256 << 10

// piece is one sheet's data rows, compressed as they are written.
type piece struct {
	marker []byte // the placeholder row in excelize's sheet XML
	f      *os.File
	crc    uint32 // of the uncompressed rows
	n      int64  // bytes of XML
	size   int64  // bytes compressed
	ch     chan []byte
	free   chan []byte
	done   chan error
	err    error
	ended  bool // no more input
	waited bool // the compressor is done
}

// placeholder is the row excelize writes for a piece's marker text.
func placeholder(token string) []byte {
	return []byte(`<row r="2"><c r="A2" t="inlineStr"><is><t>` + token + `</t></is></c></row>`)
}

// newPiece starts a piece in a temporary file in dir ("" for the
// system's), removed at once: nothing is left behind if the run dies.
func newPiece(dir, token string) (*piece, error) {
	f, err := os.CreateTemp(dir, ".tmp-xlsx-*")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name())
	p := &piece{marker: placeholder(token), f: f, ch: make(chan []byte, 2), free: make(chan []byte, 3), done: make(chan error, 1)}
	for range 3 {
		p.free <- make([]byte, 0, pieceChunk+pieceChunk/4)
	}
	go p.compress()
	return p, nil
}

// compress deflates the chunks sent until the channel is closed, ending
// with a sync flush (not a final block: more of the part follows).
func (p *piece) compress() {
	bw := bufio.NewWriterSize(p.f, 256<<10)
	cw := &iox.CountWriter{W: bw}
	fw, err := flate.NewWriter(cw, deflateLevel)
	for b := range p.ch {
		if err == nil {
			p.crc = crc32.Update(p.crc, crc32.IEEETable, b)
			p.n += int64(len(b))
			_, err = fw.Write(b)
		}
		p.free <- b[:0]
	}
	if err == nil {
		err = fw.Flush()
	}
	if err == nil {
		err = bw.Flush()
	}
	p.size = cw.N
	p.done <- err
}

// send hands b to the compressor and returns an empty buffer to go on with.
func (p *piece) send(b []byte) []byte {
	if len(b) > 0 {
		p.ch <- b
		return <-p.free
	}
	return b
}

// end ends the piece's input; the compressor goes on.
func (p *piece) end() {
	if !p.ended {
		p.ended = true
		close(p.ch)
	}
}

// finish ends the piece's input and waits for the compressor.
func (p *piece) finish() error {
	p.end()
	if !p.waited {
		p.waited = true
		p.err = <-p.done
	}
	return p.err
}

// close finishes the piece and removes its file.
func (p *piece) close() {
	p.finish()
	p.f.Close()
}

// spliceZip is the zip writer excelize writes the workbook through; it
// puts each piece into the sheet holding its placeholder.
type spliceZip struct {
	zw      *zip.Writer
	pieces  map[string]*piece // by the placeholder's token
	pending string            // a sheet part being collected
	buf     bytes.Buffer
}

const tokenPrefix = "dipstat-rows-"

var placeholderStart = []byte(`<row r="2"><c r="A2" t="inlineStr"><is><t>` + tokenPrefix)

func (s *spliceZip) Create(name string) (io.Writer, error) {
	if err := s.flush(); err != nil {
		return nil, err
	}
	if len(s.pieces) > 0 && strings.HasPrefix(name, "xl/worksheets/") {
		s.pending = name
		s.buf.Reset()
		return &s.buf, nil
	}
	return s.zw.Create(name)
}

func (s *spliceZip) AddFS(fsys fs.FS) error { return s.zw.AddFS(fsys) }

func (s *spliceZip) Close() error {
	if err := s.flush(); err != nil {
		return err
	}
	var err error
	for tok, p := range s.pieces {
		p.close()
		err = fmt.Errorf("workbook: rows %s not placed in any sheet", tok)
	}
	if err != nil {
		return err
	}
	return s.zw.Close()
}

// flush writes the sheet part being collected, with its piece if it has one.
func (s *spliceZip) flush() error {
	if s.pending == "" {
		return nil
	}
	name, data := s.pending, s.buf.Bytes()
	s.pending = ""
	i := bytes.Index(data, placeholderStart)
	if i < 0 {
		w, err := s.zw.Create(name)
		if err == nil {
			_, err = w.Write(data)
		}
		return err
	}
	j := bytes.IndexByte(data[i+len(placeholderStart):], '<')
	if j < 0 {
		return fmt.Errorf("workbook: %s: bad placeholder", name)
	}
	tok := tokenPrefix + string(data[i+len(placeholderStart):i+len(placeholderStart)+j])
	p := s.pieces[tok]
	if p == nil || !bytes.HasPrefix(data[i:], p.marker) {
		return fmt.Errorf("workbook: %s: unknown placeholder %s", name, tok)
	}
	delete(s.pieces, tok)
	defer p.close()
	if err := p.finish(); err != nil {
		return fmt.Errorf("workbook: %s: %w", name, err)
	}
	head, tail := data[:i], data[i+len(p.marker):]
	var hc, tc bytes.Buffer
	if err := deflatePart(&hc, head, false); err != nil {
		return err
	}
	if err := deflatePart(&tc, tail, true); err != nil {
		return err
	}
	crc := crc32.ChecksumIEEE(head)
	crc = crc32Combine(crc, p.crc, p.n)
	crc = crc32Combine(crc, crc32.ChecksumIEEE(tail), int64(len(tail)))
	fh := &zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64:   uint64(hc.Len()) + uint64(p.size) + uint64(tc.Len()),
		UncompressedSize64: uint64(len(head)) + uint64(p.n) + uint64(len(tail)),
		CreatorVersion:     20, ReaderVersion: 20}
	if fh.UncompressedSize64 >= 1<<32 {
		fh.ReaderVersion = 45
	}
	w, err := s.zw.CreateRaw(fh)
	if err != nil {
		return err
	}
	if _, err := w.Write(hc.Bytes()); err != nil {
		return err
	}
	if _, err := io.Copy(w, io.NewSectionReader(p.f, 0, p.size)); err != nil {
		return err
	}
	_, err = w.Write(tc.Bytes())
	return err
}

// deflatePart compresses b into w: with a sync flush when more of the
// part follows, else with the final block.
func deflatePart(w io.Writer, b []byte, last bool) error {
	fw, err := flate.NewWriter(w, deflateLevel)
	if err != nil {
		return err
	}
	if _, err := fw.Write(b); err != nil {
		return err
	}
	if last {
		return fw.Close()
	}
	return fw.Flush()
}

// crc32Combine is the CRC-32 (IEEE) of A followed by B from A's and B's
// CRCs and B's length (zlib's crc32_combine).
func crc32Combine(crcA, crcB uint32, lenB int64) uint32 {
	if lenB < 0 {
		panic(errors.New("crc32Combine: negative length"))
	}
	return multmodp(x2nmodp(lenB, 3), crcA) ^ crcB
}

const crcPoly = 0xedb88320 // reflected IEEE polynomial

// multmodp multiplies a and b modulo the CRC polynomial (reflected bit order).
func multmodp(a, b uint32) uint32 {
	m, p := uint32(1)<<31, uint32(0)
	for {
		if a&m != 0 {
			p ^= b
			if a&(m-1) == 0 {
				break
			}
		}
		m >>= 1
		if b&1 != 0 {
			b = b>>1 ^ crcPoly
		} else {
			b >>= 1
		}
	}
	return p
}

// x2nTable[k] is x^(2^k) modulo the polynomial.
var x2nTable = func() (t [32]uint32) {
	p := uint32(1) << 30 // x^1
	t[0] = p
	for n := 1; n < 32; n++ {
		p = multmodp(p, p)
		t[n] = p
	}
	return t
}()

// x2nmodp is x^(n * 2^k) modulo the polynomial.
func x2nmodp(n int64, k uint) uint32 {
	p := uint32(1) << 31 // x^0
	for n != 0 {
		if n&1 != 0 {
			p = multmodp(x2nTable[k&31], p)
		}
		n >>= 1
		k++
	}
	return p
}
