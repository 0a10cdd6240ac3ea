package main

import (
	"context"
	"fmt"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/report/table"
)

// corpusHelp follows the flags in dipstat corpus -h.
const corpusHelp = `
The listing is written as it is read, not held, so a web archive of any
size can be listed: csv and json row by row; text aligned
on its rows when there are at most %d of them, and past that %d rows at
a time, each block aligned on its own rows and the blocks before it (columns
only widen; the header is written once). For a listing to sort or filter,
use -format csv or json.
`

func runCorpus(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("corpus", "[flags] [PATH...]")
	usage := fs.Usage
	fs.Usage = func() {
		usage()
		fmt.Fprintf(fs.Output(), corpusHelp, table.TextBlock, table.TextBlock)
	}
	var cf corpusFlags
	var ff formatFlag
	cf.register(fs)
	ff.register(fs)
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	newRows, err := ff.rowWriter()
	if err != nil {
		return err
	}
	opts, err := cf.options()
	if err != nil {
		return err
	}
	// Neither documents nor the listing are kept: documents are streamed,
	// and each entry is written as it comes (text: a block of
	// table.TextBlock rows at a time), so memory does not grow with the
	// corpus. Nothing is written when nothing was listed.
	var rows table.RowWriter
	opts.OnEntry = func(en corpus.Entry) error {
		if rows == nil {
			rows = newRows(e.stdout, table.CorpusHeader())
		}
		return rows.Write(table.CorpusRow(en)...)
	}
	paths := corpusPaths(fs.Args())
	l, err := corpus.Stream(ctx, paths, opts, func(*corpus.Document) error { return nil })
	err = namePaths(err, paths)
	if l != nil {
		printWarnings(e.stderr, l.Warnings)
	}
	if rows != nil {
		if werr := rows.Close(); werr != nil {
			return werr
		}
	}
	if l == nil || err != nil {
		return err
	}
	return cf.check(l)
}
