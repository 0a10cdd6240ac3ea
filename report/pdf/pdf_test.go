package pdf

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/report/chart"
)

func TestWrite(t *testing.T) {
	var charts []*chart.Chart
	for i := range 3 {
		c, err := chart.Bars("c"+strconv.Itoa(i), "Chart “"+strconv.Itoa(i)+"”", "caption", "count", []chart.Item{{Label: "china", Value: 3}, {Label: "윤석열", Value: 2}})
		if err != nil {
			t.Fatal(err)
		}
		charts = append(charts, c)
	}
	var warns []string
	for i := range 80 { // enough to spill onto a second summary page
		warns = append(warns, "warning number "+strconv.Itoa(i)+" about an input file that could not be read − with a long explanation")
	}
	sum := Summary{Title: "dipstat report", Subtitle: "seeds · 2023-01-10 – 2025-12-31",
		Sections: []Section{{Title: "Corpus", Fields: []Field{{"Documents", "5"}, {"Inputs", strings.Repeat("seeds/file.txt ", 30)}}}},
		Warnings: warns, Footer: "dipstat report 2025-07-01"}
	var buf bytes.Buffer
	n, err := Write(&buf, sum, charts)
	if err != nil {
		t.Fatal(err)
	}
	if n != 5 {
		t.Errorf("Write returned %d pages, want 2 summary + 3 charts", n)
	}
	got, err := Check(buf.Bytes())
	if err != nil || got != n {
		t.Errorf("Check = %d, %v; want %d", got, err, n)
	}
	if pdfinfo, err := exec.LookPath("pdfinfo"); err == nil {
		path := filepath.Join(t.TempDir(), "r.pdf")
		os.WriteFile(path, buf.Bytes(), 0o644)
		out, err := exec.Command(pdfinfo, path).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "Pages:           5") {
			t.Errorf("pdfinfo: %v\n%s", err, out)
		}
	}
	if os.Getenv("PDF_OUT") != "" {
		os.WriteFile(os.Getenv("PDF_OUT"), buf.Bytes(), 0o644)
	}
}

func TestCheckRejects(t *testing.T) {
	var buf bytes.Buffer
	if _, err := Write(&buf, Summary{Title: "x"}, nil); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	if n, err := Check(good); err != nil || n != 1 {
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
	if _, err := Write(&buf, Summary{Title: "seed", Warnings: []string{"w"}}, nil); err != nil {
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
