package terms

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/stats"
)

// Query selects and orders the terms of a Result.
type Query struct {
	MinN, MaxN int     // n-gram lengths to report; 0 means the counter's
	MinCount   int     // leave out terms counted fewer times (0 means 1)
	Measure    Measure // sort key, largest first; ties by term, then n
	Top        int     // keep the first Top terms; 0 keeps all
}

// Result is the statistics of a Counter: totals, periods and the selected
// terms. It keeps a reference to the counter (for Series, Keyness and
// TfIdf); do not Add to the counter afterwards.
type Result struct {
	Options Options
	Query   Query
	Docs    int // documents counted, undated included
	Tokens  int // tokens (stopwords included): the denominator of per10k
	// Periods is the timeline of Options.Unit from the first to the last
	// dated document, empty periods included, followed by "undated" when
	// some documents have no date. Nil without Options.ByPeriod.
	Periods []PeriodTotal
	Terms   []Term
	// Candidates is the number of terms that passed MinCount before Top.
	Candidates int
	// MaxUndercount is the most any n-gram count can be short because the
	// counter pruned rare n-grams (see Counter.Prune); 0 means exact.
	MaxUndercount int
	Warnings      []string

	c    *Counter
	pmap []int // counter period id -> index in Periods
}

// PeriodTotal is the size of one period.
type PeriodTotal struct {
	Label      string
	Start, End time.Time // zero for undated
	Docs       int
	Tokens     int
}

// Term is one term or n-gram with its statistics.
type Term struct {
	Term     string // normalized words joined by single spaces
	N        int    // number of words
	Count    int
	Per10k   float64 // occurrences per 10,000 tokens
	Docs     int     // documents containing it
	DocShare float64 // Docs / Result.Docs
	// Disp is Rosengren's S, the dispersion over documents: 1 when the term
	// is spread in proportion to document length, near 1/Docs-of-corpus when
	// it sits in one document. AdjCount is Rosengren's adjusted frequency
	// AF = S * Count: the count a term would have if spread evenly.
	Disp     float64
	AdjCount float64
	Assoc    stats.Assoc   // collocation measures; NaN for unigrams
	Periods  []PeriodCount // aligned with Result.Periods; nil without periods
	// MaxUndercount is the most Count, Docs and each period's counts can be
	// short because rare n-grams were pruned (see Counter.Prune); 0: exact.
	MaxUndercount int
}

// PeriodCount is a term's frequency in one period.
type PeriodCount struct {
	Count  int
	Docs   int
	Per10k float64 // per 10,000 tokens of the period; NaN for a period without tokens
}

// Result computes the statistics of the terms q selects.
func (c *Counter) Result(q Query) (*Result, error) {
	defer runtime.KeepAlive(c) // its tables may live outside the heap (offheap.Own)
	c.settle()
	if q.MinN == 0 {
		q.MinN = c.opts.MinN
	}
	if q.MaxN == 0 {
		q.MaxN = c.opts.MaxN
	}
	if q.MinN < c.opts.MinN || q.MaxN > c.opts.MaxN || q.MinN > q.MaxN {
		return nil, fmt.Errorf("%w: n %d..%d is outside the counted %d..%d", ErrOptions, q.MinN, q.MaxN, c.opts.MinN, c.opts.MaxN)
	}
	if q.MinCount < 1 {
		q.MinCount = 1
	}
	if q.Top < 0 {
		return nil, fmt.Errorf("%w: top must not be negative", ErrOptions)
	}
	if c.opts.ByPeriod {
		if err := period.Check(c.opts.Unit, c.first, c.last); err != nil {
			return nil, err
		}
	}
	r := &Result{Options: c.opts, Query: q, Docs: c.docs, Tokens: c.tokens, c: c,
		MaxUndercount: c.pruneRounds, Warnings: slices.Clone(c.warnings)}
	r.buildPeriods()
	if q.Measure.Association() && q.MinN == 1 {
		r.Warnings = append(r.Warnings, "collocation measures are undefined for single words; they sort last")
	}

	// Score every candidate cheaply, keep those that can be in the top
	// (ties at the cut included), and only then build their Terms.
	type cand struct {
		score float64
		n     uint8
		e     uint32
	}
	var cands []cand
	m := q.Measure
	for n := q.MinN; n <= q.MaxN; n++ {
		c.eachEntry(n, func(e uint32, ws []uint32, s *stat) {
			if int(s.count) < q.MinCount || n == 1 && !c.opts.Raw && c.stop[ws[0]] {
				return
			}
			cands = append(cands, cand{r.score(m, ws, s), uint8(n), e})
		})
	}
	r.Candidates = len(cands)
	if q.Top > 0 && len(cands) > q.Top {
		slices.SortFunc(cands, func(a, b cand) int { return cmpDesc(a.score, b.score) })
		cut := q.Top
		for cut < len(cands) && cmpDesc(cands[cut].score, cands[q.Top-1].score) == 0 {
			cut++
		}
		cands = cands[:cut]
	}
	all := make([]Term, len(cands))
	var buf []uint32
	for i, cd := range cands {
		buf = c.entryWords(int(cd.n), cd.e, buf[:0])
		all[i] = r.term(cd.e, buf, c.entryStat(int(cd.n), cd.e))
	}
	slices.SortFunc(all, func(a, b Term) int {
		sa, sb := a.score(m), b.score(m)
		if less(sa, sb, &a, &b) {
			return -1
		}
		if less(sb, sa, &b, &a) {
			return 1
		}
		return 0
	})
	if q.Top > 0 && len(all) > q.Top {
		all = slices.Clip(all[:q.Top])
	}
	r.Terms = all
	if c.pruneRounds > 0 {
		r.Warnings = append(r.Warnings, r.pruneNote())
	}
	return r, nil
}

// pruneNote says that rare n-grams were pruned and which listed n-grams
// that leaves inexact (naming up to five).
func (r *Result) pruneNote() string {
	var inexact []string
	ngrams := 0
	for _, t := range r.Terms {
		if t.N >= 2 {
			ngrams++
		}
		if t.MaxUndercount > 0 {
			inexact = append(inexact, fmt.Sprintf("%q (up to %d)", t.Term, t.MaxUndercount))
		}
	}
	s := fmt.Sprintf("%d rare n-gram entries were pruned to bound memory: unigrams and every n-gram seen twice before pruning began are exact, others may be short by up to %d", r.c.pruned, r.c.pruneRounds)
	n := len(inexact)
	switch {
	case ngrams == 0:
		return s
	case n == 0:
		return fmt.Sprintf("%s; all %d n-grams listed are exact", s, ngrams)
	case n > 5:
		inexact = append(inexact[:5], "...")
	}
	return fmt.Sprintf("%s; %d of the %d n-grams listed may be short: %s", s, n, ngrams, strings.Join(inexact, ", "))
}

func (r *Result) text(ws []uint32) string {
	if len(ws) == 1 {
		return r.c.words[ws[0]]
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(r.c.words[w])
	}
	return b.String()
}

// term computes the statistics of one entry.
func (r *Result) term(e uint32, ws []uint32, s *stat) Term {
	c := r.c
	t := Term{Term: r.text(ws), N: len(ws), Count: int(s.count), Docs: int(s.docs)}
	N := float64(c.tokens)
	t.Per10k = per10k(t.Count, c.tokens)
	if c.docs > 0 {
		t.DocShare = float64(t.Docs) / float64(c.docs)
	}
	if s.count > 0 && N > 0 {
		t.AdjCount = r.adjCount(s)
		t.Disp = t.AdjCount / float64(s.count)
	}
	if len(ws) >= 2 {
		t.Assoc = r.assoc(ws, s)
		t.MaxUndercount = c.underOf(s)
	} else {
		nan := math.NaN()
		t.Assoc = stats.Assoc{Expected: nan, G2: nan, PMI: nan, T: nan, LogDice: nan}
	}
	if r.Periods != nil {
		t.Periods = make([]PeriodCount, len(r.Periods))
		for i, p := range r.Periods {
			t.Periods[i].Per10k = per10k(0, p.Tokens)
		}
		c.periodsOf(len(ws), e, s, func(p int, v uint64) {
			i := r.pmap[p]
			n, d := unval(v)
			t.Periods[i] = PeriodCount{Count: n, Docs: d, Per10k: per10k(n, r.Periods[i].Tokens)}
		})
	}
	return t
}

func per10k(count, tokens int) float64 {
	if tokens == 0 {
		return math.NaN()
	}
	return float64(count) * 10000 / float64(tokens)
}

// buildPeriods lays out the timeline and maps the counter's periods onto it.
func (r *Result) buildPeriods() {
	c := r.c
	if !c.opts.ByPeriod {
		return
	}
	u := c.opts.Unit
	r.Periods = []PeriodTotal{}
	idx := map[string]int{}
	for _, p := range period.Timeline(u, c.first, c.last) {
		idx[p.Label] = len(r.Periods)
		r.Periods = append(r.Periods, PeriodTotal{Label: p.Label, Start: p.Start, End: p.End})
	}
	r.pmap = make([]int, len(c.plabel))
	for i, l := range c.plabel {
		j, ok := idx[l]
		if !ok { // "undated"
			j = len(r.Periods)
			idx[l] = j
			r.Periods = append(r.Periods, PeriodTotal{Label: l})
		}
		r.pmap[i] = j
		r.Periods[j].Docs += c.pdocs[i]
		r.Periods[j].Tokens += c.ptokens[i]
	}
}

// Lookup returns the statistics of any counted term (normalized words
// separated by spaces), whether or not the query selected it.
func (r *Result) Lookup(term string) (Term, bool) {
	defer runtime.KeepAlive(r) // its tables may live outside the heap (offheap.Own)
	ws := strings.Fields(term)
	n := len(ws)
	if n == 0 || n > MaxN {
		return Term{}, false
	}
	ids := make([]uint32, n)
	for i, w := range ws {
		id, ok := r.c.wordID(w)
		if !ok {
			return Term{}, false
		}
		ids[i] = id
	}
	if n == 1 {
		return r.term(ids[0], ids, &r.c.uni[ids[0]]), true
	}
	lv := r.c.levels[n]
	if lv == nil {
		return Term{}, false
	}
	e, ok := lv.lookup(ids)
	if !ok {
		return Term{}, false
	}
	return r.term(e, ids, lv.stat(e)), true
}

// Series is the per-period frequency of a term, aligned with r.Periods
// (zeros for a term never seen; nil without periods).
func (r *Result) Series(term string) []PeriodCount {
	defer runtime.KeepAlive(r) // its tables may live outside the heap (offheap.Own)
	if r.Periods == nil {
		return nil
	}
	if t, ok := r.Lookup(term); ok {
		return t.Periods
	}
	out := make([]PeriodCount, len(r.Periods))
	for i, p := range r.Periods {
		out[i].Per10k = per10k(0, p.Tokens)
	}
	return out
}
