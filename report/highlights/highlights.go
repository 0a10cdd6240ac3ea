package highlights

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/table"
)

// Kind is what a highlight is about.
type Kind string

// The kinds of highlight, in the order they are listed: what moved and
// who introduced it, what was cited, what distinguishes the latest period, what is newly
// said.
const (
	RisingFamily  Kind = "rising family"
	FallingFamily Kind = "falling family"
	FirstSpeaker  Kind = "first speaker"
	CitedFigure   Kind = "cited figure"
	ChangedFigure Kind = "changed figure"
	KeyTerms      Kind = "key terms"
	NewVariant    Kind = "new variant"
	NewPhrase     Kind = "new phrase"
)

// Group is the heading a kind is listed under.
func (k Kind) Group() string {
	switch k {
	case RisingFamily, FallingFamily:
		return "Formula families"
	case FirstSpeaker:
		return "Who introduced the formulas"
	case NewVariant, NewPhrase:
		return "New wording"
	case CitedFigure, ChangedFigure:
		return "Cited figures"
	}
	return "Distinctive terms"
}

// Highlight is one finding.
type Highlight struct {
	Kind Kind
	// Text states the finding with its numbers, as the sheet holds them.
	Text string
	// Quote is a sentence of the corpus that shows it, as written ("" for
	// none), from document Doc dated Date (zero: undated).
	Quote string
	Doc   string
	Date  time.Time
	// Sheet is the title of the table whose rows hold the numbers (the
	// workbook's sheet name), Table its name (data/NAME.csv).
	Sheet, Table string
	// Chart is the name of the chart that draws it; "" when none does.
	Chart string
}

// Input is what highlights are built from.
type Input struct {
	Tables []*table.Table // the report's tables (package bundle's parts)
	// Charts maps the name of each chart drawn to the labels it draws:
	// the families of "families", the series of "figures", the terms of
	// "keyness", the family of a "variants-NAME".
	Charts map[string][]string
}

// How many lines of each kind at most.
const (
	maxFamilies = 3 // of each direction
	maxVariants = 3
	maxPhrases  = 3
	maxFigures  = 4
	maxChanged  = 3
	maxTerms    = 5 // terms named in the key-terms line
)

// Table names the highlights read (their Name, as in data/NAME.csv).
const (
	periodsTable    = "periods"
	familyKeyness   = "family_keyness"
	familiesTable   = "phrase_families"
	variantsTable   = "phrase_variants"
	concordance     = "concordance"
	discoveredTable = "discovered_phrases"
	figuresTable    = "figures"
	seriesTable     = "figure_series"
	keynessTable    = "keyness"
)

// Build returns the highlights of a report, in the order of the kinds.
// A report without dated periods, or without the tables a kind needs, has
// none of that kind.
func Build(in Input) []Highlight {
	b := newBuilder(in)
	var out []Highlight
	out = append(out, b.families()...)
	out = append(out, b.introduced()...)
	out = append(out, b.citedFigures()...)
	out = append(out, b.changedFigures()...)
	out = append(out, b.keyTerms()...)
	out = append(out, b.variants()...)
	out = append(out, b.phrases()...)
	return out
}

// builder holds the tables by name and the latest period.
type builder struct {
	tables map[string]*table.Table
	charts map[string][]string
	latest period
	dated  bool            // there is a latest period
	quoted map[string]bool // sentences quoted so far
}

func newBuilder(in Input) *builder {
	b := &builder{tables: map[string]*table.Table{}, charts: in.Charts, quoted: map[string]bool{}}
	for _, t := range in.Tables {
		if _, dup := b.tables[t.Name]; !dup {
			if table.Sequential(t) {
				t = held(t, heldKeys[t.Name])
			}
			b.tables[t.Name] = t
		}
	}
	b.latest, b.dated = latestPeriod(b.tables[periodsTable])
	return b
}

// heldKeys are the columns the highlights read of the tables that may be
// read from disk in order (table.Walked): the concordance and figures.
var heldKeys = map[string][]string{
	concordance:  {"doc", "date", "family", "variant", "sentence", "speaker", "side"},
	figuresTable: {"text", "value", "sentence", "doc"},
}

// held is t read once, its columns with the given keys (all when none)
// held while the highlights are made: they go back to rows they read
// before, which would restart a walk from disk each time.
func held(t *table.Table, keys []string) *table.Table {
	out := &table.Table{Name: t.Name, Title: t.Title, Notes: t.Notes}
	var keep []int
	for i, c := range t.Columns {
		if len(keys) == 0 || slices.Contains(keys, c.Key) {
			keep = append(keep, i)
			out.Columns = append(out.Columns, c)
		}
	}
	out.Rows = make([][]any, t.Len())
	for r := range out.Rows {
		row := t.Row(r)
		cells := make([]any, len(keep))
		for j, i := range keep {
			cells[j] = row[i]
		}
		out.Rows[r] = cells
	}
	return out
}

func (b *builder) rows(name string) rows { return newRows(b.tables[name]) }

// sheet is the sheet name and table name of a table.
func (b *builder) sheet(name string) (string, string) {
	if t := b.tables[name]; t != nil {
		return t.Title, t.Name
	}
	return "", name
}

// chartOf is the first chart (by name) whose name is prefix or starts
// with it and that draws label; "" when none does.
func (b *builder) chartOf(prefix, label string) string {
	var names []string
	for name := range b.charts {
		if strings.HasPrefix(name, prefix) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		if slices.Contains(b.charts[name], label) {
			return name
		}
	}
	return ""
}

func (b *builder) line(k Kind, table, text string) Highlight {
	h := Highlight{Kind: k, Text: text}
	h.Sheet, h.Table = b.sheet(table)
	return h
}
