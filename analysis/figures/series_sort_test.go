package figures

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"
)

// TestSortPoints: sortPoints orders points exactly as a stable sort by
// pointLess does, equal points (same date, document and offset) keeping
// their input order.
func TestSortPoints(t *testing.T) {
	day := func(d int) time.Time {
		if d == 0 {
			return time.Time{}
		}
		return time.Date(2025, 1, d, 0, 0, 0, 0, time.UTC)
	}
	for _, tc := range []struct {
		name string
		n    int
		days int // dates drawn from 0 (undated) to days
		docs int
	}{
		{"empty", 0, 1, 1},
		{"one", 1, 3, 2},
		{"all equal", 50, 0, 1},
		{"few keys", 200, 3, 2},
		{"many keys", 2000, 28, 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(tc.n)))
			pts := make([]Point, tc.n)
			for i := range pts {
				pts[i] = Point{Figure: Figure{Date: day(r.IntN(tc.days + 1)), Doc: fmt.Sprint(r.IntN(tc.docs)),
					Start: r.IntN(3), Text: fmt.Sprint(i)}} // Text: the input order
			}
			want := append([]Point(nil), pts...)
			sort.SliceStable(want, func(i, j int) bool { return pointLess(want[i], want[j]) })
			got := sortPoints(pts)
			if len(got) != len(want) {
				t.Fatalf("%d points, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i].Text != want[i].Text {
					t.Fatalf("point %d is input %s, want input %s", i, got[i].Text, want[i].Text)
				}
			}
		})
	}
}
