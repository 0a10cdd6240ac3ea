package workbook

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/table"
	"github.com/xuri/excelize/v2"
)

// sheetRows is the XML of the rows after the first of a sheet in an
// xlsx file written by excelize alone.
func sheetRows(t *testing.T, data []byte, part string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != part {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		i := strings.Index(s, `<row r="2"`)
		j := strings.Index(s, `</sheetData>`)
		if i < 0 || j < i {
			t.Fatalf("no rows in %s", s)
		}
		return s[i:j]
	}
	t.Fatalf("no part %s", part)
	return ""
}

// TestRowXMLMatchesExcelize: rowXML writes what StreamWriter.SetRow writes.
func TestRowXMLMatchesExcelize(t *testing.T) {
	loc := time.FixedZone("X", 9*3600)
	rows := [][]excelize.Cell{
		{{Value: "plain"}, {Value: 42, StyleID: 3}, {Value: int64(-7)}, {Value: 3.25}, {Value: 1e21}, {Value: 1.5e-9}},
		{{Value: " lead"}, {Value: "trail\n"}, {Value: "a<b>&\"c'\td\re"}, {Value: "bad\xffutf8\x01ctl"}, {Value: "\ufffe\uffff𝄞é中"}, {Value: ""}},
		{{Value: "_x0041_ and _x005F_x0041_ and _x005F_ and _xZZZZ_"}, {Value: true}, {Value: false}, {}, {Value: nil, StyleID: 4}, {Value: "x"}},
		{{Value: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), StyleID: 5}, {Value: time.Date(2024, 3, 5, 13, 4, 5, 6, loc), StyleID: 5},
			{Value: time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC), StyleID: 5}, {Value: time.Date(1900, 2, 1, 0, 0, 0, 0, time.UTC), StyleID: 5},
			{Value: "0001", Formula: `HYPERLINK("a b.txt","0001")`, StyleID: 2}, {Value: " sp ", Formula: `HYPERLINK("x","_x0041_")`}},
		{{Value: math.NaN()}, {Value: math.Inf(1)}, {Value: "no style time"}, {Value: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}, {Formula: "1+1"}, {Value: "multi\nline\ntext"}},
	}
	// excelize alone
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{"h"}); err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		vals := make([]any, len(row))
		for i, c := range row {
			vals[i] = c
		}
		if err := sw.SetRow("A"+itoa(r+2), vals); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	want := sheetRows(t, buf.Bytes(), "xl/worksheets/sheet1.xml")
	// the date style excelize made is the one rowXML must use
	st, err := f.NewStyle(&excelize.Style{NumFmt: 22})
	if err != nil {
		t.Fatal(err)
	}
	x := newRowXML(6, func() (int, error) { return st, nil })
	for r, row := range rows {
		if err := x.row(r+2, row); err != nil {
			t.Fatal(err)
		}
	}
	if got := string(x.buf); got != want {
		t.Errorf("rowXML differs from excelize:\n got %s\nwant %s", got, want)
	}
}

func itoa(n int) string { return string(rune('0'+n/10%10)) + string(rune('0'+n%10)) }

func TestCRC32Combine(t *testing.T) {
	a, b := []byte("the first part of a sheet"), bytes.Repeat([]byte("rows <c r=\"A2\"/> "), 1000)
	for _, split := range []int{0, 1, 7, len(b)} {
		x, y := b[:split], b[split:]
		got := crc32Combine(crc32.ChecksumIEEE(append(append([]byte{}, a...), x...)), crc32.ChecksumIEEE(y), int64(len(y)))
		if want := crc32.ChecksumIEEE(append(append(append([]byte{}, a...), x...), y...)); got != want {
			t.Errorf("split %d: %08x, want %08x", split, got, want)
		}
	}
}

// TestSplicedParts: every part of a workbook with spliced sheets reads
// back whole with its checksum, and holds every row.
func TestSplicedParts(t *testing.T) {
	tb := table.New("big", "Big", table.Column{Key: "id"}, table.Column{Key: "n", Kind: table.Int}, table.Column{Key: "text"})
	for i := range 30000 {
		tb.Append(itoa(i%100), i, strings.Repeat("word ", i%40)+"end")
	}
	empty := table.New("empty", "Empty", table.Column{Key: "a"})
	var buf bytes.Buffer
	if _, err := Write(&buf, &Book{Tables: []*table.Table{tb, empty, tb}, TempDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, rc); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		rc.Close()
	}
	xf, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer xf.Close()
	for _, sh := range []string{"Big", "Big (2)"} {
		rows, err := xf.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 30001 || rows[30000][1] != "29999" || rows[1][0] != "00" {
			t.Errorf("%s: %d rows, last %v", sh, len(rows), rows[len(rows)-1])
		}
	}
	if rows, _ := xf.GetRows("Empty"); len(rows) != 1 {
		t.Errorf("Empty: %d rows", len(rows))
	}
}
