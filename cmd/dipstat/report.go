package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/terms"
	"github.com/dipstat/dipstat/report/bundle"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/history"
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
}

// reportFlagSet builds dipstat report's flag set. A configuration file
// (-config) may set every flag but -config and -show-families; config.go's
// reportConfigFlags should return this set so "dipstat config" and the file
// check accept exactly the report's flags.
func reportFlagSet() (*flag.FlagSet, *reportOptions) {
	fs := newFlagSet("report", "[-config FILE] [flags] [PATH...]")
	o := &reportOptions{}
	o.corpus.register(fs)
	o.report.register(fs)
	o.fam.register(fs)
	o.win.register(fs)
	o.log.register(fs)
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
	if fam.showBuiltin {
		_, err := io.WriteString(e.stdout, phrases.DefaultFamiliesText())
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
	families, err := fam.families()
	if err != nil {
		return err
	}
	aliases, err := cf.aliasTable()
	if err != nil {
		return err
	}
	paths := corpusPaths(cfg.Paths(fs.Args()))
	timings := map[string]float64{}
	lap := func(k string, t0 time.Time) { timings[k] = float64(now().Sub(t0).Microseconds()) / 1000 }

	// The corpus: the report never opens an article itself.
	t0 := now()
	c, loadErr := cf.load(ctx, e, paths)
	if c == nil || len(c.Entries) == 0 {
		if loadErr == nil {
			loadErr = corpus.ErrNoArticles
		}
		return loadErr
	}
	lap("load", t0)
	left := 0
	if win.IsSet() {
		left = applyWindow(c, win)
	}
	first, last := bundle.DateRange(&c.Listing)
	if auto {
		unit = period.Auto(first, last)
	}
	undated := 0
	for _, d := range c.Docs {
		if d.Date.IsZero() {
			undated++
		}
	}
	cap := bundle.Caption{Corpus: strings.Join(paths, ", "), Docs: len(c.Docs), Undated: undated,
		Unit: unit, From: first, To: last}

	parts := []bundle.Part{bundle.CorpusPart(&c.Listing, unit, cap)}

	// Terms: unigrams and n-grams by period, keyness of the latest period.
	t0 = now()
	workers := cf.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	tp, err := reportTerms(c, unit, rf, workers, cap)
	if err != nil {
		return err
	}
	parts = append(parts, tp)
	lap("terms", t0)

	// Phrases: formula families with their variants and a concordance.
	t0 = now()
	pr, err := phrases.Analyze(ctx, c.Docs, phrases.Options{Families: families, Aliases: aliases,
		Match: phrases.MatchOptions{Stem: cf.stem, Context: 60}, Unit: unit, Workers: cf.workers,
		Discover: true, DiscoverOptions: phrases.DefaultDiscoverOptions()})
	if err != nil {
		return err
	}
	parts = append(parts, bundle.PhrasesPart(bundle.PhrasesInput{Summary: pr.Summary, Occurrences: pr.Occurrences, Discovery: pr.Discovery}, cap))
	lap("phrases", t0)

	// Figures: every cited figure, and the series of one measure over time.
	t0 = now()
	figs := figures.FromCorpus(c.Docs)
	parts = append(parts, bundle.FiguresPart(bundle.FiguresInput{Figures: figs,
		Series: figures.GroupSeries(figs, figures.SeriesOptions{})}, cap))
	lap("figures", t0)

	var params []bundle.Param
	if cfg != nil {
		params = append(params, bundle.Param{Name: "-config", Value: cfg.path})
	}
	fs.VisitAll(func(f *flag.Flag) {
		v := f.Value.String()
		switch f.Name {
		case "period":
			if auto {
				v = "auto (" + unit.String() + ")"
			}
		case "name":
			v = name
		case "config", "show-families":
			return
		}
		params = append(params, bundle.Param{Name: "-" + f.Name, Value: v, Default: f.Value.String() == f.DefValue && f.Name != "period"})
	})
	if win.IsSet() {
		params = append(params, bundle.Param{Name: "window", Value: fmt.Sprintf("%s (%d documents outside it, undated ones included, left out)", win, left)})
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
		Params: params, Config: effectiveConfig(fs, paths), Paths: paths, Listing: &c.Listing, Unit: unit, Parts: parts,
		Formats: formats, DPI: rf.dpi, Timings: timings, Link: workbook.RelativeTo(st.Final()), Now: now,
	}
	if loadErr != nil {
		rep.Warnings = append(rep.Warnings, loadErr.Error())
	}
	man, err := bundle.Write(st.Dir, rep)
	if err != nil {
		return fmt.Errorf("report %s: %w", name, err)
	}
	if err := beforePublish(st.Dir); err != nil {
		return fmt.Errorf("report %s: %w", name, err)
	}
	if err := st.Publish(); err != nil {
		return err
	}
	for _, w := range man.Warnings {
		log.Warn(w)
	}
	log.Info("changes: "+ch.Summary(), "changes", ch.Summary())
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
	return cf.check(&c.Listing)
}

// applyWindow keeps the documents dated inside win (undated ones cannot be
// shown to be inside it) and returns how many it left out. Entries that
// were not counted anyway (skipped, duplicates) stay listed.
func applyWindow(c *corpus.Corpus, win window) int {
	var docs []*corpus.Document
	for _, d := range c.Docs {
		if win.Contains(d.Date) {
			docs = append(docs, d)
		}
	}
	var entries []corpus.Entry
	left := 0
	for _, en := range c.Entries {
		if en.Counted() && !win.Contains(en.Date) {
			left++
			continue
		}
		entries = append(entries, en)
	}
	c.Docs, c.Entries = docs, entries
	return left
}

// compareWithPrevious compares the report about to be written with the
// newest other report in out (read back from its data/*.csv).
func compareWithPrevious(out, name string, parts []bundle.Part) (history.Changes, error) {
	cur, err := history.FromTables(name, bundle.AllTables(parts)...)
	if err != nil {
		return history.Changes{}, fmt.Errorf("changes: %w", err)
	}
	prevDir, ok := outdir.Previous(out, name)
	if !ok {
		return history.First(cur), nil
	}
	prev, err := history.ReadSnapshot(prevDir)
	if err != nil {
		return history.Changes{}, fmt.Errorf("changes: previous report %s: %w", prevDir, err)
	}
	return history.Compare(prev, cur), nil
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

// reportTerms counts terms (1 to 3 words) by period and builds the terms part.
func reportTerms(c *corpus.Corpus, unit period.Unit, rf reportFlags, workers int, cap bundle.Caption) (bundle.Part, error) {
	// Shards of the corpus are counted in parallel and merged: exactly the
	// counts of one pass.
	opts := terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: unit}
	n := min(max(workers, 1), max(len(c.Docs), 1))
	shards := make([]*terms.Counter, n)
	var wg sync.WaitGroup
	for w := range shards {
		shards[w] = terms.NewCounter(opts)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(c.Docs); i += n {
				shards[w].Add(c.Docs[i])
			}
		}()
	}
	wg.Wait()
	counter := shards[0]
	for _, sh := range shards[1:] {
		if err := counter.Merge(sh); err != nil {
			return bundle.Part{}, err
		}
	}
	uni, err := counter.Result(terms.Query{MinN: 1, MaxN: 1, Measure: terms.ByCount})
	if err != nil {
		return bundle.Part{}, err
	}
	ngr, err := counter.Result(terms.Query{MinN: 2, MaxN: 3, Measure: terms.ByCount, MinCount: 2})
	if err != nil {
		return bundle.Part{}, err
	}
	in := bundle.TermsInput{Terms: uni, Ngrams: ngr, Top: rf.top, Norm: corpus.NormalizeWord}
	if k, err := uni.Keyness(terms.KeyQuery{Target: "latest", Reference: "before"}); err == nil {
		in.Keyness = k
	} else if errors.Is(err, terms.ErrNoPeriods) {
		in.KeyErr = err
	} else {
		return bundle.Part{}, err
	}
	for _, t := range strings.Split(rf.terms, ",") {
		if t = strings.TrimSpace(t); t != "" {
			in.Chosen = append(in.Chosen, t)
		}
	}
	return bundle.TermsPart(in, cap), nil
}
