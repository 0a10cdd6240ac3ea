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
	var pos, neg []KeyRow
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
			row.Term, row.N = r.text(ws), n
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
			if row.Positive() {
				pos = append(pos, row)
			} else {
				neg = append(neg, row)
			}
		})
	}
	for _, rows := range []*[]KeyRow{&pos, &neg} {
		slices.SortFunc(*rows, func(a, b KeyRow) int {
			if a.G2 != b.G2 {
				return cmpDesc(a.G2, b.G2)
			}
			if a.Term != b.Term {
				return strings.Compare(a.Term, b.Term)
			}
			return a.N - b.N
		})
		if q.Top > 0 && len(*rows) > q.Top {
			*rows = (*rows)[:q.Top]
		}
	}
	k.Rows = append(pos, neg...)
	return k, nil
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
