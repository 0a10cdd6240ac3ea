package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
)

// ErrBadPDF is returned by Check for a file that is not a well-formed PDF.
var ErrBadPDF = errors.New("pdf: malformed file")

var (
	reStartXref = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	reSubsect   = regexp.MustCompile(`^(\d+) (\d+)\s*$`)
	reEntry     = regexp.MustCompile(`^(\d{10}) (\d{5}) ([nf])\s*$`)
	reRoot      = regexp.MustCompile(`/Root\s+(\d+)\s+(\d+)\s+R`)
	rePages     = regexp.MustCompile(`/Pages\s+(\d+)\s+(\d+)\s+R`)
	reCount     = regexp.MustCompile(`/Count\s+(\d+)`)
	reKids      = regexp.MustCompile(`/Kids\s*\[([^\]]*)\]`)
)

// Check parses the structure of a PDF with a classic cross-reference table
// (as written by gonum's PDF backend): header, trailer, every in-use xref
// entry pointing at its "N G obj", the catalog and the page tree, whose
// /Count must equal its number of kids. It returns the page count.
func Check(data []byte) (int, error) {
	if !bytes.HasPrefix(data, []byte("%PDF-1.")) {
		return 0, fmt.Errorf("%w: no %%PDF header", ErrBadPDF)
	}
	m := reStartXref.FindSubmatch(data)
	if m == nil {
		return 0, fmt.Errorf("%w: no startxref/%%%%EOF at the end", ErrBadPDF)
	}
	off, _ := strconv.Atoi(string(m[1]))
	if off <= 0 || off >= len(data) || !bytes.HasPrefix(data[off:], []byte("xref")) {
		return 0, fmt.Errorf("%w: startxref %d does not point at an xref table", ErrBadPDF, off)
	}
	objs := map[int]int{} // object number -> offset
	lines := bytes.Split(data[off:], []byte("\n"))
	i := 1
	for i < len(lines) {
		l := bytes.TrimRight(lines[i], "\r")
		if bytes.HasPrefix(l, []byte("trailer")) {
			break
		}
		sm := reSubsect.FindSubmatch(l)
		if sm == nil {
			return 0, fmt.Errorf("%w: bad xref subsection %q", ErrBadPDF, l)
		}
		first, _ := strconv.Atoi(string(sm[1]))
		n, _ := strconv.Atoi(string(sm[2]))
		for k := 0; k < n; k++ {
			i++
			if i >= len(lines) {
				return 0, fmt.Errorf("%w: xref table cut short", ErrBadPDF)
			}
			em := reEntry.FindSubmatch(bytes.TrimRight(lines[i], "\r"))
			if em == nil {
				return 0, fmt.Errorf("%w: bad xref entry %q", ErrBadPDF, lines[i])
			}
			if string(em[3]) == "n" {
				o, _ := strconv.Atoi(string(em[1]))
				objs[first+k] = o
			}
		}
		i++
	}
	for num, o := range objs {
		want := []byte(strconv.Itoa(num) + " 0 obj")
		if o >= len(data) || !bytes.HasPrefix(data[o:], want) {
			return 0, fmt.Errorf("%w: xref entry for object %d points at offset %d, not at its definition", ErrBadPDF, num, o)
		}
	}
	obj := func(num int) ([]byte, error) {
		o, ok := objs[num]
		if !ok {
			return nil, fmt.Errorf("%w: object %d missing", ErrBadPDF, num)
		}
		end := bytes.Index(data[o:], []byte("endobj"))
		if end < 0 {
			return nil, fmt.Errorf("%w: object %d has no endobj", ErrBadPDF, num)
		}
		return data[o : o+end], nil
	}
	trailer := data[off:]
	rm := reRoot.FindSubmatch(trailer)
	if rm == nil {
		return 0, fmt.Errorf("%w: trailer has no /Root", ErrBadPDF)
	}
	root, err := obj(atoi(rm[1]))
	if err != nil {
		return 0, err
	}
	pm := rePages.FindSubmatch(root)
	if pm == nil {
		return 0, fmt.Errorf("%w: catalog has no /Pages", ErrBadPDF)
	}
	pages, err := obj(atoi(pm[1]))
	if err != nil {
		return 0, err
	}
	cm := reCount.FindSubmatch(pages)
	km := reKids.FindSubmatch(pages)
	if cm == nil || km == nil {
		return 0, fmt.Errorf("%w: page tree without /Count or /Kids", ErrBadPDF)
	}
	count := atoi(cm[1])
	kids := regexp.MustCompile(`(\d+)\s+\d+\s+R`).FindAllSubmatch(km[1], -1)
	if len(kids) != count {
		return 0, fmt.Errorf("%w: page tree /Count %d but %d kids", ErrBadPDF, count, len(kids))
	}
	for _, k := range kids {
		page, err := obj(atoi(k[1]))
		if err != nil {
			return 0, err
		}
		if !bytes.Contains(page, []byte("/Type /Page")) {
			return 0, fmt.Errorf("%w: kid %s is not a page", ErrBadPDF, k[1])
		}
	}
	return count, nil
}

func atoi(b []byte) int {
	n, _ := strconv.Atoi(string(b))
	return n
}
