package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// windowFlags are -since, -until and -last: the time window of a report.
type windowFlags struct{ since, until, last string }

func (w *windowFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&w.since, "since", "", "count only documents dated on or after this `date` (YYYY-MM-DD)")
	fs.StringVar(&w.until, "until", "", "count only documents dated on or before this `date` (YYYY-MM-DD)")
	fs.StringVar(&w.last, "last", "", "rolling window ending today: a `span` like 90d, 8w, 12m or 2y (instead of -since)")
}

// window is a range of dates [From, To); a zero bound is open.
type window struct{ From, To time.Time }

// IsSet tells whether the window restricts anything.
func (w window) IsSet() bool { return !w.From.IsZero() || !w.To.IsZero() }

// Contains tells whether a document dated t is counted. Undated documents
// are outside any set window (they cannot be shown to be inside it).
func (w window) Contains(t time.Time) bool {
	if !w.IsSet() {
		return true
	}
	if t.IsZero() {
		return false
	}
	return (w.From.IsZero() || !t.Before(w.From)) && (w.To.IsZero() || t.Before(w.To))
}

// String describes the window for captions and the manifest.
func (w window) String() string {
	if !w.IsSet() {
		return "all dates"
	}
	from, to := "", ""
	if !w.From.IsZero() {
		from = w.From.Format(time.DateOnly)
	}
	if !w.To.IsZero() {
		to = w.To.AddDate(0, 0, -1).Format(time.DateOnly)
	}
	return from + ".." + to
}

// window resolves the flags against today's date (now, in its location).
func (w *windowFlags) window(now time.Time) (window, error) {
	var win window
	if w.since != "" && w.last != "" {
		return win, usagef("-since and -last both set the start of the window; give one")
	}
	if w.since != "" {
		d, err := parseDay(w.since)
		if err != nil {
			return win, usagef("-since: %v", err)
		}
		win.From = d
	}
	if w.until != "" {
		d, err := parseDay(w.until)
		if err != nil {
			return win, usagef("-until: %v", err)
		}
		win.To = d.AddDate(0, 0, 1)
	}
	if w.last != "" {
		sp, err := parseSpan(w.last)
		if err != nil {
			return win, usagef("-last: %v", err)
		}
		if win.To.IsZero() {
			y, m, d := now.Date()
			win.To = time.Date(y, m, d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
		}
		win.From = sp.before(win.To)
	}
	if !win.From.IsZero() && !win.To.IsZero() && !win.From.Before(win.To) {
		return win, usagef("the window %s is empty: its start is after its end", win)
	}
	return win, nil
}

// parseDay reads a YYYY-MM-DD date (UTC, as document dates are).
func parseDay(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("want a date like 2025-01-31, got %q", s)
	}
	return t, nil
}

// span is a rolling window length like 12m.
type span struct {
	n    int
	unit byte // d, w, m, y
}

func parseSpan(s string) (span, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	bad := fmt.Errorf("want a span like 90d, 8w, 12m or 2y, got %q", s)
	if len(s) < 2 || !strings.ContainsRune("dwmy", rune(s[len(s)-1])) {
		return span{}, bad
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil || n <= 0 || n > 10000 {
		return span{}, bad
	}
	return span{n, s[len(s)-1]}, nil
}

// before is the start of the span that ends at end (exclusive).
func (sp span) before(end time.Time) time.Time {
	switch sp.unit {
	case 'd':
		return end.AddDate(0, 0, -sp.n)
	case 'w':
		return end.AddDate(0, 0, -7*sp.n)
	case 'm':
		return end.AddDate(0, -sp.n, 0)
	}
	return end.AddDate(-sp.n, 0, 0)
}
