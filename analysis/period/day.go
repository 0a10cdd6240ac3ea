package period

import "time"

// Date is a day as the number yyyymmdd, 0 for undated: a compact,
// pointer-free map key for counts by day, which sorts as dates do.
type Date int32

// DateOf is the Date of t's date (0 for the zero time).
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

// Time is the day's date at midnight UTC, or the zero time for 0.
func (d Date) Time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
}
