package html

import (
	"bytes"
	"context"
	"image"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/chromium"
	"github.com/dipstat/dipstat/report/imgcmp"
)

// column is the text of column i of the visible rows of a table.
func column(t *testing.T, ctx context.Context, p *chromium.Page, table string, i int) []string {
	t.Helper()
	var out []string
	expr := `Array.from(document.querySelectorAll("#` + table + ` tbody tr:not([hidden])")).map(r => r.cells[` + strconv.Itoa(i) + `].textContent)`
	if err := p.Eval(ctx, expr, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBrowser opens the page in headless Chromium as a reader would.
func TestBrowser(t *testing.T) {
	b := chromium.ForTest(t, 1200, 900)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	path := filepath.Join(t.TempDir(), "report.html")
	var buf bytes.Buffer
	if err := Write(&buf, sample(t, 40)); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, buf.Bytes(), 0o644)
	p, err := b.NewPage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(ctx, chromium.FileURL(path)); err != nil {
		t.Fatal(err)
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("the page loads with problems:\n%s", strings.Join(probs, "\n"))
	}
	fam := "t-phrase_families-table"
	// Sorting: a click on a header sorts by it, a second click reverses,
	// numbers as numbers, text as text, dates as dates, empty cells last.
	for _, c := range []struct {
		col     int
		numeric bool
	}{{1, true}, {2, true}, {0, false}, {3, false}} {
		header := "#" + fam + " th:nth-child(" + strconv.Itoa(c.col+1) + ") button"
		for _, desc := range []bool{false, true} {
			if err := p.Click(ctx, header); err != nil {
				t.Fatal(err)
			}
			got := column(t, ctx, p, fam, c.col)
			if !sortedAs(got, c.numeric, desc) {
				t.Errorf("column %d after clicking its header (descending %v) is not sorted: %q", c.col, desc, got)
			}
			var aria string
			p.Eval(ctx, `document.querySelector("#`+fam+` th:nth-child(`+strconv.Itoa(c.col+1)+`)").getAttribute("aria-sort")`, &aria)
			if want := map[bool]string{false: "ascending", true: "descending"}[desc]; aria != want {
				t.Errorf("column %d: aria-sort %q, want %q", c.col, aria, want)
			}
		}
	}
	// Filtering: typing keeps the rows holding every word.
	conc := "t-concordance-table"
	if n := len(column(t, ctx, p, conc, 0)); n != 3 {
		t.Fatalf("concordance shows %d rows before filtering", n)
	}
	for _, c := range []struct {
		typed string
		rows  int
		count string
	}{{"close", 2, "2 of 3 rows"}, {" neighbours", 1, "1 of 3 rows"}} {
		if err := p.Type(ctx, `input[data-filter="t-concordance"]`, c.typed); err != nil {
			t.Fatal(err)
		}
		var count string
		p.Eval(ctx, `document.querySelector('[data-count="t-concordance"]').textContent`, &count)
		if got := column(t, ctx, p, conc, 3); len(got) != c.rows || count != c.count {
			t.Errorf("after typing %q: rows %q, count %q; want %d rows, %q", c.typed, got, count, c.rows, c.count)
		}
	}
	// Screenshots: the top of the page has text, the chart its bars.
	top, err := p.Screenshot(ctx, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	if d := imgcmp.Dark(top); d < 0.01 {
		t.Errorf("the screenshot looks blank (%.4f dark pixels)", d)
	}
	shot, err := p.ScreenshotOf(ctx, "#chart-top-terms svg", 1)
	if err != nil {
		t.Fatal(err)
	}
	if n := blue(shot); n < 500 {
		t.Errorf("the chart's screenshot has %d blue pixels, want its bars", n)
	}
	// Printing: no tools, nothing wider than an A4 page, a PDF.
	if err := p.Emulate(ctx, 794, 1123, 1, "print"); err != nil {
		t.Fatal(err)
	}
	var print struct {
		Tools, Nav string
		Width      float64
	}
	p.Eval(ctx, `({Tools: getComputedStyle(document.querySelector(".tools")).display, Nav: getComputedStyle(document.querySelector("nav")).display,
		Width: document.documentElement.scrollWidth})`, &print)
	if print.Tools != "none" || print.Nav != "none" || print.Width > 794 {
		t.Errorf("print media: tools %s, nav %s, width %.0f px (page 794)", print.Tools, print.Nav, print.Width)
	}
	pdf, err := p.PrintPDF(ctx)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("print to PDF: %v", err)
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("problems after sorting, filtering and printing:\n%s", strings.Join(probs, "\n"))
	}
	if reqs := p.Requests(); len(reqs) != 1 || reqs[0] != chromium.FileURL(path) {
		t.Errorf("the page requested %q; want itself only", reqs)
	}
}

// sortedAs checks that vals are in order, empty values last.
func sortedAs(vals []string, numeric, desc bool) bool {
	var full []string
	for i, v := range vals {
		if v == "" {
			for _, w := range vals[i:] {
				if w != "" {
					return false
				}
			}
			break
		}
		full = append(full, v)
	}
	less := func(i, j int) bool {
		a, b := full[i], full[j]
		if desc {
			a, b = b, a
		}
		if numeric {
			x, _ := strconv.ParseFloat(strings.ReplaceAll(a, ",", ""), 64)
			y, _ := strconv.ParseFloat(strings.ReplaceAll(b, ",", ""), 64)
			return x < y
		}
		return strings.ToLower(a) < strings.ToLower(b)
	}
	return sort.SliceIsSorted(full, less) && len(full) > 1
}

func blue(img image.Image) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r < 0x2000 && g > 0x6000 && g < 0x8000 && b > 0xA000 { // the chart blue, 0072b2
				n++
			}
		}
	}
	return n
}
