package main

// The seeds report opened as a reader would: every PNG decoded, every PDF
// parsed, the workbook read back (and, where LibreOffice is installed, opened
// in a real spreadsheet program). TestReportSeeds calls these.

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/pdf"
	"github.com/dipstat/dipstat/report/workbook"
	"github.com/xuri/excelize/v2"
)

// TestReportImages decodes every PNG and parses every PDF of the report.
func checkReportImages(t *testing.T, dir string) {
	m := readManifest(t, dir)
	pngs, _ := filepath.Glob(filepath.Join(dir, "charts", "*.png"))
	if len(pngs) != 2*len(m.Charts) {
		t.Errorf("%d PNGs for %d charts", len(pngs), len(m.Charts))
	}
	for _, p := range pngs {
		fh, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(fh)
		fh.Close()
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		want := 700 // 7 in at 100 dpi
		if strings.HasSuffix(p, "-column.png") {
			want = 350
		}
		if w := img.Bounds().Dx(); w != want {
			t.Errorf("%s is %d px wide, want %d", filepath.Base(p), w, want)
		}
	}
	pdfs, _ := filepath.Glob(filepath.Join(dir, "charts", "*.pdf"))
	pdfs = append(pdfs, filepath.Join(dir, "report.pdf"))
	for _, p := range pdfs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		n, err := pdf.Check(b)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		want := 1
		if filepath.Base(p) == "report.pdf" {
			// highlights and contents, two key tables, changes, the
			// charts, the run
			want = m.PDFPages
			if n < 1+2+1+len(m.Charts)+1 {
				t.Errorf("report.pdf has %d pages for %d charts", n, len(m.Charts))
			}
		}
		if n != want {
			t.Errorf("%s has %d pages, want %d", filepath.Base(p), n, want)
		}
		if !bytes.Contains(b, []byte("/FontFile2")) {
			t.Errorf("%s does not embed its fonts", filepath.Base(p))
		}
	}
	if pdfinfo, err := exec.LookPath("pdfinfo"); err == nil {
		out, err := exec.Command(pdfinfo, filepath.Join(dir, "report.pdf")).CombinedOutput()
		if err != nil || !strings.Contains(string(out), fmt.Sprintf("Pages:           %d", m.PDFPages)) {
			t.Errorf("pdfinfo report.pdf: %v\n%s", err, out)
		}
	}
	svgs, _ := filepath.Glob(filepath.Join(dir, "charts", "*.svg"))
	for _, p := range svgs {
		b, _ := os.ReadFile(p)
		if !bytes.HasPrefix(b, []byte("<?xml")) || bytes.Contains(b, []byte("@font-face")) || !bytes.Contains(b, []byte(chart.FontStack)) || bytes.Contains(b, []byte("<image")) {
			t.Errorf("%s: not a vector SVG naming its fonts (chart.FontStack) without embedding them", filepath.Base(p))
		}
	}
	// Light files: fonts are named (SVG) or subset (PDF), never embedded
	// whole in every file.
	for pattern, limit := range map[string]int64{"*.svg": 150_000, "*.pdf": 60_000} {
		files, _ := filepath.Glob(filepath.Join(dir, "charts", pattern))
		for _, p := range files {
			if fi, err := os.Stat(p); err != nil || fi.Size() > limit {
				t.Errorf("%s: %v bytes (%v), want at most %d", filepath.Base(p), fi.Size(), err, limit)
			}
		}
	}
}

// TestReportWorkbook reads the workbook back: sheets, headers, cells,
// number formats, and the data/*.csv files beside it.
func checkReportWorkbook(t *testing.T, dir, out string) {
	data, err := os.ReadFile(filepath.Join(dir, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wantSheets := []string{"Summary", "Changes", "Documents", "Periods", "Terms", "Terms by period", "N-grams", "Collocations", "Keyness",
		"Phrase families by period", "Family keyness", "Phrase variants", "Variant shares", "Phrase occurrences", "Recurring phrases", "Candidate families",
		"Figures", "Figure series", "Families by side", "Reciprocity", "Speakers", "Figures by source", "Charts"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(wantSheets, "|") {
		t.Errorf("sheets = %q\nwant %q", got, wantSheets)
	}
	for _, c := range []struct{ sheet, cell, want, format string }{
		{"Documents", "A1", "ID", ""},
		{"Documents", "C1", "Date", ""},
		{"Documents", "A2", "000_94a00cc6dbc6eaaf", ""},
		{"Documents", "C2", "44936", "yyyy-mm-dd"}, // 2023-01-10
		{"Documents", "I2", "305", "#,##0"},        // tokens
		{"Terms", "A2", "china", ""},
		{"Terms", "D2", "44", "#,##0"},
		{"Terms", "G2", "1", "0.0%"},
		{"Summary", "A1", "Section", ""},
		{"Summary", "A2", "Highlights", ""},
		{"Summary", fmt.Sprintf("C%d", summaryRow(t, f, "started (UTC)")), "45839.395833333336", "yyyy-mm-dd hh:mm:ss"}, // 2025-07-01 09:30
	} {
		got, err := f.GetCellValue(c.sheet, c.cell, excelize.Options{RawCellValue: true})
		if err != nil || got != c.want {
			t.Errorf("%s!%s = %q (%v), want %q", c.sheet, c.cell, got, err, c.want)
		}
		if c.format != "" {
			id, _ := f.GetCellStyle(c.sheet, c.cell)
			st, _ := f.GetStyle(id)
			if st == nil || st.CustomNumFmt == nil || *st.CustomNumFmt != c.format {
				t.Errorf("%s!%s format is not %q", c.sheet, c.cell, c.format)
			}
		}
	}
	if form, _ := f.GetCellFormula("Documents", "B2"); !regexp.MustCompile(`^HYPERLINK\("(\.\./)+.*seeds/000_94a00cc6dbc6eaaf\.txt","`).MatchString(form) {
		t.Errorf("Documents!B2 is not a relative link to the file: %q", form)
	}
	// Every sheet but Summary and Charts is an Excel table with a frozen header.
	for _, sh := range wantSheets[:len(wantSheets)-1] {
		tables, _ := f.GetTables(sh)
		panes, _ := f.GetPanes(sh)
		if len(tables) != 1 || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("sheet %s: %d tables, frozen %v", sh, len(tables), panes.Freeze)
		}
	}
	// data/*.csv: one per table sheet plus the summary, same number of rows.
	csvs, _ := filepath.Glob(filepath.Join(dir, "data", "*.csv"))
	if len(csvs) != len(wantSheets)-1 {
		t.Errorf("%d CSV files for %d table sheets", len(csvs), len(wantSheets)-1)
	}
	checkFacetSheets(t, f)
	for _, sh := range []struct{ sheet, file string }{{"Documents", "documents"}, {"Terms", "terms"}, {"Phrase occurrences", "concordance"}, {"Figures", "figures"}, {"Figure series", "figure_series"},
		{"Families by side", "families_by_side"}, {"Reciprocity", "family_echoes"}, {"Speakers", "speakers"}, {"Figures by source", "figures_by_source"}} {
		rows, _ := f.GetRows(sh.sheet)
		recs := readCSV(t, filepath.Join(dir, "data", sh.file+".csv"))
		if len(rows) != len(recs) || len(recs) < 2 {
			t.Errorf("%s: sheet has %d rows, CSV %d", sh.sheet, len(rows), len(recs))
		}
	}
	dump, err := workbook.Dump(data, 4)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "report.workbook.golden", normalize(dump, out))
}

// checkFacetSheets reads back the sheets of who says it (issue 14): every
// family and side, every speaker with a side, figures by cited source, and
// the Summary's top formula of each side and families that crossed sides.
func checkFacetSheets(t *testing.T, f *excelize.File) {
	t.Helper()
	rows := func(sheet string) map[string][]string {
		rs, err := f.GetRows(sheet)
		if err != nil || len(rs) < 2 {
			t.Fatalf("sheet %s: %d rows, %v", sheet, len(rs), err)
		}
		m := map[string][]string{"header": rs[0]}
		for _, r := range rs[1:] {
			m[r[0]+"|"+r[1]] = r
		}
		return m
	}
	for _, c := range []struct {
		sheet, key string
		col        int
		want       string
	}{
		{"Families by side", "header", 1, "Side"},
		{"Families by side", "close-neighbors|China", 2, "6"},         // occurrences
		{"Families by side", "close-neighbors|ROK", 2, "1"},           // Lee, in the undated article
		{"Families by side", "core-interests|China", 5, "2025-06-10"}, // first seen
		{"Reciprocity", "header", 7, "Echoed by"},
		{"Reciprocity", "mutual-benefit|ROK", 4, "2"},    // dated uses
		{"Reciprocity", "close-neighbors|China", 5, "0"}, // none echoed within 30 days
		{"Speakers", "header", 6, "Favourite families"},
		{"Speakers", "Xi Jinping|China", 6, "mutual-benefit (4), close-neighbors (3), regional-peace-stability (3)"},
		{"Speakers", "Qin Gang|China", 2, "4"},
		{"Speakers", "Park Jin|ROK", 2, "3"},
		{"Speakers", "narrator|narrator", 2, "5"},
		{"Figures by source", "header", 0, "Source"},
		{"Figures by source", "General Administration of Customs|China", 7, "$298.9 billion (bilateral trade volume)"},
		{"Figures by source", "ROK Ministry of Justice|ROK", 2, "2"},
	} {
		r, ok := rows(c.sheet)[c.key]
		if !ok || len(r) <= c.col || r[c.col] != c.want {
			t.Errorf("%s: row %s = %q, want column %d = %q", c.sheet, c.key, r, c.col, c.want)
		}
	}
	summary := map[string]string{}
	rs, _ := f.GetRows("Summary")
	for _, r := range rs {
		if len(r) >= 3 {
			summary[r[0]+"|"+r[1]] = r[2]
		}
	}
	for k, want := range map[string]string{
		"Top formula by side|China":                    "close-neighbors: 6 of the side's 37 formula occurrences",
		"Top formula by side|ROK":                      "new-era: 3 of the side's 14 formula occurrences",
		"Families that crossed sides|people-to-people": "ROK first (2023-01-10), then China (2025-06-10)",
	} {
		if summary[k] != want {
			t.Errorf("Summary %s = %q, want %q", k, summary[k], want)
		}
	}
}

// summaryRow is the row of the Summary sheet whose field is field.
func summaryRow(t *testing.T, f *excelize.File, field string) int {
	t.Helper()
	rows, _ := f.GetRows("Summary")
	for i, r := range rows {
		if len(r) > 1 && r[1] == field {
			return i + 1
		}
	}
	t.Fatalf("Summary has no field %q", field)
	return 0
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	recs, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

// normalize removes what depends on the machine: the output folder and the
// relative path from it to the seeds.
func normalize(s, out string) string {
	s = strings.ReplaceAll(s, filepath.ToSlash(out), "OUT")
	s = regexp.MustCompile(`HYPERLINK\("[^"]*?seeds/`).ReplaceAllString(s, `HYPERLINK("…/seeds/`)
	return s
}

// TestReportLibreOffice opens the workbook in a real spreadsheet program:
// LibreOffice converts every sheet to CSV with the cells formatted as the
// workbook says.
func checkReportLibreOffice(t *testing.T, dir string) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice (LibreOffice) is not installed; .ci/run installs libreoffice-calc when CI=true")
		}
		t.Skip("soffice (LibreOffice) not found: install libreoffice-calc to check the workbook in a real spreadsheet program (CI does)")
	}
	tmp := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	// 76: UTF-8; the 9th token: cells as shown (formatted); -1: every sheet
	// to its own file.
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(tmp, "profile")),
		"--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
		"--outdir", filepath.Join(tmp, "csv"), filepath.Join(dir, "report.xlsx"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	docs := readCSV(t, filepath.Join(tmp, "csv", "report-Documents.csv"))
	if len(docs) != 6 || strings.Join(docs[0], ",") != "ID,File,Date,Source,Title,URL,Lang,Sentences,Tokens,Status" {
		t.Fatalf("LibreOffice Documents sheet: %q", docs)
	}
	if got := strings.Join(docs[1], ","); got != "000_94a00cc6dbc6eaaf,../../seeds/000_94a00cc6dbc6eaaf.txt,2023-01-10,,,,en,10,305,ok" {
		t.Errorf("LibreOffice Documents row 1 = %q", got)
	}
	terms := readCSV(t, filepath.Join(tmp, "csv", "report-Terms.csv"))
	if got := strings.Join(terms[1], ","); got != "china,1,all,44,162.24,5,100.0%,0.991,43.6" {
		t.Errorf("LibreOffice Terms row 1 = %q", got)
	}
	sum := readCSV(t, filepath.Join(tmp, "csv", "report-Summary.csv"))
	found := false
	for _, r := range sum {
		if len(r) == 3 && r[1] == "started (UTC)" {
			found = r[2] == "2025-07-01 09:30:00"
		}
	}
	if !found {
		t.Errorf("LibreOffice Summary lacks the start time as a date: %q", sum[:min(len(sum), 6)])
	}
}
