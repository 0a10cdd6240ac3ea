package period

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestLabel(t *testing.T) {
	tests := []struct {
		u    Unit
		date string
		want string
	}{
		{Day, "2025-06-10", "2025-06-10"},
		{Week, "2025-06-10", "2025-W24"},
		{Week, "2025-01-01", "2025-W01"},
		{Week, "2021-01-03", "2020-W53"},
		{Month, "2025-06-10", "2025-06"},
		{Quarter, "2025-06-10", "2025-Q2"},
		{Quarter, "2025-10-01", "2025-Q4"},
		{Year, "2025-06-10", "2025"},
	}
	for _, tt := range tests {
		if got := tt.u.Label(day(tt.date)); got != tt.want {
			t.Errorf("%v.Label(%s) = %s, want %s", tt.u, tt.date, got, tt.want)
		}
	}
	if got := Month.Label(time.Time{}); got != Undated {
		t.Errorf("zero date label = %q, want %q", got, Undated)
	}
}

func TestStartEnd(t *testing.T) {
	tests := []struct {
		u                Unit
		date, start, end string
	}{
		{Week, "2025-06-10", "2025-06-09", "2025-06-15"},
		{Week, "2025-06-15", "2025-06-09", "2025-06-15"},
		{Month, "2024-02-10", "2024-02-01", "2024-02-29"},
		{Quarter, "2025-11-30", "2025-10-01", "2025-12-31"},
		{Year, "2025-11-30", "2025-01-01", "2025-12-31"},
	}
	for _, tt := range tests {
		if got := tt.u.Start(day(tt.date)); !got.Equal(day(tt.start)) {
			t.Errorf("%v.Start(%s) = %s, want %s", tt.u, tt.date, got.Format(time.DateOnly), tt.start)
		}
		if got := tt.u.End(day(tt.date)); !got.Equal(day(tt.end)) {
			t.Errorf("%v.End(%s) = %s, want %s", tt.u, tt.date, got.Format(time.DateOnly), tt.end)
		}
	}
}

func TestAuto(t *testing.T) {
	tests := []struct {
		first, last string
		want        Unit
	}{
		{"2025-06-10", "2025-06-10", Day},
		{"2025-06-01", "2025-06-20", Day},
		{"2025-01-01", "2025-04-30", Week},
		{"2025-01-01", "2025-12-31", Month},
		{"2023-01-10", "2025-12-31", Quarter},
		{"2010-01-01", "2025-12-31", Year},
		{"1900-01-01", "2025-12-31", Year},
	}
	for _, tt := range tests {
		got := Auto(day(tt.first), day(tt.last))
		if got != tt.want {
			t.Errorf("Auto(%s, %s) = %v, want %v", tt.first, tt.last, got, tt.want)
		}
	}
}

func TestTimeline(t *testing.T) {
	tl := Timeline(Quarter, day("2025-02-03"), day("2025-11-01"))
	var got []string
	for _, p := range tl {
		got = append(got, p.Label)
	}
	want := []string{"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"}
	if len(got) != len(want) {
		t.Fatalf("Timeline = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Timeline = %v, want %v", got, want)
		}
	}
}

func TestParse(t *testing.T) {
	if _, auto, err := Parse("auto"); err != nil || !auto {
		t.Errorf("Parse(auto) = auto %v, err %v", auto, err)
	}
	if u, auto, err := Parse("Quarter"); err != nil || auto || u != Quarter {
		t.Errorf("Parse(Quarter) = %v %v %v", u, auto, err)
	}
	if _, _, err := Parse("fortnight"); err == nil {
		t.Error("Parse(fortnight) succeeded")
	}
}

func TestCheck(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, c := range []struct {
		u           Unit
		first, last string
		err         string
	}{
		{Day, "2023-01-01", "2025-12-31", ""},             // 1,096 days
		{Day, "2012-01-01", "2025-09-08", ""},             // 5,000 days: at the limit
		{Day, "2012-01-01", "2025-09-09", "5001 periods"}, // one more
		{Day, "1900-01-01", "2025-12-31", "by day the dates from 1900-01-01 to 2025-12-31 make 46021 periods, more than 5000"},
		{Week, "1931-01-01", "2025-12-31", ""},
		{Week, "1900-01-01", "2025-12-31", "6575 periods"},
		{Year, "1900-01-01", "2200-12-31", ""},
		{Day, "", "", ""}, // no dates
	} {
		err := Check(c.u, day(c.first), day(c.last))
		if c.err == "" && err != nil || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
			t.Errorf("Check(%s, %s, %s) = %v, want %q", c.u, c.first, c.last, err, c.err)
		}
	}
}
