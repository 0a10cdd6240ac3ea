package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/report/table"
)

// figureFlags are the flags of dipstat figures.
type figureFlags struct {
	kinds     string
	min       optFloat
	series    bool
	minPoints int
	ordinals  bool
}

func (f *figureFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.kinds, "kind", "", "only figures of these `kinds`, comma-separated: "+kindNames())
	fs.Var(&f.min, "min", "only figures whose value is at least `N` (a range's lower bound)")
	fs.BoolVar(&f.series, "series", false, "show figure series: the same measure across documents, ordered by date, with conflicts")
	fs.IntVar(&f.minPoints, "min-points", 1, "with -series: only series with at least `N` points")
	fs.BoolVar(&f.ordinals, "ordinals", false, "with -series: include ordinals (\"30th anniversary\") in series")
}

func kindNames() string {
	var s []string
	for _, k := range figures.Kinds {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

// filter parses -kind and applies -kind and -min.
func (f *figureFlags) filter(figs []figures.Figure) ([]figures.Figure, error) {
	keep, err := f.keep()
	if err != nil {
		return nil, err
	}
	var out []figures.Figure
	for _, fig := range figs {
		if keep(fig) {
			out = append(out, fig)
		}
	}
	return out, nil
}

// keep is the test of -kind and -min on one figure.
func (f *figureFlags) keep() (func(figures.Figure) bool, error) {
	kinds := map[figures.Kind]bool{}
	for _, k := range strings.Split(f.kinds, ",") {
		k = strings.TrimSpace(k)
		if k == "" {
			continue
		}
		kind, ok := figures.ParseKind(k)
		if !ok {
			return nil, usagef("-kind: unknown kind %q (kinds: %s)", k, kindNames())
		}
		kinds[kind] = true
	}
	return func(fig figures.Figure) bool {
		return (len(kinds) == 0 || kinds[fig.Kind]) && !(f.min.set && fig.Value < f.min.v)
	}, nil
}

func runFigures(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("figures", "[flags] [PATH...]")
	var cf corpusFlags
	var ff formatFlag
	var gf figureFlags
	var af actorFlags
	var by byFlag
	cf.register(fs)
	ff.register(fs)
	gf.register(fs)
	af.register(fs)
	by.register(fs, "source (who the figure is cited from: the speaker of its sentence)")
	per := fs.String("period", "", "with -by: also count the figures of each value per period `unit`: "+period.Names())
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	if err := by.parse(&cf); err != nil {
		return err
	}
	if by.set() && gf.series {
		return usagef("-by groups figures; it does not combine with -series")
	}
	var unit period.Unit
	var auto bool
	if *per != "" {
		if !by.set() {
			return usagef("-period needs -by (figures are listed one by one otherwise)")
		}
		u, a, err := period.Parse(*per)
		if err != nil {
			return usagef("-period: %v", err)
		}
		unit, auto = u, a
	}
	w, err := ff.writer()
	if err != nil {
		return err
	}
	if gf.minPoints < 1 {
		return usagef("-min-points must be at least 1")
	}
	if _, err := gf.filter(nil); err != nil {
		return err
	}
	at, aerr := af.attributor(cf.stem)
	if aerr != nil {
		return aerr
	}
	var fo figures.Options
	if (ff.name != "text" || by.facet.FigureAttributed()) && !gf.series {
		fo.Attributor = at // each figure's speaker, side and cue
	}
	// streamed: each document's figures keep copies of their strings, so
	// no document's text outlives its turn
	var all []figures.Figure
	var det detacher
	var sp dateSpan                                            // with -by and -period, the documents' dates
	dm, recordDoc := by.docValues(by.facet.FigureAttributed()) // with -by on a document's field, its value by document ID
	// The figures list (csv, json) is written as the figures come: memory
	// does not grow with the corpus. Text, -by and -series need them all.
	var rows table.RowWriter
	keep, kerr := gf.keep()
	if kerr != nil {
		return kerr
	}
	// In text, the amounts and the ordinals wait in temporary files until
	// the widths that align them are known.
	var ft *figuresText
	switch {
	case by.set() || gf.series:
	case ff.name == "text":
		if ft, err = newFiguresText(e.stdout); err != nil {
			return err
		}
		defer ft.close()
	default:
		rwf, rerr := ff.rowWriter()
		if rerr != nil {
			return rerr
		}
		rows = rwf(e.stdout, table.AttributedFigures(nil))
	}
	var werr error
	l, err := cf.stream(ctx, e, fs.Args(), func(d *corpus.Document) error {
		for _, f := range figures.FromDocumentWith(d, fo) {
			switch {
			case rows == nil && ft == nil:
				all = append(all, det.figure(f))
			case !keep(f):
			case ft != nil:
				werr = ft.add(f)
			default:
				werr = rows.Write(table.FigureRow(f, true)...)
			}
			if werr != nil {
				return werr // stdout or a temporary file is gone: stop reading
			}
		}
		sp.add(d)
		recordDoc(d)
		return nil
	})
	if l == nil || l.Counted() == 0 && err != nil {
		return err
	}
	figs, ferr := gf.filter(all)
	if ferr != nil {
		return ferr
	}
	switch {
	case rows != nil:
		if cerr := rows.Close(); werr == nil {
			werr = cerr
		}
	case ft != nil:
		if werr == nil {
			werr = ft.write()
		}
	case by.set():
		var labels []string
		if *per != "" {
			if auto {
				unit = period.Auto(sp.first, sp.last)
			}
			labels = facet.Labels(unit, sp.first, sp.last, sp.undated)
		}
		werr = w(e.stdout, table.FiguresByFacet(facet.FiguresBy(figs, by.facet, dm, unit, labels), by.facet.Name, labels))
	case gf.series:
		s := figures.GroupSeries(figs, figures.SeriesOptions{IncludeOrdinals: gf.ordinals, MinPoints: gf.minPoints})
		werr = w(e.stdout, table.FigureSeries(s))
	case ff.name == "text":
		werr = writeFiguresText(e, w, figs)
	}
	if werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	return cf.check(l)
}

// detacher copies the strings of figures, which may share a document's
// text: the sentence once for the figures of one sentence, and the short
// strings that repeat (units, kinds, periods, document IDs) once each.
type detacher struct {
	short              map[string]string
	lastSent, lastCopy string
}

func (t *detacher) intern(s string) string {
	if c, ok := t.short[s]; ok {
		return c
	}
	if t.short == nil {
		t.short = map[string]string{}
	}
	c := strings.Clone(s)
	t.short[c] = c
	return c
}

func (t *detacher) figure(f figures.Figure) figures.Figure {
	if f.Sentence != t.lastSent {
		t.lastSent, t.lastCopy = f.Sentence, strings.Clone(f.Sentence)
	}
	f.Sentence = t.lastCopy
	f.Text, f.Subject = strings.Clone(f.Text), strings.Clone(f.Subject)
	f.Unit, f.Kind, f.Qualifier, f.Period = t.intern(f.Unit), figures.Kind(t.intern(string(f.Kind))), t.intern(f.Qualifier), t.intern(f.Period)
	f.Doc, f.Speaker, f.Side, f.Cue = t.intern(f.Doc), t.intern(f.Speaker), t.intern(f.Side), t.intern(f.Cue)
	return f
}

// writeFiguresText prints amounts and ordinals as two readable tables,
// without the sentence and offsets (use -format csv or json for those).
func writeFiguresText(e *env, w table.Writer, figs []figures.Figure) error {
	var amounts, ordinals []figures.Figure
	for _, f := range figs {
		if f.Kind == figures.Ordinal {
			ordinals = append(ordinals, f)
		} else {
			amounts = append(amounts, f)
		}
	}
	t := table.Without(table.Figures(amounts), amountsLeftOut...)
	if err := w(e.stdout, t); err != nil {
		return err
	}
	if len(ordinals) == 0 {
		return nil
	}
	o := table.Without(table.Figures(ordinals), ordinalsLeftOut...)
	o.Title = "Ordinals (not amounts)"
	e.stdout.Write([]byte(ordinalsHeading))
	return w(e.stdout, o)
}

// The columns the text view of the figures leaves out, and the heading of
// its ordinals.
var (
	amountsLeftOut  = []string{"sentence", "start", "end"}
	ordinalsLeftOut = []string{"value", "unit", "qualifier", "period", "sentence", "start", "end"}
)

const ordinalsHeading = "\nOrdinals (not amounts; not in series):\n"

// figuresText writes what writeFiguresText writes, byte for byte, for
// figures that come one at a time: the rows of the amounts and of the
// ordinals wait in spools (table.NewSpooledText) until write, so memory
// does not grow with the figures.
type figuresText struct {
	out                 io.Writer
	amounts, ordinals   *table.SpooledText
	ordinalTable        *table.Table
	amountCols, ordCols []int // the columns of FigureRow each keeps
	n                   int   // ordinals
	row                 []any
}

func newFiguresText(out io.Writer) (*figuresText, error) {
	full := table.Figures(nil)
	at := table.Without(full, amountsLeftOut...)
	ot := table.Without(full, ordinalsLeftOut...)
	ot.Title = "Ordinals (not amounts)"
	ft := &figuresText{out: out, ordinalTable: ot, amountCols: colsOf(full, at), ordCols: colsOf(full, ot)}
	var err error
	if ft.amounts, err = table.NewSpooledText(out, at, ""); err != nil {
		return nil, err
	}
	if ft.ordinals, err = table.NewSpooledText(out, ot, ""); err != nil {
		ft.amounts.Discard()
		return nil, err
	}
	return ft, nil
}

// colsOf is the index in full of each column of part.
func colsOf(full, part *table.Table) []int {
	idx := make([]int, len(part.Columns))
	for i, c := range part.Columns {
		idx[i] = full.Col(c.Key)
	}
	return idx
}

func (ft *figuresText) add(f figures.Figure) error {
	full := table.FigureRow(f, false)
	w, cols := ft.amounts, ft.amountCols
	if f.Kind == figures.Ordinal {
		w, cols = ft.ordinals, ft.ordCols
		ft.n++
	}
	ft.row = ft.row[:0]
	for _, i := range cols {
		ft.row = append(ft.row, full[i])
	}
	return w.Write(ft.row...)
}

// write writes the amounts, then, when there are any, the ordinals under
// their heading.
func (ft *figuresText) write() error {
	if err := ft.amounts.Close(); err != nil {
		return err
	}
	if ft.n == 0 {
		return nil
	}
	if _, err := io.WriteString(ft.out, ordinalsHeading); err != nil {
		return err
	}
	ft.ordinalTable.Notes = []string{table.OrdinalsNote(ft.n)}
	return ft.ordinals.Close()
}

// close removes the spools, writing nothing (after write, what is left).
func (ft *figuresText) close() {
	ft.amounts.Discard()
	ft.ordinals.Discard()
}

// optFloat is a float flag that knows whether it was given.
type optFloat struct {
	v   float64
	set bool
}

func (o *optFloat) String() string {
	if o == nil || !o.set {
		return ""
	}
	return strconv.FormatFloat(o.v, 'g', -1, 64)
}

func (o *optFloat) Set(s string) error {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("want a number, got %q", s)
	}
	o.v, o.set = v, true
	return nil
}
