package bundle

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/highlights"
	"github.com/dipstat/dipstat/report/pdf"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// Report is everything a report folder is built from.
type Report struct {
	Name     string
	Version  string
	Started  time.Time
	Command  []string // the command line, for the record
	Params   []Param
	Config   map[string]any // the effective configuration (file and flags), for the manifest
	Paths    []string       // corpus paths as given
	Listing  *corpus.Listing
	Unit     period.Unit
	Parts    []Part
	Formats  []string // chart formats: pdf, svg, png
	DPI      int      // PNG resolution
	Sizes    []chart.Size
	Window   string             // the date window ("2025-01-01..2025-06-30"); "" for all dates
	Warnings []string           // the caller's own warnings
	Timings  map[string]float64 // the caller's timings (ms): loading, analyses
	// Link makes a Link cell's target from a document path; nil keeps it.
	Link workbook.LinkFunc
	// Now is the clock for the manifest's timings; nil means time.Now.
	Now func() time.Time
}

// Write renders the report into dir (which must exist and should be empty)
// and returns its manifest, also written to dir/manifest.json. It stops
// with ctx's error between phases (charts, workbook, CSV, PDF) once ctx is
// cancelled.
func Write(ctx context.Context, dir string, r *Report) (*Manifest, error) {
	now := r.Now
	if now == nil {
		now = time.Now
	}
	m := &Manifest{Tool: "dipstat", Name: r.Name, Version: r.Version, Created: r.Started.UTC(), Command: r.Command,
		Parameters: r.Params, Config: r.Config, Timings: map[string]float64{}}
	for k, v := range r.Timings {
		m.Timings[k] = v
	}
	lap := func(name string, t0 time.Time) { m.Timings[name] = float64(now().Sub(t0).Microseconds()) / 1000 }
	// done ends a phase: its time, and whether the run was cancelled
	// (Ctrl-C, SIGTERM), so cancelling never waits for every output.
	done := func(name string, t0 time.Time) error {
		lap(name, t0)
		return ctx.Err()
	}
	m.Corpus = corpusInfo(r)
	var warnings []string
	for _, w := range r.Listing.Warnings {
		warnings = append(warnings, w.Error())
	}
	warnings = append(warnings, r.Warnings...)
	var tables []*table.Table
	var charts []*chart.Chart
	var native []workbook.NativeChart
	for _, p := range r.Parts {
		tables = append(tables, p.Tables...)
		charts = append(charts, p.Charts...)
		native = append(native, p.Native...)
		warnings = append(warnings, p.Warnings...)
	}
	if w := fontWarning(r.Listing, len(charts), chart.CJKFonts); w != "" {
		warnings = append(warnings, w)
	}
	var err error
	if m.InputList, m.Inputs, err = writeInputs(dir, r.Listing); err != nil {
		return nil, fmt.Errorf("%s: %w", InputsFile, err)
	}

	t0 := now()
	embeds, err := renderCharts(dir, charts, r)
	if err != nil {
		return nil, err
	}
	for _, c := range charts {
		m.Charts = append(m.Charts, c.Name)
	}
	if err := done("charts", t0); err != nil {
		return nil, err
	}

	// The CSV data of every table is written beside the highlights and the
	// workbook, which read the same tables (table.Each gives each reader a
	// walk of its own; the charts, drawn on every core, are done); the
	// summary's CSV, which holds the workbook's notes, after the workbook.
	// The manifest's csv time is the CSV writer's own.
	dataDir := filepath.Join(dir, "data")
	csvNames := []string{"summary"} // named first: a table called summary is summary_2, as before
	for _, t := range tables {
		csvNames = append(csvNames, t.Name)
	}
	csvNames = uniqueNames(csvNames)
	type csvResult struct {
		err  error
		took time.Duration
	}
	csvDone := make(chan csvResult, 1)
	go func() {
		t0 := now()
		err := writeCSVs(ctx, dataDir, tables, csvNames[1:])
		csvDone <- csvResult{err, now().Sub(t0)}
	}()
	waitCSV := sync.OnceValue(func() csvResult { return <-csvDone })
	// on an early return too: nothing writes into dir once Write returns
	defer waitCSV()

	// The highlights and key tables, from the tables; report.pdf laid out
	// (not drawn) to know the page of each chart for the Summary sheet.
	labels := map[string][]string{}
	for _, p := range r.Parts {
		for k, v := range p.Labels {
			labels[k] = v
		}
	}
	hin := highlights.Input{Tables: tables, Charts: labels}
	hl := highlights.Build(hin)
	doc := pdfDocument(r, m, hl, highlights.KeyTables(hin), charts, warnings)
	plan := pdf.Plan(doc)

	// The workbook, whose notes (truncations) become warnings.
	t0 = now()
	summary := summaryItems(r, m, warnings, highlightItems(hl, plan, charts))
	book := &workbook.Book{Summary: summary, Tables: tables, Charts: native, Link: r.Link}
	for i, c := range charts {
		if embeds.sheet[i] != nil {
			book.Images = append(book.Images, workbook.Image{Title: c.Title, PNG: embeds.sheet[i], DPI: workbook.SheetDPI})
		}
	}
	res, err := writeWorkbook(filepath.Join(dir, "report.xlsx"), book)
	if err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	m.Sheets = res.Sheets
	warnings = append(warnings, res.Notes...)
	if err := done("workbook", t0); err != nil {
		return nil, err
	}

	// CSV data: the tables' (above), and the summary's.
	csv := waitCSV()
	if csv.err != nil {
		return nil, csv.err
	}
	t0 = now()
	if err := writeCSV(filepath.Join(dataDir, csvNames[0]+".csv"), summaryTable(summary, res.Notes)); err != nil {
		return nil, fmt.Errorf("data/%s.csv: %w", csvNames[0], err)
	}
	m.Timings["csv"] = float64((csv.took + now().Sub(t0)).Microseconds()) / 1000
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	t0 = now()
	var pb bytes.Buffer
	doc.Warnings = warnings
	layout, err := pdf.Write(&pb, doc)
	if err != nil {
		return nil, err
	}
	pages := layout.Pages
	if err := os.WriteFile(filepath.Join(dir, "report.pdf"), pb.Bytes(), 0o644); err != nil {
		return nil, err
	}
	m.PDFPages = pages
	if err := done("pdf", t0); err != nil {
		return nil, err
	}

	t0 = now()
	if err := writeHTML(filepath.Join(dir, HTMLFile), r, doc, tables, charts, embeds.svg); err != nil {
		return nil, err
	}
	if err := done("html", t0); err != nil {
		return nil, err
	}

	for _, p := range r.Parts {
		for name, data := range p.Files {
			if name != filepath.Base(name) || name == ManifestFile {
				return nil, fmt.Errorf("part %s: bad file name %q", p.Name, name)
			}
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				return nil, err
			}
		}
	}
	m.Warnings = warnings
	if m.Warnings == nil {
		m.Warnings = []string{}
	}
	if m.Outputs, err = hashTree(dir); err != nil {
		return nil, err
	}
	m.Finished = now().UTC()
	lap("total", r.Started)
	if err := writeJSON(filepath.Join(dir, ManifestFile), m); err != nil {
		return nil, err
	}
	return m, nil
}

func dpi(r *Report) int {
	if r.DPI > 0 {
		return r.DPI
	}
	return 200
}

// chartFile is a chart's file name for a size and format.
func chartFile(name string, s chart.Size, format string) string {
	if s.Name == chart.Full.Name {
		return name + "." + format
	}
	return name + "-" + s.Name + "." + format
}

func corpusInfo(r *Report) CorpusInfo {
	l := r.Listing
	ci := CorpusInfo{Paths: r.Paths, Documents: l.NumEntries(), Period: r.Unit.String()}
	l.EachEntry(func(e *corpus.Entry) bool {
		switch {
		case e.Status == corpus.StatusSkipped:
			ci.Skipped++
		case e.Status == corpus.StatusDuplicate:
			ci.Duplicates++
		}
		if e.Counted() {
			ci.Counted++
			ci.Tokens += e.Tokens
			if e.Date.IsZero() {
				ci.Undated++
			}
		}
		return true
	})
	first, last := DateRange(l)
	if !first.IsZero() {
		ci.First, ci.Last = first.Format(time.DateOnly), last.Format(time.DateOnly)
		ci.Periods = len(period.Timeline(r.Unit, first, last))
	}
	return ci
}

// writeWorkbook writes book to path through a buffer, not as a whole file
// in memory (tens of MB for a large corpus). path is in the report's
// staging folder, which is renamed into place only when complete.
func writeWorkbook(path string, book *workbook.Book) (*workbook.Result, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	// the sheets' rows wait, compressed, in the staging folder too
	book.TempDir = filepath.Dir(path)
	res, err := workbook.Write(bw, book)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return res, err
}
