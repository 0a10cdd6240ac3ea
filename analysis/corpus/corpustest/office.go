package corpustest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Letterhead is the furniture a press release repeats on its pages: a
// running header and a footer with the page number. The tests check that
// none of it is counted.
const Letterhead = "Embassy of the Republic of Korea - Press Release"

// DOCX is a Word document holding p: the headline styled as a title, then
// the paragraphs, with the letterhead in the page header, the page number
// in the footer, the date and title in the document's properties; and, to
// be left out by a reader, a deleted sentence (tracked changes), a field
// code and the fallback copy of alternative content.
func DOCX(p Page, date time.Time) ([]byte, error) {
	esc := func(s string) string {
		var b bytes.Buffer
		xmlEscape(&b, s)
		return b.String()
	}
	run := func(s string) string { return `<w:r><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>` }
	var body strings.Builder
	body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>` + run(p.Title) + `</w:p>`)
	for i, para := range p.Paras {
		body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>`)
		// split the paragraph into runs, as Word does at formatting changes
		if half := strings.LastIndex(para[:len(para)/2], " "); half > 0 {
			body.WriteString(run(para[:half]) + run(para[half:]))
		} else {
			body.WriteString(run(para))
		}
		if i == 0 {
			body.WriteString(`<w:del w:id="1" w:author="Editor"><w:r><w:delText> Korea cancelled 99 flights.</w:delText></w:r></w:del>`)
			body.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE 7 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		}
		if i == 1 {
			body.WriteString(`<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t></w:t></w:r></mc:Choice>` +
				`<mc:Fallback><w:r><w:t>Korea textbox copy 77</w:t></w:r></mc:Fallback></mc:AlternateContent>`)
		}
		body.WriteString(`</w:p>`)
	}
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + ns + `><w:body>` + body.String() + `<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId2"/></w:sectPr></w:body></w:document>`},
		{"word/header1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ` + ns + `><w:p>` + run(Letterhead) + `</w:p></w:hdr>`},
		{"word/footer1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ` + ns + `><w:p>` + run("Page 1 of 2") + `</w:p></w:ftr>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` + esc(p.Title) + `</dc:title><dc:creator>Press Office</dc:creator><dc:language>en-US</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">` + date.Format(time.RFC3339) + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`},
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(f.data)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func xmlEscape(b *bytes.Buffer, s string) {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	b.WriteString(r.Replace(s))
}

// PDF is a press release holding p, laid out as a PDF writer lays out a
// document: the headline in large type, the paragraphs, the letterhead as
// a running header and "Page N of M" in the footer, the title and creation
// date in the document information. The text starts a new page halfway, so
// the header and the footer repeat. The text must be in Windows-1252.
func PDF(p Page, date time.Time) ([]byte, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetTitle(p.Title, true)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.AliasNbPages("{nb}")
	pdf.SetHeaderFunc(func() {
		pdf.SetFont("Helvetica", "", 8)
		pdf.CellFormat(0, 8, Letterhead, "", 1, "R", false, 0, "")
		pdf.Ln(6)
	})
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		pdf.SetFont("Helvetica", "", 8)
		pdf.CellFormat(0, 10, fmt.Sprintf("Page %d of {nb}", pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 16)
	pdf.MultiCell(0, 8, tr(p.Title), "", "L", false)
	pdf.Ln(5)
	pdf.SetFont("Helvetica", "", 11)
	for i, para := range p.Paras {
		if i == len(p.Paras)/2 {
			pdf.AddPage()
		}
		pdf.MultiCell(0, 5.5, tr(para), "", "L", false)
		pdf.Ln(4)
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
