package corpus

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// declScanBytes is how far into a page decodePage looks for a declared
// charset. Browsers look at the first 1,024 bytes only, but saved pages often
// declare it later, after long scripts and styles in the head.
const declScanBytes = 64 << 10

// decodePage turns a page's bytes into UTF-8 in the charset the page
// declares: a byte order mark, the charset of contentType (an HTTP
// Content-Type header, "" for a file), or a <meta charset> or <meta
// http-equiv="Content-Type"> tag. A page that declares nothing is UTF-8 when
// it is valid UTF-8, else what chardet detects, else windows-1252 (the web's
// default), with a note. A few undecodable bytes are replaced by U+FFFD with
// a note; when more than one in twenty of the non-ASCII bytes are (and at
// least eight), the encoding is broken and why says so.
func decodePage(b []byte, contentType string) (text []byte, notes []string, why string) {
	enc, name, declared := pageEncoding(b, contentType)
	if enc == nil {
		switch {
		case utf8.Valid(b):
			return b, nil, ""
		case declared:
			// decoded below as UTF-8, the declared charset
			enc, name = encoding.Nop, "utf-8"
		default:
			enc, name = guessEncoding(b)
			notes = append(notes, "no charset declared and not valid UTF-8: read as "+name)
		}
	}
	var bad int
	if enc == encoding.Nop { // UTF-8 with invalid bytes
		bad = countInvalid(b)
		text = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	} else {
		t, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return nil, notes, fmt.Sprintf("broken encoding: not decodable as %s: %v", name, err)
		}
		bad = bytes.Count(t, []byte("\uFFFD")) - bytes.Count(b, []byte("\uFFFD"))
		text = t
	}
	if bad > 0 {
		high := 0
		for _, c := range b {
			if c >= 0x80 {
				high++
			}
		}
		if bad >= 8 && bad*20 > high {
			return nil, notes, fmt.Sprintf("broken encoding: %d %s not valid %s", bad, plural(bad, "byte is", "bytes are"), name)
		}
		notes = append(notes, fmt.Sprintf("%d %s not valid %s replaced by U+FFFD", bad, plural(bad, "byte", "bytes"), name))
	}
	return text, notes, ""
}

// pageEncoding is the encoding a page declares, or nil for UTF-8 (declared
// or not: declared reports which). A label no one knows counts as no
// declaration.
func pageEncoding(b []byte, contentType string) (enc encoding.Encoding, name string, declared bool) {
	if e, n, certain := charset.DetermineEncoding(b, contentType); certain {
		return utf8OrNil(e, n), n, true
	}
	if e, n := utf16Kind(b); e != nil { // UTF-16 without a byte order mark
		return e, n, true
	}
	if label := declaredCharset(b[:min(len(b), declScanBytes)]); label != "" {
		if e, n := charset.Lookup(label); e != nil {
			return utf8OrNil(e, n), n, true
		}
	}
	return nil, "utf-8", false
}

func utf8OrNil(e encoding.Encoding, name string) encoding.Encoding {
	if name == "utf-8" {
		return nil
	}
	return e
}

// guessEncoding is chardet's guess for a page that declares no charset and
// is not UTF-8, or windows-1252 when chardet is unsure.
func guessEncoding(b []byte) (encoding.Encoding, string) {
	if r, err := chardet.NewHtmlDetector().DetectBest(b); err == nil && r.Confidence >= 50 {
		if e, n := charset.Lookup(r.Charset); e != nil && n != "utf-8" {
			return e, n
		}
	}
	e, n := charset.Lookup("windows-1252")
	return e, n
}

// declaredCharset is the label of the first <meta charset="..."> or <meta
// http-equiv="Content-Type" content="...; charset=..."> before <body>.
func declaredCharset(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var cs, equiv, content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = strings.TrimSpace(string(v))
				case "http-equiv":
					equiv = strings.ToLower(strings.TrimSpace(string(v)))
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return cs
			}
			if equiv == "content-type" {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}
