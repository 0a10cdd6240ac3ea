package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/pipeline"
	"github.com/dipstat/dipstat/analysis/terms"
	"github.com/dipstat/dipstat/report/bundle"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/outdir"
	"github.com/dipstat/dipstat/report/workbook"
)

// reportFlags are the flags of dipstat report.
type reportFlags struct {
	config  string
	out     string
	name    string
	period  string
	formats string
	dpi     int
	terms   string
	top     int
	keep    int
	wait    time.Duration
	from    fileList
}

func (f *reportFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.config, "config", "", "TOML `file` of settings (see dipstat init); flags override it")
	fs.StringVar(&f.out, "out", "output", "`folder` the report folder is written into")
	fs.StringVar(&f.name, "name", "{date}", "report folder `name`; {date} is today's date, YYYY-MM-DD")
	fs.StringVar(&f.period, "period", "auto", "period `unit`: "+period.Names())
	fs.StringVar(&f.formats, "formats", strings.Join(chart.Formats, ","), "chart `formats`, comma-separated: pdf, svg, png")
	fs.IntVar(&f.dpi, "dpi", 200, "PNG resolution in `dots per inch`")
	fs.StringVar(&f.terms, "terms", "", "comma-separated `terms` to trend besides the top terms (e.g. \"thaad,supply chain\")")
	fs.IntVar(&f.top, "top", 20, "terms in the top-terms chart (`n`)")
	fs.IntVar(&f.keep, "keep", 0, "keep only the newest `n` reports in the output folder (0 keeps all; nothing else there is touched)")
	fs.DurationVar(&f.wait, "wait", 0, "wait this long for another run's lock on the output folder (e.g. 10m)")
	fs.Var(&f.from, "from", "render the report from aggregate `files` (dipstat analyze -o, dipstat merge -o) instead of reading a corpus; repeat it or list more files after the flags")
}

// reportOptions are all the flags of dipstat report.
type reportOptions struct {
	cache  string // -cache DIR
	corpus corpusFlags
	report reportFlags
	fam    familyFlags
	win    windowFlags
	log    logFlags
	actors actorFlags
}

// reportFlagSet builds dipstat report's flag set. A configuration file
// (-config) may set every flag but -config and -show-families; "dipstat
// config" and the file check use this same set (reportConfigFlags).
func reportFlagSet() (*flag.FlagSet, *reportOptions) {
	fs := newFlagSet("report", "[-config FILE] [flags] [PATH...]\n       dipstat report [flags] -from FILE [FILE...]")
	o := &reportOptions{}
	o.corpus.register(fs)
	o.registerCache(fs)
	o.report.register(fs)
	o.fam.register(fs)
	o.win.register(fs)
	o.log.register(fs)
	o.actors.register(fs)
	return fs, o
}

// beforePublish runs on the finished temporary folder just before it is
// renamed into place; tests use it to inject a failure.
var beforePublish = func(dir string) error { return nil }

// now is the clock of the report command; tests may fix it.
var now = time.Now

func runReport(ctx context.Context, e *env, args []string) error {
	started := now()
	fs, o := reportFlagSet()
	cfg, err := applyConfig(fs, args)
	if err != nil {
		return err
	}
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	rf, fam := o.report, &o.fam
	if shown, err := fam.show(e.stdout); shown {
		return err
	}
	log, err := o.log.logger(e.stderr)
	if err != nil {
		return cfg.Wrap("log-format", err)
	}
	formats, err := parseFormats(rf.formats)
	if err != nil {
		return cfg.Wrap("formats", err)
	}
	if rf.dpi < 36 || rf.dpi > 1200 {
		return cfg.Wrap("dpi", usagef("-dpi must be between 36 and 1200, got %d", rf.dpi))
	}
	if rf.out == "" {
		return cfg.Wrap("out", usagef("-out must not be empty"))
	}
	if rf.keep < 0 || rf.wait < 0 {
		return usagef("-keep and -wait must not be negative")
	}
	if rf.top < 1 || rf.top > 100 {
		return cfg.Wrap("top", usagef("-top must be between 1 and 100, got %d", rf.top))
	}
	name := strings.ReplaceAll(rf.name, "{date}", started.Format(time.DateOnly))
	if err := outdir.CheckName(name); err != nil {
		return cfg.Wrap("name", usagef("-name: %v", err))
	}
	timings := map[string]float64{}
	// The aggregates of the corpus: analysed now, streaming the corpus once
	// (the report never opens an article itself), or read from files that
	// dipstat analyze or merge wrote.
	var an *analysis
	if len(rf.from) > 0 {
		an, err = o.fromFiles(fs, cfg, append(rf.from, fs.Args()...), log, timings)
	} else {
		an, err = o.analyze(ctx, e, cfg, fs, started, log, timings, false)
	}
	if err != nil {
		return err
	}
	defer an.records.close()
	return o.render(ctx, e, fs, cfg, an, renderRun{started: started, name: name, formats: formats, args: args, log: log, timings: timings})
}

// renderRun is what rendering a report needs besides the aggregates.
type renderRun struct {
	started time.Time
	name    string
	formats []string
	args    []string
	log     *slog.Logger
	timings map[string]float64
}

// render writes the report folder from the aggregates: the analyses'
// statistics, tables and charts, the changes since the previous report.
func (o *reportOptions) render(ctx context.Context, e *env, fs *flag.FlagSet, cfg *configFile, an *analysis, run renderRun) error {
	rf, log, name, timings := o.report, run.log, run.name, run.timings
	lap := func(k string, t0 time.Time) { timings[k] = float64(now().Sub(t0).Microseconds()) / 1000 }
	listing, unit, paths := an.agg.Listing, an.unit, an.agg.Paths
	t0 := now()
	res := an.agg.Result() // discovery runs on the sample now
	an.agg.Sample = nil    // and the sample's documents are garbage
	// res holds the aggregates now: the aggregate lets go of them, so each
	// is garbage once its tables are built (below), not kept to the end.
	an.agg.Terms, an.agg.Phrases, an.agg.Occurrences, an.agg.Figures, an.agg.Facets = nil, nil, nil, nil, nil
	lap("discovery", t0)
	first, last := bundle.DateRange(listing)
	undated := 0
	listing.EachEntry(func(en *corpus.Entry) bool {
		if en.Counted() && en.Date.IsZero() {
			undated++
		}
		return true
	})
	cap := bundle.Caption{Corpus: strings.Join(paths, ", "), Docs: res.Docs, Undated: undated,
		Unit: unit, From: first, To: last}

	parts := []bundle.Part{bundle.CorpusPart(listing, unit, cap)}
	t0 = now()
	// The terms' tables are built beside the others, which read no term
	// counts (issue 16: the term counter's results and the figures' walks
	// of the spool took most of this phase, one after the other). The
	// phase's memory stays under the pass's: at 200,000 articles the
	// resident set fell from about 930 MB at the end of the pass to
	// under 650 MB here.
	type partResult struct {
		part bundle.Part
		err  error
	}
	termsDone := make(chan partResult, 1)
	go func(counter *terms.Counter, rf reportFlags, cap bundle.Caption) {
		p, err := reportTerms(counter, rf, cap)
		termsDone <- partResult{p, err}
	}(res.Terms, rf, cap)
	waitTerms := sync.OnceValue(func() partResult { return <-termsDone })
	defer waitTerms()
	// Each aggregate is let go once its tables are built, so the charts
	// and the workbook are not made beside it (issue 22).
	res.Terms = nil
	famSummary := res.Phrases.Summarize(unit, res.Families)
	figIn := bundle.FiguresInput{Figures: res.Figures}
	phIn := bundle.PhrasesInput{Summary: famSummary, Occurrences: res.Occurrences, Discovery: res.Discovery}
	if rec := an.records; rec != nil {
		// streamed to disk: the concordance's and the Figures sheet's
		// rows are made from the spool each time they are read, the
		// figures walked as often as the tables need (issue 22)
		written, total := rec.occurrences()
		res.OccurrencesTotal = total
		res.Notes = append(pipeline.CapNotes(total, written, rec.figures(), pipeline.DefaultMaxFigures), an.agg.Warnings...)
		phIn.EachOccurrence, phIn.OccurrenceCount = rec.eachOccurrence, written
		figIn = bundle.FiguresInput{Each: rec.eachFigure, Total: rec.figures(), RowsOnRead: true}
	} else {
		figIn.Series = figures.GroupSeries(res.Figures, figures.SeriesOptions{})
	}
	parts = append(parts, bundle.PhrasesPart(phIn, cap))
	phIn = bundle.PhrasesInput{}
	res.Occurrences, res.Discovery = nil, nil
	res.Figures = nil
	fp, err := bundle.FiguresPart(figIn, cap)
	if err != nil {
		return err
	}
	fp.Warnings = append(fp.Warnings, res.Notes...)
	parts = append(parts, fp)
	facetIn := bundle.FacetsInput{Tally: res.Facets, Summary: famSummary, Figures: figIn.Figures, Each: figIn.Each}
	figIn = bundle.FiguresInput{}
	facp, err := bundle.FacetsPart(facetIn, cap)
	if err != nil {
		return err
	}
	parts = append(parts, facp)
	tr := waitTerms()
	if tr.err != nil {
		return tr.err
	}
	parts = slices.Insert(parts, 1, tr.part) // after the corpus, as before
	lap("tables", t0)

	params := reportParams(fs, cfg, unit, an.auto, name, an.win, an.left)
	if an.params != nil {
		// from aggregate files: their analysis's parameters, and this
		// report's own
		own := params
		params = an.params
		for _, p := range own {
			if !analysisParam(p.Name) {
				params = append(params, p)
			}
		}
		slices.SortStableFunc(params, func(a, b bundle.Param) int { return strings.Compare(a.Name, b.Name) })
	}
	// One run at a time writes into the output folder.
	release, lockWarn, err := outdir.Lock(rf.out, rf.wait)
	if err != nil {
		return err
	}
	defer release()
	if lockWarn != "" {
		log.Warn(lockWarn)
	}
	// Under the lock, repair what a killed run left: a previous report
	// stranded aside is put back, half-written folders are removed.
	recovered, err := outdir.Recover(rf.out)
	for _, r := range recovered {
		log.Warn(r)
	}
	if err != nil {
		return err
	}
	st, err := outdir.New(rf.out, name)
	if err != nil {
		return err
	}
	defer st.Abort()

	// What changed since the previous report in the output folder: the
	// Changes sheet (first after Summary) and changes.json.
	t0 = now()
	ch, err := compareWithPrevious(rf.out, name, parts)
	if err != nil {
		return err
	}
	chp, err := bundle.ChangesPart(ch)
	if err != nil {
		return err
	}
	parts = append([]bundle.Part{chp}, parts...)
	lap("changes", t0)
	rep := &bundle.Report{
		Name: name, Version: Version, Started: run.started, Command: append([]string{"dipstat", "report"}, run.args...),
		Params: params, Config: effectiveConfig(fs, paths), Paths: paths, Listing: listing, Unit: unit, Parts: parts,
		Formats: run.formats, DPI: rf.dpi, Timings: timings, Link: workbook.RelativeTo(st.Final()), Now: now,
		Window: an.agg.Settings.Window, // "" for none; from aggregate files, theirs
	}
	man, err := bundle.Write(ctx, st.Dir, rep)
	if err != nil {
		return fmt.Errorf("report %s: %w", name, err)
	}
	if listing.Log != nil && listing.Log.Err() != nil {
		// an entry of the listing could not be read back: the tables
		// made from it are short
		return fmt.Errorf("report %s: %w", name, listing.Log.Err())
	}
	if err := beforePublish(st.Dir); err != nil {
		return fmt.Errorf("report %s: %w", name, err)
	}
	pubWarn, err := st.Publish()
	if err != nil {
		return err
	}
	if pubWarn != "" {
		log.Warn(pubWarn)
	}
	inputWarnings := an.inputWarnings
	for _, w := range man.Warnings {
		if inputWarnings[w] > 0 {
			inputWarnings[w]--
			continue
		}
		log.Warn(w)
	}
	log.Info("changes: " + ch.Summary())
	removed, err := outdir.Retain(rf.out, rf.keep)
	for _, r := range removed {
		log.Info("removed old report "+filepath.ToSlash(r), "dir", filepath.ToSlash(r))
	}
	if err != nil {
		return fmt.Errorf("-keep: %w", err)
	}
	log.Info(fmt.Sprintf("report %s: %d charts, %d sheets, report.pdf of %d pages, %d files, %d warnings",
		filepath.ToSlash(st.Final()), len(man.Charts), len(man.Sheets), man.PDFPages, len(man.Outputs)+1, len(man.Warnings)),
		"dir", filepath.ToSlash(st.Final()))
	return o.corpus.check(listing)
}

// parseFormats reads -formats.
func parseFormats(s string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" || seen[f] {
			continue
		}
		ok := false
		for _, k := range chart.Formats {
			ok = ok || k == f
		}
		if !ok {
			return nil, usagef("-formats: unknown format %q (want some of %s)", f, strings.Join(chart.Formats, ", "))
		}
		seen[f] = true
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, usagef("-formats: give at least one of %s", strings.Join(chart.Formats, ", "))
	}
	return out, nil
}
