package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"strings"
	"testing"
)

// warcRecord is one record as a crawler writes it.
func warcRecord(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\n"+
		"WARC-Date: 2024-06-01T12:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, len(block), uri, contentType, len(block), block)
}

func gzipMembers(recs ...string) []byte {
	var b bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(r))
		zw.Close()
	}
	return b.Bytes()
}

// FuzzWARC checks that any bytes read as an archive end in pages, notes and
// warnings or an error, never a panic or a loop: pages come in order, at
// offsets inside the data, and a readable archive has its summary.
func FuzzWARC(f *testing.F) {
	page := "<html><body><article><h1>Ministers meet</h1><p>The two foreign ministers met in the port city on Friday and agreed to talk again.</p></article></body></html>"
	recs := []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "https://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		warcRecord("response", "https://a.example/1", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"+page),
		warcRecord("response", "https://a.example/2", "application/http; msgtype=response", "HTTP/1.1 301 Moved\r\nLocation: /3\r\n\r\n"),
		warcRecord("response", "https://a.example/4", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>hi\r\n0\r\n\r\n"),
	}
	plain := strings.Join(recs, "")
	gz := gzipMembers(recs...)
	whole := gzipMembers(plain)
	for _, s := range [][]byte{[]byte(plain), gz, whole, []byte(plain[:len(plain)/2]), gz[:len(gz)-7], []byte("WARC/1.1\r\n"),
		[]byte("junk" + plain), append(bytes.Clone(gz), "junk"...), {0x1f, 0x8b}, nil} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		last := int64(-1)
		n := 0
		notes, warns, err := readWARC(context.Background(), "fuzz.warc", bytes.NewReader(data), 1<<20, func(pg archivedPage) bool {
			n++
			if pg.offset < last || pg.offset < 0 || pg.offset >= int64(len(data)) {
				t.Fatalf("page at offset %d after %d (%d bytes)", pg.offset, last, len(data))
			}
			last = pg.offset
			if pg.err == "" && len(pg.body) > 1<<20 {
				t.Fatalf("page of %d bytes over the limit", len(pg.body))
			}
			return true
		})
		if err != nil {
			if n > 0 || len(notes)+len(warns) > 0 {
				t.Fatalf("error %v after %d pages", err, n)
			}
			return
		}
		if len(notes) != 1 || !strings.HasPrefix(notes[0], "WARC archive: ") {
			t.Fatalf("notes %q", notes)
		}
		for _, w := range warns {
			if !strings.HasPrefix(w, "skipped: ") {
				t.Fatalf("warning %q", w)
			}
		}
	})
}
