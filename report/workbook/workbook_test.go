package workbook

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/table"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

func sampleBook(t *testing.T) *Book {
	docs := table.New("documents", "Documents",
		table.Column{Key: "id", Title: "ID", Width: 12},
		table.Column{Key: "file", Title: "File", Kind: table.Link, Width: 30},
		table.Column{Key: "date", Title: "Date", Kind: table.Date, Width: 11},
		table.Column{Key: "tokens", Title: "Tokens", Kind: table.Int},
		table.Column{Key: "share", Title: "Share", Kind: table.Percent, Decimals: 1},
		table.Column{Key: "score", Title: "Score", Kind: table.Float, Decimals: 2},
	)
	docs.Append("a", "seeds/a.txt", day("2025-06-10"), 1234, 0.245, 3.14159)
	docs.Append("b", "https://example.org/b", time.Time{}, int64(7), 0.5, nil)
	docs.Append("c \"quoted\"", "seeds/c d.txt", day("2023-01-10"), 0, 0.0, -1.5)
	wide := table.New("terms_by_period", "Terms by period",
		table.Column{Key: "term", Title: "Term"},
		table.Column{Key: "2025-01", Kind: table.Int},
		table.Column{Key: "2025-02", Kind: table.Int},
	)
	wide.Append("china", 3, 5)
	wide.Append("korea", 2, 1)
	long := table.New("long", "Long: cells / rows?", table.Column{Key: "text", Title: "Text"})
	long.Append(strings.Repeat("x", MaxCellChars+10))
	long.Append("short")
	long.Append("third")
	long.Append("fourth")
	empty := table.New("empty", "Empty", table.Column{Key: "a", Title: "A"})
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	img.Set(1, 1, color.Black)
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, img); err != nil {
		t.Fatal(err)
	}
	return &Book{
		Summary: []Item{
			{"Run", "started", time.Date(2025, 7, 1, 12, 30, 5, 0, time.UTC)},
			{"Run", "dipstat version", "test"},
			{"Counts", "documents", 3},
			{"Parameters", "period", "month"},
		},
		Tables: []*table.Table{docs, wide, long, empty},
		Charts: []NativeChart{
			{Kind: ColumnChart, Title: "Tokens", Table: "documents", Category: "id", Values: []string{"tokens"}},
			{Kind: LineChart, Title: "Trends", Table: "terms_by_period", ByRow: true, Name: "term", Values: []string{"2025-01", "2025-02"}, MaxSeries: 5},
			{Kind: LineChart, Title: "Absent", Table: "nope", Category: "x"},
		},
		Images: []Image{{Title: "A chart", PNG: pngBuf.Bytes(), DPI: 192}},
		Link:   func(p string) string { return "../../" + p },
	}
}

func TestWorkbook(t *testing.T) {
	old := maxRows
	maxRows = 3
	defer func() { maxRows = old }()
	var buf bytes.Buffer
	res, err := Write(&buf, sampleBook(t))
	if err != nil {
		t.Fatal(err)
	}
	wantSheets := []string{"Summary", "Documents", "Terms by period", "Long  cells   rows", "Empty", "Charts"}
	if strings.Join(res.Sheets, "|") != strings.Join(wantSheets, "|") {
		t.Errorf("sheets = %q, want %q", res.Sheets, wantSheets)
	}
	if len(res.Notes) != 2 {
		t.Errorf("notes = %q, want a truncation and a cut note", res.Notes)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, c := range []struct{ sheet, cell, want, fmt string }{
		{"Documents", "A1", "ID", ""},
		{"Documents", "D2", "1234", "#,##0"},
		{"Documents", "E2", "0.245", "0.0%"},
		{"Documents", "F2", "3.14159", "#,##0.00"},
		{"Documents", "C2", "45818", "yyyy-mm-dd"},
		{"Documents", "B2", "seeds/a.txt", ""},
		{"Summary", "C2", "45839.520891203705", "yyyy-mm-dd hh:mm:ss"},
		{"Summary", "C4", "3", "#,##0"},
	} {
		got, err := f.GetCellValue(c.sheet, c.cell, excelize.Options{RawCellValue: true})
		if err != nil || got != c.want {
			t.Errorf("%s!%s = %q (%v), want %q", c.sheet, c.cell, got, err, c.want)
		}
		if c.fmt != "" {
			if nf := numFmt(f, c.sheet, c.cell); nf != c.fmt {
				t.Errorf("%s!%s format = %q, want %q", c.sheet, c.cell, nf, c.fmt)
			}
		}
	}
	if form, _ := f.GetCellFormula("Documents", "B2"); form != `HYPERLINK("../../seeds/a.txt","seeds/a.txt")` {
		t.Errorf("link formula = %q", form)
	}
	if form, _ := f.GetCellFormula("Documents", "B3"); form != `HYPERLINK("https://example.org/b","https://example.org/b")` {
		t.Errorf("url formula = %q", form)
	}
	long, _ := f.GetCellValue("Long  cells   rows", "A2")
	if len(long) != MaxCellChars-len([]rune(CutMarker))+len(CutMarker) || !strings.HasSuffix(long, CutMarker) {
		t.Errorf("long cell has %d bytes, suffix %q", len(long), long[len(long)-10:])
	}
	if rows, _ := f.GetRows("Long  cells   rows"); len(rows) != 4 {
		t.Errorf("truncated sheet has %d rows, want header + 3", len(rows))
	}
	dump, err := Dump(buf.Bytes(), 8)
	if err != nil {
		t.Fatal(err)
	}
	// The 32,767-character cell is long; keep the golden readable.
	dump = regexp.MustCompile(`x{20,}`).ReplaceAllStringFunc(dump, func(s string) string { return fmt.Sprintf("x*%d", len(s)) })
	golden(t, "sample.txt", dump)
}

func TestCellText(t *testing.T) {
	for _, c := range []struct {
		in  string
		cut bool
	}{
		{"short", false},
		{strings.Repeat("a", MaxCellChars), false},
		{strings.Repeat("a", MaxCellChars+1), true},
		{strings.Repeat("한", MaxCellChars+1), true},
		{strings.Repeat("😀", MaxCellChars/2+1), true},
	} {
		got, cut := cellText(c.in)
		if cut != c.cut || utf16Len(got) > MaxCellChars {
			t.Errorf("cellText(%d runes) cut=%v len16=%d", len([]rune(c.in)), cut, utf16Len(got))
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if got != string(want) {
		t.Errorf("dump differs from %s (run with -update to accept):\n%s", path, got)
	}
}

// BenchmarkWrite streams a table of 100,000 rows (text, int, float,
// percent, date, link) into a workbook.
func BenchmarkWrite(b *testing.B) {
	t := table.New("big", "Big",
		table.Column{Key: "term", Title: "Term"},
		table.Column{Key: "n", Title: "N", Kind: table.Int},
		table.Column{Key: "x", Title: "X", Kind: table.Float, Decimals: 2},
		table.Column{Key: "p", Title: "P", Kind: table.Percent, Decimals: 1},
		table.Column{Key: "d", Title: "D", Kind: table.Date},
		table.Column{Key: "f", Title: "F", Kind: table.Link},
	)
	for i := range 100000 {
		t.Append(fmt.Sprintf("term%d", i), i, float64(i)/7, float64(i%100)/100, day("2025-01-01").AddDate(0, 0, i%365), fmt.Sprintf("seeds/%d.txt", i%50))
	}
	b.ResetTimer()
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := Write(&buf, &Book{Tables: []*table.Table{t}}); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
}
