package table

import (
	"fmt"
	"math"
	"strconv"

	"github.com/dipstat/dipstat/analysis/terms"
)

// AllPeriods is the period label of a term's totals over the whole corpus.
const AllPeriods = "all"

func termCols() []Column {
	return []Column{
		{Key: "term", Title: "Term", Max: 48, Width: 30},
		{Key: "n", Title: "N", Kind: Int, Width: 4},
		{Key: "period", Title: "Period", Width: 10},
		{Key: "count", Title: "Count", Kind: Int, Width: 9},
		{Key: "per10k", Title: "Per 10k", Kind: Float, Decimals: 2, Width: 9},
		{Key: "docs", Title: "Docs", Kind: Int, Width: 7},
		{Key: "docshare", Title: "Doc share", Kind: Percent, Decimals: 1, Width: 9},
		{Key: "disp", Title: "Disp S", Kind: Float, Decimals: 3, Width: 8},
		{Key: "adjcount", Title: "Adj count", Kind: Float, Decimals: 1, Width: 9},
	}
}

func assocCols() []Column {
	return []Column{
		{Key: "g2", Title: "G2", Kind: Float, Decimals: 1, Width: 9},
		{Key: "pmi", Title: "PMI", Kind: Float, Decimals: 2, Width: 7},
		{Key: "t", Title: "t", Kind: Float, Decimals: 2, Width: 7},
		{Key: "logdice", Title: "logDice", Kind: Float, Decimals: 2, Width: 8},
	}
}

func termRow(tm *terms.Term) []any {
	return []any{tm.Term, tm.N, AllPeriods, tm.Count, rnd(tm.Per10k), tm.Docs, rnd(tm.DocShare),
		rnd(tm.Disp), rnd(tm.AdjCount)}
}

func assocRow(tm *terms.Term) []any {
	a := tm.Assoc
	return []any{rnd(a.G2), rnd(a.PMI), rnd(a.T), rnd(a.LogDice)}
}

// Terms is the top terms overall: one row per term, period "all".
func Terms(res *terms.Result) *Table {
	t := New("terms", "Terms", termCols()...)
	for i := range res.Terms {
		t.Append(termRow(&res.Terms[i])...)
	}
	t.Notes = termNotes(res)
	return t
}

// Ngrams is Terms with the collocation measures (G2, PMI, t-score, logDice).
func Ngrams(res *terms.Result) *Table {
	t := New("ngrams", "N-grams", append(termCols(), assocCols()...)...)
	for i := range res.Terms {
		tm := &res.Terms[i]
		t.Append(append(termRow(tm), assocRow(tm)...)...)
	}
	t.Notes = termNotes(res)
	return t
}

// Collocations lists the selected n-grams of two or more words with their
// observed and expected counts and association measures.
func Collocations(res *terms.Result) *Table {
	t := New("collocations", "Collocations",
		Column{Key: "term", Title: "N-gram", Max: 48, Width: 30},
		Column{Key: "n", Title: "N", Kind: Int, Width: 4},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 9},
		Column{Key: "expected", Title: "Expected", Kind: Float, Decimals: 3, Width: 9},
	)
	t.Columns = append(t.Columns, assocCols()...)
	for i := range res.Terms {
		tm := &res.Terms[i]
		if tm.N < 2 {
			continue
		}
		t.Append(append([]any{tm.Term, tm.N, tm.Count, rnd(tm.Assoc.Expected)}, assocRow(tm)...)...)
	}
	t.Notes = termNotes(res)
	return t
}

// TermPeriods is the long form by period: one row per selected term and
// period (empty periods and "undated" included), in the order of res.Terms.
func TermPeriods(res *terms.Result) *Table {
	t := New("term_periods", "Terms by period",
		Column{Key: "term", Title: "Term", Max: 48, Width: 30},
		Column{Key: "n", Title: "N", Kind: Int, Width: 4},
		Column{Key: "period", Title: "Period", Width: 10},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 9},
		Column{Key: "per10k", Title: "Per 10k", Kind: Float, Decimals: 2, Width: 9},
		Column{Key: "docs", Title: "Docs", Kind: Int, Width: 7},
		Column{Key: "docshare", Title: "Doc share", Kind: Percent, Decimals: 1, Width: 9},
	)
	for i := range res.Terms {
		tm := &res.Terms[i]
		for j, pc := range tm.Periods {
			p := res.Periods[j]
			share := math.NaN()
			if p.Docs > 0 {
				share = float64(pc.Docs) / float64(p.Docs)
			}
			t.Append(tm.Term, tm.N, p.Label, pc.Count, rnd(pc.Per10k), pc.Docs, rnd(share))
		}
	}
	t.Notes = termNotes(res)
	return t
}

// TermsByPeriod is the wide form: one row per selected term, its overall
// frequency per 10,000 tokens, then one column per period (keyed by the
// period label) with the frequency per 10,000 tokens of that period.
func TermsByPeriod(res *terms.Result) *Table {
	t := New("terms_by_period", "Terms per 10,000 tokens by period",
		Column{Key: "term", Title: "Term", Max: 40, Width: 30},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 9},
		Column{Key: AllPeriods, Title: "All", Kind: Float, Decimals: 1, Width: 8},
	)
	for _, p := range res.Periods {
		t.Columns = append(t.Columns, Column{Key: p.Label, Kind: Float, Decimals: 1, Width: 9})
	}
	for i := range res.Terms {
		tm := &res.Terms[i]
		row := []any{tm.Term, tm.Count, rnd(tm.Per10k)}
		for _, pc := range tm.Periods {
			row = append(row, rnd(pc.Per10k))
		}
		t.Append(row...)
	}
	t.Notes = termNotes(res)
	return t
}

// Periods lists the periods of a result with their documents and tokens.
func Periods(res *terms.Result) *Table {
	t := New("periods", "Periods",
		Column{Key: "period", Title: "Period", Width: 10},
		Column{Key: "start", Title: "Start", Kind: Date, Width: 11},
		Column{Key: "end", Title: "End", Kind: Date, Width: 11},
		Column{Key: "docs", Title: "Docs", Kind: Int, Width: 7},
		Column{Key: "tokens", Title: "Tokens", Kind: Int, Width: 10},
	)
	for _, p := range res.Periods {
		t.Append(p.Label, p.Start, p.End, p.Docs, p.Tokens)
	}
	return t
}

// Keyness lists the keywords of a period against its reference: positive
// (new, rising) first, then negative (fading, gone), each by G2.
func Keyness(k *terms.Keyness) *Table {
	t := New("keyness", "Keyness of "+k.Target,
		Column{Key: "term", Title: "Term", Max: 40, Width: 30},
		Column{Key: "n", Title: "N", Kind: Int, Width: 4},
		Column{Key: "direction", Title: "Direction", Width: 9},
		Column{Key: "g2", Title: "G2", Kind: Float, Decimals: 2, Width: 9},
		Column{Key: "p", Title: "p", Kind: Float, Decimals: 4, Width: 8},
		Column{Key: "log_ratio", Title: "Log ratio", Kind: Float, Decimals: 2, Width: 9},
		Column{Key: "lrc", Title: "LRC", Kind: Float, Decimals: 2, Width: 7},
		Column{Key: "target", Title: "Target", Kind: Int, Width: 8},
		Column{Key: "ref", Title: "Ref", Kind: Int, Width: 8},
		Column{Key: "target_per10k", Title: "Target/10k", Kind: Float, Decimals: 2, Width: 10},
		Column{Key: "ref_per10k", Title: "Ref/10k", Kind: Float, Decimals: 2, Width: 10},
		Column{Key: "target_docs", Title: "Target docs", Kind: Int, Width: 10},
		Column{Key: "ref_docs", Title: "Ref docs", Kind: Int, Width: 10},
	)
	for i := range k.Rows {
		r := &k.Rows[i]
		t.Append(r.Term, r.N, r.Direction, rnd(r.G2), rnd(r.P), rnd(r.LogRatio), rnd(r.LRC),
			r.Target, r.Ref, rnd(r.TargetPer10k), rnd(r.RefPer10k), r.TargetDocs, r.RefDocs)
	}
	t.Notes = []string{fmt.Sprintf("target %s: %d documents, %d tokens; reference %s: %d documents, %d tokens",
		k.Target, k.TargetDocs, k.TargetTokens, labelSpan(k.Reference), k.RefDocs, k.RefTokens),
		"p from G2 (chi-squared, 1 df); LRC is the 95% confidence bound of the log ratio nearest 0 (0: not significant)"}
	return t
}

// TfIdf lists each document's most distinctive words.
func TfIdf(rows []terms.DocTerm) *Table {
	t := New("tfidf", "Distinctive words per document (tf-idf)",
		Column{Key: "doc", Title: "Document", Width: 24},
		Column{Key: "date", Title: "Date", Kind: Date, Width: 11},
		Column{Key: "rank", Title: "Rank", Kind: Int, Width: 5},
		Column{Key: "term", Title: "Term", Width: 20},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 7},
		Column{Key: "tfidf", Title: "tf-idf", Kind: Float, Decimals: 4, Width: 8},
	)
	for _, r := range rows {
		t.Append(r.Doc, r.Date, r.Rank, r.Term, r.Count, rnd(r.TfIdf))
	}
	return t
}

func labelSpan(ls []string) string {
	switch len(ls) {
	case 0:
		return "(none)"
	case 1:
		return ls[0]
	}
	return ls[0] + ".." + ls[len(ls)-1]
}

func termNotes(res *terms.Result) []string {
	var notes []string
	view := "stopwords left out (n-grams never start or end with one)"
	if res.Options.Raw {
		view = "raw view, stopwords kept"
	}
	shown := fmt.Sprintf("%d of %d", len(res.Terms), res.Candidates)
	notes = append(notes, fmt.Sprintf("%s terms (n %s, count >= %d, by %s); %d documents, %d tokens; %s",
		shown, nRange(res.Query.MinN, res.Query.MaxN), res.Query.MinCount, res.Query.Measure, res.Docs, res.Tokens, view))
	for _, p := range res.Periods {
		if p.Label == "undated" {
			notes = append(notes, fmt.Sprintf("%d undated documents are in the totals and in the \"undated\" period", p.Docs))
		}
	}
	return append(notes, res.Warnings...)
}

func nRange(a, b int) string {
	if a == b {
		return strconv.Itoa(a)
	}
	return strconv.Itoa(a) + ".." + strconv.Itoa(b)
}

// rnd keeps 6 significant digits so output is stable and readable.
func rnd(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 6, 64), 64)
	return v
}
