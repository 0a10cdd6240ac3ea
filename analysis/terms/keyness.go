package terms

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/stats"
)

// ErrNoPeriods is returned by Keyness when the counter did not count by
// period or the periods needed are empty.
var ErrNoPeriods = errors.New("terms: no periods to compare")

// KeyQuery says what Keyness compares.
type KeyQuery struct {
	// Target is a period label, or "latest" (or "") for the last period with
	// documents.
	Target string
	// Reference is "before" (or ""): every dated period before the target;
	// "rest": every other dated period; or one period label.
	Reference string
	MinCount  int // leave out terms seen fewer times on both sides together (0 means 1)
	Top       int // keep the Top strongest of each direction; 0 keeps all
}

// Keyness is a period compared with a reference.
type Keyness struct {
	Target                  string
	Reference               []string // period labels
	TargetDocs, RefDocs     int
	TargetTokens, RefTokens int
	Rows                    []KeyRow // positive (new, rising) first, then negative (fading, gone)
}

// KeyRow is one keyword.
type KeyRow struct {
	Term                    string
	N                       int
	Target, Ref             int     // counts on both sides
	TargetDocs, RefDocs     int     // document frequencies on both sides
	TargetPer10k, RefPer10k float64 // relative frequencies on both sides
	stats.Key
	// Direction is "new" (absent from the reference), "rising", "fading"
	// or "gone" (absent from the target).
	Direction string
}

// Positive reports whether the term is more frequent in the target.
func (k *KeyRow) Positive() bool { return k.Direction == "new" || k.Direction == "rising" }

// Keyness compares one period with a reference for every counted term and
// n-gram of the query's lengths (before Top is applied). Undated documents
// are on neither side.
func (r *Result) Keyness(q KeyQuery) (*Keyness, error) {
	defer runtime.KeepAlive(r) // its tables may live outside the heap (offheap.Own)
	if r.Periods == nil {
		return nil, fmt.Errorf("%w: count with periods (Options.ByPeriod)", ErrNoPeriods)
	}
	tgt, err := r.target(q.Target)
	if err != nil {
		return nil, err
	}
	ref := make([]bool, len(r.Periods))
	k := &Keyness{Target: r.Periods[tgt].Label}
	for i, p := range r.Periods {
		if p.Label == period.Undated || i == tgt {
			continue
		}
		switch q.Reference {
		case "", "before":
			ref[i] = i < tgt
		case "rest":
			ref[i] = true
		default:
			ref[i] = p.Label == q.Reference
		}
		if ref[i] {
			k.Reference = append(k.Reference, p.Label)
			k.RefDocs += p.Docs
			k.RefTokens += p.Tokens
		}
	}
	k.TargetDocs, k.TargetTokens = r.Periods[tgt].Docs, r.Periods[tgt].Tokens
	if k.RefTokens == 0 || k.TargetTokens == 0 {
		return nil, fmt.Errorf("%w: target %s or reference %q has no tokens", ErrNoPeriods, k.Target, q.Reference)
	}
	minCount := max(q.MinCount, 1)
	c := r.c
	c1, d1 := float64(k.TargetTokens), float64(k.RefTokens)
	// one pass over the per-period counts gathers both sides of every entry
	type sides struct{ tgt, ref uint64 }
	var acc [MaxN + 1][]sides
	for n := r.Query.MinN; n <= r.Query.MaxN; n++ {
		if n == 1 {
			acc[n] = make([]sides, len(c.uni))
		} else if c.levels[n] != nil {
			acc[n] = make([]sides, c.levels[n].size())
		}
	}
	c.eachPer(func(n int, e uint32, p int, v uint64) {
		if acc[n] == nil {
			return
		}
		switch i := r.pmap[p]; {
		case i == tgt:
			acc[n][e].tgt += v
		case ref[i]:
			acc[n][e].ref += v
		}
	})
	// Each direction keeps its Top strongest rows as they come, so that
	// memory follows Top, not the vocabulary (issue 22); a row's text is
	// made only when it can be kept.
	pos, neg := newKeyTop(q.Top), newKeyTop(q.Top)
	for n := r.Query.MinN; n <= r.Query.MaxN; n++ {
		c.eachEntry(n, func(e uint32, ws []uint32, s *stat) {
			if n == 1 && !c.opts.Raw && c.stop[ws[0]] {
				return
			}
			var row KeyRow
			row.Target, row.TargetDocs = unval(acc[n][e].tgt)
			row.Ref, row.RefDocs = unval(acc[n][e].ref)
			if row.Target+row.Ref < minCount {
				return
			}
			row.N = n
			row.TargetPer10k = per10k(row.Target, k.TargetTokens)
			row.RefPer10k = per10k(row.Ref, k.RefTokens)
			row.Key = stats.Keyness(float64(row.Target), float64(row.Ref), c1, d1)
			switch {
			case row.Ref == 0:
				row.Direction = "new"
			case row.Target == 0:
				row.Direction = "gone"
			case row.TargetPer10k >= row.RefPer10k:
				row.Direction = "rising"
			default:
				row.Direction = "fading"
			}
			side := neg
			if row.Positive() {
				side = pos
			}
			side.offer(&row, func() string { return r.text(ws) })
		})
	}
	k.Rows = append(pos.sorted(), neg.sorted()...)
	return k, nil
}

// keyTop keeps the top rows offered, strongest first by keyOrder; top 0
// keeps all. It is a heap with the weakest row kept at its root.
type keyTop struct {
	top  int
	rows []KeyRow
}

func newKeyTop(top int) *keyTop { return &keyTop{top: top} }

// keyOrder orders rows by G2, strongest first, then by term and length.
func keyOrder(a, b *KeyRow) int {
	if c := cmpDesc(a.G2, b.G2); c != 0 {
		return c
	}
	if a.Term != b.Term {
		return strings.Compare(a.Term, b.Term)
	}
	return a.N - b.N
}

// offer considers row, whose Term is empty: text gives it, and is called
// only when the row can be kept.
func (t *keyTop) offer(row *KeyRow, text func() string) {
	if t.top <= 0 || len(t.rows) < t.top {
		row.Term = text()
		t.rows = append(t.rows, *row)
		if t.top > 0 {
			t.up(len(t.rows) - 1)
		}
		return
	}
	weakest := &t.rows[0]
	if cmpDesc(row.G2, weakest.G2) > 0 {
		return // weaker than every row kept
	}
	row.Term = text()
	if keyOrder(row, weakest) >= 0 {
		return
	}
	t.rows[0] = *row
	t.down(0)
}

// The heap's order: a parent is weaker than (after) its children.
func (t *keyTop) weaker(i, j int) bool { return keyOrder(&t.rows[i], &t.rows[j]) > 0 }

func (t *keyTop) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !t.weaker(i, p) {
			return
		}
		t.rows[i], t.rows[p] = t.rows[p], t.rows[i]
		i = p
	}
}

func (t *keyTop) down(i int) {
	for {
		l, w := 2*i+1, i
		if l < len(t.rows) && t.weaker(l, w) {
			w = l
		}
		if r := l + 1; r < len(t.rows) && t.weaker(r, w) {
			w = r
		}
		if w == i {
			return
		}
		t.rows[i], t.rows[w] = t.rows[w], t.rows[i]
		i = w
	}
}

// sorted returns the rows kept, strongest first.
func (t *keyTop) sorted() []KeyRow {
	slices.SortFunc(t.rows, func(a, b KeyRow) int { return keyOrder(&a, &b) })
	return t.rows
}

func cmpDesc(a, b float64) int {
	switch {
	case a > b || math.IsNaN(b) && !math.IsNaN(a):
		return -1
	case a < b || math.IsNaN(a) && !math.IsNaN(b):
		return 1
	}
	return 0
}

// target finds the index of the target period.
func (r *Result) target(label string) (int, error) {
	if label == "" || label == "latest" {
		for i := len(r.Periods) - 1; i >= 0; i-- {
			if r.Periods[i].Label != period.Undated && r.Periods[i].Docs > 0 {
				return i, nil
			}
		}
		return 0, fmt.Errorf("%w: no dated documents", ErrNoPeriods)
	}
	var labels []string
	for i, p := range r.Periods {
		if p.Label == label {
			return i, nil
		}
		labels = append(labels, p.Label)
	}
	return 0, fmt.Errorf("%w: no period %q (have %s)", ErrNoPeriods, label, strings.Join(labels, ", "))
}
