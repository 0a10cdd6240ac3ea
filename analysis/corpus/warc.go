package corpus

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"sort"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// archivedPage is one web page of a WARC archive: the payload of a response
// record with status 200 and an HTML type.
type archivedPage struct {
	index       int    // the record's number in the archive, from 1
	offset      int64  // byte offset of the record (of its gzip member in a .warc.gz)
	uri         string // WARC-Target-URI
	contentType string // the HTTP Content-Type, for the charset
	body        []byte
	err         string // why the page cannot be read (too large, undecodable payload)
}

// where names the record in warnings.
func (pg *archivedPage) where() string {
	w := fmt.Sprintf("record %d at byte %d", pg.index, pg.offset)
	if pg.uri != "" {
		w += " (" + pg.uri + ")"
	}
	return w
}

// maxDamageWarnings is how many damaged records of one archive are each
// named in a warning; the rest are counted in one more.
const maxDamageWarnings = 20

// archiveReader reads the records of one WARC file as one stream.
type archiveReader struct {
	file string
	max  int64                   // the largest page payload read (Options.MaxSize)
	page func(archivedPage) bool // false stops the reading

	unm     gowarc.Unmarshaler
	index   int // records found so far, damaged ones included: the number of the last
	records int // well-formed records
	pages   int
	passed  map[string]int // records that are not pages, by why
	damaged int
	warns   []string
	stopped bool
}

// readArchive reads a WARC file (.warc, or .warc.gz whether gzipped record
// by record or as a whole) and calls page with every HTML page, in order.
// Records that are not pages (requests, warcinfo, metadata, revisits,
// redirects, other statuses, other types) are counted in a note. A damaged
// or truncated record is a warning naming its byte offset; the records
// before it are kept, and reading goes on at the next record that can be
// found. The file's size and, with sum, SHA-256 go into info. err is set
// when the file cannot be read at all or holds no WARC record.
func readArchive(ctx context.Context, in input, opts Options, info *Input, page func(archivedPage) bool) (notes, warns []string, err error) {
	f, err := openInput(in.path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, nil, errNotRegular
	}
	info.Size = fi.Size()
	if fi.Size() == 0 {
		return nil, nil, errEmpty
	}
	var h hash.Hash
	var r io.Reader = f
	if opts.HashInputs {
		h = sha256.New()
		r = io.TeeReader(f, h)
	}
	notes, warns, err = readWARC(ctx, in.path, r, opts.MaxSize, page)
	if h != nil && err == nil {
		// the hash is of the whole file, should the reading have stopped short
		if _, err := io.Copy(h, f); err == nil {
			copy(info.SHA256[:], h.Sum(nil))
			info.Hashed = true
		}
	}
	return notes, warns, err
}

// errEmpty marks an empty input file.
var errEmpty = errors.New("empty")

// readWARC reads a WARC stream; see readArchive.
func readWARC(ctx context.Context, file string, r io.Reader, max int64, page func(archivedPage) bool) (notes, warns []string, err error) {
	a := &archiveReader{file: file, max: max, page: page, passed: map[string]int{},
		unm: gowarc.NewUnmarshaler(gowarc.WithBufferMaxMemBytes(4 << 20))}
	fc := &byteCounter{r: r}
	rb := bufio.NewReaderSize(fc, 256<<10)
	head, _ := rb.Peek(2)
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		err = a.gzipped(ctx, &countingReader{r: rb})
	} else {
		err = a.plain(ctx, rb, func() int64 { return fc.n - int64(rb.Buffered()) })
	}
	if err != nil {
		return nil, nil, err
	}
	if a.records == 0 && a.damaged > 0 {
		return nil, nil, fmt.Errorf("not a WARC archive: %s", strings.TrimPrefix(a.warns[0], "skipped: "))
	}
	if a.records == 0 {
		return nil, nil, errors.New("not a WARC archive: no WARC record found")
	}
	if a.damaged > maxDamageWarnings {
		a.warns = append(a.warns, fmt.Sprintf("skipped: %d more damaged records not listed", a.damaged-maxDamageWarnings))
	}
	return []string{a.summary()}, a.warns, nil
}

// What next found.
type step int

const (
	more   step = iota // a record was read (or a damaged one passed over): go on
	end                // the end of the stream
	broken             // the compressed data is damaged: the stream cannot go on
)

// plain reads an uncompressed archive; pos is how much of rb has been
// read. gowarc finds the next record after a damaged one by its "WARC/" line.
func (a *archiveReader) plain(ctx context.Context, rb *bufio.Reader, pos func() int64) error {
	for !a.stopped && ctx.Err() == nil {
		before := pos()
		st := a.next(rb, pos, func(skip int64) int64 { return before + skip }, nil)
		if st != more || pos() == before {
			return nil
		}
	}
	return ctx.Err()
}

// byteCounter counts the bytes read through it.
type byteCounter struct {
	r io.Reader
	n int64
}

func (c *byteCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// gzipped reads a compressed archive member by member. A record is named by
// the offset of its gzip member, as WARC indexes name it (in an archive
// gzipped as a whole, every record is in the member at byte 0). After a
// damaged member, reading goes on at the next gzip member found in the bytes.
func (a *archiveReader) gzipped(ctx context.Context, br *countingReader) error {
	zr := new(gzip.Reader)
	zc := &byteCounter{r: zr}
	ub := bufio.NewReaderSize(zc, 64<<10)
	pos := func() int64 { return zc.n - int64(ub.Buffered()) }
	// A record is kept only when its member's checksum holds, at least
	// when the member holds one record (as it should): what follows the
	// record in its member, but another record, is read to the member's
	// end, where gzip checks the checksum.
	memberEnd := func() error {
		b, err := ub.Peek(5)
		if len(b) == 0 && err == io.EOF || string(b) == "WARC/" {
			return nil
		}
		_, err = io.Copy(io.Discard, ub)
		return err
	}
	for !a.stopped && ctx.Err() == nil {
		start := br.n
		switch err := zr.Reset(br); {
		case err == io.EOF:
			return nil
		case err != nil:
			if a.records == 0 && a.damaged == 0 {
				return errors.New("not valid gzip: " + err.Error())
			}
			a.damage(start, "not a gzip member: "+err.Error())
			if br.n == start { // look past this header for the next
				if _, err := br.ReadByte(); err != nil {
					return nil
				}
			}
			if !resync(br) {
				return nil
			}
			continue
		}
		zr.Multistream(false)
		zc.n = 0
		ub.Reset(zc)
		st := more
		for st == more && !a.stopped && ctx.Err() == nil {
			st = a.next(ub, pos, func(int64) int64 { return start }, memberEnd)
		}
		// a member read to its end (gzip checks its checksum) leaves br
		// at the next member; a damaged one anywhere inside itself
		if st == broken && !resync(br) {
			return nil
		}
	}
	return ctx.Err()
}

// resync moves br to the next gzip member header, if any.
func resync(br *countingReader) bool {
	for {
		b, err := br.r.Peek(3)
		if len(b) < 3 {
			n, _ := br.r.Discard(len(b))
			br.n += int64(n)
			return false
		}
		if b[0] == 0x1f && b[1] == 0x8b && b[2] == 0x08 {
			return true
		}
		buf, _ := br.r.Peek(br.r.Buffered())
		skip := len(buf)
		if i := bytes.IndexByte(buf[1:], 0x1f); i >= 0 {
			skip = i + 1
		}
		n, _ := br.r.Discard(skip)
		br.n += int64(n)
		if err != nil && n == 0 {
			return false
		}
	}
}

// next reads one record from r. pos is how much of r has been read; offset
// turns the bytes gowarc skipped before the record into its offset in the
// file; check, if not nil, says whether the data read so far is sound.
func (a *archiveReader) next(r *bufio.Reader, pos func() int64, offset func(skip int64) int64, check func() error) step {
	before := pos()
	rec, skip, validation, err := a.unm.Unmarshal(r)
	off := offset(skip)
	if err != nil {
		if rec != nil {
			rec.Close()
		}
		consumed := pos() > before
		if consumed && !errors.Is(err, gowarc.ErrNoRecord) {
			a.index++
		}
		switch {
		case err == io.EOF && !consumed:
			return end
		case isReadError(err):
			a.damage(off, gzipProblem(err))
			return broken
		case errors.Is(err, gowarc.ErrNoRecord):
			a.damage(offset(0), fmt.Sprintf("%d bytes that are not a WARC record", skip))
			return end
		case errors.Is(err, io.EOF):
			a.damage(off, "truncated: the archive ends inside the record")
			return end
		}
		a.damage(off, "malformed record: "+err.Error())
		if !consumed {
			return end
		}
		return more
	}
	defer rec.Close()
	a.index++
	if check != nil {
		if err := check(); err != nil {
			a.damage(off, gzipProblem(err))
			return broken
		}
	}
	a.records++
	for _, v := range validation {
		var cl *gowarc.ContentLengthError
		switch {
		case errors.As(v, &cl):
			a.damage(off, fmt.Sprintf("truncated record: %d of its %d bytes", cl.Actual, cl.Expected))
			return more
		case strings.Contains(v.Error(), "missing required field: Content-Length"):
			a.damage(off, "malformed or truncated record: no Content-Length")
			return more
		}
	}
	a.record(rec, off)
	return more
}

// isReadError tells a problem of the compressed data from one of the WARC
// format.
func isReadError(err error) bool {
	var ce flate.CorruptInputError
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) ||
		errors.Is(err, gzip.ErrHeader) || errors.As(err, &ce)
}

func gzipProblem(err error) string {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated: the archive ends inside the record"
	case errors.Is(err, gzip.ErrChecksum):
		return "damaged gzip data: checksum mismatch"
	}
	return "damaged gzip data: " + err.Error()
}

// damage records a damaged record at byte off.
func (a *archiveReader) damage(off int64, why string) {
	a.damaged++
	if a.damaged <= maxDamageWarnings {
		a.warns = append(a.warns, fmt.Sprintf("skipped: damaged record at byte %d: %s", off, why))
	}
}

// record passes one well-formed record to page, or counts why it is not a page.
func (a *archiveReader) record(rec gowarc.WarcRecord, off int64) {
	if rec.Type() != gowarc.Response {
		a.passed[rec.Type().String()]++
		return
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		a.passed["response without HTTP"]++
		return
	}
	switch code := block.HttpStatusCode(); {
	case code == 200:
	case code >= 300 && code < 400:
		a.passed["redirect"]++
		return
	default:
		a.passed["status "+strconv.Itoa(code)]++
		return
	}
	pg := archivedPage{index: a.index, offset: off, uri: strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")}
	hdr := block.HttpHeader()
	if hdr != nil {
		pg.contentType = hdr.Get("Content-Type")
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		a.damage(off, "unreadable payload: "+err.Error())
		return
	}
	body, why := readPayload(payload, hdr, chunked(block.ProtocolHeaderBytes()), a.max)
	switch {
	case why == "not HTML":
		a.passed["not HTML"]++
		return
	case why != "":
		pg.err = why
	case !isHTMLType(pg.contentType, body):
		a.passed["not HTML"]++
		return
	}
	pg.body = body
	a.pages++
	if !a.page(pg) {
		a.stopped = true
	}
}

// readPayload reads an HTTP payload, undoing the transfer and content
// encodings a crawler may have kept (chunked; gzip, deflate), refusing more
// than max bytes.
func readPayload(r io.Reader, hdr *http.Header, isChunked bool, max int64) ([]byte, string) {
	if isChunked {
		r = httputil.NewChunkedReader(r)
	}
	if hdr != nil {
		switch enc := strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding"))); enc {
		case "", "identity":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, "payload not valid gzip: " + err.Error()
			}
			r = zr
		case "deflate":
			br := bufio.NewReader(r)
			if zr, err := zlib.NewReader(br); err == nil {
				r = zr
			} else {
				r = flate.NewReader(br)
			}
		default:
			if !isHTMLType(hdr.Get("Content-Type"), nil) {
				return nil, "not HTML"
			}
			return nil, "payload compressed with " + enc + ", which dipstat does not read"
		}
	}
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil && len(body) == 0 {
		return nil, "unreadable payload: " + err.Error()
	}
	if int64(len(body)) > max {
		return nil, fmt.Sprintf("%v: over the limit of %d bytes (see -max-size)", errTooLarge, max)
	}
	return body, ""
}

// chunked tells from an HTTP response's header lines whether its payload
// was stored with the chunked transfer encoding (Go's HTTP parser takes the
// header out of the header map).
func chunked(header []byte) bool {
	for _, line := range bytes.Split(header, []byte("\n")) {
		name, value, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(strings.TrimSpace(string(name)), "Transfer-Encoding") &&
			bytes.Contains(bytes.ToLower(value), []byte("chunked")) {
			return true
		}
	}
	return false
}

// isHTMLType tells an HTML payload by its Content-Type or, without one, by
// its first bytes.
func isHTMLType(contentType string, body []byte) bool {
	if strings.TrimSpace(contentType) == "" {
		if body == nil {
			return true // unknown until read
		}
		return strings.HasPrefix(http.DetectContentType(body), "text/html")
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(contentType), ";")
		mt = strings.TrimSpace(mt)
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// passedOrder lists the reasons records are not pages in the order the
// summary gives them; others ("status 404", unknown types) follow sorted.
var passedOrder = []string{"warcinfo", "request", "metadata", "revisit", "resource", "conversion", "continuation",
	"response without HTTP", "redirect", "not HTML"}

// summary says what the archive held: the pages read and the records that
// are not pages, by why.
func (a *archiveReader) summary() string {
	var parts []string
	done := map[string]bool{}
	add := func(k string) {
		n := a.passed[k]
		done[k] = true
		if n == 0 {
			return
		}
		switch k {
		case "redirect":
			parts = append(parts, fmt.Sprintf("%s %s (3xx)", thousands(n), plural(n, "redirect", "redirects")))
		case "not HTML":
			parts = append(parts, thousands(n)+" not HTML")
		case "response without HTTP":
			parts = append(parts, fmt.Sprintf("%s %s without HTTP", thousands(n), plural(n, "response", "responses")))
		default:
			if strings.HasPrefix(k, "status ") {
				parts = append(parts, fmt.Sprintf("%s with %s", thousands(n), k))
			} else {
				parts = append(parts, thousands(n)+" "+k)
			}
		}
	}
	for _, k := range passedOrder[:len(passedOrder)-1] {
		add(k)
	}
	var rest []string
	for k := range a.passed {
		if !done[k] && k != "not HTML" {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		add(k)
	}
	add("not HTML")
	s := fmt.Sprintf("WARC archive: %s %s, %s HTML %s read", thousands(a.records), plural(a.records, "record", "records"),
		thousands(a.pages), plural(a.pages, "page", "pages"))
	if len(parts) > 0 {
		s += "; not pages: " + strings.Join(parts, ", ")
	}
	if a.damaged > 0 {
		s += fmt.Sprintf("; %s damaged", thousands(a.damaged))
	}
	return s
}

// thousands writes n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
