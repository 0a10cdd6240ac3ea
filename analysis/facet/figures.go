package facet

import (
	"sort"
	"time"

	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
)

// FigureGroup is the figures of one facet value.
type FigureGroup struct {
	Value string
	// Side is the side most of the group's figures are cited by (the first
	// by name on a tie); "" when the figures were not attributed.
	Side        string
	Figures     int
	Docs        int
	Kinds       []KindCount // most figures first
	ByPeriod    []int       // aligned with the labels given to FiguresBy
	First, Last time.Time   // first and last dated figure
	// Example is the group's first money figure, else its first figure.
	Example figures.Figure
}

// KindCount is how many figures of a kind a group holds.
type KindCount struct {
	Kind  figures.Kind
	Count int
}

// FiguresBy groups figures by the facet's value: how many each value
// cites, in how many documents, of which kinds, in which periods of unit
// (labels from Labels), most figures first. Ordinals are not amounts and
// are left out.
func FiguresBy(figs []figures.Figure, f Facet, docs map[string]string, unit period.Unit, labels []string) []FigureGroup {
	out, _ := FiguresByEach(figures.EachOf(figs), f, docs, unit, labels)
	return out
}

// FiguresByEach is FiguresBy over the figures a walk hands on (a run's
// figures streamed from disk): it keeps one group per facet value, not the
// figures, and returns the walk's error.
func FiguresByEach(each figures.Each, f Facet, docs map[string]string, unit period.Unit, labels []string) ([]FigureGroup, error) {
	idx := make(map[string]int, len(labels))
	for i, l := range labels {
		idx[l] = i
	}
	type acc struct {
		g     *FigureGroup
		docs  map[string]bool
		kinds map[figures.Kind]int
		sides map[string]int
		money bool
	}
	groups := map[string]*acc{}
	var order []string
	err := each(func(g figures.Figure) error {
		if g.Kind == figures.Ordinal {
			return nil
		}
		v := f.Figure(g, docs)
		a := groups[v]
		if a == nil {
			a = &acc{g: &FigureGroup{Value: v, ByPeriod: make([]int, len(labels)), Example: g},
				docs: map[string]bool{}, kinds: map[figures.Kind]int{}, sides: map[string]int{}}
			groups[v] = a
			order = append(order, v)
		}
		a.g.Figures++
		if !a.docs[g.Doc] {
			a.docs[g.Doc] = true
			a.g.Docs++
		}
		a.kinds[g.Kind]++
		if g.Side != "" {
			a.sides[g.Side]++
		}
		if g.Kind == figures.Money && !a.money {
			a.money = true
			a.g.Example = g
		}
		if i, ok := idx[unit.Label(g.Date)]; ok {
			a.g.ByPeriod[i]++
		}
		if !g.Date.IsZero() {
			if a.g.First.IsZero() || g.Date.Before(a.g.First) {
				a.g.First = g.Date
			}
			if g.Date.After(a.g.Last) {
				a.g.Last = g.Date
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]FigureGroup, 0, len(order))
	for _, v := range order {
		a := groups[v]
		for k, n := range a.kinds {
			a.g.Kinds = append(a.g.Kinds, KindCount{k, n})
		}
		sort.Slice(a.g.Kinds, func(i, j int) bool {
			x, y := a.g.Kinds[i], a.g.Kinds[j]
			if x.Count != y.Count {
				return x.Count > y.Count
			}
			return x.Kind < y.Kind
		})
		best := 0
		for s, n := range a.sides {
			if n > best || n == best && s < a.g.Side {
				a.g.Side, best = s, n
			}
		}
		out = append(out, *a.g)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Figures != out[j].Figures {
			return out[i].Figures > out[j].Figures
		}
		return out[i].Value < out[j].Value
	})
	return out, nil
}
