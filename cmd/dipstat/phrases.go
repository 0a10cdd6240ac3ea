package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/report/table"
)

// familyFlags choose the formula families: the built-in ones and -families.
type familyFlags struct {
	file        string
	noDefaults  bool
	showBuiltin bool
}

func (f *familyFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.file, "families", "", "TOML `file` of formula families added to the built-in ones (a family with a built-in name replaces it; replace = true in the file drops them)")
	fs.BoolVar(&f.noDefaults, "no-default-families", false, "use only the families of -families")
	fs.BoolVar(&f.showBuiltin, "show-families", false, "print the built-in families file and exit")
}

// show prints the built-in families file for -show-families, reporting
// whether it did, in which case the command is done.
func (f *familyFlags) show(w io.Writer) (bool, error) {
	if !f.showBuiltin {
		return false, nil
	}
	_, err := io.WriteString(w, phrases.DefaultFamiliesText())
	return true, err
}

// families returns the families chosen; none only when empty is allowed
// (discovery without the lexicon: every phrase is new).
func (f *familyFlags) families(empty bool) ([]phrases.Family, error) {
	var base []phrases.Family
	if !f.noDefaults {
		base = phrases.DefaultFamilies()
	}
	if f.file != "" {
		ff, err := readWith(f.file, phrases.ReadFamilies)
		if err != nil {
			return nil, fmt.Errorf("-families: %w", err)
		}
		base = phrases.Combine(base, ff)
	}
	if len(base) == 0 && !empty {
		return nil, usagef("no formula families: -no-default-families needs -families FILE (or -discover)")
	}
	if base == nil {
		base = []phrases.Family{}
	}
	return base, nil
}

func runPhrases(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("phrases", "[flags] [PATH...]")
	var cf corpusFlags
	var ff formatFlag
	var fam familyFlags
	var af actorFlags
	var by byFlag
	cf.register(fs)
	ff.register(fs)
	fam.register(fs)
	af.register(fs)
	by.register(fs, "source (the same as outlet)")
	echo := fs.String("echo", "", "reciprocity: per family and side, its share of the sides' uses and how many of its uses another side echoed within this `window` (30d, 4w)")
	per := fs.String("period", "auto", "period `unit`: "+period.Names())
	top := fs.Int("top", 3, "variants shown per family (text), or phrases and candidate families shown with -discover (`n`; 0 = all)")
	discover := fs.Bool("discover", false, "find the phrases the corpus repeats and group them into candidate families")
	do := phrases.DefaultDiscoverOptions()
	fs.IntVar(&do.MinDocs, "min-docs", do.MinDocs, "-discover: a phrase must occur in this many `documents`")
	fs.IntVar(&do.MinN, "min-words", do.MinN, "-discover: shortest phrase in `words`")
	fs.IntVar(&do.MaxN, "max-words", do.MaxN, "-discover: longest n-gram in `words` (longer repeated passages are joined whole)")
	kindName := fs.String("kind", "formula", "-discover: phrases of this `kind`: formula, actor, generic, other or all")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	if shown, err := fam.show(e.stdout); shown {
		return err
	}
	w, err := ff.writer()
	if err != nil {
		return err
	}
	unit, auto, err := period.Parse(*per)
	if err != nil {
		return usagef("-period: %v", err)
	}
	if *top < 0 {
		return usagef("-top must not be negative")
	}
	if err := by.parse(&cf); err != nil {
		return err
	}
	if by.set() && *discover {
		return usagef("-by counts the formula families; it does not combine with -discover")
	}
	echoDays := -1
	if *echo != "" {
		if echoDays, err = facet.ParseDays(*echo); err != nil {
			return usagef("-echo: %v", err)
		}
		if *discover || by.set() {
			return usagef("-echo measures reciprocity between sides; it does not combine with -discover or -by")
		}
	}
	families, err := fam.families(*discover)
	if err != nil {
		return err
	}
	cf.lexicon = phrases.Lexicon(families)
	aliases, err := cf.aliasTable()
	if err != nil {
		return err
	}
	at, err := af.attributor(cf.stem)
	if err != nil {
		return err
	}
	mo := phrases.MatchOptions{Stem: cf.stem}
	if (ff.name != "text" || by.facet.Attributed() || echoDays >= 0) && !*discover {
		mo.Attributor = at // the occurrences' speaker, side and cue
	}
	if err := do.Check(); *discover && err != nil {
		return usagef("%v", err)
	}
	kind, err := phrases.ParseKind(*kindName)
	if err != nil {
		return usagef("-kind: %v", err)
	}
	if *discover {
		// Discovery streams the documents: it keeps a sample within its
		// word budget, never the whole corpus.
		disc, span, listing, loadErr := discoverStream(ctx, e, &cf, fs.Args(), aliases, do)
		if disc == nil {
			return loadErr
		}
		if auto {
			unit = period.Auto(span[0], span[1])
		}
		if err := period.Check(unit, span[0], span[1]); err != nil {
			return err
		}
		disc.MarkKnown(phrases.NewMatcher(families, aliases, mo))
		var tables []*table.Table
		t := table.Discovered(disc, times(*top, 10), kind)
		if ff.name == "text" {
			// The offsets and sentence are for data; the terminal shows the example.
			t = withoutColumns(t, "date", "start", "end", "sentence", "last_seen", "n", "doc")
			tables = append(tables, t, table.CandidateFamilies(disc, times(*top, 5), kind), table.NewPhrases(disc, unit, *top))
		} else {
			tables = append(tables, t)
		}
		if err := writeTables(e.stdout, w, ff.name, tables); err != nil {
			return err
		}
		if loadErr != nil {
			return loadErr
		}
		return cf.check(listing)
	}
	// streamed: memory holds the counts, not the documents nor the
	// occurrences, which are written (csv, json) or tallied (-by, -echo)
	// as they come
	acc, err := phrases.NewAccumulator(phrases.Options{
		Families: families, Aliases: aliases, Match: mo,
		Unit: unit, AutoUnit: auto, Discover: *discover, DiscoverOptions: do,
	})
	if err != nil {
		return err
	}
	dm, recordDoc := by.docValues(by.facet.Attributed()) // with -by on a document's field, its value by document ID
	var (
		tally *occurrenceTally // -by, -echo: the families by facet value
		rows  table.RowWriter  // csv, json: every occurrence
		werr  error
	)
	switch {
	case echoDays >= 0:
		side, _ := facet.Parse(facet.Side)
		tally = newOccurrenceTally(acc, side, dm)
	case by.set():
		tally = newOccurrenceTally(acc, by.facet, dm)
	case ff.name == "text":
		acc.Send(nil) // the summary needs only the counts
	default:
		rwf, err := ff.rowWriter()
		if err != nil {
			return err
		}
		rows = rwf(e.stdout, table.AttributedPhraseOccurrences(nil))
		acc.Send(func(o phrases.Occurrence) {
			if werr == nil {
				werr = rows.Write(table.PhraseOccurrenceRow(o, true)...)
			}
		})
	}
	l, err := cf.stream(ctx, e, fs.Args(), func(d *corpus.Document) error {
		recordDoc(d)
		acc.Add(d)
		if tally != nil {
			tally.endDocument()
		}
		return werr // stdout is gone: stop reading
	})
	if l == nil {
		return err
	}
	loadErr := err
	res, err := acc.Result()
	if err != nil {
		return err
	}
	var tables []*table.Table
	switch {
	case echoDays >= 0:
		tables = append(tables, table.Echoes(facet.Echoes(tally.counts, familyOrder(res), echoDays), echoDays))
	case by.set():
		tables = append(tables, familiesBy(res, tally.counts, by.facet))
	case ff.name == "text":
		tables = append(tables, table.PhraseFamilies(res.Summary), table.PhraseVariants(res.Summary, *top))
	default:
		if cerr := rows.Close(); werr == nil {
			werr = cerr
		}
	}
	if werr != nil {
		return werr
	}
	if err := writeTables(e.stdout, w, ff.name, tables); err != nil {
		return err
	}
	if loadErr != nil {
		return loadErr
	}
	return cf.check(l)
}

// occurrenceTally counts the formula occurrences an Accumulator finds by
// family and a facet's value, one document at a time, as
// facet.Occurrences counts a list of them.
type occurrenceTally struct {
	f      facet.Facet
	dm     map[string]string
	counts *facet.Counts
	items  []facet.Item
}

// newOccurrenceTally makes acc send its occurrences to a new tally.
func newOccurrenceTally(acc *phrases.Accumulator, f facet.Facet, dm map[string]string) *occurrenceTally {
	t := &occurrenceTally{f: f, dm: dm, counts: facet.NewCounts()}
	acc.Send(func(o phrases.Occurrence) {
		// the value (a speaker, a side) may share the document's text
		t.items = append(t.items, facet.Item{Key: o.Family, Value: strings.Clone(f.Occurrence(o, dm)), Date: o.Date})
	})
	return t
}

// endDocument counts the occurrences of the document just added.
func (t *occurrenceTally) endDocument() {
	t.counts.AddDocument(t.items)
	clear(t.items)
	t.items = t.items[:0]
}

// discoverStream streams the corpus named by paths through a Discoverer and
// runs it, printing every warning to stderr as load does; span is the first
// and last date of the documents. The Discovery is nil when the corpus could
// not be read (bad options, cancelled); the error, also with a Discovery, is
// load's (no articles).
func discoverStream(ctx context.Context, e *env, cf *corpusFlags, paths []string, aliases *corpus.Aliases, o phrases.DiscoverOptions) (*phrases.Discovery, [2]time.Time, *corpus.Listing, error) {
	var span [2]time.Time
	opts, err := cf.options()
	if err != nil {
		return nil, span, nil, err
	}
	dc, err := phrases.NewDiscoverer(aliases, o)
	if err != nil {
		return nil, span, nil, err
	}
	paths = corpusPaths(paths)
	l, err := corpus.Stream(ctx, paths, opts, func(d *corpus.Document) error {
		if t := d.Date; !t.IsZero() {
			if span[0].IsZero() || t.Before(span[0]) {
				span[0] = t
			}
			if t.After(span[1]) {
				span[1] = t
			}
		}
		dc.Add(d)
		d.Release() // discovery keeps the text, not the tokens
		return nil
	})
	if l == nil {
		l = &corpus.Listing{}
	}
	printWarnings(e.stderr, l.Warnings)
	if ctx.Err() != nil {
		return nil, span, nil, ctx.Err()
	}
	return dc.Run(), span, l, namePaths(err, paths)
}

// familiesBy is the families of res split by a facet, counted in c, over
// the periods of the summary.
func familiesBy(res *phrases.Result, c *facet.Counts, f facet.Facet) *table.Table {
	labels := make([]string, len(res.Summary.Periods))
	for i, p := range res.Summary.Periods {
		labels[i] = p.Label
	}
	s := c.Summarize(res.Summary.Unit, labels, familyOrder(res))
	return table.FamiliesByFacet(s, f.Name)
}

// familyOrder is the names of the families in the summary's order.
func familyOrder(res *phrases.Result) []string {
	order := make([]string, len(res.Summary.Families))
	for i, fam := range res.Summary.Families {
		order[i] = fam.Name
	}
	return order
}

// times is n*k for a row limit n (0 = all), with a product too large for an
// int meaning all rather than overflowing into a negative limit.
func times(n, k int) int {
	if n > math.MaxInt/k {
		return 0
	}
	return n * k
}

// writeTables writes tables; in text, each under its title and separated by
// a blank line.
func writeTables(out io.Writer, w table.Writer, format string, ts []*table.Table) error {
	for i, t := range ts {
		if format == "text" {
			if i > 0 {
				fmt.Fprintln(out)
			}
			fmt.Fprintf(out, "%s\n\n", t.Title)
		}
		if err := w(out, t); err != nil {
			return err
		}
	}
	return nil
}

// withoutColumns returns t without the columns with the given keys.
func withoutColumns(t *table.Table, keys ...string) *table.Table {
	drop := map[int]bool{}
	for _, k := range keys {
		if i := t.Col(k); i >= 0 {
			drop[i] = true
		}
	}
	out := &table.Table{Name: t.Name, Title: t.Title, Notes: t.Notes}
	for i, c := range t.Columns {
		if !drop[i] {
			out.Columns = append(out.Columns, c)
		}
	}
	for _, r := range t.Rows {
		var row []any
		for i, v := range r {
			if !drop[i] {
				row = append(row, v)
			}
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}
