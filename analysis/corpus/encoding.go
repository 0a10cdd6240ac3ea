package corpus

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// The UTF-16 decoders strip a byte order mark and follow it.
var (
	utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16BE = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
)

// textOf turns an input's bytes into text: UTF-16 (with a byte order mark,
// or without one but with the zero bytes of mostly-ASCII UTF-16) is decoded
// to UTF-8, stray NUL bytes are removed, and a text with many invalid UTF-8
// bytes is decoded from the encoding detected (decodeLegacy: GB18030, Big5,
// EUC-KR, ...), each with a note. When the
// bytes are not text at all it returns why instead.
func textOf(b []byte) (text []byte, notes []string, why string) {
	if enc, name := utf16Kind(b); enc != nil {
		t, err := enc.NewDecoder().Bytes(b)
		switch {
		case err != nil || !decodedWell(t):
			if hasUTF16BOM(b) {
				return nil, nil, "UTF-16 encoded but undecodable; convert to UTF-8"
			}
			// no mark: the zeros were not UTF-16 after all; judge the bytes
		default:
			b = t
			notes = append(notes, "decoded from "+name)
		}
	}
	n := bytes.Count(b, []byte{0})
	if isBinary(b, n) {
		return nil, notes, "binary data, not text"
	}
	if n > 0 {
		b = bytes.ReplaceAll(b, []byte{0}, nil)
		notes = append(notes, fmt.Sprintf("%d NUL %s removed", n, plural(n, "byte", "bytes")))
	}
	if utf8.Valid(b) {
		return b, notes, ""
	}
	if bad := countInvalid(b); bad >= legacyMinBad {
		t, _, more, why := decodeLegacy(b, bad)
		if why != "" {
			return nil, notes, why
		}
		b, notes = t, append(notes, more...)
	}
	return b, notes, ""
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// utf16Kind recognizes UTF-16 by its byte order mark or, without one, by
// zero bytes in at least 70% of the odd (little-endian) or even
// (big-endian) positions of the first 8 KiB and almost none in the others,
// as in text of mostly ASCII letters. It returns nil when b does not look like UTF-16.
func utf16Kind(b []byte) (enc encoding.Encoding, name string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return utf16LE, "UTF-16LE"
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return utf16BE, "UTF-16BE"
	}
	sample := b[:min(len(b), 8192)&^1]
	pairs := len(sample) / 2
	if pairs < 4 || bytes.IndexByte(sample, 0) < 0 { // the usual case: no zeros
		return nil, ""
	}
	even, odd := 0, 0
	for i := 0; i < len(sample); i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*10 >= pairs*7 && even*20 <= pairs:
		return utf16LE, "UTF-16LE"
	case even*10 >= pairs*7 && odd*20 <= pairs:
		return utf16BE, "UTF-16BE"
	}
	return nil, ""
}

// decodedWell reports decoded UTF-16 with few replacement characters (the
// decoder's mark for unpaired surrogates and a dangling byte): no more than
// one in a hundred runes.
func decodedWell(t []byte) bool {
	bad := bytes.Count(t, []byte(string(utf8.RuneError)))
	return bad*100 <= utf8.RuneCount(t)
}

// binaryMagic are the first bytes of common binary formats: executables,
// images, archives and compressed data.
var binaryMagic = [][]byte{
	[]byte("\x7fELF"), []byte("\x89PNG"), []byte("GIF87a"), []byte("GIF89a"), []byte("\xff\xd8\xff"),
	[]byte("PK\x03\x04"), []byte("\x1f\x8b"), []byte("%PDF-"), []byte("7z\xbc\xaf"), []byte("\xfd7zXZ"),
	[]byte("MZ\x90\x00"), []byte("\xcf\xfa\xed\xfe"),
}

// isBinary reports bytes that are not text: the signature of a binary
// format; many control characters in the first 8 KiB; or NUL bytes that are
// more than a few strays (over 3 and 1% of the bytes), or that come with
// other signs of binary data (control characters or invalid UTF-8 in more
// than 5% of the first 8 KiB). nul is the number of NUL bytes in b.
func isBinary(b []byte, nul int) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(b, m) {
			return true
		}
	}
	sample := b[:min(len(b), 8192)]
	ctl := 0
	for _, c := range sample {
		if c < 0x20 && c != 0 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if ctl*10 > len(sample) {
		return true
	}
	switch {
	case nul == 0:
		return false
	case nul > 3 && nul*100 > len(b):
		return true
	}
	return ctl*20 > len(sample) || countInvalid(sample)*20 > len(sample)
}

// plural picks the word for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
