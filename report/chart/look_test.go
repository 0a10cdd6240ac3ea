package chart

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/chromium"
	"github.com/dipstat/dipstat/report/imgcmp"
	"github.com/dipstat/dipstat/report/poppler"
)

// Renderings are compared at lookDPI shrunk by lookShrink (see package
// imgcmp); maxMismatch is the most they may differ. Measured on the
// samples: PDF and PNG of one chart differ on at most 0.13% of pixels. A
// PDF canvas that moves every label 3 pt fails 8 of the 14 renderings, one
// that draws bold text regular or text 10% larger fails most, one without
// text all.
const (
	lookDPI     = 200
	lookShrink  = 4
	maxMismatch = 0.003
)

// TestPDFLooksLikePNG draws every sample chart at both sizes as PDF and as
// PNG, has poppler (pdftoppm) rasterize the PDF at the PNG's resolution and
// compares the two: the PDF canvas, its subset fonts and bold faces must
// draw what the PNG shows.
func TestPDFLooksLikePNG(t *testing.T) {
	pdftoppm := poppler.Tool(t, "pdftoppm")
	dir := t.TempDir()
	for _, c := range samples(t) {
		for _, s := range Sizes {
			t.Run(c.Name+"-"+s.Name, func(t *testing.T) {
				t.Parallel()
				var pdf, want bytes.Buffer
				if err := Render(&pdf, c, s, "pdf", Options{}); err != nil {
					t.Fatal(err)
				}
				if err := Render(&want, c, s, "png", Options{DPI: lookDPI}); err != nil {
					t.Fatal(err)
				}
				stem := filepath.Join(dir, c.Name+"-"+s.Name)
				os.WriteFile(stem+".pdf", pdf.Bytes(), 0o644)
				if out, err := exec.Command(pdftoppm, "-r", strconv.Itoa(lookDPI), "-png", "-singlefile", stem+".pdf", stem).CombinedOutput(); err != nil {
					t.Fatalf("pdftoppm: %v\n%s", err, out)
				}
				got := decodePNG(t, stem+".png")
				ref, err := png.Decode(&want)
				if err != nil {
					t.Fatal(err)
				}
				if gb, rb := got.Bounds(), ref.Bounds(); abs(gb.Dx()-rb.Dx()) > 2 || abs(gb.Dy()-rb.Dy()) > 2 {
					t.Fatalf("PDF rasterized to %v, PNG is %v", gb.Size(), rb.Size())
				}
				if m := imgcmp.Mismatch(imgcmp.Shrink(got, lookShrink), imgcmp.Shrink(ref, lookShrink)); m > maxMismatch {
					t.Errorf("PDF and PNG differ on %.2f%% of pixels (at most %.1f%%)", 100*m, 100*maxMismatch)
				}
			})
		}
	}
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(fmt.Errorf("%s: %w", path, err))
	}
	return img
}

// TestSVGLooksLikePNG has headless Chromium draw every sample chart's SVG
// (fonts named, not embedded: the browser finds Liberation Sans or a font
// of the same widths) at lookDPI and compares it with the PNG, as
// TestPDFLooksLikePNG does for poppler and the PDF.
func TestSVGLooksLikePNG(t *testing.T) {
	b := chromium.ForTest(t, 800, 600)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// One page holds every rendering, one below the other at its size.
	var page bytes.Buffer
	page.WriteString(`<!doctype html><html><body style="margin:0;background:#fff">`)
	type rendering struct {
		id  string
		png []byte
	}
	var rs []rendering
	for _, c := range samples(t) {
		for _, s := range Sizes {
			var svg, png bytes.Buffer
			if err := Render(&svg, c, s, "svg", Options{}); err != nil {
				t.Fatal(err)
			}
			if err := Render(&png, c, s, "png", Options{DPI: lookDPI}); err != nil {
				t.Fatal(err)
			}
			id := c.Name + "-" + s.Name
			fmt.Fprintf(&page, `<div id="%s" style="line-height:0">%s</div>`, id, strings.SplitN(svg.String(), "-->", 2)[1])
			rs = append(rs, rendering{id, png.Bytes()})
		}
	}
	page.WriteString(`</body></html>`)
	path := filepath.Join(t.TempDir(), "charts.html")
	os.WriteFile(path, page.Bytes(), 0o644)
	p, err := b.NewPage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(ctx, "file://"+filepath.ToSlash(path)); err != nil {
		t.Fatal(err)
	}
	// The CJK fonts are megabytes: screenshots wait until every font
	// the page uses is loaded.
	if err := p.Eval(ctx, `document.fonts.ready.then(() => document.fonts.status)`, nil); err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		got, err := p.ScreenshotOf(ctx, "#"+r.id+" svg", lookDPI/96.0)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := png.Decode(bytes.NewReader(r.png))
		if err != nil {
			t.Fatal(err)
		}
		if gb, rb := got.Bounds(), ref.Bounds(); abs(gb.Dx()-rb.Dx()) > 2 || abs(gb.Dy()-rb.Dy()) > 2 {
			t.Errorf("%s: SVG drawn at %v, PNG is %v", r.id, gb.Size(), rb.Size())
			continue
		}
		m := imgcmp.Mismatch(imgcmp.Shrink(got, lookShrink), imgcmp.Shrink(ref, lookShrink))
		if m > maxMismatch {
			t.Errorf("%s: SVG in Chromium and PNG differ on %.2f%% of pixels (at most %.1f%%)", r.id, 100*m, 100*maxMismatch)
		}
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("the page of SVGs has problems: %q", probs)
	}
}
