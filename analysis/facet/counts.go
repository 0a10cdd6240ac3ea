package facet

import (
	"sort"
	"time"

	"github.com/dipstat/dipstat/analysis/period"
)

// day is a date as yyyymmdd; 0 is undated.
type day = period.Date

var dayOf = period.DateOf

// Counts counts items (formula occurrences of a family, figures of a kind)
// by key, facet value and day. Counting parts of a corpus separately and
// merging them gives the counts of one pass. The zero value is not usable;
// use NewCounts.
type Counts struct {
	n    map[string]map[string]map[day]int // key -> value -> day -> items
	docs map[string]map[string]int         // key -> value -> documents
}

// NewCounts returns empty counts.
func NewCounts() *Counts {
	return &Counts{n: map[string]map[string]map[day]int{}, docs: map[string]map[string]int{}}
}

// Item is one thing counted: its key (a family), its facet value (a side)
// and its document's date.
type Item struct {
	Key, Value string
	Date       time.Time
}

// AddDocument counts the items of one document: each item once, and the
// document once for every (key, value) it holds.
func (c *Counts) AddDocument(items []Item) {
	type kv struct{ k, v string }
	var seen []kv
	for _, it := range items {
		c.add(it.Key, it.Value, dayOf(it.Date), 1)
		p := kv{it.Key, it.Value}
		dup := false
		for _, s := range seen {
			if s == p {
				dup = true
				break
			}
		}
		if !dup {
			seen = append(seen, p)
			c.addDocs(it.Key, it.Value, 1)
		}
	}
}

func (c *Counts) add(key, value string, d day, n int) {
	byVal := c.n[key]
	if byVal == nil {
		byVal = map[string]map[day]int{}
		c.n[key] = byVal
	}
	byDay := byVal[value]
	if byDay == nil {
		byDay = map[day]int{}
		byVal[value] = byDay
	}
	byDay[d] += n
}

func (c *Counts) addDocs(key, value string, n int) {
	m := c.docs[key]
	if m == nil {
		m = map[string]int{}
		c.docs[key] = m
	}
	m[value] += n
}

// Merge adds the counts of o to c. The documents of c and o must differ.
func (c *Counts) Merge(o *Counts) {
	for k, byVal := range o.n {
		for v, byDay := range byVal {
			for d, n := range byDay {
				c.add(k, v, d, n)
			}
		}
	}
	for k, m := range o.docs {
		for v, n := range m {
			c.addDocs(k, v, n)
		}
	}
}

// Empty reports whether nothing was counted.
func (c *Counts) Empty() bool { return len(c.n) == 0 }

// Row is one key and facet value over the periods of a Summary.
type Row struct {
	Key, Value  string
	Total, Docs int
	Share       float64   // of the key's items
	ByPeriod    []int     // aligned with Summary.Periods
	First, Last time.Time // first and last dated use; zero if only undated
	// Days are the dates of the dated items, in order, one per day used
	// (for Echo).
	Days []time.Time
}

// Summary is the counts by key and facet value over periods.
type Summary struct {
	Unit    period.Unit
	Periods []string // period labels, in time order, period.Undated last if any
	// Rows come grouped by key, in the order of the keys given to
	// Summarize (then the others by name), each key's values by count,
	// then by name.
	Rows []Row
}

// Labels lists every period from first to last of unit, then
// period.Undated when undated is set: the columns of a Summary.
func Labels(unit period.Unit, first, last time.Time, undated bool) []string {
	var out []string
	for _, p := range period.Timeline(unit, first, last) {
		out = append(out, p.Label)
	}
	if undated {
		out = append(out, period.Undated)
	}
	return out
}

// Summarize buckets the counts into the periods labels of unit (from
// Labels, or a phrases.Summary's); an item whose period is not among them
// counts in the totals only. Keys listed in order come first, in that order
// (those never counted are left out); the other keys follow by name.
func (c *Counts) Summarize(unit period.Unit, labels []string, order []string) *Summary {
	s := &Summary{Unit: unit, Periods: labels}
	idx := make(map[string]int, len(labels))
	for i, l := range labels {
		idx[l] = i
	}
	for _, k := range c.keysIn(order) {
		var rows []Row
		total := 0
		for v, byDay := range c.n[k] {
			r := Row{Key: k, Value: v, Docs: c.docs[k][v], ByPeriod: make([]int, len(labels))}
			var days []day
			for d, n := range byDay {
				r.Total += n
				if i, ok := idx[unit.Label(d.Time())]; ok {
					r.ByPeriod[i] += n
				}
				if d != 0 {
					days = append(days, d)
				}
			}
			sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
			for _, d := range days {
				r.Days = append(r.Days, d.Time())
			}
			if len(days) > 0 {
				r.First, r.Last = days[0].Time(), days[len(days)-1].Time()
			}
			total += r.Total
			rows = append(rows, r)
		}
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].Total != rows[j].Total {
				return rows[i].Total > rows[j].Total
			}
			return rows[i].Value < rows[j].Value
		})
		for i := range rows {
			if total > 0 {
				rows[i].Share = float64(rows[i].Total) / float64(total)
			}
		}
		s.Rows = append(s.Rows, rows...)
	}
	return s
}

// Values lists the facet values of the summary, most items first.
func (s *Summary) Values() []string {
	n := map[string]int{}
	for _, r := range s.Rows {
		n[r.Value] += r.Total
	}
	out := make([]string, 0, len(n))
	for v := range n {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// keysIn is the counted keys in the order given, then the others by name.
func (c *Counts) keysIn(order []string) []string {
	var keys []string
	listed := map[string]bool{}
	for _, k := range order {
		if _, ok := c.n[k]; ok && !listed[k] {
			listed[k] = true
			keys = append(keys, k)
		}
	}
	var rest []string
	for k := range c.n {
		if !listed[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}
