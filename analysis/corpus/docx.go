package corpus

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
	"time"
)

// docxRecord reads a Word document (.docx): the text of its body, one
// paragraph (or table cell paragraph) a paragraph of the text, without
// headers, footers, footnotes, comments or deleted text; and the title,
// date and language of its properties (docProps/core.xml). The date is the
// document's creation date and counts only when the text has no date of its
// own (a date header, a dateline with the year).
func docxRecord(file string, data []byte, max int64) (rec record) {
	rec = record{file: file}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		rec.err = "not a DOCX file: not a zip archive (an old .doc, or a password-protected file?)"
		return rec
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	main := mainPart(files, max)
	f := files[main]
	if f == nil {
		rec.err = "not a DOCX file: no " + main
		return rec
	}
	body, err := readZipped(f, max)
	if err != nil {
		rec.err = "malformed DOCX: " + main + ": " + err.Error()
		return rec
	}
	paras, heading, err := docxParagraphs(body)
	if err != nil {
		rec.err = "malformed DOCX: " + main + ": " + err.Error()
		return rec
	}
	if len(paras) == 0 {
		rec.err = "no text in the document"
		return rec
	}
	rec.text = []byte(strings.Join(paras, "\n\n"))
	if cf := files["docProps/core.xml"]; cf != nil {
		if b, err := readZipped(cf, 1<<20); err == nil {
			var cp coreProps
			if xml.Unmarshal(b, &cp) == nil {
				rec.title = oneLine(cp.Title)
				rec.lang = normLang(cp.Language)
				if d, ok := propDate(cp.Created); ok {
					rec.date, rec.hasDate, rec.fallbackDate = d, true, true
				}
			}
		}
	}
	if rec.title == "" {
		rec.title = heading
	}
	return rec
}

// coreProps are the Dublin Core properties of an Office document.
type coreProps struct {
	Title    string `xml:"title"`
	Language string `xml:"language"`
	Created  string `xml:"created"`
}

// propDate is the day of a W3CDTF date ("2024-05-14T09:30:00Z"), within
// the corpus's years.
func propDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return "", false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil || t.Year() < minYear || t.Year() > maxYear {
		return "", false
	}
	return s[:10], true
}

// mainPart is the name of the document's main part: the target of the
// package's officeDocument relationship, else word/document.xml.
func mainPart(files map[string]*zip.File, max int64) string {
	const fallback = "word/document.xml"
	f := files["_rels/.rels"]
	if f == nil {
		return fallback
	}
	b, err := readZipped(f, 1<<20)
	if err != nil {
		return fallback
	}
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(b, &rels) != nil {
		return fallback
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Target != "" {
			return path.Clean(strings.TrimPrefix(r.Target, "/"))
		}
	}
	return fallback
}

// readZipped reads one file of a zip archive, refusing more than max bytes.
func readZipped(f *zip.File, max int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: over the limit of %d bytes after decompression (see -max-size)", errTooLarge, max)
	}
	return b, nil
}

// docxParagraphs walks WordprocessingML: the text of each paragraph (<w:p>)
// with its spacing collapsed, in order, and the first paragraph styled as a
// title or top heading. Text is read from <w:t> only, so deleted text
// (<w:delText>) and field codes (<w:instrText>) are left out; a tab is a
// space and a line break (<w:br>, <w:cr>) a line break; of alternative
// content (<mc:AlternateContent>) only the first choice is read.
func docxParagraphs(body []byte) (paras []string, heading string, err error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	type para struct {
		b     strings.Builder
		style string
	}
	var stack []*para
	inText, fallback := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if fallback > 0 || t.Name.Local == "Fallback" {
				fallback++
				continue
			}
			switch t.Name.Local {
			case "p":
				stack = append(stack, &para{})
			case "t":
				inText++
			case "tab":
				if len(stack) > 0 && inText == 0 {
					stack[len(stack)-1].b.WriteByte(' ')
				}
			case "br", "cr":
				if len(stack) > 0 {
					stack[len(stack)-1].b.WriteByte('\n')
				}
			case "pStyle":
				if len(stack) > 0 {
					for _, a := range t.Attr {
						if a.Name.Local == "val" {
							stack[len(stack)-1].style = strings.ToLower(a.Value)
						}
					}
				}
			}
		case xml.EndElement:
			if fallback > 0 {
				fallback--
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = max(inText-1, 0)
			case "p":
				if len(stack) == 0 {
					continue
				}
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				var lines []string
				for _, l := range strings.Split(p.b.String(), "\n") {
					if f := strings.Fields(l); len(f) > 0 {
						lines = append(lines, strings.Join(f, " "))
					}
				}
				if len(lines) == 0 {
					continue
				}
				text := strings.Join(lines, "\n")
				if heading == "" && (p.style == "title" || p.style == "heading1" || p.style == "heading 1") {
					heading = strings.Join(lines, " ")
				}
				paras = append(paras, text)
			}
		case xml.CharData:
			if inText > 0 && fallback == 0 && len(stack) > 0 {
				stack[len(stack)-1].b.WriteString(strings.ReplaceAll(string(t), "\n", " "))
			}
		}
	}
	return paras, heading, nil
}
