package main

import (
	"context"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/report/table"
)

func runCorpus(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("corpus", "[flags] [PATH...]")
	var cf corpusFlags
	var ff formatFlag
	cf.register(fs)
	ff.register(fs)
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	w, err := ff.writer()
	if err != nil {
		return err
	}
	// The listing needs no document kept: stream, so memory does not grow
	// with the corpus.
	opts, err := cf.options()
	if err != nil {
		return err
	}
	paths := corpusPaths(fs.Args())
	l, err := corpus.Stream(ctx, paths, opts, func(*corpus.Document) error { return nil })
	err = namePaths(err, paths)
	if l != nil {
		printWarnings(e.stderr, l.Warnings)
	}
	if l == nil || len(l.Entries) == 0 && err != nil {
		return err
	}
	if werr := w(e.stdout, table.Corpus(l)); werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	return cf.check(l)
}
