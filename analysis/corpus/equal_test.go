package corpus_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// TestFormatsEqualText is issue 19's test of done: the same article as a
// web page, as a page in a web archive, as a Word document and as a PDF
// press release counts exactly as the article saved as plain text (the
// same terms, each as often, and the same figures with their sentences and
// dates), with no term or figure from the page's, the archive's or the
// document's furniture.
func TestFormatsEqualText(t *testing.T) {
	article, pages := pages(t)
	ps := corpus.NewParser(corpus.DefaultOptions())
	plain := ps.Parse("article.txt", []byte(" date 2024-05-14\n"+article))
	wantTerms, wantFigs := termCounts(plain), figureList(plain)
	p := corpustest.PageOf(article)

	docs := map[string]*corpus.Document{"page": ps.Parse("article.html", pages["article"])}
	dir := t.TempDir()
	writeWARC(t, filepath.Join(dir, "crawl.warc.gz"), corpustest.Crawl([]string{"https://harbor-daily.example/a"}, [][]byte{pages["article"]}), true)
	c, err := corpus.Load(context.Background(), []string{dir}, corpus.DefaultOptions())
	if err != nil || len(c.Docs) != 1 {
		t.Fatalf("archive: %v, %d documents", err, len(c.Docs))
	}
	docs["archived page"] = c.Docs[0]
	docx, err := corpustest.DOCX(p, releaseDate)
	if err != nil {
		t.Fatal(err)
	}
	docs["docx"] = ps.Parse("release.docx", docx)
	if _, err := exec.LookPath("pdftotext"); err == nil || os.Getenv("CI") == "true" {
		pdf, err := corpustest.PDF(p, releaseDate)
		if err != nil {
			t.Fatal(err)
		}
		docs["pdf"] = ps.Parse("release.pdf", pdf)
	} else {
		t.Log("pdftotext is not installed (Debian package poppler-utils): the PDF is not compared")
	}
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			if d.Status != corpus.StatusOK || d.Title != p.Title || d.DateString() != "2024-05-14" {
				t.Fatalf("status %v %q, title %q, date %s", d.Status, d.Notes, d.Title, d.DateString())
			}
			terms := termCounts(d)
			for term, n := range terms {
				if wantTerms[term] != n {
					t.Errorf("%q counted %d times, %d in the plain text", term, n, wantTerms[term])
				}
			}
			for term, n := range wantTerms {
				if terms[term] != n {
					t.Errorf("%q counted %d times, %d in the plain text", term, terms[term], n)
				}
			}
			if figs := figureList(d); !slices.Equal(figs, wantFigs) {
				t.Errorf("figures\n%q\nwant\n%q", figs, wantFigs)
			}
			for _, chrome := range []string{"cookies", "advertisement", "subscribe", "comments", "copyright", "4,321", "1,234",
				"embassy", "republic", "press", "release", "page", "textbox", "cancelled", "99", "77", "7"} {
				if terms[chrome] > 0 {
					t.Errorf("furniture term %q counted", chrome)
				}
			}
		})
	}
}
