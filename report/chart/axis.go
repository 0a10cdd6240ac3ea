package chart

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// plotWidth estimates the width of one panel's data area: the canvas minus
// the y axis (label and tick labels) and any legend.
func plotWidth(s Size, cols int, legend vg.Length) vg.Length {
	w := (s.Width-legend)/vg.Length(cols) - s.Label*1.6 - s.Tick*5
	return max(w, s.Tick*4)
}

// periodAxis makes the x axis categorical over labels (one slot per period,
// at 0..n-1) and labels only every k-th period, k chosen so the labels at
// the tick font never overlap in a data area of width w, and aligned to the
// calendar (every 4th quarter is a Q1, every 12th month a January).
// Unlabelled periods keep a short tick.
func periodAxis(p *plot.Plot, labels []string, s Size, w vg.Length) {
	n := len(labels)
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	if n == 0 {
		return
	}
	step := labelStep(labels, s, w)
	// Labels a year or more apart fall on January or Q1: the year says it
	// and is shorter, so more of them may fit.
	short := func(l string) string { return l }
	if _, cycle, ok := periodOrdinal(labels[0]); ok && cycle > 1 && step >= cycle && allOrdinal(labels) {
		years := make([]string, n)
		for i, l := range labels {
			years[i] = l[:4]
		}
		step = niceStep(labels, max(needStep(years, s, w), cycle))
		short = func(l string) string { return l[:4] }
	}
	ticks := make([]plot.Tick, n)
	for i, l := range labels {
		ticks[i].Value = float64(i)
		if labelled(labels, i, step) {
			ticks[i].Label = Safe(short(l))
		}
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
}

// periodKind recognizes period labels: quarters (2025-Q2), months (2025-06)
// and years (2025) have a calendar ordinal; other labels (days, weeks,
// free text) are labelled by position.
func periodOrdinal(l string) (ord int, cycle int, ok bool) {
	var y, q, m int
	switch {
	case len(l) == 7 && l[4] == '-' && l[5] == 'Q':
		if _, err := fmt.Sscanf(l, "%4d-Q%1d", &y, &q); err == nil {
			return y*4 + q - 1, 4, true
		}
	case len(l) == 7 && l[4] == '-':
		if _, err := fmt.Sscanf(l, "%4d-%2d", &y, &m); err == nil {
			return y*12 + m - 1, 12, true
		}
	case len(l) == 4:
		if _, err := fmt.Sscanf(l, "%4d", &y); err == nil {
			return y, 1, true
		}
	}
	return 0, 0, false
}

// labelled says whether period i is labelled with the given step: on the
// calendar when every label has an ordinal, else by position.
func labelled(labels []string, i, step int) bool {
	if step == 1 {
		return true
	}
	if ord, _, ok := periodOrdinal(labels[i]); ok && allOrdinal(labels) {
		return ord%step == 0
	}
	return i%step == 0
}

// allOrdinal says whether labels are a timeline of one calendar unit:
// consecutive periods with no gap or repeat, so calendar-aligned labels
// are exactly the step apart.
func allOrdinal(labels []string) bool {
	prev, cycle0 := 0, 0
	for i, l := range labels {
		ord, cycle, ok := periodOrdinal(l)
		if !ok || i > 0 && (cycle != cycle0 || ord != prev+1) {
			return false
		}
		prev, cycle0 = ord, cycle
	}
	return true
}

// labelStep is the smallest calendar-friendly k such that every k-th label
// fits in width w.
func labelStep(labels []string, s Size, w vg.Length) int {
	if len(labels) == 0 {
		return 1
	}
	return niceStep(labels, needStep(labels, s, w))
}

// needStep is the smallest k such that labels k slots apart fit in width w.
func needStep(labels []string, s Size, w vg.Length) int {
	n := len(labels)
	sty := s.textStyle(s.Tick, false)
	widest := vg.Length(0)
	for _, l := range labels {
		widest = max(widest, sty.Width(Safe(l)))
	}
	slot := widest + s.Tick*1.5
	fit := max(int(float64(w)/float64(slot)), 1)
	// Labelled periods are at least step slots apart, so need slots of
	// width w/n hold one label.
	return (n + fit - 1) / fit
}

// niceStep rounds need up to a step that suits the labels' calendar.
func niceStep(labels []string, need int) int {
	nice := []int{1, 2, 3, 4, 5, 7, 10, 14, 20, 28, 50, 100}
	if _, cycle, ok := periodOrdinal(labels[0]); ok && allOrdinal(labels) {
		switch cycle {
		case 4:
			nice = []int{1, 2, 4, 8, 12, 20, 40, 80}
		case 12:
			nice = []int{1, 2, 3, 6, 12, 24, 36, 60, 120, 240}
		case 1:
			nice = []int{1, 2, 5, 10, 20, 50, 100}
		}
	}
	for _, k := range nice {
		if k >= need {
			return k
		}
	}
	return need
}

// dateTicks labels a time axis (x values are Unix days) at calendar steps:
// days, weeks, months, quarters, years or decades, choosing the finest step
// whose labels, at the tick font, fit side by side in the axis width.
type dateTicks struct {
	width vg.Length
	sty   draw.TextStyle
}

type dateStep struct {
	days   int // 0 for calendar months
	months int
	layout string
}

var dateSteps = []dateStep{
	{1, 0, "2006-01-02"}, {7, 0, "2006-01-02"}, {0, 1, "2006-01"}, {0, 3, "2006-01"},
	{0, 6, "2006-01"}, {0, 12, "2006"}, {0, 24, "2006"}, {0, 60, "2006"}, {0, 120, "2006"},
}

func (d dateTicks) Ticks(min, max float64) []plot.Tick {
	lo, hi := fromDays(min), fromDays(max)
	for _, st := range dateSteps {
		ts := st.marks(lo, hi)
		slot := d.sty.Width(lo.Format(st.layout)) + d.sty.Font.Size*1.5
		if vg.Length(len(ts))*slot <= d.width || st == dateSteps[len(dateSteps)-1] {
			var out []plot.Tick
			for _, t := range ts {
				out = append(out, plot.Tick{Value: toDays(t), Label: t.Format(st.layout)})
			}
			return out
		}
	}
	return nil
}

func (st dateStep) marks(lo, hi time.Time) []time.Time {
	var t time.Time
	if st.days > 0 {
		t = time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, time.UTC)
		if st.days == 7 {
			t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // Monday
		}
	} else {
		m := (int(lo.Month()) - 1) / min(st.months, 12) * min(st.months, 12)
		y := lo.Year()
		if st.months > 12 {
			y -= y % (st.months / 12)
		}
		t = time.Date(y, time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
	}
	var out []time.Time
	for ; !t.After(hi); t = st.next(t) {
		if !t.Before(lo) {
			out = append(out, t)
		}
		if len(out) > 1000 {
			break
		}
	}
	return out
}

func (st dateStep) next(t time.Time) time.Time {
	if st.days > 0 {
		return t.AddDate(0, 0, st.days)
	}
	return t.AddDate(0, st.months, 0)
}

func toDays(t time.Time) float64   { return float64(t.Unix()) / 86400 }
func fromDays(d float64) time.Time { return time.Unix(int64(math.Round(d*86400)), 0).UTC() }

// dateAxis sets a date axis on p over [first, last] (padded so single dates
// and end points are not on the frame) with labels that fit width w.
func dateAxis(p *plot.Plot, first, last time.Time, s Size, w vg.Length) {
	pad := max(last.Sub(first)/12, 20*24*time.Hour)
	p.X.Min, p.X.Max = toDays(first.Add(-pad)), toDays(last.Add(pad))
	p.X.Tick.Marker = dateTicks{width: w, sty: s.textStyle(s.Tick, false)}
}

// formatter returns a label format for values of a chart with the same
// number of decimals for all: none from 100 up (or for whole numbers), one
// from 10, two below.
func formatter(vals []float64) func(float64) string {
	top, whole := 0.0, true
	for _, v := range vals {
		top = max(top, math.Abs(v))
		whole = whole && v == math.Trunc(v)
	}
	prec := 2
	switch {
	case whole || top >= 100:
		prec = 0
	case top >= 10:
		prec = 1
	}
	return func(v float64) string {
		if v == math.Trunc(v) && whole {
			return thousands(strconv.FormatFloat(v, 'f', 0, 64))
		}
		return thousands(strconv.FormatFloat(v, 'f', prec, 64))
	}
}

// number formats a value for a label: thousands separated, at most 3
// significant decimals.
func number(v float64) string {
	a := math.Abs(v)
	prec := 0
	switch {
	case a == 0 || a >= 100 || a == math.Trunc(a):
	case a >= 10:
		prec = 1
	case a >= 1:
		prec = 2
	default:
		prec = 3
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return thousands(s)
}

func thousands(s string) string {
	neg := len(s) > 0 && s[0] == '-'
	if neg {
		s = s[1:]
	}
	ip, frac := s, ""
	for i := range s {
		if s[i] == '.' {
			ip, frac = s[:i], s[i:]
			break
		}
	}
	var out []byte
	for i := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, ip[i])
	}
	if neg {
		return "-" + string(out) + frac
	}
	return string(out) + frac
}

func vgLen(n int) vg.Length { return vg.Length(n) }
