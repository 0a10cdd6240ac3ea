package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/report/table"
)

func runKwic(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("kwic", "[flags] QUERY [PATH...]   (or: -family NAME [PATH...])")
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
	width := fs.Int("width", 40, "`characters` of context on each side (at most 10,000)")
	family := fs.String("family", "", "show the occurrences of the formula family `name` instead of a QUERY")
	maxHits := fs.Int("max", 0, "show at most `n` lines (0 = all); the total is reported on stderr when cut")
	sortBy := fs.String("sort", "text", "order of the lines: text (document order), left, match or right (by the words next to the match)")
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
	if *width < 0 || *width > maxKwicWidth {
		return usagef("-width must be between 0 and %d, got %d", maxKwicWidth, *width)
	}
	if *maxHits < 0 {
		return usagef("-max must not be negative")
	}
	if !validSort(*sortBy) {
		return usagef("-sort must be text, left, match or right, got %q", *sortBy)
	}
	if err := by.parse(&cf); err != nil {
		return err
	}
	paths := fs.Args()
	var fams []phrases.Family
	if *family != "" {
		all, err := fam.families(false)
		if err != nil {
			return err
		}
		var names []string
		for _, f := range all {
			names = append(names, f.Name)
			if strings.EqualFold(f.Name, *family) {
				fams = []phrases.Family{f}
			}
		}
		if fams == nil {
			return usagef("unknown family %q (families: %s)", *family, strings.Join(names, ", "))
		}
	} else {
		if len(paths) == 0 {
			return usagef("kwic needs a QUERY: a word, a phrase or a pattern such as \"close * {0,4} neighbors\"")
		}
		p, err := phrases.ParsePattern(paths[0])
		if err != nil {
			return usagef("query: %v", strings.TrimPrefix(err.Error(), phrases.ErrPattern.Error()+": "))
		}
		fams = []phrases.Family{{Patterns: []*phrases.Pattern{p}}}
		paths = paths[1:]
	}
	aliases, err := cf.aliasTable()
	if err != nil {
		return err
	}
	// the texts are segmented with the query's Chinese words and the families'
	all, err := fam.families(true)
	if err != nil {
		return err
	}
	cf.lexicon = phrases.Lexicon(append(all, fams...))
	// streamed: the lines keep copies of their strings, not the documents
	mo := phrases.MatchOptions{Stem: cf.stem, Context: *width}
	if by.facet.Attributed() {
		if mo.Attributor, err = af.attributor(cf.stem); err != nil {
			return err
		}
	}
	acc, err := phrases.NewAccumulator(phrases.Options{Families: fams, Aliases: aliases, Match: mo})
	if err != nil {
		return err
	}
	dm, recordDoc := by.docValues(by.facet.Attributed()) // with -by on a document's field, its value by document ID
	// In text order without -by, the lines are written as they come (csv,
	// json) or spooled to a temporary file until the widths that align them
	// are known (text): memory does not grow with the hits. Sorted or
	// grouped lines are held.
	var (
		total int             // the hits, shown or not
		rows  table.RowWriter // csv, json, streamed
		kt    *kwicText       // text, streamed
		werr  error
	)
	if *sortBy == "text" && !by.set() {
		if ff.name == "text" {
			sp, err := table.NewSpool("")
			if err != nil {
				return err
			}
			defer sp.Close()
			kt = &kwicText{width: *width, sp: sp}
		} else {
			rwf, err := ff.rowWriter()
			if err != nil {
				return err
			}
			rows = rwf(e.stdout, table.Concordance(nil))
		}
		acc.Send(func(o phrases.Occurrence) {
			total++
			if werr != nil || *maxHits > 0 && total > *maxHits {
				return
			}
			if kt != nil {
				werr = kt.add(o)
			} else {
				werr = rows.Write(table.ConcordanceRow(o, false)...)
			}
		})
	}
	l, err := cf.stream(ctx, e, paths, func(d *corpus.Document) error {
		recordDoc(d)
		acc.Add(d)
		return werr // stdout or the spool is gone: stop reading
	})
	if l == nil {
		return err
	}
	loadErr := err
	res, err := acc.Result()
	if err != nil {
		return err
	}
	if rows != nil || kt != nil {
		shown := total
		if *maxHits > 0 && total > *maxHits {
			fmt.Fprintf(e.stderr, "showing %d of %d hits (-max)\n", *maxHits, total)
			shown = *maxHits
		}
		if werr == nil && rows != nil {
			werr = rows.Close()
		}
		if werr == nil && kt != nil {
			werr = kt.write(e.stdout)
		}
		if werr != nil {
			return werr
		}
		if ff.name == "text" && shown == 0 {
			fmt.Fprintln(e.stderr, "no hits")
		}
		if loadErr != nil {
			return loadErr
		}
		return cf.check(l)
	}
	occs := res.Occurrences
	sortKWIC(occs, *sortBy)
	var values []string // with -by, each line's value, the lines grouped by it
	if by.set() {
		occs, values = groupKWIC(occs, func(o phrases.Occurrence) string { return by.facet.Occurrence(o, dm) })
	}
	if *maxHits > 0 && len(occs) > *maxHits {
		fmt.Fprintf(e.stderr, "showing %d of %d hits (-max)\n", *maxHits, len(occs))
		occs = occs[:*maxHits]
	}
	switch {
	case ff.name == "text" && by.set():
		for i := 0; i < len(occs); {
			j := i
			for j < len(occs) && values[j] == values[i] {
				j++
			}
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintf(e.stdout, "%s: %s (%d)\n", by.facet.Name, table.Escape(values[i]), j-i)
			if err := writeKWIC(e.stdout, occs[i:j], *width); err != nil {
				return err
			}
			i = j
		}
	case ff.name == "text":
		if err := writeKWIC(e.stdout, occs, *width); err != nil {
			return err
		}
	case by.set():
		t := table.Concordance(occs)
		vs := make([]any, len(values))
		for i, v := range values {
			vs[i] = v
		}
		if err := w(e.stdout, table.WithColumn(t, table.Column{Key: by.facet.Name, Title: by.facet.Name, Max: 32, Width: 24}, vs)); err != nil {
			return err
		}
	default:
		if err := w(e.stdout, table.Concordance(occs)); err != nil {
			return err
		}
	}
	if ff.name == "text" && len(occs) == 0 {
		fmt.Fprintln(e.stderr, "no hits")
	}
	if loadErr != nil {
		return loadErr
	}
	return cf.check(l)
}

// groupKWIC orders the lines by their facet value, the values with most
// lines first (then by name), keeping the order of the lines within a
// value, and returns each line's value.
func groupKWIC(occs []phrases.Occurrence, value func(phrases.Occurrence) string) ([]phrases.Occurrence, []string) {
	vals := make([]string, len(occs))
	n := map[string]int{}
	for i, o := range occs {
		vals[i] = value(o)
		n[vals[i]]++
	}
	idx := make([]int, len(occs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		va, vb := vals[idx[a]], vals[idx[b]]
		if n[va] != n[vb] {
			return n[va] > n[vb]
		}
		return va < vb
	})
	out, outVals := make([]phrases.Occurrence, len(occs)), make([]string, len(occs))
	for i, k := range idx {
		out[i], outVals[i] = occs[k], vals[k]
	}
	return out, outVals
}

func validSort(s string) bool {
	switch s {
	case "text", "left", "match", "right":
		return true
	}
	return false
}

// sortKWIC orders the lines as AntConc does: by the match, by the words to the
// right, or by the words to the left read outwards; ties keep text order.
func sortKWIC(occs []phrases.Occurrence, by string) {
	if by == "text" {
		return
	}
	key := func(o phrases.Occurrence) string {
		switch by {
		case "left":
			ws := strings.Fields(strings.ToLower(o.Left))
			for i, j := 0, len(ws)-1; i < j; i, j = i+1, j-1 {
				ws[i], ws[j] = ws[j], ws[i]
			}
			return strings.Join(ws, " ")
		case "right":
			return strings.ToLower(strings.TrimSpace(o.Right))
		}
		return o.Variant
	}
	sort.SliceStable(occs, func(a, b int) bool { return key(occs[a]) < key(occs[b]) })
}

// maxKwicWidth bounds -width: wider context than this is not a concordance
// line any more, and the padding must stay small.
const maxKwicWidth = 10_000

// writeKWIC prints one aligned line per hit (see kwicText).
func writeKWIC(out io.Writer, occs []phrases.Occurrence, width int) error {
	k := &kwicText{width: width}
	for _, o := range occs {
		if err := k.add(o); err != nil {
			return err
		}
	}
	return k.write(out)
}

// kwicText prints concordance lines aligned for a terminal, one a hit:
// document, date, the left context right-aligned, the match, the right
// context. The documents are padded to the longest, the left contexts to
// the longest one shown (at most width), never to width itself: a huge
// -width must not make huge lines of spaces. So no line can be written
// before the last is known: the lines wait in the spool when there is one
// (a whole corpus's hits), in memory otherwise. Control characters and
// bidirectional overrides in names and text are shown escaped, so they
// cannot reach the terminal.
type kwicText struct {
	width, docW, leftW int
	sp                 *table.Spool
	held               [][]string
}

// add takes one hit's line.
func (k *kwicText) add(o phrases.Occurrence) error {
	date := "undated"
	if !o.Date.IsZero() {
		date = o.Date.Format("2006-01-02")
	}
	doc, left := table.Escape(o.Doc), table.Escape(o.Left)
	k.docW = max(k.docW, utf8.RuneCountInString(doc))
	k.leftW = max(k.leftW, utf8.RuneCountInString(left))
	line := []string{doc, date, left, table.Escape(phrases.OneLine(o.Text)), table.Escape(o.Right)}
	if k.sp != nil {
		return k.sp.Add(line...)
	}
	k.held = append(k.held, line)
	return nil
}

// write prints the lines taken, in the order taken.
func (k *kwicText) write(out io.Writer) error {
	leftW := min(k.leftW, max(k.width, 0))
	bw := bufio.NewWriter(out)
	var b strings.Builder
	line := func(l []string) error {
		doc, date, left, match, right := l[0], l[1], l[2], l[3], l[4]
		b.Reset()
		b.WriteString(doc)
		b.WriteString(strings.Repeat(" ", k.docW-utf8.RuneCountInString(doc)))
		b.WriteString("  ")
		fmt.Fprintf(&b, "%-10s  ", date)
		if k.width > 0 {
			b.WriteString(strings.Repeat(" ", max(0, leftW-utf8.RuneCountInString(left))))
			b.WriteString(left)
		}
		b.WriteString("[")
		b.WriteString(match)
		b.WriteString("]")
		b.WriteString(right)
		bw.WriteString(strings.TrimRight(b.String(), " "))
		return bw.WriteByte('\n')
	}
	if k.sp != nil {
		if err := k.sp.Each(line); err != nil {
			return err
		}
	} else {
		for _, l := range k.held {
			if err := line(l); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}
