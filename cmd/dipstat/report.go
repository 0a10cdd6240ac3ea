package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
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
}

// reportOptions are all the flags of dipstat report.
type reportOptions struct {
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
	fs := newFlagSet("report", "[-config FILE] [flags] [PATH...]")
	o := &reportOptions{}
	o.corpus.register(fs)
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
	cf, rf, fam := &o.corpus, o.report, &o.fam
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
	unit, auto, err := period.Parse(rf.period)
	if err != nil {
		return cfg.Wrap("period", usagef("-period: %v", err))
	}
	win, err := o.win.window(started)
	if err != nil {
		return err
	}
	name := strings.ReplaceAll(rf.name, "{date}", started.Format(time.DateOnly))
	if err := outdir.CheckName(name); err != nil {
		return cfg.Wrap("name", usagef("-name: %v", err))
	}
	families, err := fam.families(false)
	if err != nil {
		return err
	}
	cf.lexicon = phrases.Lexicon(families)
	aliases, err := cf.aliasTable()
	if err != nil {
		return err
	}
	// who says it: the facets part's sheets and chart
	at, err := o.actors.attributor(cf.stem)
	if err != nil {
		return cfg.Wrap("actors", err)
	}
	paths := corpusPaths(cfg.Paths(fs.Args()))
	timings := map[string]float64{}
	lap := func(k string, t0 time.Time) { timings[k] = float64(now().Sub(t0).Microseconds()) / 1000 }

	// The corpus is streamed once through every analysis (package pipeline):
	// memory holds the aggregates, not the documents. The report never
	// opens an article itself.
	copts, err := cf.options()
	if err != nil {
		return err
	}
	copts.HashInputs = true // the manifest's hashes, of the bytes analysed
	if auto {
		span, err := corpus.ScanDates(ctx, paths, copts)
		if err != nil {
			return err
		}
		unit = period.Auto(clip(span.First, span.Last, win))
	}
	t0 := now()
	// A progress bar (files, MB, ETA) only on a terminal, never with -quiet.
	var prog *progress
	if !o.log.quiet && isTerminal(e.stderr) {
		files, bytes := measureInputs(paths)
		prog = newProgress(e.stderr, files, bytes)
	}
	var listing *corpus.Listing
	stream := func(fn func(*corpus.Document) error) error {
		l, err := corpus.Stream(ctx, paths, copts, func(d *corpus.Document) error {
			prog.Add(int64(len(d.Raw)))
			return fn(d)
		})
		prog.Done()
		listing = l
		return err
	}
	res, loadErr := pipeline.Run(ctx, stream, pipeline.Options{
		Terms:    terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: unit},
		Families: families, Aliases: aliases, Match: phrases.MatchOptions{Stem: cf.stem, Context: 60},
		Discover: true, DiscoverOptions: phrases.DefaultDiscoverOptions(), Workers: cf.workers,
		Keep:       func(d *corpus.Document) bool { return win.Contains(d.Date) },
		Attributor: at,
	})
	// The input warnings now, so a run that fails still shows them; the
	// manifest repeats them, and they are left out when its warnings are
	// printed after publishing.
	inputWarnings := map[string]int{}
	if listing != nil {
		for _, w := range listing.Warnings {
			log.Warn(w.Error())
			inputWarnings[w.Error()]++
		}
	}
	// A report of nothing would replace the previous report with an empty
	// one: for a scheduled run, the worst outcome. No articles, or none in
	// the window, fails the run before the output folder is touched.
	if loadErr == nil && (listing == nil || res == nil) {
		loadErr = corpus.ErrNoArticles
	}
	if loadErr != nil {
		return namePaths(loadErr, paths)
	}
	if win.IsSet() && res.Docs == 0 {
		return noDocsInWindow(win, listing)
	}
	lap("analyses", t0)
	left := 0
	if win.IsSet() {
		left = applyWindow(listing, win)
	}
	first, last := bundle.DateRange(listing)
	undated := 0
	for _, en := range listing.Entries {
		if en.Counted() && en.Date.IsZero() {
			undated++
		}
	}
	cap := bundle.Caption{Corpus: strings.Join(paths, ", "), Docs: res.Docs, Undated: undated,
		Unit: unit, From: first, To: last}

	parts := []bundle.Part{bundle.CorpusPart(listing, unit, cap)}
	t0 = now()
	tp, err := reportTerms(res.Terms, rf, cap)
	if err != nil {
		return err
	}
	parts = append(parts, tp)
	famSummary := res.Phrases.Summarize(unit, res.Families)
	parts = append(parts, bundle.PhrasesPart(bundle.PhrasesInput{Summary: famSummary,
		Occurrences: res.Occurrences, Discovery: res.Discovery}, cap))
	parts = append(parts, bundle.FiguresPart(bundle.FiguresInput{Figures: res.Figures,
		Series: figures.GroupSeries(res.Figures, figures.SeriesOptions{})}, cap))
	parts[len(parts)-1].Warnings = append(parts[len(parts)-1].Warnings, res.Notes...)
	parts = append(parts, bundle.FacetsPart(bundle.FacetsInput{Tally: res.Facets, Summary: famSummary, Figures: res.Figures}, cap))
	lap("tables", t0)

	params := reportParams(fs, cfg, unit, auto, name, win, left)
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
		Name: name, Version: Version, Started: started, Command: append([]string{"dipstat", "report"}, args...),
		Params: params, Config: effectiveConfig(fs, paths), Paths: paths, Listing: listing, Unit: unit, Parts: parts,
		Formats: formats, DPI: rf.dpi, Timings: timings, Link: workbook.RelativeTo(st.Final()), Now: now,
	}
	if win.IsSet() {
		rep.Window = win.String()
	}
	man, err := bundle.Write(ctx, st.Dir, rep)
	if err != nil {
		return fmt.Errorf("report %s: %w", name, err)
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
	return cf.check(listing)
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
