package chart

import (
	"bytes"
	"compress/zlib"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"gonum.org/v1/plot/vg"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// samples builds one chart of every kind from small fixed inputs.
func samples(t *testing.T) []*Chart {
	t.Helper()
	periods := []string{"2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"}
	wave := func(a, b float64) []float64 {
		v := make([]float64, len(periods))
		for i := range v {
			v[i] = a + b*float64((i*7)%11)
		}
		return v
	}
	cap := "Corpus: seeds · 5 documents · month · 2023-01-10 – 2024-12-31"
	d := func(s string) time.Time { x, _ := time.Parse(time.DateOnly, s); return x }
	var out []*Chart
	add := func(c *Chart, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	add(Columns("volume", "Corpus volume per period", cap, periods, []Series{
		{Name: "Documents", Unit: "documents", Values: wave(1, 2)},
		{Name: "Tokens", Unit: "tokens", Values: wave(300, 450)},
	}))
	add(Bars("top-terms", "Top terms", cap, "occurrences", []Item{
		{"china", 120}, {"south korea", 95}, {"cooperation", 40}, {"“win−win” partnership with 윤석열", 12},
	}))
	add(Lines("term-trends", "Trends of the top terms", cap, "per 10,000 words", periods, []Series{
		{Name: "china", Values: wave(50, 3)}, {Name: "south korea", Values: wave(40, 2)}, {Name: "cooperation", Values: wave(10, 1)},
	}))
	add(Panels("families", "Formula families per period", cap, "occurrences", periods, []Series{
		{Name: "strategic partnership", Values: wave(1, 1)}, {Name: "one china", Values: wave(0, 1)},
		{Name: "win-win cooperation", Values: wave(2, 0.5)}, {Name: "denuclearization", Values: wave(0, 2)},
		{Name: "people-to-people exchange", Values: wave(1, 0)},
	}))
	add(Stacked("variants", "Variant shares: strategic partnership", cap, periods, []Series{
		{Name: "strategic cooperative partnership", Values: wave(1, 1)}, {Name: "strategic partnership", Values: wave(2, 0.3)},
	}))
	add(Diverging("keyness", "Keyness of 2024-12 against earlier periods", cap, "signed log-likelihood (G²)", []Item{
		{"supply chain", 14.2}, {"summit", 9.1}, {"apec", 3.3}, {"thaad", -4.5}, {"sanctions", -11.7},
	}))
	add(Points("figures", "Cited figures over time", cap+" · sources: 001, 004", []PointSeries{
		{Name: "bilateral trade", Unit: "billion USD", Points: []Point{{d("2023-01-10"), 362, "362 bn USD"}, {d("2024-06-10"), 310.5, "310.5 bn USD"}, {d("2024-12-31"), 328, ""}}},
		{Name: "tourists", Unit: "million people", Points: []Point{{d("2024-06-10"), 4.6, "4.6 m"}}},
	}))
	// Figures cited in hundreds of articles: 8 panels of 450 citations
	// over three years, as a corpus repeats a figure (half on one level,
	// half updated every hundred citations). Hundreds of distinct values
	// in one panel are each a visible dot and weigh more in SVG.
	var dense []PointSeries
	for k := range 8 {
		se := PointSeries{Name: fmt.Sprintf("series %d", k), Unit: "billion USD"}
		for i := range 450 {
			v := 300.0
			if k%2 == 1 {
				v += 10 * float64((i/100+k)%3)
			}
			se.Points = append(se.Points, Point{Date: d("2023-01-01").AddDate(0, 0, i*1095/450), Value: v})
		}
		dense = append(dense, se)
	}
	add(Points("figures-dense", "Cited figures, dense", cap, dense))
	if CJKFonts() == nil { // Chinese and Korean labels (TestCJKFormats)
		out = append(out, cjkChart(t))
	}
	return out
}

// TestRenderAll renders every sample in every format at both sizes; PNGs
// must decode to the expected size and not be blank, PDFs must hold the
// text in Windows-1252. Set CHART_OUT=dir to keep the files for a look.
func TestRenderAll(t *testing.T) {
	dir := os.Getenv("CHART_OUT")
	for _, c := range samples(t) {
		for _, s := range Sizes {
			for _, f := range Formats {
				var buf bytes.Buffer
				if err := Render(&buf, c, s, f, Options{DPI: 100}); err != nil {
					t.Fatalf("%s %s %s: %v", c.Name, s.Name, f, err)
				}
				if dir != "" {
					os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%s.%s", c.Name, s.Name, f)), buf.Bytes(), 0o644)
				}
				switch f {
				case "png":
					checkPNG(t, buf.Bytes(), int(float64(s.Width/vg.Inch)*100+0.5), int(float64(c.Height(s)/vg.Inch)*100+0.5))
				case "pdf":
					if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) || !bytes.Contains(buf.Bytes(), []byte("/FontFile2")) {
						t.Errorf("%s %s: not a PDF with embedded fonts", c.Name, s.Name)
					}
				case "svg":
					if bytes.Contains(buf.Bytes(), []byte("@font-face")) || !bytes.Contains(buf.Bytes(), []byte(FontStack)) {
						t.Errorf("%s %s: SVG embeds its fonts or does not name them with FontStack", c.Name, s.Name)
					}
				}
			}
		}
	}
}

func checkPNG(t *testing.T, data []byte, w, h int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("decode png: %v", err)
	}
	b := img.Bounds()
	if abs(b.Dx()-w) > 1 || abs(b.Dy()-h) > 1 {
		t.Errorf("png is %dx%d, want %dx%d", b.Dx(), b.Dy(), w, h)
	}
	if dark(img) < 0.005 {
		t.Errorf("png looks blank (%.4f dark pixels)", dark(img))
	}
}

func dark(img image.Image) float64 {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r+g+bl < 3*0xA000 {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy()/4)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// TestPDFText checks that labels with a minus sign, curly quotes and a
// Hangul name are written as text (through Safe) and that each face is
// embedded once, as a subset.
func TestPDFText(t *testing.T) {
	withoutCJKFonts(t) // TestCJKFormats draws them with the fonts
	c, err := Bars("t", "Ties “win−win” with 윤석열", "caption – é", "count", []Item{{"이재명", 3}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Render(&buf, c, Full, "pdf", Options{}); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	for _, want := range []string{"Ties “win-win” with Yunseokyeol", "Ijaemyeong", "caption – é"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}
	// Two faces (the bold title, the regular rest), each its own subset:
	// the whole Liberation Sans is over 300 KB.
	if n := bytes.Count(buf.Bytes(), []byte("/FontFile2")); n != 2 {
		t.Errorf("PDF embeds %d font files, want 2 (regular and bold)", n)
	}
	for _, m := range regexp.MustCompile(`/Length1 (\d+)`).FindAllSubmatch(buf.Bytes(), -1) {
		if n, _ := strconv.Atoi(string(m[1])); n > 100_000 {
			t.Errorf("an embedded font file is %d bytes: not a subset", n)
		}
	}
}

// pdfText inflates every stream of a PDF and returns the string operands
// of text operators, decoded from UTF-16BE (the encoding of fpdf's UTF-8
// fonts), one per line.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	var all strings.Builder
	re := regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`)
	for _, m := range re.FindAllSubmatch(data, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			all.Write(m[1])
			continue
		}
		b, _ := io.ReadAll(r)
		all.Write(b)
	}
	var out strings.Builder
	for _, m := range regexp.MustCompile(`\(((?:\\.|[^\\)])*)\) ?Tj`).FindAllStringSubmatch(all.String(), -1) {
		raw := []byte(strings.NewReplacer(`\(`, "(", `\)`, ")", `\\`, `\`, `\r`, "\r").Replace(m[1]))
		u := make([]uint16, len(raw)/2)
		for i := range u {
			u[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
		}
		out.WriteString(string(utf16.Decode(u)) + "\n")
	}
	return out.String()
}

// sizeLimits are the most a chart file may weigh: fonts are named (SVG) or
// subset (PDF), never embedded whole.
var sizeLimits = map[string]int{"svg": 150_000, "pdf": 60_000}

// TestFileSizes renders every sample at both sizes and checks the SVG and
// PDF against sizeLimits.
func TestFileSizes(t *testing.T) {
	for _, c := range samples(t) {
		for _, s := range Sizes {
			for format, limit := range sizeLimits {
				var buf bytes.Buffer
				if err := Render(&buf, c, s, format, Options{}); err != nil {
					t.Fatal(err)
				}
				if buf.Len() > limit {
					t.Errorf("%s %s.%s is %d bytes, over %d", c.Name, s.Name, format, buf.Len(), limit)
				}
			}
		}
	}
}

// TestSVGGolden keeps small charts as exact SVGs.
func TestSVGGolden(t *testing.T) {
	bars, err := Bars("golden", "Top terms", "Corpus: test · 2 documents", "occurrences", []Item{{"china", 12}, {"south korea", 7}})
	if err != nil {
		t.Fatal(err)
	}
	var months []string
	var a, b []float64
	for i := range 14 {
		months = append(months, fmt.Sprintf("%d-%02d", 2024+(i+10)/12, (i+10)%12+1))
		a, b = append(a, float64(i%5)), append(b, float64(7-i%4))
	}
	lines, err := Lines("lines", "Trends “win−win”", "Corpus: test · 윤석열", "per 10,000 tokens", months, []Series{{Name: "china", Values: a}, {Name: "korea", Values: b}})
	if err != nil {
		t.Fatal(err)
	}
	svgGolden(t, bars, "bars.svg")
	withoutCJKFonts(t) // the same everywhere: Hangul romanized
	svgGolden(t, lines, "lines.svg")
}

func svgGolden(t *testing.T, c *Chart, name string) {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, c, Column, "svg", Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name)
	if *update {
		os.MkdirAll("testdata", 0o755)
		os.WriteFile(path, buf.Bytes(), 0o644)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("SVG differs from %s (run with -update to accept)", path)
	}
}

func TestNoData(t *testing.T) {
	for name, err := range map[string]error{
		"bars":    second(Bars("x", "x", "", "", nil)),
		"columns": second(Columns("x", "x", "", nil, []Series{{Name: "a"}})),
		"lines":   second(Lines("x", "x", "", "", []string{"2025"}, nil)),
		"points":  second(Points("x", "x", "", []PointSeries{{Name: "a", Points: []Point{{Value: 3}}}})),
	} {
		if !errors.Is(err, ErrNoData) {
			t.Errorf("%s: err = %v, want ErrNoData", name, err)
		}
	}
}

func second(_ *Chart, err error) error { return err }

// TestDegenerate draws charts of zeros, one period, one point and negative
// values without panicking.
func TestDegenerate(t *testing.T) {
	d := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	var charts []*Chart
	add := func(c *Chart, err error) {
		if err != nil {
			t.Fatal(err)
		}
		charts = append(charts, c)
	}
	add(Bars("b", "zeros", "", "n", []Item{{"a", 0}, {"b", 0}}))
	add(Diverging("d", "zeros", "", "g", []Item{{"a", 0}}))
	add(Columns("c", "one", "", []string{"2025"}, []Series{{Name: "x", Values: []float64{0}}}))
	add(Lines("l", "one", "", "y", []string{"2025-06"}, []Series{{Name: "x", Values: []float64{3}}}))
	add(Panels("p", "one", "", "y", []string{"2025-06"}, []Series{{Name: "x", Values: []float64{0}}}))
	add(Stacked("s", "zero", "", []string{"2025-06", "2025-07"}, []Series{{Name: "x", Values: []float64{0, 1}}}))
	add(Points("pt", "neg", "", []PointSeries{{Name: "x", Points: []Point{{Date: d, Value: -5}, {Date: d, Value: -5}}}}))
	for _, c := range charts {
		for _, s := range Sizes {
			var buf bytes.Buffer
			if err := Render(&buf, c, s, "png", Options{DPI: 40}); err != nil {
				t.Errorf("%s: %v", c.Name, err)
			}
		}
	}
}

func TestLabelStep(t *testing.T) {
	many := make([]string, 60)
	for i := range many {
		many[i] = fmt.Sprintf("2025-%02d-%02d", i/28+1, i%28+1)
	}
	for _, s := range Sizes {
		w := plotWidth(s, 1, 0)
		step := labelStep(many, s, w)
		n := (len(many) + step - 1) / step
		labelW := s.textStyle(s.Tick, false).Width("2025-01-01")
		if vgLen(n)*labelW > w {
			t.Errorf("%s: %d labels of %.1fpt do not fit %.1fpt", s.Name, n, labelW, w)
		}
		if labelStep(many[:3], s, w) != 1 {
			t.Errorf("%s: 3 labels should all be shown", s.Name)
		}
	}
}

func TestPeriodLabelsOnCalendar(t *testing.T) {
	var quarters, months []string
	for y := 2023; y <= 2025; y++ {
		for q := 1; q <= 4; q++ {
			quarters = append(quarters, fmt.Sprintf("%d-Q%d", y, q))
		}
		for m := 1; m <= 12; m++ {
			months = append(months, fmt.Sprintf("%d-%02d", y, m))
		}
	}
	for _, c := range []struct {
		labels []string
		step   int
		want   string
	}{
		{quarters, 4, "2023-Q1 2024-Q1 2025-Q1"},
		{quarters[1:], 2, "2023-Q3 2024-Q1 2024-Q3 2025-Q1 2025-Q3"},
		{months, 12, "2023-01 2024-01 2025-01"},
		{months[2:], 6, "2023-07 2024-01 2024-07 2025-01 2025-07"},
		{[]string{"2025-06-01", "2025-06-02", "2025-06-03"}, 2, "2025-06-01 2025-06-03"},
	} {
		var got []string
		for i, l := range c.labels {
			if labelled(c.labels, i, c.step) {
				got = append(got, l)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("step %d: labelled %q, want %q", c.step, got, c.want)
		}
	}
	if k := labelStep(months, Column, plotWidth(Column, 1, 0)); 12%k != 0 && k%12 != 0 {
		t.Errorf("month step %d does not divide the year", k)
	}
}

// FuzzPeriodLabels: any labels give an axis whose labelled periods are at
// least the step apart, without panics.
func FuzzPeriodLabels(f *testing.F) {
	f.Add("2023-Q1,2023-Q2,2023-Q3,2023-Q4,2024-Q1", 2)
	f.Add("2025-01,2025-02,2025-03", 12)
	f.Add("2025,2026,undated", 1)
	f.Add("2025-W01,2025-W02", 3)
	f.Fuzz(func(t *testing.T, csv string, step int) {
		if step < 1 || step > 1000 {
			return
		}
		labels := strings.Split(csv, ",")
		last := -1
		for i := range labels {
			if labelled(labels, i, step) {
				if last >= 0 && i-last < step {
					t.Fatalf("labels %d and %d closer than step %d in %q", last, i, step, labels)
				}
				last = i
			}
		}
		_ = labelStep(labels, Column, plotWidth(Column, 1, 0))
	})
}

// TestGaps checks that missing values (NaN: a period without documents) are
// gaps: the line is split around them, no marker is drawn there, the axis
// ignores them, and a series of nothing but gaps still renders.
func TestGaps(t *testing.T) {
	nan := math.NaN()
	line, pts := linePoints([]float64{1, 2, nan, 4, 5, nan, 7}, Full, 0)
	if len(line.segs) != 2 {
		t.Errorf("%d line segments, want 2 (the lone 7 is a marker only)", len(line.segs))
	}
	if pts.Len() != 5 {
		t.Errorf("%d markers, want 5", pts.Len())
	}
	if got := maxOf(0, []float64{nan, 3, nan}); got != 3 {
		t.Errorf("maxOf = %v, want 3", got)
	}
	periods := []string{"2025-01", "2025-02", "2025-03", "2025-04"}
	for _, c := range []func() (*Chart, error){
		func() (*Chart, error) {
			return Lines("g", "gaps", "", "per 10,000 tokens", periods, []Series{{Name: "a", Values: []float64{1, nan, nan, 2}}, {Name: "b", Values: []float64{nan, nan, nan, nan}}})
		},
		func() (*Chart, error) {
			return Panels("gp", "gaps", "", "per 10,000 tokens", periods, []Series{{Name: "a", Values: []float64{nan, 5, nan, 2}}})
		},
	} {
		ch, err := c()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"png", "svg", "pdf"} {
			var buf bytes.Buffer
			if err := Render(&buf, ch, Full, f, Options{DPI: 40}); err != nil {
				t.Errorf("%s %s: %v", ch.Name, f, err)
			}
		}
	}
}

// TestSimplify: Douglas–Peucker keeps the ends and every vertex farther
// than the tolerance from the line kept.
func TestSimplify(t *testing.T) {
	pt := func(x, y float64) vg.Point { return vg.Point{X: vg.Length(x), Y: vg.Length(y)} }
	for _, c := range []struct {
		in   []vg.Point
		want int
	}{
		{nil, 0},
		{[]vg.Point{pt(0, 0), pt(1, 0)}, 2},
		{[]vg.Point{pt(0, 0), pt(1, 0.05), pt(2, 0), pt(3, -0.05), pt(4, 0)}, 2}, // within 0.1: a flat line
		{[]vg.Point{pt(0, 0), pt(1, 0), pt(2, 5), pt(3, 0), pt(4, 0)}, 5},        // a peak keeps its sides
		{[]vg.Point{pt(0, 0), pt(1, 1), pt(2, 2), pt(3, 3)}, 2},                  // collinear
	} {
		if got := simplify(c.in, polyTolerance); len(got) != c.want {
			t.Errorf("simplify(%v) = %v, want %d points", c.in, got, c.want)
		}
	}
}

// TestCircles: the PDF canvas draws a fill of whole circles of one radius
// as round-capped dots, and nothing else.
func TestCircles(t *testing.T) {
	circle := func(x, y, r float64) vg.Path {
		var p vg.Path
		p.Move(vg.Point{X: vg.Length(x + r), Y: vg.Length(y)})
		p.Arc(vg.Point{X: vg.Length(x), Y: vg.Length(y)}, vg.Length(r), 0, 2*math.Pi)
		p.Close()
		return p
	}
	two := append(circle(1, 1, 2), circle(5, 1, 2)...)
	if cs, r, ok := circles(two); !ok || len(cs) != 2 || r != 2 || cs[1].X != 5 {
		t.Errorf("two circles: %v %v %v", cs, r, ok)
	}
	var half vg.Path
	half.Move(vg.Point{X: 3, Y: 1})
	half.Arc(vg.Point{X: 1, Y: 1}, 2, 0, math.Pi)
	half.Close()
	for name, p := range map[string]vg.Path{"radii differ": append(circle(1, 1, 2), circle(5, 1, 3)...), "half circle": half, "empty": nil} {
		if _, _, ok := circles(p); ok {
			t.Errorf("%s taken for dots", name)
		}
	}
}
