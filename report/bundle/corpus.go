package bundle

import (
	"fmt"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// Volume is the corpus size per period of the counted, dated documents.
type Volume struct {
	Periods []period.Period
	Docs    []int
	Tokens  []int
	Undated int // counted documents without a date
}

// CorpusVolume buckets the counted documents of l by u.
func CorpusVolume(l *corpus.Listing, u period.Unit) Volume {
	var v Volume
	first, last := DateRange(l)
	v.Periods = period.Timeline(u, first, last)
	idx := map[string]int{}
	for i, p := range v.Periods {
		idx[p.Label] = i
	}
	v.Docs = make([]int, len(v.Periods))
	v.Tokens = make([]int, len(v.Periods))
	// (a listing that cannot be read back keeps the error: Log.Err)
	l.EachEntry(func(e *corpus.Entry) bool {
		if !e.Counted() {
			return true
		}
		if e.Date.IsZero() {
			v.Undated++
			return true
		}
		i := idx[u.Label(e.Date)]
		v.Docs[i]++
		v.Tokens[i] += e.Tokens
		return true
	})
	return v
}

// DateRange is the first and last date of the counted documents (zero when
// none is dated).
// A listing whose entries cannot be read back gives what was read.
func DateRange(l *corpus.Listing) (first, last time.Time) {
	l.EachEntry(func(e *corpus.Entry) bool {
		if !e.Counted() || e.Date.IsZero() {
			return true
		}
		if first.IsZero() || e.Date.Before(first) {
			first = e.Date
		}
		if e.Date.After(last) {
			last = e.Date
		}
		return true
	})
	return first, last
}

// CorpusPart is the corpus listing's share of a report: the Documents and
// Periods sheets, the input warnings and the volume chart.
func CorpusPart(l *corpus.Listing, u period.Unit, cap Caption) Part {
	p := Part{Name: "corpus"}
	docs := sheet(table.Corpus(l), "Documents")
	p.Tables = append(p.Tables, docs)
	v := CorpusVolume(l, u)
	per := table.New("periods", "Periods",
		table.Column{Key: "period", Title: "Period", Width: 10},
		table.Column{Key: "start", Title: "Start", Kind: table.Date, Width: 11},
		table.Column{Key: "end", Title: "End", Kind: table.Date, Width: 11},
		table.Column{Key: "docs", Title: "Documents", Kind: table.Int, Width: 10},
		table.Column{Key: "tokens", Title: "Tokens", Kind: table.Int, Width: 10},
	)
	labels := make([]string, len(v.Periods))
	docsF := make([]float64, len(v.Periods))
	toksF := make([]float64, len(v.Periods))
	for i, pr := range v.Periods {
		per.Append(pr.Label, pr.Start, pr.End, v.Docs[i], v.Tokens[i])
		labels[i], docsF[i], toksF[i] = pr.Label, float64(v.Docs[i]), float64(v.Tokens[i])
	}
	if v.Undated > 0 {
		per.Notes = append(per.Notes, fmt.Sprintf("%d undated documents are not in any period", v.Undated))
	}
	p.Tables = append(p.Tables, per)
	c, err := chart.Columns("volume", "Corpus volume per "+u.String(), cap.String(), labels, []chart.Series{
		{Name: "Documents per " + u.String(), Unit: "documents", Values: docsF},
		{Name: "Tokens per " + u.String(), Unit: "tokens", Values: toksF},
	})
	p.addChart(c, err, "corpus volume")
	if len(v.Periods) > 0 {
		p.Native = append(p.Native, workbook.NativeChart{Kind: workbook.ColumnChart, Title: "Documents per " + u.String(),
			XTitle: u.String(), YTitle: "documents", Table: "periods", Category: "period", Values: []string{"docs"}})
	}
	if len(l.Warnings) > 0 {
		p.Tables = append(p.Tables, sheet(table.Warnings(l.Warnings), "Input warnings"))
	}
	if v.Undated > 0 && len(v.Periods) == 0 {
		p.Warnings = append(p.Warnings, fmt.Sprintf("none of the %d documents has a date: charts over time are skipped", v.Undated))
	}
	p.pack()
	return p
}
