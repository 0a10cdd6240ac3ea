package terms

import (
	"fmt"
	"math"
	"strings"
)

// Measure is what terms are sorted by, largest first.
type Measure int

const (
	ByCount   Measure = iota // raw count
	ByPer10k                 // relative frequency per 10,000 tokens (same order as count)
	ByDocs                   // document frequency
	ByDisp                   // adjusted frequency (Rosengren's AF): count discounted for uneven spread
	ByG2                     // log-likelihood of the n-gram's words occurring together
	ByPMI                    // pointwise mutual information
	ByT                      // t-score
	ByLogDice                // logDice (bigrams)
)

var measureNames = []string{"count", "per10k", "docs", "dp", "llr", "pmi", "t", "logdice"}

var measureAliases = map[string]Measure{"disp": ByDisp, "af": ByDisp, "g2": ByG2, "ll": ByG2, "tscore": ByT, "t-score": ByT}

func (m Measure) String() string { return measureNames[m] }

// MeasureNames lists the accepted measure names.
func MeasureNames() string { return strings.Join(measureNames, ", ") }

// ParseMeasure reads a measure name (also disp/af, g2/ll, tscore).
func ParseMeasure(s string) (Measure, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	for i, n := range measureNames {
		if s == n {
			return Measure(i), nil
		}
	}
	if m, ok := measureAliases[s]; ok {
		return m, nil
	}
	return 0, fmt.Errorf("%w: measure must be one of %s, got %q", ErrOptions, MeasureNames(), s)
}

// Association reports whether the measure is a collocation measure, undefined
// for unigrams.
func (m Measure) Association() bool { return m >= ByG2 }

// score is the sort key of a term; NaN sorts last.
func (t *Term) score(m Measure) float64 {
	switch m {
	case ByCount, ByPer10k:
		return float64(t.Count)
	case ByDocs:
		return float64(t.Docs)
	case ByDisp:
		return t.AdjCount
	case ByG2:
		return t.Assoc.G2
	case ByPMI:
		return t.Assoc.PMI
	case ByT:
		return t.Assoc.T
	case ByLogDice:
		return t.Assoc.LogDice
	}
	return math.NaN()
}

// less orders by score descending, NaN last, then term, then n.
func less(sa, sb float64, a, b *Term) bool {
	na, nb := math.IsNaN(sa), math.IsNaN(sb)
	switch {
	case na != nb:
		return nb
	case !na && sa != sb:
		return sa > sb
	case a.Term != b.Term:
		return a.Term < b.Term
	}
	return a.N < b.N
}
