package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/highlights"
	"github.com/dipstat/dipstat/report/poppler"
	"github.com/dipstat/dipstat/report/table"
)

// sample is a document with every part: highlights pointing at charts, a
// key table long enough to span pages, a text page, charts, warnings.
func sample(t *testing.T, rows, warnings int) Document {
	t.Helper()
	var charts []*chart.Chart
	for i := range 3 {
		c, err := chart.Bars("c"+strconv.Itoa(i), "Chart “"+strconv.Itoa(i)+"”", "caption", "count", []chart.Item{{Label: "china", Value: 3}, {Label: "윤석열", Value: 2}})
		if err != nil {
			t.Fatal(err)
		}
		charts = append(charts, c)
	}
	hl := []highlights.Highlight{
		{Kind: highlights.FallingFamily, Text: "close-neighbors fell from 48.94 to 22.66 per 10,000 tokens", Quote: "China and South Korea are close neighbors.",
			Doc: "d1", Date: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), Sheet: "Family keyness", Table: "family_keyness", Chart: "c1"},
		{Kind: highlights.CitedFigure, Text: "$298.9 billion: bilateral trade volume, cited in 1 document", Sheet: "Figure series", Chart: "c2"},
	}
	tb := table.New("key", "Key table", table.Column{Key: "name", Title: "Name", Width: 20}, table.Column{Key: "n", Title: "Occurrences", Kind: table.Int},
		table.Column{Key: "sentence", Title: "Sentence", Width: 60})
	for i := range rows {
		tb.Append(fmt.Sprintf("row %d", i), i*1000, strings.Repeat("a long sentence that wraps within its cell ", 3))
	}
	tb.Notes = []string{"a note"}
	var warns []string
	for i := range warnings {
		warns = append(warns, "warning number "+strconv.Itoa(i)+" about an input file that could not be read − with a long explanation")
	}
	return Document{Title: "dipstat report t", Subtitle: "seeds · 2023-01-10 – 2025-12-31", Header: "corpus seeds · window 2025-01-01..2025-12-31",
		Footer: "dipstat report t", Highlights: hl, Tables: []*table.Table{tb},
		Pages:  []Page{{Title: "Changes", Sections: []Section{{Title: "Documents", Fields: []Field{{"New", "none"}}}}}},
		Charts: charts, About: Page{Title: "About this report", Sections: []Section{{Title: "Corpus", Fields: []Field{{"Documents", "5"}, {"Inputs", strings.Repeat("seeds/file.txt ", 30)}}}}},
		Warnings: warns}
}

// TestWrite lays documents out and checks the pages against a dry run,
// the anchors, the links and bookmarks, and the structure (Check, and
// pdfinfo when installed).
func TestWrite(t *testing.T) {
	for _, c := range []struct {
		name           string
		rows, warnings int
		minPages       int
	}{
		{"short", 3, 0, 1 + 1 + 1 + 3 + 1},
		{"long table and warnings", 120, 80, 1 + 3 + 1 + 3 + 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := sample(t, c.rows, c.warnings)
			var buf bytes.Buffer
			lay, err := Write(&buf, doc)
			if err != nil {
				t.Fatal(err)
			}
			if plan := Plan(doc); plan.Pages != lay.Pages || fmt.Sprint(plan.Anchors) != fmt.Sprint(lay.Anchors) {
				t.Errorf("plan %+v differs from the written layout %+v", plan, lay)
			}
			if lay.Pages < c.minPages {
				t.Errorf("%d pages, want at least %d", lay.Pages, c.minPages)
			}
			if got, err := Check(buf.Bytes()); err != nil || got != lay.Pages {
				t.Errorf("Check = %d, %v; want %d", got, err, lay.Pages)
			}
			// Highlights on page 1; charts in order after the table and
			// the text page; About last.
			a := lay.Anchors
			if a[AnchorHighlights] != 1 || a[ChartAnchor("c0")] <= a[TableAnchor("key")] || a[ChartAnchor("c2")] != a[ChartAnchor("c0")]+2 || a[AnchorAbout] <= a[ChartAnchor("c2")] {
				t.Errorf("anchors %v", a)
			}
			// Links: a contents line per part and chart, one per highlight
			// with a chart; an outline.
			links := bytes.Count(buf.Bytes(), []byte("/Subtype /Link"))
			if want := 1 + 1 + 1 + 1 + 3 + 1 + 2; links != want {
				t.Errorf("%d links, want %d", links, want)
			}
			if !bytes.Contains(buf.Bytes(), []byte("/Outlines")) {
				t.Error("no outline (bookmarks)")
			}
			if pdfinfo, err := exec.LookPath("pdfinfo"); err == nil {
				path := filepath.Join(t.TempDir(), "r.pdf")
				os.WriteFile(path, buf.Bytes(), 0o644)
				out, err := exec.Command(pdfinfo, path).CombinedOutput()
				if err != nil || !strings.Contains(string(out), fmt.Sprintf("Pages:           %d", lay.Pages)) {
					t.Errorf("pdfinfo: %v\n%s", err, out)
				}
			}
			if os.Getenv("PDF_OUT") != "" {
				os.WriteFile(os.Getenv("PDF_OUT"), buf.Bytes(), 0o644)
			}
		})
	}
}

// TestText reads the PDF back with poppler's pdftotext: page 1 has the
// highlights with their quotes and chart pages, every page the header, and
// a table spanning pages repeats its header row.
func TestText(t *testing.T) {
	poppler.Tool(t, "pdftotext")
	doc := sample(t, 120, 0)
	var buf bytes.Buffer
	lay, err := Write(&buf, doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	os.WriteFile(path, buf.Bytes(), 0o644)
	pages := poppler.Pages(t, path)
	if len(pages) != lay.Pages {
		t.Fatalf("pdftotext reads %d pages, want %d", len(pages), lay.Pages)
	}
	page := func(n int) string { return strings.Join(strings.Fields(pages[n-1]), " ") }
	p1 := page(1)
	for _, want := range []string{"Highlights", "Formula families", doc.Highlights[0].Text, "“China and South Korea are close neighbors.” (d1, 2025-12-31)",
		"sheet Family keyness", fmt.Sprintf("chart, page %d", lay.Anchors[ChartAnchor("c1")]), doc.Highlights[1].Text, "Contents"} {
		if !strings.Contains(p1, want) {
			t.Errorf("page 1 lacks %q:\n%s", want, p1)
		}
	}
	first, last := lay.Anchors[TableAnchor("key")], lay.Anchors[PageAnchor(0)]-1
	if last <= first {
		t.Fatalf("the 120-row table fits one page (%d-%d)", first, last)
	}
	for n := 1; n <= lay.Pages; n++ {
		txt := page(n)
		if !strings.Contains(txt, doc.Header) || !strings.Contains(txt, fmt.Sprintf("page %d of %d", n, lay.Pages)) {
			t.Errorf("page %d lacks the header or its number: %.200s", n, txt)
		}
		if n >= first && n <= last && !regexp.MustCompile(`Name Occurrences Sentence`).MatchString(txt) {
			t.Errorf("page %d of the table lacks its header row", n)
		}
	}
	if !strings.Contains(page(first), "119,000") && !strings.Contains(page(last), "119,000") {
		t.Error("the table's last row is missing")
	}
}

func TestCheckRejects(t *testing.T) {
	var buf bytes.Buffer
	if _, err := Write(&buf, Document{Title: "x"}); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	if n, err := Check(good); err != nil || n != 2 { // highlights and contents, about
		t.Fatalf("Check(good) = %d, %v", n, err)
	}
	for name, bad := range map[string][]byte{
		"empty":     nil,
		"truncated": good[:len(good)/2],
		"shifted":   append([]byte("%PDF-1.3\n "), good[9:]...),
		"html":      []byte("<html></html>"),
	} {
		if _, err := Check(bad); !errors.Is(err, ErrBadPDF) {
			t.Errorf("%s: err = %v, want ErrBadPDF", name, err)
		}
	}
}

// FuzzCheck: Check never panics and accepts only what it can count.
func FuzzCheck(f *testing.F) {
	var buf bytes.Buffer
	if _, err := Write(&buf, Document{Title: "seed", Warnings: []string{"w"}}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("%PDF-1.4\nstartxref\n9\n%%EOF"))
	f.Add([]byte("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Check(data)
		if err == nil && n < 0 {
			t.Errorf("Check = %d pages without error", n)
		}
	})
}
