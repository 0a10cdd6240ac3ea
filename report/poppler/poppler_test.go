package poppler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// TestPages writes a PDF of two pages and reads their text back.
func TestPages(t *testing.T) {
	doc := fpdf.New("P", "pt", "A4", "")
	doc.SetFont("Helvetica", "", 12)
	for _, s := range []string{"first page", "second page"} {
		doc.AddPage()
		doc.Text(50, 50, s)
	}
	path := filepath.Join(t.TempDir(), "two.pdf")
	if err := doc.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	pages := Pages(t, path)
	if len(pages) != 2 || strings.TrimSpace(pages[0]) != "first page" || strings.TrimSpace(pages[1]) != "second page" {
		t.Errorf("pages %q", pages)
	}
	if _, err := os.Stat(Tool(t, "pdfinfo")); err != nil {
		t.Error(err)
	}
}
