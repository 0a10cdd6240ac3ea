package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/pipeline"
	"github.com/dipstat/dipstat/analysis/terms"
	"github.com/dipstat/dipstat/report/bundle"
	"github.com/dipstat/dipstat/report/spool"
)

// analysis is the first half of a report: the aggregates of the corpus
// (analysed now, or read from files) and what the report says about how
// they were made.
type analysis struct {
	agg           *pipeline.Aggregate
	unit          period.Unit
	auto          bool // the unit was chosen by -period auto
	win           window
	left          int
	inputWarnings map[string]int // logged already; not repeated after publishing
	params        []bundle.Param // nil: the report's own flags
	// records holds the figures and formula occurrences when they were
	// streamed to disk (pipeline.Options.Records) rather than kept in agg.
	records *runRecords
}

// runRecords are a report run's figures and occurrences, written to a spool
// in the output folder as the analyses find them, so that memory does not
// grow with the corpus (issue 22). The spool is made at the first
// document, so a run that finds none leaves the output folder untouched.
type runRecords struct {
	dir string
	sp  *spool.Spool
	// log holds the listing's entries, compact and mostly on disk, instead
	// of the listing's Entries (issue 22: 300 MB a million files)
	log *corpus.EntryLog
	// inputs holds the input files likewise, instead of Listing.Inputs
	// (a folder of a million articles is a million files)
	inputs *corpus.InputLog
}

func (r *runRecords) add(occs []phrases.Occurrence, figs []figures.Figure) error {
	if r.sp == nil {
		if err := os.MkdirAll(r.dir, 0o755); err != nil {
			return fmt.Errorf("output folder: %w", err)
		}
		sp, err := spool.Create(r.dir, spool.Options{MaxOccurrences: pipeline.DefaultMaxOccurrences, MaxSentences: pipeline.DefaultMaxFigures})
		if err != nil {
			return err
		}
		r.sp = sp
	}
	return r.sp.Add(occs, figs)
}

// close removes the spool; it may be called more than once.
func (r *runRecords) close() {
	if r != nil && r.sp != nil {
		r.sp.Close()
		r.sp = nil
	}
	if r != nil && r.log != nil {
		r.log.Close()
		r.inputs.Close()
	}
}

// occurrences are the number of occurrences written (the concordance's)
// and the number found.
func (r *runRecords) occurrences() (written, total int) {
	if r.sp == nil {
		return 0, 0
	}
	return r.sp.Occurrences()
}

// eachOccurrence walks the occurrences written, in order.
func (r *runRecords) eachOccurrence(fn func(phrases.Occurrence) error) error {
	if r.sp == nil {
		return nil
	}
	return r.sp.EachOccurrence(fn)
}

// eachFigure walks the figures written, in input order.
func (r *runRecords) eachFigure(fn func(figures.Figure) error) error {
	if r.sp == nil {
		return nil
	}
	return r.sp.EachFigure(fn)
}

// figures is the number of figures written.
func (r *runRecords) figures() int {
	if r.sp == nil {
		return 0
	}
	return r.sp.Figures()
}

// termsMaxEntries is the term counter's limit of n-gram entries (0: the
// default); tests make it small, so that the counter prunes.
var termsMaxEntries int

// analyze streams the corpus once through every analysis (package
// pipeline): memory holds the aggregates, not the documents. keepPrints
// keeps the documents' fingerprints, which merging aggregates needs.
func (o *reportOptions) analyze(ctx context.Context, e *env, cfg *configFile, fs *flag.FlagSet, started time.Time,
	log *slog.Logger, timings map[string]float64, keepPrints bool) (*analysis, error) {
	cf, fam := &o.corpus, &o.fam
	unit, auto, err := period.Parse(o.report.period)
	if err != nil {
		return nil, cfg.Wrap("period", usagef("-period: %v", err))
	}
	win, err := o.win.window(started)
	if err != nil {
		return nil, err
	}
	families, err := fam.families(false)
	if err != nil {
		return nil, err
	}
	cf.lexicon = phrases.Lexicon(families)
	aliases, err := cf.aliasTable()
	if err != nil {
		return nil, err
	}
	at, err := o.actors.attributor(cf.stem)
	if err != nil {
		return nil, cfg.Wrap("actors", err)
	}
	paths := corpusPaths(cfg.Paths(fs.Args()))
	copts, err := cf.options()
	if err != nil {
		return nil, err
	}
	settings, err := cf.settings(copts)
	if err != nil {
		return nil, err
	}
	copts.HashInputs = true // the manifest's hashes, of the bytes analysed
	copts.KeepPrints = keepPrints
	if auto {
		t0 := now()
		span, err := corpus.ScanDates(ctx, paths, copts)
		if err != nil {
			return nil, err
		}
		unit = period.Auto(clip(span.First, span.Last, win))
		timings["dates"] = float64(now().Sub(t0).Microseconds()) / 1000
	}
	t0 := now()
	// A progress bar (files, MB, ETA) only on a terminal, never with -quiet.
	var prog *progress
	if !o.log.quiet && isTerminal(e.stderr) {
		files, bytes := measureInputs(paths)
		prog = newProgress(e.stderr, files, bytes)
	}
	popts := pipeline.Options{
		Terms:    terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: unit, MaxEntries: termsMaxEntries},
		Families: families, Aliases: aliases, Match: phrases.MatchOptions{Stem: cf.stem, Context: 60},
		Attributor: at, // who says it: the highlights, the facets' sheets and chart
		Discover:   true, DiscoverOptions: phrases.DefaultDiscoverOptions(), Workers: cf.workers,
		Keep:       func(d *corpus.Document) bool { return win.Contains(d.Date) },
		KeepSample: true,
		Release:    true, // the streamed documents are the run's
	}
	windowText := ""
	if win.IsSet() {
		windowText = win.String()
	}
	aggSettings := pipeline.SettingsOf(popts, settings, windowText)
	// The report's figures and occurrences stream to disk; a checkpoint
	// and dipstat analyze's aggregate file keep them in the aggregate.
	var records *runRecords
	if !keepPrints && o.cache == "" {
		records = &runRecords{dir: o.report.out, log: corpus.NewEntryLog(copts.ScratchDir), inputs: corpus.NewInputLog(copts.ScratchDir)}
		popts.Records = records.add
		copts.OnEntry = records.log.Append
		copts.OnInput = records.inputs.Append
	}
	var ck *checkpoint
	if o.cache != "" {
		if ck, err = openCheckpoint(o.cache, aggSettings, paths); err != nil {
			return nil, err
		}
		copts.KeepPrints = true // the next checkpoint needs them
	}
	var listing *corpus.Listing
	count := func(d *corpus.Document) error {
		prog.Add(int64(len(d.Raw)))
		return nil
	}
	resumed := 0 // files the checkpoint stood in for
	an := &analysis{unit: unit, auto: auto, win: win, inputWarnings: map[string]int{}}
	var res *pipeline.Result
	var loadErr error
	if ck != nil && ck.agg != nil {
		// Resume passes no document on before it knows the checkpoint fits
		an.agg, listing, resumed, loadErr = ck.resume(ctx, paths, copts, popts, aggSettings, count)
		if errors.Is(loadErr, corpus.ErrCheckpoint) {
			ck.agg, ck.note, loadErr = nil, "the checkpoint's files changed, or new files come before some of them", nil
		}
	}
	if an.agg == nil && loadErr == nil {
		stream := func(fn func(*corpus.Document) error) error {
			l, err := corpus.Stream(ctx, paths, copts, func(d *corpus.Document) error {
				if err := count(d); err != nil {
					return err
				}
				return fn(d)
			})
			listing = l
			if l != nil && records != nil {
				l.Log, l.InputLog = records.log, records.inputs
			}
			return err
		}
		res, loadErr = pipeline.Run(ctx, stream, popts)
	}
	prog.Done()
	keep := false
	defer func() {
		if !keep {
			records.close()
		}
	}()
	// The input warnings now, so a run that fails still shows them; the
	// manifest repeats them, and they are left out when its warnings are
	// printed after publishing.
	if listing != nil {
		for _, w := range listing.Warnings {
			log.Warn(w.Error())
			an.inputWarnings[w.Error()]++
		}
	}
	if records != nil {
		for _, n := range []string{records.log.Note(), records.inputs.Note()} {
			if n != "" {
				log.Warn(n)
			}
		}
	}
	// A report of nothing would replace the previous report with an empty
	// one: for a scheduled run, the worst outcome. No articles, or none in
	// the window, fails the run before the output folder is touched.
	if loadErr == nil && (listing == nil || (res == nil && an.agg == nil)) {
		loadErr = corpus.ErrNoArticles
	}
	if loadErr != nil {
		return nil, namePaths(loadErr, paths)
	}
	if win.IsSet() && resumed == 0 && res.Docs == 0 {
		return nil, noDocsInWindow(win, listing)
	}
	timings["analyses"] = float64(now().Sub(t0).Microseconds()) / 1000
	if an.agg == nil {
		if an.agg, err = pipeline.NewAggregate(res, listing, aggSettings, paths); err != nil {
			return nil, err
		}
	}
	if ck != nil {
		t0 := now()
		n, err := ck.save(ctx, an.agg) // before the window is applied to the listing
		if err != nil {
			return nil, err
		}
		timings["checkpoint"] = float64(now().Sub(t0).Microseconds()) / 1000
		note := fmt.Sprintf("%d files taken from the checkpoint, %d analysed", resumed, listing.NumInputs()-resumed)
		if resumed == 0 {
			note += ": " + ck.note
		}
		log.Info(fmt.Sprintf("-cache %s: %s; checkpoint of %d bytes written", o.cache, note, n),
			"resumed", resumed, "analysed", listing.NumInputs()-resumed)
	}
	if win.IsSet() {
		if an.left, err = applyWindow(listing, win); err != nil {
			return nil, err
		}
	}
	for _, p := range reportParams(fs, cfg, unit, auto, "", win, an.left) {
		if analysisParam(p.Name) {
			an.agg.Params = append(an.agg.Params, [2]string{p.Name, p.Value})
		}
	}
	an.records, keep = records, true
	return an, nil
}

// settings are the corpus flags that change what is counted, with the
// files they name by content, so that aggregates of differently read
// corpora are not merged.
func (f *corpusFlags) settings(o corpus.Options) ([][2]string, error) {
	digest := func(path string) (string, error) {
		if path == "" {
			return "", nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(b)
		return "sha256:" + hex.EncodeToString(sum[:]), nil
	}
	var ds [3]string
	for i, x := range []struct{ name, path string }{{"stopwords", f.stopwords}, {"aliases", f.aliases}, {"meta", f.meta}} {
		d, err := digest(x.path)
		if err != nil {
			return nil, fmt.Errorf("-%s: %w", x.name, err)
		}
		ds[i] = d
	}
	return pipeline.CorpusSettings(o, ds[0], ds[1], ds[2]), nil
}

// analysisParam tells the flags that shape the aggregates (recorded in
// them) from those that only shape the report.
func analysisParam(name string) bool {
	switch strings.TrimPrefix(name, "-") {
	case "config", "out", "name", "formats", "dpi", "terms", "top", "keep", "wait", "from", "quiet", "log-format", "strict", "o", "workers":
		return false
	}
	return true
}

// fileList is a flag naming files: repeated, or comma-separated.
type fileList []string

func (l *fileList) String() string { return strings.Join(*l, ",") }

func (l *fileList) Set(s string) error {
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*l = append(*l, f)
		}
	}
	return nil
}
