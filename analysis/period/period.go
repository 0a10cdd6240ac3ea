// Package period buckets dates into the periods analyses count by: day, week
// (ISO), month, quarter or year, or one chosen automatically from the span of
// dates so a chart has roughly 6 to 30 points. Undated documents go to the
// Undated bucket, which is listed, never dropped.
package period

import (
	"fmt"
	"strings"
	"time"
)

// Unit is the length of a period.
type Unit int

const (
	Day Unit = iota
	Week
	Month
	Quarter
	Year
)

// Undated is the label of the bucket for documents without a date.
const Undated = "undated"

var names = []string{"day", "week", "month", "quarter", "year"}

func (u Unit) String() string { return names[u] }

// Names is the list of accepted names for flags and messages, "auto" included.
func Names() string { return strings.Join(names, ", ") + ", auto" }

// Parse reads a unit name. "auto" (or "") returns auto=true, and the caller
// picks the unit with Auto once the dates are known.
func Parse(s string) (u Unit, auto bool, err error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || s == "auto" {
		return Month, true, nil
	}
	for i, n := range names {
		if s == n {
			return Unit(i), false, nil
		}
	}
	return 0, false, fmt.Errorf("period must be one of %s, got %q", Names(), s)
}

// Auto picks the finest unit that gives at most 30 periods between first and
// last, preferring one with at least 6; a single day gives Day.
func Auto(first, last time.Time) Unit {
	if first.IsZero() || last.IsZero() {
		return Month
	}
	best := Year
	for u := Year; u >= Day; u-- {
		n := Count(u, first, last)
		if n > 30 {
			break
		}
		best = u
		if n >= 6 {
			return u
		}
	}
	return best
}

// MaxPeriods is the longest timeline dipstat lays out: every table and
// chart by period has a column or point per period, and a worksheet holds
// at most 16,384 columns. One article dated 1900 in a corpus of 2025 would
// otherwise make -period day a timeline of 46,000 days.
const MaxPeriods = 5000

// Check returns an error when the timeline of u from first to last has more
// than MaxPeriods periods, saying what to do about it.
func Check(u Unit, first, last time.Time) error {
	if first.IsZero() || last.IsZero() {
		return nil
	}
	if n := Count(u, first, last); n > MaxPeriods {
		return fmt.Errorf("period: by %s the dates from %s to %s make %d periods, more than %d; choose a longer period, "+
			"or leave out the outlying dates (-since, -until)", u, first.Format(time.DateOnly), last.Format(time.DateOnly), n, MaxPeriods)
	}
	return nil
}

// Count is the number of periods from the one holding first to the one
// holding last, inclusive.
func Count(u Unit, first, last time.Time) int {
	if last.Before(first) {
		first, last = last, first
	}
	n := 0
	for t := u.Start(first); !t.After(last); t = u.Next(t) {
		n++
		if n > 100000 {
			break
		}
	}
	return n
}

// Start is the first day of the period holding t (UTC midnight).
func (u Unit) Start(t time.Time) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch u {
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		return t.AddDate(0, 0, -wd)
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Quarter:
		m := (int(t.Month())-1)/3*3 + 1
		return time.Date(t.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// Next is the start of the period after the one starting at start.
func (u Unit) Next(start time.Time) time.Time {
	switch u {
	case Week:
		return start.AddDate(0, 0, 7)
	case Month:
		return start.AddDate(0, 1, 0)
	case Quarter:
		return start.AddDate(0, 3, 0)
	case Year:
		return start.AddDate(1, 0, 0)
	}
	return start.AddDate(0, 0, 1)
}

// End is the last day of the period holding t.
func (u Unit) End(t time.Time) time.Time { return u.Next(u.Start(t)).AddDate(0, 0, -1) }

// Label names the period holding t: 2025-06-10, 2025-W24, 2025-06, 2025-Q2,
// 2025. Labels sort in time order. A zero t is Undated.
func (u Unit) Label(t time.Time) string {
	if t.IsZero() {
		return Undated
	}
	switch u {
	case Week:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return t.Format("2006-01")
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case Year:
		return t.Format("2006")
	}
	return t.Format(time.DateOnly)
}

// Period is one bucket of a timeline.
type Period struct {
	Label string
	Start time.Time // zero for Undated
	End   time.Time // last day, inclusive
}

// Timeline lists every period from the one holding first to the one holding
// last, with empty periods included so charts show gaps as zeros.
func Timeline(u Unit, first, last time.Time) []Period {
	if first.IsZero() || last.IsZero() {
		return nil
	}
	var out []Period
	for t := u.Start(first); !t.After(last); t = u.Next(t) {
		out = append(out, Period{Label: u.Label(t), Start: t, End: u.Next(t).AddDate(0, 0, -1)})
	}
	return out
}
