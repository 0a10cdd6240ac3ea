package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/pipeline"
	"github.com/dipstat/dipstat/analysis/terms"
	"github.com/dipstat/dipstat/report/bundle"
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
}

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
	families, err := fam.families()
	if err != nil {
		return nil, err
	}
	aliases, err := cf.aliasTable()
	if err != nil {
		return nil, err
	}
	paths := corpusPaths(cfg.Paths(fs.Args()))
	copts, err := cf.options()
	if err != nil {
		return nil, err
	}
	settings, err := cf.settings(fam)
	if err != nil {
		return nil, err
	}
	copts.HashInputs = true // the manifest's hashes, of the bytes analysed
	copts.KeepPrints = keepPrints
	if auto {
		span, err := corpus.ScanDates(ctx, paths, copts)
		if err != nil {
			return nil, err
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
	popts := pipeline.Options{
		Terms:    terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: unit},
		Families: families, Aliases: aliases, Match: phrases.MatchOptions{Stem: cf.stem, Context: 60},
		Discover: true, DiscoverOptions: phrases.DefaultDiscoverOptions(), Workers: cf.workers,
		Keep:       func(d *corpus.Document) bool { return win.Contains(d.Date) },
		KeepSample: true,
	}
	res, loadErr := pipeline.Run(ctx, stream, popts)
	// The input warnings now, so a run that fails still shows them; the
	// manifest repeats them, and they are left out when its warnings are
	// printed after publishing.
	an := &analysis{unit: unit, auto: auto, win: win, inputWarnings: map[string]int{}}
	if listing != nil {
		for _, w := range listing.Warnings {
			log.Warn(w.Error())
			an.inputWarnings[w.Error()]++
		}
	}
	// A report of nothing would replace the previous report with an empty
	// one: for a scheduled run, the worst outcome. No articles, or none in
	// the window, fails the run before the output folder is touched.
	if loadErr == nil && (listing == nil || res == nil) {
		loadErr = corpus.ErrNoArticles
	}
	if loadErr != nil {
		return nil, namePaths(loadErr, paths)
	}
	if win.IsSet() && res.Docs == 0 {
		return nil, noDocsInWindow(win, listing)
	}
	timings["analyses"] = float64(now().Sub(t0).Microseconds()) / 1000
	if win.IsSet() {
		an.left = applyWindow(listing, win)
	}
	windowText := ""
	if win.IsSet() {
		windowText = win.String()
	}
	an.agg, err = pipeline.NewAggregate(res, listing, pipeline.SettingsOf(popts, settings, windowText), paths)
	if err != nil {
		return nil, err
	}
	for _, p := range reportParams(fs, cfg, unit, auto, "", win, an.left) {
		if analysisParam(p.Name) {
			an.agg.Params = append(an.agg.Params, [2]string{p.Name, p.Value})
		}
	}
	return an, nil
}

// settings are the corpus flags that change what is counted, with the
// files they name by content, so that aggregates of differently read
// corpora are not merged.
func (f *corpusFlags) settings(fam *familyFlags) ([][2]string, error) {
	digest := func(path, none string) (string, error) {
		if path == "" {
			return none, nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(b)
		return "sha256:" + hex.EncodeToString(sum[:]), nil
	}
	out := [][2]string{
		{"keep-duplicates", strconv.FormatBool(f.keepDuplicates)},
		{"near-dup", strconv.FormatFloat(f.nearDup, 'g', -1, 64)},
		{"max-size", f.maxSize.String()},
		{"stem", strconv.FormatBool(f.stem)},
	}
	for _, x := range []struct{ name, path, none string }{
		{"stopwords", f.stopwords, "built-in"}, {"aliases", f.aliases, "built-in only"}, {"meta", f.meta, "none"},
	} {
		d, err := digest(x.path, x.none)
		if err != nil {
			return nil, fmt.Errorf("-%s: %w", x.name, err)
		}
		out = append(out, [2]string{x.name, d})
	}
	return out, nil
}

// decider options are the corpus settings an aggregate was read with, as
// far as finding duplicates goes.
func deciderOptions(s pipeline.Settings) corpus.Options {
	o := corpus.DefaultOptions()
	for _, kv := range s.Corpus {
		switch kv[0] {
		case "keep-duplicates":
			o.KeepDuplicates = kv[1] == "true"
		case "near-dup":
			if v, err := strconv.ParseFloat(kv[1], 64); err == nil {
				o.NearDuplicate = v
			}
		}
	}
	return o
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
