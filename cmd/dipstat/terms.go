package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/terms"
	"github.com/dipstat/dipstat/report/table"
)

// termFlags are the flags of terms and ngrams.
type termFlags struct {
	n         nRange
	top       optInt
	minCount  int
	period    string
	measure   string
	keyness   string
	reference string
	raw       bool
	tfidf     int
}

func (f *termFlags) register(fs *flag.FlagSet, cmd string) {
	f.n = nRange{1, 1}
	defMin, defMeasure := 1, "count"
	if cmd == "ngrams" {
		f.n, defMin = nRange{2, 3}, 2
	}
	fs.Var(&f.n, "n", "n-gram `length` or range, 1 to 5 (\"2\", \"1..3\")")
	fs.Var(&f.top, "top", "show the first `n` terms (per direction with -keyness); 0 = all (default 50 for text, all for csv/json)")
	fs.IntVar(&f.minCount, "min-count", defMin, "leave out terms seen fewer than `n` times (with -keyness: on both sides together)")
	fs.StringVar(&f.period, "period", "", "break counts down by `unit`: "+period.Names())
	fs.StringVar(&f.measure, "measure", defMeasure, "sort by `measure`: "+terms.MeasureNames())
	fs.StringVar(&f.keyness, "keyness", "", "list keywords of `period` (a label like 2025-06, or \"latest\") against the reference, or of one facet value against another (side=China:ROK; facets as for -by)")
	fs.StringVar(&f.reference, "reference", "before", "keyness reference: before (all earlier periods), rest (all other periods) or a period `label`")
	fs.BoolVar(&f.raw, "raw", false, "raw view: keep stopwords as terms and at the edges of n-grams")
	if cmd == "terms" {
		fs.IntVar(&f.tfidf, "tfidf", 0, "list each document's `n` most distinctive words by tf-idf instead")
	}
}

// optInt is an int flag that knows whether it was given.
type optInt struct {
	v   int
	set bool
}

func (o *optInt) String() string {
	if o == nil || !o.set {
		return ""
	}
	return strconv.Itoa(o.v)
}

func (o *optInt) Set(s string) error {
	v, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("want a whole number, got %q", s)
	}
	o.v, o.set = v, true
	return nil
}

// nRange is the -n flag.
type nRange struct{ lo, hi int }

func (r *nRange) String() string {
	if r.lo == r.hi {
		return strconv.Itoa(r.lo)
	}
	return fmt.Sprintf("%d..%d", r.lo, r.hi)
}

func (r *nRange) Set(s string) error {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		a, b, ok = strings.Cut(s, "-")
	}
	if !ok {
		b = a
	}
	lo, err1 := strconv.Atoi(strings.TrimSpace(a))
	hi, err2 := strconv.Atoi(strings.TrimSpace(b))
	if err1 != nil || err2 != nil || lo < 1 || hi > terms.MaxN || lo > hi {
		return fmt.Errorf("want a length or range within 1..%d like 2 or 1..3, got %q", terms.MaxN, s)
	}
	r.lo, r.hi = lo, hi
	return nil
}

func runTerms(ctx context.Context, e *env, args []string) error {
	return runTermCmd(ctx, e, args, "terms")
}

func runNgrams(ctx context.Context, e *env, args []string) error {
	return runTermCmd(ctx, e, args, "ngrams")
}

func runTermCmd(ctx context.Context, e *env, args []string, cmd string) error {
	fs := newFlagSet(cmd, "[flags] [PATH...]")
	var cf corpusFlags
	var ff formatFlag
	var tf termFlags
	var af actorFlags
	var by byFlag
	cf.register(fs)
	ff.register(fs)
	tf.register(fs, cmd)
	af.register(fs)
	by.register(fs, "source (the same as outlet)")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	if err := by.parse(&cf); err != nil {
		return err
	}
	w, err := ff.writer()
	if err != nil {
		return err
	}
	measure, err := terms.ParseMeasure(tf.measure)
	if err != nil {
		return usagef("-measure: %v", errors.Unwrap(err))
	}
	if tf.minCount < 0 || tf.tfidf < 0 || tf.top.v < 0 {
		return usagef("-min-count, -top and -tfidf must not be negative")
	}
	top := tf.top.v
	if !tf.top.set && ff.name == "text" {
		top = 50
	}
	copts, err := cf.options()
	if err != nil {
		return err
	}
	opts := terms.Options{MinN: tf.n.lo, MaxN: tf.n.hi, Raw: tf.raw, DocTerms: tf.tfidf > 0}
	auto := false
	if tf.period != "" || tf.keyness != "" && !strings.Contains(tf.keyness, "=") {
		u, a, err := period.Parse(tf.period)
		if err != nil {
			return usagef("-period: %v", err)
		}
		opts.ByPeriod, opts.Unit, auto = true, u, a
	}
	kp, facetKeyness, err := facet.ParseKeyPair(tf.keyness)
	if err != nil {
		return usagef("-keyness: %v", err)
	}
	if facetKeyness {
		if tf.period != "" || tf.tfidf > 0 || by.set() && by.facet != kp.Facet {
			return usagef("-keyness %s compares two values of %s over the whole corpus: it does not combine with -period, -tfidf or another -by", tf.keyness, kp.Facet)
		}
		if fld := kp.Facet.Field(); fld != "" {
			copts.Fields = append(copts.Fields, fld)
		}
		at, err := af.attributor(cf.stem)
		if err != nil {
			return err
		}
		values, counters, listing, err := countByFacet(ctx, e, fs.Args(), copts, opts, false, kp.Facet, at)
		if err != nil {
			return err
		}
		k, err := facetKeynessOf(kp, values, counters, tf.minCount, top)
		if err != nil {
			return err
		}
		if err := w(e.stdout, table.Keyness(k)); err != nil {
			return err
		}
		return cf.check(listing)
	}
	if by.set() {
		if tf.keyness != "" || tf.tfidf > 0 {
			return usagef("-by does not combine with -keyness or -tfidf")
		}
		at, err := af.attributor(cf.stem)
		if err != nil {
			return err
		}
		copts.Fields = cf.fields
		values, counters, listing, err := countByFacet(ctx, e, fs.Args(), copts, opts, auto, by.facet, at)
		if err != nil {
			return err
		}
		var ts []*table.Table
		for _, c := range counters {
			res, err := c.Result(terms.Query{Measure: measure, MinCount: tf.minCount, Top: top})
			if err != nil {
				return err
			}
			ts = append(ts, termTable(res, tf, cmd, true))
		}
		if err := w(e.stdout, table.Stack(by.facet.Name, values, ts)); err != nil {
			return err
		}
		return cf.check(listing)
	}
	counter, listing, err := countCorpus(ctx, e, fs.Args(), copts, opts, auto)
	if err != nil {
		return err
	}
	res, err := counter.Result(terms.Query{Measure: measure, MinCount: tf.minCount, Top: top})
	if err != nil {
		return err
	}
	if ff.name != "text" { // text tables print them as notes
		for _, w := range res.Warnings {
			fmt.Fprintf(e.stderr, "warning: %s\n", w)
		}
	}
	var t *table.Table
	switch {
	case tf.tfidf > 0:
		t = table.TfIdf(res.TfIdf(tf.tfidf))
	case tf.keyness != "":
		k, err := res.Keyness(terms.KeyQuery{Target: tf.keyness, Reference: tf.reference, MinCount: tf.minCount, Top: top})
		if err != nil {
			if errors.Is(err, terms.ErrNoPeriods) {
				return usagef("-keyness: %v", err)
			}
			return err
		}
		t = table.Keyness(k)
	default:
		t = termTable(res, tf, cmd, ff.name != "text")
	}
	if err := w(e.stdout, t); err != nil {
		return err
	}
	return cf.check(listing)
}

// facetKeynessOf is the keyness of two facet values from their counters;
// a value the corpus does not have is a usage error naming those it has.
func facetKeynessOf(kp facet.KeyPair, values []string, counters []*terms.Counter, minCount, top int) (*terms.Keyness, error) {
	var res [2]*terms.Result
	for i, want := range []string{kp.Target, kp.Ref} {
		for j, v := range values {
			if strings.EqualFold(v, want) {
				r, err := counters[j].Result(terms.Query{Measure: terms.ByCount})
				if err != nil {
					return nil, err
				}
				res[i] = r
			}
		}
		if res[i] == nil {
			shown := values
			if len(shown) > 20 {
				shown = append(shown[:20:20], "...")
			}
			return nil, usagef("-keyness: no %s %q in the corpus (%s: %s)", kp.Facet, want, kp.Facet, strings.Join(shown, ", "))
		}
	}
	return facet.Keyness(kp, res[0], res[1], minCount, top), nil
}

// termTable is the table of terms or n-grams, by period with -period: wide
// (a column per period) for people, long (a row per term and period) when
// long is set.
func termTable(res *terms.Result, tf termFlags, cmd string, long bool) *table.Table {
	switch {
	case tf.period != "" && !long:
		return table.TermsByPeriod(res)
	case tf.period != "":
		return table.TermPeriods(res)
	case cmd == "ngrams":
		return table.Ngrams(res)
	}
	return table.Terms(res)
}

// countByFacet counts the corpus as countCorpus does, in one counter per
// value of the facet: a document's value for a document facet, the
// sentences attributed to each speaker or side otherwise. The values come
// most tokens first. Every counter has the same period unit.
func countByFacet(ctx context.Context, e *env, paths []string, copts corpus.Options, opts terms.Options, auto bool,
	f facet.Facet, at *attribution.Attributor) ([]string, []*terms.Counter, *corpus.Listing, error) {
	paths = corpusPaths(paths)
	if auto {
		span, err := corpus.ScanDates(ctx, paths, copts)
		if err != nil {
			return nil, nil, nil, err
		}
		opts.Unit = period.Auto(span.First, span.Last)
	}
	counters := map[string]*terms.Counter{}
	tokens := map[string]int{}
	l, err := corpus.Stream(ctx, paths, copts, func(d *corpus.Document) error {
		if d.Status != corpus.StatusOK && d.Status != corpus.StatusUndated {
			return nil
		}
		var atts []attribution.Attribution
		if f.Attributed() {
			atts = at.Document(d)
		}
		for _, p := range f.Split(d, atts) {
			c := counters[p.Value]
			if c == nil {
				c = terms.NewCounter(opts)
				counters[p.Value] = c
			}
			c.Add(p.Doc)
			tokens[p.Value] += p.Doc.NumTokens()
		}
		return nil
	})
	if l != nil {
		printWarnings(e.stderr, l.Warnings)
	}
	values := make([]string, 0, len(counters))
	for v := range counters {
		values = append(values, v)
	}
	sort.Slice(values, func(i, j int) bool {
		if tokens[values[i]] != tokens[values[j]] {
			return tokens[values[i]] > tokens[values[j]]
		}
		return values[i] < values[j]
	})
	cs := make([]*terms.Counter, len(values))
	for i, v := range values {
		cs[i] = counters[v]
	}
	return values, cs, l, namePaths(err, paths)
}

// countCorpus counts the corpus, streaming, so memory does not grow with the
// corpus. -period auto first scans the inputs' dates (corpus.ScanDates, as
// the report does) to choose the unit.
func countCorpus(ctx context.Context, e *env, paths []string, copts corpus.Options, opts terms.Options, auto bool) (*terms.Counter, *corpus.Listing, error) {
	paths = corpusPaths(paths)
	if auto {
		span, err := corpus.ScanDates(ctx, paths, copts)
		if err != nil {
			return nil, nil, err
		}
		opts.Unit = period.Auto(span.First, span.Last)
	}
	c := terms.NewCounter(opts)
	if copts.OnEntry == nil {
		// the listing is only counted (-strict asks it for skipped
		// files): a million entries held cost 200 MB and the collector's
		// time (issue 22)
		copts.OnEntry = func(corpus.Entry) error { return nil }
	}
	l, err := corpus.Stream(ctx, paths, copts, func(d *corpus.Document) error {
		c.Add(d)
		d.Release() // the counter keeps nothing of it
		return nil
	})
	if l != nil {
		printWarnings(e.stderr, l.Warnings)
	}
	return c, l, namePaths(err, paths)
}
