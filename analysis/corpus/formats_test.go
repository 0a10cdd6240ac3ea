package corpus_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// releaseDate is the date the test documents carry in their properties.
var releaseDate = time.Date(2024, 5, 14, 9, 30, 0, 0, time.UTC)

// needPDFText skips a test where poppler's pdftotext is not installed,
// except in CI, whose set-up installs it.
func needPDFText(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is not installed; .ci/run installs it (Debian package poppler-utils)")
		}
		t.Skip("pdftotext is not installed (Debian package poppler-utils): PDF not tested")
	}
}

// TestDOCX: a Word document's properties give the title, language and
// date, but a date the text gives wins; documents that cannot be read are
// skipped with the reason.
func TestDOCX(t *testing.T) {
	ps := corpus.NewParser(corpus.DefaultOptions())
	p := corpustest.Page{Paras: []string{
		"Busan, Mar 3 - The two foreign ministers met in the port city on Friday and agreed to hold a new round of consultations on trade.",
		"Officials from both sides will prepare a joint statement for the leaders to adopt at their next meeting in the autumn of 2025."}}
	docx, _ := corpustest.DOCX(p, releaseDate)
	d := ps.Parse("dateline.docx", docx)
	if d.DateString() != "2025-03-03" || d.Lang != "en" {
		t.Errorf("date %s (want the dateline's), lang %q", d.DateString(), d.Lang)
	}
	zipOf := func(files map[string]string) []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for name, data := range files {
			w, _ := zw.Create(name)
			w.Write([]byte(data))
		}
		zw.Close()
		return b.Bytes()
	}
	for name, tt := range map[string]struct {
		data []byte
		why  string
	}{
		"old.docx":       {[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old Word file"), "not a DOCX file: not a zip archive (an old .doc, or a password-protected file?)"},
		"other.docx":     {zipOf(map[string]string{"mimetype": "application/epub+zip"}), "not a DOCX file: no word/document.xml"},
		"malformed.docx": {zipOf(map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:t>Text</w:t></w:p><w:p"}), "malformed DOCX: word/document.xml: XML syntax error on line 1: unexpected EOF"},
		"empty.docx":     {zipOf(map[string]string{"word/document.xml": "<w:document><w:body><w:p></w:p></w:body></w:document>"}), "no text in the document"},
	} {
		d := ps.Parse(name, tt.data)
		if d.Status != corpus.StatusSkipped || d.Notes[0] != tt.why {
			t.Errorf("%s: %v %q, want skipped: %s", name, d.Status, d.Notes, tt.why)
		}
	}
}

// FuzzDOCX checks that any bytes read as a Word document give a document
// or a reason, never a panic.
func FuzzDOCX(f *testing.F) {
	docx, _ := corpustest.DOCX(corpustest.Page{Title: "Talks", Paras: []string{"The ministers met on Friday in Busan and agreed to talk again."}}, releaseDate)
	f.Add(docx)
	f.Add(docx[:len(docx)/2])
	f.Add([]byte("PK\x03\x04"))
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document><w:body><w:p><w:r><w:t>a</w:t><w:tab/><w:br/></w:r><mc:Fallback><w:p/></mc:Fallback></w:p></w:body></w:document>`))
	zw.Close()
	f.Add(b.Bytes())
	ps := corpus.NewParser(corpus.DefaultOptions())
	f.Fuzz(func(t *testing.T, data []byte) {
		d := ps.Parse("fuzz.docx", data)
		if d.Status == corpus.StatusSkipped && (len(d.Notes) == 0 || d.Notes[0] == "") {
			t.Fatal("skipped without a reason")
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > len(d.Raw) || s.Start >= s.End {
				t.Fatalf("sentence [%d,%d) out of range (len %d)", s.Start, s.End, len(d.Raw))
			}
		}
	})
}

// TestPDF: a PDF without a text layer, one that is not a PDF, and a
// machine without pdftotext each skip the document with a clear reason.
func TestPDF(t *testing.T) {
	ps := corpus.NewParser(corpus.DefaultOptions())
	t.Run("no pdftotext", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		d := ps.Parse("a.pdf", []byte("%PDF-1.4"))
		if d.Status != corpus.StatusSkipped || !strings.HasPrefix(d.Notes[0], "reading PDF needs poppler's pdftotext, which is not on PATH") {
			t.Errorf("%v %q", d.Status, d.Notes)
		}
	})
	needPDFText(t)
	scan := fpdf.New("P", "mm", "A4", "")
	scan.AddPage()
	scan.SetFillColor(120, 120, 120)
	scan.Rect(20, 20, 170, 250, "F") // a page of ink and no text, as a scanner makes
	var b bytes.Buffer
	if err := scan.Output(&b); err != nil {
		t.Fatal(err)
	}
	for name, tt := range map[string]struct {
		data []byte
		why  string
	}{
		"scan.pdf": {b.Bytes(), "the PDF has no text layer (a scanned document? run OCR on it first, e.g. with ocrmypdf)"},
		"fake.pdf": {[]byte("this is not a PDF at all, only text with the wrong name"), "unreadable PDF: not a valid PDF"},
	} {
		d := ps.Parse(name, tt.data)
		if d.Status != corpus.StatusSkipped || d.Notes[0] != tt.why {
			t.Errorf("%s: %v %q, want skipped: %s", name, d.Status, d.Notes, tt.why)
		}
	}
	// through Load, with ScanDates reading the date of the properties
	dir := t.TempDir()
	pdf, _ := corpustest.PDF(corpustest.Page{Title: "Ministers meet in Busan", Paras: []string{
		"The two foreign ministers met in the port city on Friday and agreed to hold a new round of consultations on trade.",
		"Officials from both sides will prepare a joint statement for the leaders to adopt at their next meeting."}}, releaseDate)
	os.WriteFile(filepath.Join(dir, "release.pdf"), pdf, 0o644)
	os.WriteFile(filepath.Join(dir, "scan.pdf"), b.Bytes(), 0o644)
	c, err := corpus.Load(context.Background(), []string{dir}, corpus.DefaultOptions())
	if err != nil || len(c.Docs) != 1 || c.Docs[0].DateString() != "2024-05-14" {
		t.Fatalf("Load: %v, %d documents", err, len(c.Docs))
	}
	if got := warningLines(c.Warnings); len(got) != 1 || !strings.HasSuffix(got[0], "scan.pdf: skipped: the PDF has no text layer (a scanned document? run OCR on it first, e.g. with ocrmypdf)") {
		t.Errorf("warnings %q", got)
	}
	span, err := corpus.ScanDates(context.Background(), []string{dir}, corpus.DefaultOptions())
	if err != nil || span.Dated != 1 || span.First.Format("2006-01-02") != "2024-05-14" {
		t.Errorf("ScanDates %+v %v", span, err)
	}
}
