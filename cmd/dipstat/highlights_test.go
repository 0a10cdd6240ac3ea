package main

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/chromium"
	"github.com/dipstat/dipstat/report/imgcmp"
	"github.com/dipstat/dipstat/report/poppler"
	"github.com/xuri/excelize/v2"
)

// pdfPages is the text of every page of a PDF (poppler's pdftotext, which
// ends each page with a form feed), whitespace collapsed; the test skips
// (fails in CI) without pdftotext.
func pdfPages(t *testing.T, path string) []string {
	t.Helper()
	pages := poppler.Pages(t, path)
	for i := range pages {
		pages[i] = oneLine(pages[i])
	}
	return pages
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// sheetRows reads a sheet as maps from header to raw cell value.
func sheetRows(t *testing.T, f *excelize.File, sheet string) []map[string]string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil || len(rows) == 0 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			if i < len(r) {
				m[h] = r[i]
			}
		}
		out = append(out, m)
	}
	return out
}

// highlight is a line of the Summary sheet's Highlights section.
type highlight struct{ kind, line string }

func (h highlight) text() string {
	// the line is the finding, then ". “quote” (doc, date).", then
	// ". Sheet ...": the finding ends at the first of those
	s := h.line
	for _, sep := range []string{". “", ". Sheet "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	return strings.TrimSuffix(s, ".")
}

func summaryHighlights(t *testing.T, f *excelize.File) []highlight {
	t.Helper()
	var out []highlight
	for _, r := range sheetRows(t, f, "Summary") {
		if r["Section"] == "Highlights" {
			out = append(out, highlight{r["Field"], r["Value"]})
		}
	}
	return out
}

// near reports whether the number written in txt (with the decimals it
// has) is the cell's value rounded.
func near(t *testing.T, txt, cell string) bool {
	t.Helper()
	a, err1 := strconv.ParseFloat(strings.ReplaceAll(txt, ",", ""), 64)
	b, err2 := strconv.ParseFloat(cell, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	dec := 0
	if _, frac, ok := strings.Cut(txt, "."); ok {
		dec = len(frac)
	}
	return math.Abs(a-b) <= 0.5*math.Pow10(-dec)+1e-9
}

func find(rows []map[string]string, key, value string) map[string]string {
	for _, r := range rows {
		if r[key] == value {
			return r
		}
	}
	return nil
}

// numberChecks say, for each kind of highlight, how to read its numbers
// back and which cells of which sheet they must equal.
var numberChecks = []struct {
	kind  string
	re    *regexp.Regexp
	check func(t *testing.T, f *excelize.File, m []string)
}{
	{"falling family", regexp.MustCompile(`^(\S+) (?:fell|rose) from ([\d.,]+) to ([\d.,]+) per 10,000 tokens .*\((\d+) occurrences? in (\d+) documents?; before, (\d+) occurrences? in (\d+) documents?\); G2 ([\d.]+) \(p ([\d.]+)\), LRC (-?[\d.]+)`),
		func(t *testing.T, f *excelize.File, m []string) {
			r := find(sheetRows(t, f, "Family keyness"), "Family", m[1])
			cells := []string{"Before/10k", "2025-Q4/10k", "2025-Q4", "Docs 2025-Q4", "Before", "Docs before", "G2", "p", "LRC"}
			for i, c := range cells {
				if r == nil || !near(t, m[i+2], r[c]) {
					t.Errorf("%s: %s %s, sheet Family keyness has %v", m[1], c, m[i+2], r)
				}
			}
		}},
	{"falling family", regexp.MustCompile(`^(\S+) did not occur in \S+, against ([\d.,]+) per 10,000 tokens before .*G2 ([\d.]+) \(p ([\d.]+)\), LRC (-?[\d.]+)`),
		func(t *testing.T, f *excelize.File, m []string) {
			r := find(sheetRows(t, f, "Family keyness"), "Family", m[1])
			for i, c := range []string{"Before/10k", "G2", "p", "LRC"} {
				if r == nil || !near(t, m[i+2], r[c]) || r["2025-Q4"] != "0" {
					t.Errorf("%s: %s %s, sheet Family keyness has %v", m[1], c, m[i+2], r)
				}
			}
		}},
	{"cited figure", regexp.MustCompile(`^(?:more than |up |about )?(.+?): (.+?)(?: \([^)]*\))?, cited in (\d+) documents?`),
		func(t *testing.T, f *excelize.File, m []string) {
			docs := map[string]bool{}
			text := false
			for _, r := range sheetRows(t, f, "Figure series") {
				if r["Series"] == m[2] {
					docs[r["Document"]] = true
					text = text || r["Text"] == m[1]
				}
			}
			if strconv.Itoa(len(docs)) != m[3] || !text {
				t.Errorf("%s %s: cited in %s documents; sheet Figure series: %d documents, figure found %v", m[1], m[2], m[3], len(docs), text)
			}
		}},
	{"first speaker", regexp.MustCompile(`^(\S+) was first used by (.+?)(?: \(([^)]+)\))? on (\S+), in (\S+) \((\d+) occurrences? in all\)`),
		func(t *testing.T, f *excelize.File, m []string) {
			fam, speaker, side, date, doc, n := m[1], m[2], m[3], m[4], m[5], m[6]
			uses, found := 0, false
			for _, r := range sheetRows(t, f, "Phrase occurrences") {
				if r["Family"] != fam {
					continue
				}
				uses++
				if r["Speaker"] == speaker && (r["Side"] == side || side == "" && (r["Side"] == "" || r["Side"] == speaker)) &&
					r["Document"] == doc && sameDay(r["Date"], date) {
					found = true
				}
				if r["Speaker"] != "" && r["Speaker"] != "narrator" && r["Date"] != "" {
					if d, _ := strconv.ParseFloat(r["Date"], 64); d > 0 && d < serial(t, date) {
						t.Errorf("%s: %s used it before %s (%v)", fam, r["Speaker"], date, r)
					}
				}
			}
			if !found || strconv.Itoa(uses) != n {
				t.Errorf("%s first used by %s (%s) on %s in %s, %s in all: sheet Phrase occurrences has %d uses, found %v", fam, speaker, side, date, doc, n, uses, found)
			}
		}},
	{"key terms", regexp.MustCompile(`(\S+) \(G2 ([\d.]+), LRC (-?[\d.]+)\)`),
		func(t *testing.T, f *excelize.File, m []string) {
			r := find(sheetRows(t, f, "Keyness"), "Term", m[1])
			if r == nil || !near(t, m[2], r["G2"]) || !near(t, m[3], r["LRC"]) {
				t.Errorf("%s: G2 %s LRC %s, sheet Keyness has %v", m[1], m[2], m[3], r)
			}
		}},
	{"new variant", regexp.MustCompile(`^New wording of (\S+) in \S+: “(.+?)”, (\d+) times?, first on (\S+)`),
		func(t *testing.T, f *excelize.File, m []string) {
			for _, r := range sheetRows(t, f, "Phrase variants") {
				if r["Family"] == m[1] && r["Variant"] == m[2] {
					if r["Count"] != m[3] || !sameDay(r["First seen"], m[4]) {
						t.Errorf("%s: %s times, first %s; sheet Phrase variants has %v", m[2], m[3], m[4], r)
					}
					return
				}
			}
			t.Errorf("variant %q of %s not in sheet Phrase variants", m[2], m[1])
		}},
	{"new phrase", regexp.MustCompile(`^New recurring phrase in \S+: “(.+?)”, in (\d+) documents? \((\d+) times?\), first on (\S+)`),
		func(t *testing.T, f *excelize.File, m []string) {
			r := find(sheetRows(t, f, "Recurring phrases"), "Phrase", m[1])
			if r == nil || r["Docs"] != m[2] || r["Count"] != m[3] || !sameDay(r["First seen"], m[4]) {
				t.Errorf("%s: sheet Recurring phrases has %v", m[1], r)
			}
		}},
}

// serial is the Excel date serial of YYYY-MM-DD.
func serial(t *testing.T, date string) float64 {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		t.Fatal(err)
	}
	return float64(d.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

// sameDay compares an Excel date serial with YYYY-MM-DD.
func sameDay(serial, date string) bool {
	n, err := strconv.ParseFloat(serial, 64)
	if err != nil {
		return false
	}
	d, err := excelize.ExcelDateToTime(n, false)
	return err == nil && d.Format("2006-01-02") == date
}

// checkReportHighlights reads report.pdf back: its first pages list the
// highlights of the Summary sheet, their numbers are the sheets' cells,
// each chart page named holds that chart, and on the seeds the trade
// figure and the family whose rate moved most are there with their
// sentences.
func checkReportHighlights(t *testing.T, dir string) {
	f, err := excelize.OpenFile(filepath.Join(dir, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	hs := summaryHighlights(t, f)
	if len(hs) < 8 {
		t.Fatalf("Summary has %d highlights: %v", len(hs), hs)
	}
	pages := pdfPages(t, filepath.Join(dir, "report.pdf"))
	if len(pages) != readManifest(t, dir).PDFPages {
		t.Fatalf("pdftotext reads %d pages, the manifest says %d", len(pages), readManifest(t, dir).PDFPages)
	}
	page1, front := pages[0], pages[0]+" "+pages[1]
	checked := 0
	for _, h := range hs {
		if !strings.Contains(front, oneLine(h.text())) {
			t.Errorf("report.pdf's first pages lack the highlight %q", h.text())
		}
		for _, c := range numberChecks {
			if c.kind != h.kind && !(c.kind == "falling family" && h.kind == "rising family") {
				continue
			}
			for _, m := range c.re.FindAllStringSubmatch(h.text(), -1) {
				c.check(t, f, m)
				checked++
			}
		}
		if m := regexp.MustCompile(`Chart “(.+)”, report\.pdf page (\d+)\.$`).FindStringSubmatch(h.line); m != nil {
			n, _ := strconv.Atoi(m[2])
			if n < 1 || n > len(pages) || !strings.Contains(pages[n-1], m[1]) {
				t.Errorf("highlight %q: page %d does not draw %q", h.kind, n, m[1])
			}
		}
	}
	if checked < 8 {
		t.Errorf("only %d highlights had their numbers checked", checked)
	}
	// The seeds: the family whose rate moved most and the trade figure,
	// on page 1, each with its sentence.
	var top map[string]string
	best := 0.0
	for _, r := range sheetRows(t, f, "Family keyness") {
		if v, _ := strconv.ParseFloat(r["Change/10k"], 64); math.Abs(v) > best {
			top, best = r, math.Abs(v)
		}
	}
	for _, want := range []string{
		top["Family"] + " fell from 48.94 to 22.66 per 10,000 tokens",
		"“During his talks with Lee, Xi said China and Korea are important neighbors",
		"$298.9 billion: bilateral trade volume",
		"“According to China's General Administration of Customs, bilateral trade volume reached $298.9 billion",
	} {
		if !strings.Contains(page1, want) {
			t.Errorf("page 1 of report.pdf lacks %q:\n%s", want, page1)
		}
	}
	// Every page names the corpus and the dates.
	for i, p := range pages {
		if !strings.Contains(p, "seeds · 5 documents · dated 2023-01-10 – 2025-12-31 by quarter") {
			t.Errorf("page %d does not name the corpus and dates", i+1)
		}
	}
}

// TestReportHighlightsFollowCorpus: the highlights are computed, not
// written: a new article in a later quarter that cites a new trade figure
// and repeats a formula changes them.
func TestReportHighlightsFollowCorpus(t *testing.T) {
	in := t.TempDir()
	es, _ := os.ReadDir(seeds)
	for _, e := range es {
		b, _ := os.ReadFile(filepath.Join(seeds, e.Name()))
		os.WriteFile(filepath.Join(in, e.Name()), b, 0o644)
	}
	out := t.TempDir()
	run := func(name string) map[string]string {
		t.Helper()
		if _, stderr, err := runCLI(t, "report", "-out", out, "-name", name, "-formats", "png", "-dpi", "40", "-quiet", in); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, stderr)
		}
		got := map[string]string{}
		for _, r := range readCSV(t, filepath.Join(out, name, "data", "summary.csv")) {
			if r[0] == "Highlights" {
				got[r[1]] += r[2] + "\n"
			}
		}
		return got
	}
	before := run("before")
	os.WriteFile(filepath.Join(in, "005_new.txt"), []byte(" date 2026-02-03 Seoul and Beijing are close neighbors, "+
		"the ministers said. As close neighbors that cannot be moved away, they pledged more trade. "+
		"Bilateral trade volume reached $310.5 billion in 2025, customs data show.\n"), 0o644)
	// and an earlier article in which another speaker uses a formula
	// first.
	os.WriteFile(filepath.Join(in, "000_early.txt"), []byte(" date 2022-11-20 South Korea and China are close neighbors "+
		"that cannot be moved away, President Moon Jae-in said on Sunday.\n"), 0o644)
	after := run("after")
	for _, c := range []struct{ kind, before, after string }{
		{"first speaker", "close-neighbors was first used by Qin Gang (China) on 2023-01-10", "close-neighbors was first used by Moon Jae-in (ROK) on 2022-11-20, in 000_early"},
		{"rising family", "", "close-neighbors rose from"}, // before: whatever the lexicon finds in 2025-Q4, not this
		{"changed figure", "No cited figure changed value", "bilateral trade volume: $298.9 billion for 2025-01/2025-11 (004_64ad34e87ad9af5a, 2025-12-31) then $310.5 billion for 2025 (005_new, 2026-02-03), +3.9%"},
		{"cited figure", "$298.9 billion: bilateral trade volume (2025-01/2025-11), cited in 1 document", "$310.5 billion: bilateral trade volume (2025), cited in 2 documents"},
	} {
		// a series is named by its subject as most often written
		if c.before == "" {
			if strings.Contains(strings.ToLower(before[c.kind]), strings.ToLower(c.after)) {
				t.Errorf("before the new article, %s lines already have %q:\n%s", c.kind, c.after, before[c.kind])
			}
		} else if !strings.Contains(strings.ToLower(before[c.kind]), strings.ToLower(c.before)) {
			t.Errorf("before the new article, %s lines lack %q:\n%s", c.kind, c.before, before[c.kind])
		}
		if !strings.Contains(strings.ToLower(after[c.kind]), strings.ToLower(c.after)) {
			t.Errorf("after the new article, %s lines lack %q:\n%s", c.kind, c.after, after[c.kind])
		}
	}
}

// checkReportHTML opens the seeds' report.html in headless Chromium: it
// loads without errors and fetches nothing, shows every highlight of the
// Summary sheet, sorts the Family keyness table by a click on a header,
// narrows the concordance as a word is typed, and its screenshot is not
// blank.
func checkReportHTML(t *testing.T, dir string) {
	b := chromium.ForTest(t, 1200, 900)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	page := chromium.FileURL(filepath.Join(dir, "report.html"))
	p, err := b.NewPage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(ctx, page); err != nil {
		t.Fatal(err)
	}
	var text string
	p.Eval(ctx, `document.body.innerText`, &text)
	f, err := excelize.OpenFile(filepath.Join(dir, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, h := range summaryHighlights(t, f) {
		if !strings.Contains(oneLine(text), oneLine(h.text())) {
			t.Errorf("report.html lacks the highlight %q", h.text())
		}
	}
	// Sort the families by their change, descending: a second click.
	keyness := "#t-family_keyness-table"
	col := func(sel string, i int) []string {
		var out []string
		p.Eval(ctx, `Array.from(document.querySelectorAll("`+sel+` tbody tr:not([hidden])")).map(r => r.cells[`+strconv.Itoa(i)+`].getAttribute("data-v") || r.cells[`+strconv.Itoa(i)+`].textContent)`, &out)
		return out
	}
	change := 6 // Change/10k
	for range 2 {
		if err := p.Click(ctx, keyness+" th:nth-child(7) button"); err != nil {
			t.Fatal(err)
		}
	}
	got := col(keyness, change)
	for i := 1; i < len(got); i++ {
		a, _ := strconv.ParseFloat(got[i-1], 64)
		b, _ := strconv.ParseFloat(got[i], 64)
		if a < b {
			t.Errorf("Family keyness sorted by change, descending: %q", got)
			break
		}
	}
	if len(got) < 2 {
		t.Errorf("Family keyness has %d rows", len(got))
	}
	// Filter the concordance: the rows left are those of the CSV holding
	// the word.
	want := 0
	for _, r := range readCSV(t, filepath.Join(dir, "data", "concordance.csv"))[1:] {
		if strings.Contains(strings.ToLower(strings.Join(r, " ")), "neighbours") {
			want++
		}
	}
	if err := p.Type(ctx, `input[data-filter="t-concordance"]`, "neighbours"); err != nil {
		t.Fatal(err)
	}
	if n := len(col("#t-concordance-table", 0)); n != want || want == 0 {
		t.Errorf("the concordance filtered by %q shows %d rows, the CSV has %d", "neighbours", n, want)
	}
	shot, err := p.Screenshot(ctx, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	if d := imgcmp.Dark(shot); d < 0.01 {
		t.Errorf("report.html's screenshot looks blank (%.4f dark pixels)", d)
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("report.html has problems:\n%s", strings.Join(probs, "\n"))
	}
	if reqs := p.Requests(); len(reqs) != 1 || reqs[0] != page {
		t.Errorf("report.html requested %q; want itself only", reqs)
	}
}
