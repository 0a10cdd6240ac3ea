package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/report/bundle"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/outdir"
	"github.com/dipstat/dipstat/report/pdf"
	"github.com/dipstat/dipstat/report/workbook"
	"github.com/xuri/excelize/v2"
)

// fixedNow pins the report clock so names and the Summary are stable.
var fixedNow = time.Date(2025, 7, 1, 9, 30, 0, 0, time.UTC)

// TestReportSeeds builds the seeds report once and checks it from every
// side: the folder and manifest, the images, the workbook, LibreOffice.
func TestReportSeeds(t *testing.T) {
	out := t.TempDir()
	old := now
	now = func() time.Time { return fixedNow }
	defer func() { now = old }()
	stdout, stderr, err := runCLI(t, "report", "-out", out, "-dpi", "100", "-terms", "cooperation,thaad", seeds)
	if err != nil {
		t.Fatalf("dipstat report: %v\n%s", err, stderr)
	}
	dir := filepath.Join(out, "2025-07-01")
	if !strings.Contains(stderr, "report "+filepath.ToSlash(dir)) || stdout != "" {
		t.Errorf("messages do not name the report folder:\n%s%s", stdout, stderr)
	}
	t.Run("folder", func(t *testing.T) { checkReportFolder(t, dir, out) })
	t.Run("images", func(t *testing.T) { checkReportImages(t, dir) })
	t.Run("workbook", func(t *testing.T) { checkReportWorkbook(t, dir, out) })
	t.Run("highlights", func(t *testing.T) { checkReportHighlights(t, dir) })
	t.Run("html", func(t *testing.T) { checkReportHTML(t, dir) })
	t.Run("libreoffice", func(t *testing.T) { checkReportLibreOffice(t, dir) })
}

func readManifest(t *testing.T, dir string) *bundle.Manifest {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m bundle.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	// The per-file list of inputs is beside it, pinned by its digest.
	if m.Inputs, err = bundle.ReadInputs(dir, m.InputList.SHA256); err != nil {
		t.Fatal(err)
	}
	if m.InputList.File != bundle.InputsFile || m.InputList.Count != len(m.Inputs) {
		t.Errorf("manifest inputs %+v, %s lists %d", m.InputList, bundle.InputsFile, len(m.Inputs))
	}
	return &m
}

func checkReportFolder(t *testing.T, dir, out string) {
	// Only the report is left in OUT: no temporary folders.
	es, _ := os.ReadDir(out)
	if len(es) != 1 || es[0].Name() != "2025-07-01" {
		t.Errorf("output folder holds %v", es)
	}
	m := readManifest(t, dir)
	if m.Name != "2025-07-01" || m.Version != Version || m.Corpus.Documents != 5 || m.Corpus.Counted != 5 || m.Corpus.Undated != 1 {
		t.Errorf("manifest header/corpus: %+v %+v", m, m.Corpus)
	}
	if m.Corpus.First != "2023-01-10" || m.Corpus.Last != "2025-12-31" || m.Corpus.Period != "quarter" {
		t.Errorf("manifest dates: %+v", m.Corpus)
	}
	// Inputs: the five seeds with their true hashes.
	if len(m.Inputs) != 5 {
		t.Errorf("manifest lists %d inputs, want 5", len(m.Inputs))
	}
	for _, in := range m.Inputs {
		checkHash(t, in.Path, in)
	}
	// Outputs: every file of the folder but the manifest, hashes true.
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			if rel != "manifest.json" {
				files = append(files, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	sort.Strings(files)
	var listed []string
	for _, o := range m.Outputs {
		listed = append(listed, o.Path)
		checkHash(t, filepath.Join(dir, o.Path), o)
	}
	if strings.Join(files, "\n") != strings.Join(listed, "\n") {
		t.Errorf("manifest outputs differ from the folder:\nfolder %q\nlisted %q", files, listed)
	}
	for _, k := range []string{"analyses", "tables", "changes", "charts", "workbook", "pdf", "csv", "html", "total"} {
		if _, ok := m.Timings[k]; !ok {
			t.Errorf("manifest timings lack %q: %v", k, m.Timings)
		}
	}
	// Charts: every chart in every format and both sizes.
	wantCharts := []string{"volume", "top-terms", "term-trends", "chosen-terms", "keyness", "families", "variants-close-neighbors", "figures"}
	for _, c := range wantCharts {
		if !contains(m.Charts, c) {
			t.Errorf("chart %s missing from %v", c, m.Charts)
		}
	}
	for _, c := range m.Charts {
		for _, f := range chart.Formats {
			for _, suf := range []string{"", "-column"} {
				p := filepath.Join(dir, "charts", c+suf+"."+f)
				if _, err := os.Stat(p); err != nil {
					t.Errorf("chart file: %v", err)
				}
			}
		}
	}
	if !anyContains(m.Warnings, `-terms: "thaad" does not occur`) {
		t.Errorf("warnings lack the unknown -terms word: %q", m.Warnings)
	}
}

func checkHash(t *testing.T, path string, f bundle.File) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v", path, err)
		return
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != f.SHA256 || int64(len(b)) != f.Size {
		t.Errorf("%s: manifest says %d bytes sha256 %s, file has %d bytes %x", path, f.Size, f.SHA256, len(b), sum)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func anyContains(ss []string, sub string) bool {
	for _, x := range ss {
		if strings.Contains(x, sub) {
			return true
		}
	}
	return false
}

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

// TestReportFailureKeepsPrevious checks that a failed run leaves the
// previous report untouched, exits non-zero and leaves no temporary folder.
func TestReportFailureKeepsPrevious(t *testing.T) {
	out := t.TempDir()
	args := []string{"report", "-out", out, "-name", "r", "-formats", "png", "-dpi", "50", seeds}
	if _, errOut, err := runCLI(t, args...); err != nil {
		t.Fatalf("first run: %v\n%s", err, errOut)
	}
	before, err := os.ReadFile(filepath.Join(out, "r", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	old := beforePublish
	beforePublish = func(string) error { return fmt.Errorf("injected failure") }
	defer func() { beforePublish = old }()
	_, _, err = runCLI(t, append(args[:len(args)-1], "-formats", "svg", seeds)...)
	if err == nil || !strings.Contains(err.Error(), "injected failure") || exitCode(err, &bytes.Buffer{}) != exitFail {
		t.Fatalf("failed run returned %v", err)
	}
	after, err := os.ReadFile(filepath.Join(out, "r", "manifest.json"))
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("previous report changed (%v)", err)
	}
	if svgs, _ := filepath.Glob(filepath.Join(out, "r", "charts", "*.svg")); len(svgs) > 0 {
		t.Errorf("the failed run's files leaked into the report: %v", svgs)
	}
	es, _ := os.ReadDir(out)
	if len(es) != 1 {
		t.Errorf("output holds %v after a failed run", es)
	}
	// An output path that cannot be a folder fails before anything is written.
	file := filepath.Join(out, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, _, err := runCLI(t, "report", "-out", file, seeds); err == nil {
		t.Error("report into a file path succeeded")
	}
}

// TestReportNothingToReport: a run that reads no article (every input
// skipped) or whose window holds no document fails (exit 1) before the
// output folder is touched: the previous report stays byte for byte, and
// no staging folder or lock is left.
func TestReportNothingToReport(t *testing.T) {
	in := t.TempDir()
	emoji, empty := filepath.Join(in, "emoji.txt"), filepath.Join(in, "empty.txt")
	os.WriteFile(emoji, []byte("\U0001F600\n"), 0o644)
	os.WriteFile(empty, nil, 0o644)
	out := t.TempDir()
	if _, stderr, err := runCLI(t, reportArgs(out, "r", seeds)...); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr)
	}
	before := checkComplete(t, filepath.Join(out, "r"))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{emoji, empty}, "no articles found in " + emoji + ", " + empty},
		{[]string{"-since", "2030-01-01", seeds}, "no documents dated 2030-01-01 or later (5 documents read"},
		{[]string{"-since", "2024-01-01", "-until", "2024-12-31", seeds}, "no documents between 2024-01-01 and 2024-12-31 (5 documents read"},
	} {
		_, stderr, err := runCLI(t, reportArgs(out, "r", tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err, &bytes.Buffer{}) != exitFail {
			t.Errorf("%v: err %v, want exit 1 with %q\n%s", tc.args, err, tc.want, stderr)
		}
		if after := checkComplete(t, filepath.Join(out, "r")); !bytes.Equal(before, after) {
			t.Errorf("%v replaced the previous report", tc.args)
		}
		if es, _ := os.ReadDir(out); len(es) != 1 {
			t.Errorf("%v left %v in the output folder", tc.args, es)
		}
	}
}

// TestReportUndated: a corpus without dates gives a report with warnings and
// the charts that need no dates, never a crash.
func TestReportUndated(t *testing.T) {
	in := t.TempDir()
	for i, txt := range []string{
		"China and South Korea agreed to deepen their strategic cooperative partnership. Both sides value win-win cooperation.",
		"South Korea and China are close neighbors that cannot be moved away. Cooperation on supply chains will grow.",
	} {
		os.WriteFile(filepath.Join(in, fmt.Sprintf("a%d.txt", i)), []byte(txt+"\n"), 0o644)
	}
	out := t.TempDir()
	_, _, err := runCLI(t, "report", "-out", out, "-name", "u", "-formats", "png", "-dpi", "50", in)
	if err != nil {
		t.Fatalf("report on undated corpus: %v", err)
	}
	dir := filepath.Join(out, "u")
	m := readManifest(t, dir)
	for _, w := range []string{"none of the 2 documents has a date", `chart "corpus volume" skipped`, "keyness skipped"} {
		if !anyContains(m.Warnings, w) {
			t.Errorf("warnings lack %q: %q", w, m.Warnings)
		}
	}
	if contains(m.Charts, "volume") || !contains(m.Charts, "top-terms") {
		t.Errorf("charts = %v, want top-terms and no volume", m.Charts)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "report.pdf"))
	if n, err := pdf.Check(b); err != nil || n != m.PDFPages || n < 1+1+len(m.Charts)+1 { // highlights, changes, charts, the run
		t.Errorf("report.pdf: %d pages, %v", n, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "report.xlsx")); err != nil {
		t.Error(err)
	}
}

// TestReportBadInputs: inputs that cannot be read (too large; without
// permission, when the test does not run as root) are warned about and
// listed in the manifest with the reason, and the report is written.
func TestReportBadInputs(t *testing.T) {
	in := t.TempDir()
	good := " date 2025-03-04 China and South Korea agreed to deepen their strategic cooperative partnership.\n"
	os.WriteFile(filepath.Join(in, "good.txt"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(in, "big.txt"), []byte(" date 2025-03-05 "+strings.Repeat("trade ", 300)), 0o644)
	want := map[string]string{"good.txt": "", "big.txt": "too large"}
	if os.Geteuid() != 0 { // root reads a file of mode 000
		os.WriteFile(filepath.Join(in, "locked.txt"), []byte(good), 0o000)
		want["locked.txt"] = "permission denied"
	}
	out := t.TempDir()
	_, stderr, err := runCLI(t, "report", "-out", out, "-name", "b", "-formats", "png", "-dpi", "50", "-max-size", "1000", in)
	if err != nil {
		t.Fatalf("report with unreadable inputs: %v\n%s", err, stderr)
	}
	m := readManifest(t, filepath.Join(out, "b"))
	if len(m.Inputs) != len(want) {
		t.Errorf("manifest lists %d inputs, want %d: %+v", len(m.Inputs), len(want), m.Inputs)
	}
	for _, f := range m.Inputs {
		name := filepath.Base(f.Path)
		reason, ok := want[name]
		switch {
		case !ok:
			t.Errorf("manifest lists %s", f.Path)
		case reason == "":
			checkHash(t, f.Path, f)
		case !strings.Contains(f.Skipped, reason) || f.SHA256 != "":
			t.Errorf("%s: skipped %q, sha256 %q; want the reason %q and no hash", name, f.Skipped, f.SHA256, reason)
		}
		if n := strings.Count(stderr, name+": skipped: unreadable: "+reason); reason != "" && n != 1 {
			t.Errorf("%d warnings for %s, want one:\n%s", n, name, stderr)
		}
	}
}

func TestReportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"report", "-formats", "gif", seeds},
		{"report", "-name", "../x", seeds},
		{"report", "-period", "fortnight", seeds},
		{"report", "-dpi", "5", seeds},
		{"report", "-config", "does-not-exist.toml", seeds},
		{"report", "-since", "2025-13-01", seeds},
		{"report", "-out", "", seeds},
	} {
		_, _, err := runCLI(t, args...)
		if exitCode(err, &bytes.Buffer{}) != exitUsage {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
}

// TestReportConfig runs the report from a configuration file: paths, period,
// formats, name pattern and a date window come from the file; a bad value in
// it is reported with its line.
func TestReportConfig(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	cfgPath := filepath.Join(tmp, "dipstat.toml")
	toml := fmt.Sprintf("paths = [%q]\nperiod = \"year\"\nformats = [\"png\"]\ndpi = 50\nname = \"weekly-{date}\"\nsince = \"2025-01-01\"\nout = %q\n", seeds, out)
	os.WriteFile(cfgPath, []byte(toml), 0o644)
	old := now
	now = func() time.Time { return fixedNow }
	defer func() { now = old }()
	if _, stderr, err := runCLI(t, "report", "-config", cfgPath, "-quiet"); err != nil {
		t.Fatalf("report -config: %v\n%s", err, stderr)
	}
	dir := filepath.Join(out, "weekly-2025-07-01")
	m := readManifest(t, dir)
	if m.Corpus.Period != "year" || m.Corpus.Counted != 3 || m.Corpus.First != "2025-06-10" {
		t.Errorf("window/period not applied: %+v", m.Corpus)
	}
	if m.Config == nil || m.Config["period"] != "year" {
		t.Errorf("manifest config = %v", m.Config)
	}
	if svgs, _ := filepath.Glob(filepath.Join(dir, "charts", "*.svg")); len(svgs) > 0 {
		t.Errorf("formats from the file not applied: %v", svgs)
	}
	os.WriteFile(cfgPath, []byte("dpi = 5\n"), 0o644)
	_, _, err := runCLI(t, "report", "-config", cfgPath, seeds)
	if err == nil || !strings.Contains(err.Error(), "dipstat.toml:1: dpi:") {
		t.Errorf("bad dpi in the file: %v", err)
	}
}

// BenchmarkReport times a whole report (load, analyses, charts in PNG and
// PDF, workbook, report.pdf, CSV, manifest) on a synthetic corpus of 2,000
// articles (~6 MB) made from the seeds.
func BenchmarkReport(b *testing.B) {
	sents, err := corpustest.Sentences(seeds)
	if err != nil {
		b.Fatal(err)
	}
	in := b.TempDir()
	if _, err := corpustest.Generate(in, sents, corpustest.Spec{Articles: 2000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	out := b.TempDir()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		var so, se bytes.Buffer
		if err := run(context.Background(), []string{"report", "-out", out, "-name", "bench", "-formats", "pdf,png", "-quiet", in}, &so, &se); err != nil {
			b.Fatalf("%v\n%s", err, se.String())
		}
	}
}

// TestReportKeepAndLock: -keep removes the oldest reports after a new one
// is published; a live lock on the output folder makes a run fail.
func TestReportKeepAndLock(t *testing.T) {
	out := t.TempDir()
	for _, name := range []string{"r1", "r2", "r3"} {
		if _, stderr, err := runCLI(t, "report", "-out", out, "-name", name, "-formats", "png", "-dpi", "40", "-keep", "2", "-quiet", seeds); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, stderr)
		}
	}
	var names []string
	es, _ := os.ReadDir(out)
	for _, e := range es {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "r2 r3" {
		t.Errorf("output holds %q, want r2 r3", names)
	}
	// Each report compares itself with the one before.
	var ch struct {
		First    bool   `json:"first"`
		Previous string `json:"previous"`
	}
	b, err := os.ReadFile(filepath.Join(out, "r3", "changes.json"))
	if err != nil || json.Unmarshal(b, &ch) != nil || ch.First || ch.Previous != "r2" {
		t.Errorf("r3/changes.json: %+v (%v)", ch, err)
	}
	release, _, err := outdir.Lock(out, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	_, _, err = runCLI(t, "report", "-out", out, "-name", "r4", "-formats", "png", "-quiet", seeds)
	if !errors.Is(err, outdir.ErrLocked) {
		t.Errorf("run under a live lock: %v, want ErrLocked", err)
	}
	if _, err := os.Stat(filepath.Join(out, "r4")); err == nil {
		t.Error("a locked-out run wrote its report")
	}
}
