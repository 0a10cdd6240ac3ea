package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/report/chart"
)

// trilingual is the README's example folder: one article each in English,
// Chinese and Korean, on the same figure and the same formulas.
const trilingual = "../../testdata/trilingual"

// TestTrilingualExample runs the README's Chinese and Korean example: one
// family with its variants from all three languages, one value for 2989亿美元,
// 2천989억 달러 and $298.9 billion, and the concordance with each hit's lang.
func TestTrilingualExample(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"phrases.trilingual.variants", []string{"phrases", "-top", "3", trilingual}},
		{"figures.trilingual", []string{"figures", trilingual}},
		{"kwic.trilingual.close-neighbors", []string{"kwic", "-family", "close-neighbors", "-width", "16", "-format", "csv", trilingual}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, err := runCLI(t, c.args...)
			if err != nil {
				t.Fatalf("err %v, stderr %s", err, errOut)
			}
			if c.name == "phrases.trilingual.variants" {
				out = out[strings.Index(out, "Variants of"):]
			}
			golden(t, c.name+".stdout", out)
		})
	}
}

// TestTrilingualReport: a report over a folder in three languages has the
// Families by language sheet (and its CSV) and chart.
func TestTrilingualReport(t *testing.T) {
	out := t.TempDir()
	_, errOut, err := runCLI(t, "report", "-quiet", "-out", out, "-name", "tri", "-formats", "png", trilingual)
	if err != nil {
		t.Fatalf("err %v, stderr %s", err, errOut)
	}
	csv, err := os.ReadFile(filepath.Join(out, "tri", "data", "families_by_language.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"close-neighbors,en,2025-12-10,1,", "close-neighbors,ko,2025-12-12,1,", "close-neighbors,zh-Hans,2025-12-11,1,"} {
		if !strings.Contains(string(csv), want) {
			t.Errorf("families_by_language.csv lacks %q:\n%s", want, csv)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "tri", "charts", "families-by-language.png")); err != nil {
		t.Error(err)
	}
}

// TestTrilingualChartGlyphs: with the CJK fonts installed (.ci/run does),
// the Families by language chart names each language's wording in its
// own script in SVG and PDF (read back by pdftotext), the files stay
// light, and the report has no font warning.
func TestTrilingualChartGlyphs(t *testing.T) {
	if err := chart.CJKFonts(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (.ci/run installs them when CI=true)", err)
		}
		t.Skip(err)
	}
	out := t.TempDir()
	if _, errOut, err := runCLI(t, "report", "-quiet", "-out", out, "-name", "tri", "-formats", "pdf,svg", trilingual); err != nil {
		t.Fatalf("err %v, stderr %s", err, errOut)
	}
	charts := filepath.Join(out, "tri", "charts")
	svg, err := os.ReadFile(filepath.Join(charts, "families-by-language.svg"))
	if err != nil {
		t.Fatal(err)
	}
	pdf := strings.Join(pdfPages(t, filepath.Join(charts, "families-by-language.pdf")), " ")
	for _, want := range []string{"close-neighbors · ko", "이사 갈 수 없는 이웃", "搬不走的近邻", "인적 교류", "人文交流"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("families-by-language.svg lacks %q", want)
		}
		if !strings.Contains(pdf, want) {
			t.Errorf("families-by-language.pdf reads back without %q:\n%s", want, pdf)
		}
	}
	for name, limit := range map[string]int64{"families-by-language.svg": 150_000, "families-by-language.pdf": 60_000} {
		if fi, err := os.Stat(filepath.Join(charts, name)); err != nil || fi.Size() > limit {
			t.Errorf("%s: %v (%v), want at most %d bytes", name, fi.Size(), err, limit)
		}
	}
	if m := readManifest(t, filepath.Join(out, "tri")); strings.Contains(strings.Join(m.Warnings, "\n"), "font") {
		t.Errorf("warnings name fonts although they are installed: %q", m.Warnings)
	}
}
