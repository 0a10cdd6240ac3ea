package facet

import (
	"sort"
	"time"
)

// SideTop is a side's most used formula family.
type SideTop struct {
	Side, Family string
	Count        int // the family's occurrences by the side
	Total        int // every formula occurrence by the side
}

// TopBySide gives each side of a Summary by side (IsSide: no narrator,
// both, press or unknown) its most used family, the first listed on a tie;
// sides with most occurrences first.
func TopBySide(s *Summary) []SideTop {
	best := map[string]*SideTop{}
	var order []string
	for _, r := range s.Rows {
		if !IsSide(r.Value) {
			continue
		}
		b := best[r.Value]
		if b == nil {
			b = &SideTop{Side: r.Value}
			best[r.Value] = b
			order = append(order, r.Value)
		}
		b.Total += r.Total
		if r.Total > b.Count {
			b.Family, b.Count = r.Key, r.Total
		}
	}
	out := make([]SideTop, 0, len(order))
	for _, v := range order {
		out = append(out, *best[v])
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Total != out[j].Total {
			return out[i].Total > out[j].Total
		}
		return out[i].Side < out[j].Side
	})
	return out
}

// Crossing is a family one side used first and another side took up later.
type Crossing struct {
	Family   string
	From, To string    // the first side to use it, the side that followed
	First    time.Time // From's first use
	Crossed  time.Time // To's first use, after First
}

// Crossings lists, per family of a Summary by side, every side that first
// used the family after another side had (dated uses only; sides as in
// TopBySide), in the order of the summary's families, then by date.
// Two sides first using a family on the same day is no crossing.
func Crossings(s *Summary) []Crossing {
	var out []Crossing
	for i := 0; i < len(s.Rows); {
		j := i
		for j < len(s.Rows) && s.Rows[j].Key == s.Rows[i].Key {
			j++
		}
		var sides []Row
		for _, r := range s.Rows[i:j] {
			if IsSide(r.Value) && !r.First.IsZero() {
				sides = append(sides, r)
			}
		}
		sort.SliceStable(sides, func(a, b int) bool { return sides[a].First.Before(sides[b].First) })
		for k := 1; k < len(sides); k++ {
			if sides[k].First.After(sides[0].First) {
				out = append(out, Crossing{Family: sides[0].Key, From: sides[0].Value, To: sides[k].Value,
					First: sides[0].First, Crossed: sides[k].First})
			}
		}
		i = j
	}
	return out
}
