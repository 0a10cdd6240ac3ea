package facet

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// ParseDays reads a window of days: "30d", "30" (days) or "4w" (weeks),
// from 0 to 3650 days.
func ParseDays(s string) (int, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	mult := 1
	switch {
	case strings.HasSuffix(t, "d"):
		t = strings.TrimSuffix(t, "d")
	case strings.HasSuffix(t, "w"):
		t, mult = strings.TrimSuffix(t, "w"), 7
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 0 || n*mult > 3650 {
		return 0, fmt.Errorf("want a number of days such as 30d (or weeks: 4w), at most 3650 days, got %q", s)
	}
	return n * mult, nil
}

// Echo is the reciprocity of one family and side: how many of the side's
// uses another side echoed, using the family itself on the same day or
// within the window of days after.
type Echo struct {
	Family, Side string
	Uses         int     // occurrences by the side
	Share        float64 // of the family's occurrences by any side (IsSide)
	Dated        int     // uses in dated documents: only those can be echoed
	Echoed       int     // dated uses followed by another side's use within the window
	// By lists the sides that echoed, with the uses of this side each one
	// echoed, most first.
	By []SideCount
}

// SideCount is a side and a number.
type SideCount struct {
	Side  string
	Count int
}

// Rate is the share of the dated uses that were echoed; 0 without dated
// uses.
func (e Echo) Rate() float64 {
	if e.Dated == 0 {
		return 0
	}
	return float64(e.Echoed) / float64(e.Dated)
}

// Echoes measures reciprocity in counts of families (keys) by side
// (values): for each family and side (IsSide; the narrator, both sides,
// the press and unknown speakers take no part), its share of the family's
// uses by the sides, and for each of its dated uses whether another side
// used the family on the same day or within days after. Families come in
// the order given (then the others by name), each family's sides by uses.
func Echoes(c *Counts, order []string, days int) []Echo {
	var out []Echo
	for _, k := range c.keysIn(order) {
		// the days each side used the family, sorted
		used := map[string][]day{}
		total := 0
		for side, byDay := range c.n[k] {
			if !IsSide(side) {
				continue
			}
			for d, n := range byDay {
				total += n
				if d != 0 {
					used[side] = append(used[side], d)
				}
			}
			sort.Slice(used[side], func(i, j int) bool { return used[side][i] < used[side][j] })
		}
		var fam []Echo
		for side, byDay := range c.n[k] {
			if !IsSide(side) {
				continue
			}
			e := Echo{Family: k, Side: side}
			by := map[string]int{}
			for d, n := range byDay {
				e.Uses += n
				if d == 0 {
					continue
				}
				e.Dated += n
				echoed := false
				for other, ds := range used {
					if other != side && usedWithin(ds, d, days) {
						by[other] += n
						echoed = true
					}
				}
				if echoed {
					e.Echoed += n
				}
			}
			if total > 0 {
				e.Share = float64(e.Uses) / float64(total)
			}
			for s, n := range by {
				e.By = append(e.By, SideCount{s, n})
			}
			sort.Slice(e.By, func(i, j int) bool {
				if e.By[i].Count != e.By[j].Count {
					return e.By[i].Count > e.By[j].Count
				}
				return e.By[i].Side < e.By[j].Side
			})
			fam = append(fam, e)
		}
		sort.Slice(fam, func(i, j int) bool {
			if fam[i].Uses != fam[j].Uses {
				return fam[i].Uses > fam[j].Uses
			}
			return fam[i].Side < fam[j].Side
		})
		out = append(out, fam...)
	}
	return out
}

// usedWithin reports whether one of the sorted days ds falls on d or in
// the days after it.
func usedWithin(ds []day, d day, days int) bool {
	last := dayOf(d.Time().AddDate(0, 0, days))
	i := sort.Search(len(ds), func(i int) bool { return ds[i] >= d })
	return i < len(ds) && ds[i] <= last
}
