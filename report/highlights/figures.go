package highlights

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// point is one row of the Figure series table.
type point struct {
	date      time.Time
	value     float64
	unit      string
	qualifier string
	text      string
	doc       string
	period    string
	conflict  bool
}

// series is the points of one series (subject and unit family), in table
// order.
type series struct {
	name, family, kind string
	points             []point
}

// docs is the number of documents citing the series.
func (s series) docs() int {
	seen := map[string]bool{}
	for _, p := range s.points {
		seen[p.doc] = true
	}
	return len(seen)
}

// latest is the most recent point: dated beats undated, on one date the
// later in table order.
func (s series) latest() point {
	best := s.points[0]
	for _, p := range s.points[1:] {
		if !p.date.Before(best.date) {
			best = p
		}
	}
	return best
}

// span is the first and last date of the dated points.
func (s series) span() (first, last time.Time) {
	for _, p := range s.points {
		if p.date.IsZero() {
			continue
		}
		if first.IsZero() || p.date.Before(first) {
			first = p.date
		}
		if p.date.After(last) {
			last = p.date
		}
	}
	return first, last
}

// kindRank orders kinds of figure by how much an analyst looks for them
// when two series are cited as often: money, shares, counts, quantities,
// then durations ("33 years since ...").
func kindRank(kind string) int {
	switch kind {
	case "money":
		return 0
	case "percent", "pp":
		return 1
	case "count":
		return 2
	case "duration":
		return 4
	}
	return 3
}

func (b *builder) series() []series {
	r := b.rows(seriesTable)
	var out []series
	at := map[string]int{}
	for i := range r.n() {
		key := r.str(i, "series") + "\x00" + r.str(i, "family")
		k, ok := at[key]
		if !ok {
			k = len(out)
			at[key] = k
			out = append(out, series{name: r.str(i, "series"), family: r.str(i, "family"), kind: r.str(i, "kind")})
		}
		out[k].points = append(out[k].points, point{date: r.date(i, "date"), value: r.num(i, "value"), unit: r.str(i, "unit"),
			qualifier: r.str(i, "qualifier"), text: r.str(i, "text"), doc: r.str(i, "doc"), period: r.str(i, "period"),
			conflict: r.str(i, "conflict") != ""})
	}
	return out
}

// asWritten is the figure with its qualifier ("more than 6.65 million
// visits"); a range's qualifier is already in its text.
func (p point) asWritten() string {
	if p.qualifier == "" || strings.HasPrefix(p.qualifier, "range") {
		return p.text
	}
	return p.qualifier + " " + p.text
}

// forPeriod is the figure as written and the period it is for, when
// stated: "$298.9 billion for 2025-01/2025-11".
func (p point) forPeriod() string {
	if p.period == "" {
		return p.asWritten()
	}
	return p.asWritten() + " for " + p.period
}

// citedFigures is the most cited series (see cited), each with its latest
// value and sentence.
func (b *builder) citedFigures() []Highlight {
	ss := b.cited()
	var out []Highlight
	for _, s := range ss[:min(len(ss), maxFigures)] {
		p := s.latest()
		text := fmt.Sprintf("%s: %s", p.asWritten(), s.name)
		if p.period != "" {
			text += " (" + p.period + ")"
		}
		text += ", cited in " + count(s.docs(), "document")
		switch first, last := s.span(); {
		case first.IsZero():
			text += ", undated"
		case first.Equal(last):
			text += ", " + day(last)
		default:
			text += ", " + day(first) + " to " + day(last)
		}
		h := b.line(CitedFigure, seriesTable, text)
		h.Chart = b.chartOf("figures", s.name)
		h.Quote, h.Doc, h.Date = b.figureSentence(p)
		out = append(out, h)
	}
	return out
}

// cited is the series cited in the most documents first, then money before
// shares, counts, quantities and durations, then the most recent.
func (b *builder) cited() []series {
	ss := b.series()
	sort.SliceStable(ss, func(i, j int) bool {
		a, c := ss[i], ss[j]
		if a.docs() != c.docs() {
			return a.docs() > c.docs()
		}
		if kindRank(a.kind) != kindRank(c.kind) {
			return kindRank(a.kind) < kindRank(c.kind)
		}
		return a.latest().date.After(c.latest().date)
	})
	return ss
}

// changedFigures is the series whose latest value differs from the value
// cited before it for the same subject: the most recent change first.
func (b *builder) changedFigures() []Highlight {
	type change struct {
		s        series
		from, to point
		pct      float64
		hasPct   bool
	}
	var changes []change
	multi := 0 // series cited in more than one document
	for _, s := range b.series() {
		if s.docs() > 1 {
			multi++
		}
		var dated []point
		for _, p := range s.points {
			if !p.date.IsZero() {
				dated = append(dated, p)
			}
		}
		sort.SliceStable(dated, func(i, j int) bool { return dated[i].date.Before(dated[j].date) })
		if len(dated) < 2 {
			continue
		}
		to := dated[len(dated)-1]
		for k := len(dated) - 2; k >= 0; k-- {
			from := dated[k]
			if from.value == to.value && from.unit == to.unit {
				continue
			}
			c := change{s: s, from: from, to: to}
			if from.unit == to.unit && from.value != 0 {
				c.pct, c.hasPct = (to.value-from.value)/math.Abs(from.value)*100, true
			}
			changes = append(changes, c)
			break
		}
	}
	if len(changes) == 0 {
		if multi == 0 {
			return nil
		}
		return []Highlight{b.line(ChangedFigure, seriesTable, fmt.Sprintf(
			"No cited figure changed value for the same subject: each of the %s cited in more than one document gives one value",
			count(multi, "subject")))}
	}
	sort.SliceStable(changes, func(i, j int) bool {
		a, c := changes[i], changes[j]
		if !a.to.date.Equal(c.to.date) {
			return a.to.date.After(c.to.date)
		}
		return math.Abs(a.pct) > math.Abs(c.pct)
	})
	var out []Highlight
	for _, c := range changes[:min(len(changes), maxChanged)] {
		text := fmt.Sprintf("%s: %s (%s, %s) then %s (%s, %s)", c.s.name, c.from.forPeriod(), c.from.doc, day(c.from.date),
			c.to.forPeriod(), c.to.doc, day(c.to.date))
		if c.hasPct {
			text += fmt.Sprintf(", %+.1f%%", c.pct)
		}
		if c.to.conflict {
			text += "; the two disagree for the same period"
		}
		h := b.line(ChangedFigure, seriesTable, text)
		h.Chart = b.chartOf("figures", c.s.name)
		h.Quote, h.Doc, h.Date = b.figureSentence(c.to)
		out = append(out, h)
	}
	return out
}

// figureSentence is the sentence the Figures table gives for a point.
func (b *builder) figureSentence(p point) (string, string, time.Time) {
	f := b.rows(figuresTable)
	for i := range f.n() {
		if f.str(i, "doc") == p.doc && f.str(i, "text") == p.text && f.num(i, "value") == p.value {
			return f.str(i, "sentence"), p.doc, p.date
		}
	}
	return "", "", time.Time{}
}

// keyTerms is one line naming the most distinctive terms of the latest
// period, from the Keyness sheet.
func (b *builder) keyTerms() []Highlight {
	r := b.rows(keynessTable)
	var terms []string
	for i := range r.n() {
		if d := r.str(i, "direction"); d != "new" && d != "rising" {
			break // rising terms come first
		}
		if len(terms) == maxTerms {
			break
		}
		terms = append(terms, fmt.Sprintf("%s (G2 %s, LRC %s)", r.str(i, "term"), fix(r.num(i, "g2"), 2), fix(r.num(i, "lrc"), 2)))
	}
	if len(terms) == 0 || !b.dated {
		return nil
	}
	h := b.line(KeyTerms, keynessTable, fmt.Sprintf("Most distinctive terms of %s against the periods before: %s",
		b.latest.Label, strings.Join(terms, ", ")))
	if r.n() > 0 {
		h.Chart = b.chartOf("keyness", r.str(0, "term"))
	}
	return []Highlight{h}
}
