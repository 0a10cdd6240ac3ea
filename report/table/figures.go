package table

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dipstat/dipstat/analysis/figures"
)

// figureCols are the columns of a figure, named as the JSON fields of
// figures.Figure. Value has Decimals -1: as many digits as it has.
func figureCols() []Column {
	return []Column{
		{Key: "text", Title: "Text", Max: 32, Width: 24},
		{Key: "value", Title: "Value", Kind: Float, Decimals: -1, Width: 16},
		{Key: "unit", Title: "Unit", Max: 24, Width: 10},
		{Key: "kind", Title: "Kind", Width: 12},
		{Key: "qualifier", Title: "Qualifier", Max: 24, Width: 12},
		{Key: "subject", Title: "Subject", Max: 36, Width: 30},
		{Key: "period", Title: "Period", Width: 16},
		{Key: "sentence", Title: "Sentence", Max: 60, Width: 60},
		{Key: "doc", Title: "Document", Width: 24},
		{Key: "date", Title: "Date", Kind: Date, Width: 11},
		{Key: "start", Title: "Start", Kind: Int, Width: 7},
		{Key: "end", Title: "End", Kind: Int, Width: 7},
	}
}

// Figures lists every figure with its context, in input order. Its columns
// are exactly text, value, unit, kind, qualifier, subject, period,
// sentence, doc, date, start, end.
func Figures(figs []figures.Figure) *Table {
	return figureTable(figs, false)
}

// AttributedFigures is Figures with the columns speaker, side and cue after
// end: who cites the figure (figures.Options.Attributor fills them).
func AttributedFigures(figs []figures.Figure) *Table {
	return figureTable(figs, true)
}

// FigureRow is the row of a figure in Figures (AttributedFigures with
// speakers), for writing figures as they come (RowWriter).
func FigureRow(f figures.Figure, speakers bool) []any {
	row := []any{f.Text, f.Value, f.Unit, string(f.Kind), f.Qualifier, f.Subject, f.Period,
		f.Sentence, f.Doc, f.Date, f.Start, f.End}
	if speakers {
		row = append(row, f.Speaker, f.Side, f.Cue, f.Source)
	}
	return row
}

func figureTable(figs []figures.Figure, speakers bool) *Table {
	cols := figureCols()
	if speakers {
		cols = append(cols, speakerCols()...)
		cols = append(cols, Column{Key: "source", Title: "Source", Max: 32, Width: 24}) // "according to ..."
	}
	t := New("figures", "Cited figures", cols...)
	for _, f := range figs {
		t.Append(FigureRow(f, speakers)...)
	}
	kinds := map[figures.Kind]int{}
	for _, f := range figs {
		kinds[f.Kind]++
	}
	if n := kinds[figures.Ordinal]; n > 0 {
		t.Notes = append(t.Notes, OrdinalsNote(n))
	}
	return t
}

// FiguresWalked is Figures of the first n figures each walks, made from
// them each time the rows are read (Walked) instead of held; each is
// walked once here, for the note on ordinals.
func FiguresWalked(n int, each func(fn func(figures.Figure) error) error) (*Table, error) {
	first := func(fn func(figures.Figure) error) error {
		i := 0
		return each(func(f figures.Figure) error {
			if i == n {
				return ErrStop
			}
			i++
			return fn(f)
		})
	}
	t := figureTable(nil, false)
	ordinals := 0
	err := first(func(f figures.Figure) error {
		if f.Kind == figures.Ordinal {
			ordinals++
		}
		return nil
	})
	if err != nil && !errors.Is(err, ErrStop) {
		return nil, err
	}
	if ordinals > 0 {
		t.Notes = append(t.Notes, OrdinalsNote(ordinals))
	}
	t.Source = Walked(n, len(t.Columns), func(yield func([]any) bool) error {
		return first(func(f figures.Figure) error {
			if !yield(FigureRow(f, false)) {
				return ErrStop
			}
			return nil
		})
	})
	return t, nil
}

// OrdinalsNote is the note of a figures table that lists n ordinals.
func OrdinalsNote(n int) string {
	return fmt.Sprintf("%d ordinals (\"30th anniversary\") are listed with kind ordinal; they are not amounts and are left out of series", n)
}

// FigureSeries lists the points of each figure series, one row per point:
// the series (subject and unit family), then the point's date, period,
// value and source, with conflicting values flagged.
func FigureSeries(series []figures.FigureSeries) *Table {
	t := New("figure_series", "Figures over time",
		Column{Key: "series", Title: "Series", Max: 36, Width: 30},
		Column{Key: "family", Title: "Family", Width: 14},
		Column{Key: "kind", Title: "Kind", Width: 12},
		Column{Key: "date", Title: "Date", Kind: Date, Width: 11},
		Column{Key: "period", Title: "Period", Width: 16},
		Column{Key: "value", Title: "Value", Kind: Float, Decimals: -1, Width: 16},
		Column{Key: "unit", Title: "Unit", Max: 24, Width: 10},
		Column{Key: "qualifier", Title: "Qualifier", Max: 24, Width: 12},
		Column{Key: "text", Title: "Text", Max: 32, Width: 24},
		Column{Key: "doc", Title: "Document", Width: 24},
		Column{Key: "conflict", Title: "Conflict", Width: 9},
		Column{Key: "subject", Title: "Subject", Max: 36, Width: 30},
	)
	for _, s := range series {
		for _, p := range s.Points {
			conflict := ""
			if p.Conflict {
				conflict = "yes"
			}
			t.Append(s.Subject, s.Family, string(s.Kind), p.Date, p.Period, p.Value, p.Unit, p.Qualifier,
				p.Text, p.Doc, conflict, p.Subject)
		}
		for _, c := range s.Conflicts {
			t.Notes = append(t.Notes, "conflict in "+s.Subject+": "+c)
		}
	}
	return t
}

// Without returns a copy of t without the columns with the given keys
// (used by the text view of dipstat figures, which leaves out sentence and
// offsets).
func Without(t *Table, keys ...string) *Table {
	drop := map[string]bool{}
	for _, k := range keys {
		drop[strings.ToLower(k)] = true
	}
	var keep []int
	out := &Table{Name: t.Name, Title: t.Title, Notes: t.Notes}
	for i, c := range t.Columns {
		if !drop[c.Key] {
			keep = append(keep, i)
			out.Columns = append(out.Columns, c)
		}
	}
	for k := range t.Len() {
		row := t.Row(k)
		r := make([]any, len(keep))
		for j, i := range keep {
			r[j] = row[i]
		}
		out.Rows = append(out.Rows, r)
	}
	return out
}
