package main

import (
	"testing"
	"time"
)

func TestWindow(t *testing.T) {
	now := time.Date(2026, 11, 21, 13, 0, 0, 0, time.UTC)
	d := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	tests := []struct {
		w        windowFlags
		from, to string // "" = open
		err      bool
	}{
		{windowFlags{}, "", "", false},
		{windowFlags{since: "2025-01-01"}, "2025-01-01", "", false},
		{windowFlags{until: "2025-12-31"}, "", "2026-01-01", false},
		{windowFlags{last: "12m"}, "2025-11-22", "2026-11-22", false},
		{windowFlags{last: "90d"}, "2026-08-24", "2026-11-22", false},
		{windowFlags{last: "2w", until: "2025-06-30"}, "2025-06-17", "2025-07-01", false},
		{windowFlags{last: "1y"}, "2025-11-22", "2026-11-22", false},
		{windowFlags{since: "2025-01-01", last: "3m"}, "", "", true},
		{windowFlags{since: "2025-02-01", until: "2025-01-01"}, "", "", true},
		{windowFlags{last: "0d"}, "", "", true},
		{windowFlags{last: "m"}, "", "", true},
		{windowFlags{since: "01/02/2025"}, "", "", true},
	}
	for _, tc := range tests {
		w, err := tc.w.window(now)
		if (err != nil) != tc.err {
			t.Errorf("%+v: err %v", tc.w, err)
			continue
		}
		if tc.err {
			continue
		}
		if (tc.from == "" && !w.From.IsZero()) || (tc.from != "" && !w.From.Equal(d(tc.from))) ||
			(tc.to == "" && !w.To.IsZero()) || (tc.to != "" && !w.To.Equal(d(tc.to))) {
			t.Errorf("%+v: window %v..%v, want %s..%s", tc.w, w.From, w.To, tc.from, tc.to)
		}
	}
	w := window{From: d("2025-01-01"), To: d("2025-02-01")}
	for s, want := range map[string]bool{"2024-12-31": false, "2025-01-01": true, "2025-01-31": true, "2025-02-01": false} {
		if w.Contains(d(s)) != want {
			t.Errorf("Contains(%s) != %v", s, want)
		}
	}
	if w.Contains(time.Time{}) || !(window{}).Contains(time.Time{}) {
		t.Error("undated documents: outside a set window, inside no window")
	}
	if w.String() != "2025-01-01..2025-01-31" || (window{}).String() != "all dates" {
		t.Errorf("String: %s", w)
	}
}
