package main

import (
	"context"

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
	c, err := cf.load(ctx, e, fs.Args())
	if c == nil || len(c.Entries) == 0 && err != nil {
		return err
	}
	if werr := w(e.stdout, table.Corpus(&c.Listing)); werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	return cf.check(&c.Listing)
}
