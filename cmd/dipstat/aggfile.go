package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/pipeline"
	"github.com/dipstat/dipstat/report/bundle"
)

// Aggregate files: what dipstat analyze and dipstat merge write and dipstat
// report -from reads (pipeline.Aggregate's encoding).

// readAggregate reads one aggregate file.
func readAggregate(path string) (*pipeline.Aggregate, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var a pipeline.Aggregate
	if err := a.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &a, nil
}

// readAggregates reads aggregate files and merges them in input order,
// warning about documents that one analysis of all of them would have
// counted otherwise.
func readAggregates(paths []string, log *slog.Logger) (*pipeline.Aggregate, error) {
	var all *pipeline.Aggregate
	for _, p := range paths {
		a, err := readAggregate(p)
		if err != nil {
			return nil, err
		}
		if all == nil {
			all = a
			continue
		}
		if err := all.Merge(a); err != nil {
			return nil, fmt.Errorf("merging %s: %w", p, err)
		}
	}
	if all == nil {
		return nil, usagef("no aggregate files given")
	}
	if len(paths) > 1 {
		for _, w := range all.CheckDuplicates(all.Settings.DeciderOptions()) {
			log.Warn(w)
		}
	}
	return all, nil
}

// writeAggregate writes a to path atomically: a temporary file in the same
// folder, renamed into place once complete, so a failed or interrupted run
// leaves any earlier file as it was.
func writeAggregate(ctx context.Context, path string, a *pipeline.Aggregate) (int, error) {
	b, err := a.MarshalBinary()
	if err != nil {
		return 0, err
	}
	return len(b), writeFileAtomic(ctx, path, b)
}

func writeFileAtomic(ctx context.Context, path string, data []byte) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644) // as the report's files; CreateTemp makes 0600
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// fromFiles is the analysis of dipstat report -from: the aggregate files
// merged. The flags that shape an analysis were fixed when the files were
// written; given on the command line they are an error.
func (o *reportOptions) fromFiles(fs *flag.FlagSet, cfg *configFile, paths []string, log *slog.Logger, timings map[string]float64) (*analysis, error) {
	var given []string
	fs.Visit(func(f *flag.Flag) {
		fromFile := cfg != nil && cfg.set[f.Name] && !cfg.cmdline[f.Name]
		if analysisParam(f.Name) && f.Name != "period" && !fromFile {
			given = append(given, "-"+f.Name)
		}
	})
	if len(given) > 0 {
		return nil, usagef("-from: %s shape the analysis, fixed when the aggregates were written: give them to dipstat analyze", strings.Join(given, ", "))
	}
	t0 := now()
	agg, err := readAggregates(paths, log)
	if err != nil {
		return nil, err
	}
	timings["aggregates"] = float64(now().Sub(t0).Microseconds()) / 1000
	unit := agg.Settings.Terms.Unit
	if want, auto, err := period.Parse(o.report.period); err != nil {
		return nil, cfg.Wrap("period", usagef("-period: %v", err))
	} else if !auto && want != unit {
		return nil, usagef("-period %s: the aggregates count by %s (choose the period when analysing)", want, unit)
	}
	an := &analysis{agg: agg, unit: unit, left: agg.Left, inputWarnings: map[string]int{}, params: []bundle.Param{}}
	for _, p := range agg.Params {
		an.params = append(an.params, bundle.Param{Name: p[0], Value: p[1]})
	}
	return an, nil
}

// runAnalyze is dipstat analyze: the aggregates of a corpus, to a file.
func runAnalyze(ctx context.Context, e *env, args []string) error {
	started := now()
	fs := newFlagSet("analyze", "-o FILE [flags] [PATH...]")
	o := &reportOptions{}
	o.corpus.register(fs)
	o.registerCache(fs)
	o.fam.register(fs)
	o.win.register(fs)
	o.log.register(fs)
	fs.StringVar(&o.report.period, "period", "auto", "period `unit`: "+period.Names()+"; aggregates merge only when counted by the same unit")
	out := fs.String("o", "", "aggregate `file` to write (dipstat report -from reads it; dipstat merge merges several)")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	if shown, err := o.fam.show(e.stdout); shown {
		return err
	}
	if *out == "" {
		return usagef("analyze: -o FILE is required")
	}
	log, err := o.log.logger(e.stderr)
	if err != nil {
		return err
	}
	an, err := o.analyze(ctx, e, nil, fs, started, log, map[string]float64{}, true)
	if err != nil {
		return err
	}
	n, err := writeAggregate(ctx, *out, an.agg)
	if err != nil {
		return err
	}
	log.Info(fmt.Sprintf("%s: aggregates of %d documents (%d listed), counted by %s, %d bytes, in %s",
		*out, an.agg.Docs, len(an.agg.Listing.Entries), an.unit, n, now().Sub(started).Round(time.Millisecond)), "file", *out)
	return o.corpus.check(an.agg.Listing)
}

// runMerge is dipstat merge: aggregate files merged into one.
func runMerge(ctx context.Context, e *env, args []string) error {
	started := now()
	fs := newFlagSet("merge", "-o FILE FILE...")
	var lf logFlags
	lf.register(fs)
	out := fs.String("o", "", "aggregate `file` to write")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 {
		return usagef("merge: give -o FILE and at least one aggregate file to merge")
	}
	log, err := lf.logger(e.stderr)
	if err != nil {
		return err
	}
	agg, err := readAggregates(fs.Args(), log)
	if err != nil {
		return err
	}
	n, err := writeAggregate(ctx, *out, agg)
	if err != nil {
		return err
	}
	log.Info(fmt.Sprintf("%s: %d files merged, aggregates of %d documents, %d bytes, in %s",
		*out, fs.NArg(), agg.Docs, n, now().Sub(started).Round(time.Millisecond)), "file", *out)
	return nil
}

func (o *reportOptions) registerCache(fs *flag.FlagSet) {
	fs.StringVar(&o.cache, "cache", "", "`folder` for the aggregates of the previous run over the same paths: when its files are unchanged and come first, only the files after them are analysed (a corpus grown by files sorting last)")
}
