package period

import (
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	for _, c := range []struct {
		in   time.Time
		want Date
	}{
		{time.Time{}, 0},
		{time.Date(2025, 6, 10, 23, 59, 0, 0, time.UTC), 20250610},
		{time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC), 19991231},
	} {
		d := DateOf(c.in)
		if d != c.want {
			t.Errorf("DateOf(%v) = %d, want %d", c.in, d, c.want)
		}
		y, m, dd := c.in.Date()
		if back := d.Time(); c.in.IsZero() != back.IsZero() || !c.in.IsZero() && back != time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) {
			t.Errorf("%d.Time() = %v", d, back)
		}
	}
	if DateOf(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)) >= DateOf(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("dates do not sort as days")
	}
}
