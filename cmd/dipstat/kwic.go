package main

import (
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
	l, err := cf.stream(ctx, e, paths, func(d *corpus.Document) error {
		acc.Add(d)
		recordDoc(d)
		return nil
	})
	if l == nil {
		return err
	}
	loadErr := err
	res, err := acc.Result()
	if err != nil {
		return err
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
			writeKWIC(e.stdout, occs[i:j], *width)
			i = j
		}
	case ff.name == "text":
		writeKWIC(e.stdout, occs, *width)
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

// writeKWIC prints one aligned line per hit: document, date, the left context
// right-aligned, the match, the right context. The left contexts are padded
// to the longest one shown (at most width), never to width itself: a huge
// -width must not make huge lines of spaces.
func writeKWIC(out io.Writer, occs []phrases.Occurrence, width int) {
	// Control characters and bidirectional overrides in names and text are
	// shown escaped, so they cannot reach the terminal.
	docs, lefts := make([]string, len(occs)), make([]string, len(occs))
	docW, leftW := 0, 0
	for i, o := range occs {
		docs[i], lefts[i] = table.Escape(o.Doc), table.Escape(o.Left)
		docW = max(docW, utf8.RuneCountInString(docs[i]))
		leftW = max(leftW, utf8.RuneCountInString(lefts[i]))
	}
	leftW = min(leftW, max(width, 0))
	var b strings.Builder
	for i, o := range occs {
		date := "undated"
		if !o.Date.IsZero() {
			date = o.Date.Format("2006-01-02")
		}
		b.Reset()
		b.WriteString(docs[i])
		b.WriteString(strings.Repeat(" ", docW-utf8.RuneCountInString(docs[i])))
		b.WriteString("  ")
		fmt.Fprintf(&b, "%-10s  ", date)
		if width > 0 {
			b.WriteString(strings.Repeat(" ", max(0, leftW-utf8.RuneCountInString(lefts[i]))))
			b.WriteString(lefts[i])
		}
		b.WriteString("[")
		b.WriteString(table.Escape(phrases.OneLine(o.Text)))
		b.WriteString("]")
		b.WriteString(table.Escape(o.Right))
		fmt.Fprintln(out, strings.TrimRight(b.String(), " "))
	}
}
