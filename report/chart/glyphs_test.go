package chart

import (
	"bytes"
	"image"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/font/liberation"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/dipstat/dipstat/report/imgcmp"
	"github.com/dipstat/dipstat/report/poppler"
)

// needCJKFonts skips t when the CJK fonts are not installed, except under
// CI (CI=true), where .ci/run installs them and their absence fails.
func needCJKFonts(t *testing.T) {
	t.Helper()
	if err := CJKFonts(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (.ci/run installs them when CI=true)", err)
		}
		t.Skipf("%v", err)
	}
}

// withoutCJKFonts makes the charts of t draw with Liberation only, as on
// a machine without the CJK fonts.
func withoutCJKFonts(t *testing.T) {
	old := fonts
	set := newFontSet(nil)
	fonts = func() *fontSet { return set }
	t.Cleanup(func() { fonts = old })
}

// glyph draws s at 24 pt in the chart's regular face with handler h (nil:
// the chart fonts, with fallback) and returns the picture.
func glyph(s string, h text.Handler) image.Image {
	c := vgimg.NewWith(vgimg.UseWH(36, 36), vgimg.UseDPI(96))
	dc := draw.New(c)
	white(dc)
	sty := Full.textStyle(24, false)
	if h != nil {
		sty.Handler = h
	}
	dc.FillText(sty, vg.Point{X: 4, Y: 6}, s)
	return c.Image()
}

// TestCJKGlyphs draws Chinese (simplified and traditional, one character
// NanumGothic lacks) and Korean characters and checks that each shows its
// own glyph: not blank, and unlike the others, where a font without them
// draws every one alike (Liberation Sans: nothing; a viewer: the same
// empty box).
func TestCJKGlyphs(t *testing.T) {
	needCJKFonts(t)
	const chars = "邻鄰搬近이웃관"
	plain := text.Plain{Fonts: font.NewCache(liberation.Collection())}
	box := glyph("邻", plain)
	// The check can fail: without the fonts all are drawn alike.
	if m := imgcmp.Mismatch(box, glyph("웃", plain)); m != 0 {
		t.Fatalf("Liberation draws 邻 and 웃 differently (%.3f): the test cannot tell glyphs from boxes", m)
	}
	var imgs []image.Image
	for _, r := range chars {
		img := glyph(string(r), nil)
		if d := imgcmp.Dark(img); d < 0.02 {
			t.Errorf("%c is blank (%.3f dark)", r, d)
		}
		if m := imgcmp.Mismatch(img, box); m < 0.05 {
			t.Errorf("%c looks like the .notdef box (mismatch %.3f)", r, m)
		}
		imgs = append(imgs, img)
	}
	rs := []rune(chars)
	for i := range imgs {
		for j := i + 1; j < len(imgs); j++ {
			if m := imgcmp.Mismatch(imgs[i], imgs[j]); m < 0.05 {
				t.Errorf("%c and %c look alike (mismatch %.3f)", rs[i], rs[j], m)
			}
		}
	}
}

// TestCJKRuns checks the fallback chain: Latin in Liberation, Han in Droid
// Sans Fallback, Hangul in NanumGothic, spaces and punctuation kept in the
// run they are in, bold Hangul in the bold face.
func TestCJKRuns(t *testing.T) {
	needCJKFonts(t)
	h := fonts().handler("邻") // with the CJK fonts
	for _, c := range []struct {
		in   string
		bold bool
		want string
	}{
		{"close neighbors", false, "Liberation:close neighbors"},
		{"搬不走的近邻 · 이사 갈 수 없는 이웃", false, "Droid Sans Fallback:搬不走的近邻 |Liberation:· |NanumGothic:이사 갈 수 없는 이웃"},
		{"2989亿美元, 2천989억 달러", false, "Liberation:2989|Droid Sans Fallback:亿美元|Liberation:, 2|NanumGothic:천989억 달러"},
		{"「近鄰」", true, "Droid Sans Fallback:「近鄰」"},
		{"이웃 (ko)", true, "NanumGothic-Bold:이웃 (|Liberation-Bold:ko)"},
	} {
		f := Full.face(10, c.bold)
		var got []string
		for _, r := range h.Runs(c.in, f) {
			name := string(r.Face.Font.Typeface)
			regular := font.Font{Typeface: r.Face.Font.Typeface, Variant: r.Face.Font.Variant}
			if r.Face.Face != h.Fonts.Lookup(regular, 10).Face {
				name += "-Bold"
			}
			got = append(got, name+":"+r.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Runs(%q, bold %v) = %s\nwant %s", c.in, c.bold, g, c.want)
		}
		if m := h.Missing(c.in, f); len(m) != 0 {
			t.Errorf("Missing(%q) = %q", c.in, string(m))
		}
	}
	if m := h.Missing("邻 ☃ 邻", Full.face(10, false)); string(m) != "☃" {
		t.Errorf("Missing = %q, want the snowman only", string(m))
	}
}

// cjkLabels are texts cjkChart draws.
var cjkLabels = []string{"搬不走的近邻", "이사 갈 수 없는 이웃", "搬不走的近鄰", "新华社", "연합뉴스", "close neighbors"}

// cjkChart is a chart with Chinese and Korean in its title and labels.
func cjkChart(t *testing.T) *Chart {
	c, err := Bars("cjk", "搬不走的近邻 · 이사 갈 수 없는 이웃", "Corpus: 新华社, 연합뉴스", "occurrences",
		[]Item{{"搬不走的近鄰", 5}, {"이사 갈 수 없는 이웃", 3}, {"close neighbors", 2}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCJKFormats renders a chart with Chinese and Korean labels in each
// format: the SVG names the CJK fonts and stays light, the PDF embeds each
// face used as a subset, and its text is the labels.
func TestCJKFormats(t *testing.T) {
	needCJKFonts(t)
	c := cjkChart(t)
	labels := cjkLabels
	for _, s := range Sizes {
		var svg, pdf, png bytes.Buffer
		for format, buf := range map[string]*bytes.Buffer{"svg": &svg, "pdf": &pdf, "png": &png} {
			if err := Render(buf, c, s, format, Options{}); err != nil {
				t.Fatal(err)
			}
			if limit := sizeLimits[format]; limit > 0 && buf.Len() > limit {
				t.Errorf("%s %s is %d bytes, over %d", s.Name, format, buf.Len(), limit)
			}
		}
		for _, want := range append(labels, "font-family:'Droid Sans Fallback',", "font-family:NanumGothic,") {
			if !strings.Contains(svg.String(), want) {
				t.Errorf("%s SVG lacks %q", s.Name, want)
			}
		}
		// Liberation regular and bold, Droid Sans Fallback, NanumGothic
		// regular and bold (the title), each a subset.
		if n := bytes.Count(pdf.Bytes(), []byte("/FontFile2")); n != 5 {
			t.Errorf("%s PDF embeds %d font files, want 5", s.Name, n)
		}
		for _, m := range regexp.MustCompile(`/Length1 (\d+)`).FindAllSubmatch(pdf.Bytes(), -1) {
			if n, _ := strconv.Atoi(string(m[1])); n > 100_000 {
				t.Errorf("%s PDF embeds a font file of %d bytes: not a subset", s.Name, n)
			}
		}
		txt := strings.ReplaceAll(pdfText(t, pdf.Bytes()), "\n", "")
		for _, want := range labels {
			if !strings.Contains(txt, want) {
				t.Errorf("%s PDF text lacks %q:\n%s", s.Name, want, txt)
			}
		}
	}
}

// TestCJKPDFText has poppler's pdftotext read a chart with Chinese and
// Korean labels back, as a reader copying from the PDF would.
func TestCJKPDFText(t *testing.T) {
	needCJKFonts(t)
	var pdf bytes.Buffer
	if err := Render(&pdf, cjkChart(t), Full, "pdf", Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "c.pdf")
	if err := os.WriteFile(path, pdf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(poppler.Pages(t, path, "-layout"), "\n")
	for _, want := range cjkLabels {
		if !strings.Contains(out, want) {
			t.Errorf("pdftotext lacks %q:\n%s", want, out)
		}
	}
}

// TestNoCJKFonts draws the same chart as on a machine without the CJK
// fonts: every format still renders, Korean is romanized and Chinese
// marked, and CJKFonts names the Debian packages to install.
func TestNoCJKFonts(t *testing.T) {
	withoutCJKFonts(t)
	err := CJKFonts()
	if err == nil || !strings.Contains(err.Error(), "fonts-droid-fallback") || !strings.Contains(err.Error(), "fonts-nanum") {
		t.Fatalf("CJKFonts() = %v, want the Debian packages named", err)
	}
	c := cjkChart(t)
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, c, Full, format, Options{}); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if format == "svg" && !strings.Contains(buf.String(), Unknown+" · Isa Gal Su Eopneun Iut") {
			t.Errorf("SVG without CJK fonts lacks the romanized title:\n%s", buf.String())
		}
	}
}

// BenchmarkCJKFormats renders a chart with Chinese and Korean labels in
// each format (for PDF, fpdf parses each CJK font file, 4 to 5 MB, to
// subset it).
func BenchmarkCJKFormats(b *testing.B) {
	if CJKFonts() != nil {
		b.Skip(CJKFonts())
	}
	c, err := Bars("cjk", "搬不走的近邻 · 이사 갈 수 없는 이웃", "caption", "occurrences", []Item{{"搬不走的近鄰", 5}, {"이사 갈 수 없는 이웃", 3}})
	if err != nil {
		b.Fatal(err)
	}
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				if err := Render(io.Discard, c, Full, format, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLatinSkipsCJKFonts: a chart without CJK text never reads the CJK
// font files (9 MB); one with it does.
func TestLatinSkipsCJKFonts(t *testing.T) {
	old := fonts
	set := newFontSet(fontDirs())
	fonts = func() *fontSet { return set }
	t.Cleanup(func() { fonts = old })
	loaded := func() bool { return set.fallback != nil || set.missing != nil }
	c, err := Bars("latin", "Top terms “win−win”", "Corpus: Łódź", "count", []Item{{"china", 3}, {"café", 2}})
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range Formats {
		if err := Render(io.Discard, c, Full, format, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	if loaded() {
		t.Fatal("a chart in Latin script read the CJK fonts")
	}
	if err := Render(io.Discard, cjkChart(t), Full, "svg", Options{}); err != nil {
		t.Fatal(err)
	}
	if !loaded() {
		t.Error("a chart with Chinese and Korean labels did not look for the CJK fonts")
	}
}
