package corpustest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// WARCRecord is one record of a test archive (WARC 1.1).
type WARCRecord struct {
	Type string // response, request, warcinfo, metadata, revisit, resource
	URI  string // WARC-Target-URI
	// Block is the record's content: for a response, the HTTP response as
	// received (see HTTPResponse); for a request, the HTTP request.
	Block []byte
	// ContentType is the record's Content-Type; "" picks the usual one for
	// the type (application/http for responses and requests).
	ContentType string
}

// HTTPResponse is an HTTP/1.1 response with a status, a Content-Type ("" for
// none) and a body, as a crawler stores it in a response record.
func HTTPResponse(status int, contentType string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, statusText(status))
	if contentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", contentType)
	}
	if status >= 300 && status < 400 {
		b.WriteString("Location: https://news.example/moved\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	return b.Bytes()
}

func statusText(status int) string {
	switch status {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 302:
		return "Found"
	case 404:
		return "Not Found"
	}
	return "Status"
}

// HTTPRequest is the GET request a crawler stores before a response.
func HTTPRequest(uri string) []byte {
	path := uri
	if i := strings.Index(uri, "://"); i >= 0 {
		path = uri[i+3:]
		if j := strings.IndexByte(path, '/'); j >= 0 {
			path = path[j:]
		} else {
			path = "/"
		}
	}
	return []byte("GET " + path + " HTTP/1.1\r\nUser-Agent: test-crawler\r\nAccept: text/html\r\n\r\n")
}

// WriteWARC writes records as a WARC file; with gz, each record is its own
// gzip member, as crawlers write .warc.gz files.
func WriteWARC(w io.Writer, recs []WARCRecord, gz bool) error {
	for i, r := range recs {
		if err := writeRecord(w, Marshal(i, r), gz); err != nil {
			return err
		}
	}
	return nil
}

// writeRecord writes one marshalled record, as its own gzip member with gz.
func writeRecord(w io.Writer, rec []byte, gz bool) error {
	if !gz {
		_, err := w.Write(rec)
		return err
	}
	zw := gzip.NewWriter(w)
	if _, err := zw.Write(rec); err != nil {
		return err
	}
	return zw.Close()
}

// Marshal is the bytes of one record, the i-th of its archive (for its
// record id), ending with the two CRLFs that close a record.
func Marshal(i int, r WARCRecord) []byte {
	ct := r.ContentType
	if ct == "" {
		switch r.Type {
		case "response":
			ct = "application/http; msgtype=response"
		case "request":
			ct = "application/http; msgtype=request"
		case "revisit":
			ct = "message/http"
		default:
			ct = "application/warc-fields"
		}
	}
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", r.Type)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", i)
	b.WriteString("WARC-Date: 2024-06-01T12:00:00Z\r\n")
	if r.URI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
	}
	if r.Type == "revisit" {
		b.WriteString("WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n")
		b.WriteString("WARC-Refers-To-Target-URI: " + r.URI + "\r\n")
		b.WriteString("WARC-Refers-To-Date: 2024-05-01T12:00:00Z\r\n")
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\n", ct)
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(r.Block))
	b.Write(r.Block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// Crawl is the records a crawler writes for pages: a warcinfo record, then
// for each page its request, its response (status 200, text/html) and a
// metadata record.
func Crawl(uris []string, pages [][]byte) []WARCRecord {
	recs := []WARCRecord{{Type: "warcinfo", Block: []byte("software: test-crawler\r\nformat: WARC File Format 1.1\r\n")}}
	for i, p := range pages {
		recs = append(recs,
			WARCRecord{Type: "request", URI: uris[i], Block: HTTPRequest(uris[i])},
			WARCRecord{Type: "response", URI: uris[i], Block: HTTPResponse(200, "text/html; charset=utf-8", p)},
			WARCRecord{Type: "metadata", URI: uris[i], Block: []byte("fetchTimeMs: 120\r\n")})
	}
	return recs
}
