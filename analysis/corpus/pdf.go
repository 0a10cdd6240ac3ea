package corpus

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// pdfTextCommand is the program that reads a PDF's text layer: poppler's
// pdftotext, found on PATH. It is a variable for the tests.
var pdfTextCommand = "pdftotext"

// pdfTimeout bounds the reading of one PDF: a file made to make the
// reader loop costs one document, not the run.
const pdfTimeout = 2 * time.Minute

// errNoPDFText says how to get the PDF reader.
var errNoPDFText = errors.New("reading PDF needs poppler's pdftotext, which is not on PATH (Debian and Ubuntu: apt-get install poppler-utils; macOS: brew install poppler)")

// pdfRecord reads a PDF's text layer with pdftotext, block by block (a
// block is what a reader sees as a paragraph or heading), so a block always
// ends a sentence; and its title and creation date from its document
// information. Page numbers and the running headers and footers repeated at
// the top or bottom of the pages are left out, and so are the short blocks
// of furniture the page reader drops ("Copyright ...", "Share"). The date
// counts only when the text has no date of its own.
func pdfRecord(ctx context.Context, file string, data []byte, max int64) (rec record) {
	rec = record{file: file}
	prog, err := exec.LookPath(pdfTextCommand)
	if err != nil {
		rec.err = errNoPDFText.Error()
		return rec
	}
	ctx, cancel := context.WithTimeout(ctx, pdfTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, "-bbox-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{b: &stderr, n: 4096}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		rec.err = "unreadable PDF: " + err.Error()
		return rec
	}
	if err := cmd.Start(); err != nil {
		rec.err = "unreadable PDF: " + err.Error()
		return rec
	}
	// The layout is some twenty times the size of the text.
	out, rerr := io.ReadAll(io.LimitReader(stdout, 32*max+1))
	io.Copy(io.Discard, stdout)
	werr := cmd.Wait()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		rec.err = fmt.Sprintf("unreadable PDF: pdftotext took longer than %v", pdfTimeout)
		return rec
	case werr != nil || rerr != nil:
		rec.err = "unreadable PDF: " + pdfProblem(stderr.String(), werr)
		return rec
	case int64(len(out)) > 32*max:
		rec.err = fmt.Sprintf("%v: the text layer is over the limit (see -max-size)", errTooLarge)
		return rec
	}
	doc, err := parsePDFLayout(out)
	if err != nil {
		rec.err = "unreadable PDF: pdftotext's layout: " + err.Error()
		return rec
	}
	if doc.words == 0 {
		rec.err = "the PDF has no text layer (a scanned document? run OCR on it first, e.g. with ocrmypdf)"
		return rec
	}
	blocks := doc.text()
	if !hasProse(blocks) {
		rec.err = "no text found in the PDF (only page furniture)"
		return rec
	}
	rec.text = []byte(strings.Join(blocks, "\n\n"))
	if t := oneLine(doc.meta["title"]); t != "" && !fileLikeTitle.MatchString(t) {
		rec.title = t
	}
	if d, ok := propDate(doc.meta["creationdate"]); ok {
		rec.date, rec.hasDate, rec.fallbackDate = d, true, true
	}
	return rec
}

// fileLikeTitle matches the titles PDF writers fill in from a file name
// ("Microsoft Word - release.docx", "untitled").
var fileLikeTitle = regexp.MustCompile(`(?i)^(microsoft (word|powerpoint|excel) - |untitled\b)|\.(docx?|pdf|odt|rtf|pptx?|xlsx?|indd|txt)$`)

// pdfProblem turns pdftotext's complaint into the reader's terms.
func pdfProblem(stderr string, err error) string {
	s := strings.ToLower(stderr)
	switch {
	case strings.Contains(s, "password"):
		return "encrypted (it needs a password)"
	case strings.Contains(s, "may not be a pdf") || strings.Contains(s, "couldn't find trailer") || strings.Contains(s, "syntax error"):
		return "not a valid PDF"
	}
	if line, _, _ := strings.Cut(strings.TrimSpace(stderr), "\n"); line != "" {
		return line
	}
	if err != nil {
		return err.Error()
	}
	return "pdftotext failed"
}

// limitedBuffer keeps the first n bytes written to it.
type limitedBuffer struct {
	b *bytes.Buffer
	n int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.n - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// pdfLayout is what pdftotext -bbox-layout gives: the document information
// and, per page, its blocks with their vertical place.
type pdfLayout struct {
	meta  map[string]string // lower-case name: title, creationdate ...
	pages []pdfPage
	words int
}

type pdfPage struct {
	height float64
	blocks []pdfBlock
}

type pdfBlock struct {
	yMin, yMax float64
	text       string
}

// parsePDFLayout reads pdftotext's XHTML: <meta> and <title> in the head,
// <page height> <block yMin yMax> <line> <word> in the body.
func parsePDFLayout(b []byte) (*pdfLayout, error) {
	doc := &pdfLayout{meta: map[string]string{}}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var page *pdfPage
	var block *pdfBlock
	var lines, words []string
	var text strings.Builder
	in := ""
	attr := func(t xml.StartElement, name string) string {
		for _, a := range t.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	num := func(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "meta":
				doc.meta[strings.ToLower(attr(t, "name"))] = attr(t, "content")
			case "title", "word":
				in = t.Name.Local
				text.Reset()
			case "page":
				doc.pages = append(doc.pages, pdfPage{height: num(attr(t, "height"))})
				page = &doc.pages[len(doc.pages)-1]
			case "block":
				block = &pdfBlock{yMin: num(attr(t, "yMin")), yMax: num(attr(t, "yMax"))}
				lines = lines[:0]
			case "line":
				words = words[:0]
			}
		case xml.CharData:
			if in != "" {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "title":
				doc.meta["title"] = text.String()
				in = ""
			case "word":
				if w := strings.TrimSpace(text.String()); w != "" {
					words = append(words, w)
					doc.words++
				}
				in = ""
			case "line":
				if len(words) > 0 {
					lines = append(lines, strings.Join(words, " "))
				}
			case "block":
				if page != nil && block != nil && len(lines) > 0 {
					block.text = strings.Join(lines, " ") // a line break in a PDF is the layout's
					page.blocks = append(page.blocks, *block)
				}
				block = nil
			}
		}
	}
	return doc, nil
}

// pageNumber matches a block that only numbers the page: "3", "- 3 -",
// "Page 3", "Page 3 of 7", "3/7", "p. 3".
var pageNumber = regexp.MustCompile(`(?i)^[-–—\s]*(page|p\.|pg\.?)?\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?[-–—\s]*$`)

// marginShare is how far from the top or the bottom of a page a block is in
// the margin, where running headers and footers are.
const marginShare = 0.12

// text is the document's blocks in reading order, without page numbers,
// running headers and footers (a block in the top or bottom margin whose
// text, digits aside, is on two or more pages) and page furniture.
func (doc *pdfLayout) text() []string {
	key := func(s string) string {
		return strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r >= '0' && r <= '9' || r == ' ' || r == '\n' }), " "))
	}
	inMargin := func(p pdfPage, b pdfBlock) bool {
		return p.height > 0 && (b.yMax <= p.height*marginShare || b.yMin >= p.height*(1-marginShare))
	}
	pagesWith := map[string]int{}
	for _, p := range doc.pages {
		seen := map[string]bool{}
		for _, b := range p.blocks {
			if k := key(b.text); inMargin(p, b) && !seen[k] {
				seen[k] = true
				pagesWith[k]++
			}
		}
	}
	var out []string
	for _, p := range doc.pages {
		for _, b := range p.blocks {
			switch {
			case pageNumber.MatchString(b.text):
			case inMargin(p, b) && pagesWith[key(b.text)] >= 2:
			case chromeBlock(b.text) != "":
			default:
				out = append(out, b.text)
			}
		}
	}
	return out
}
