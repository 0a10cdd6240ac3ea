package facet

import (
	"fmt"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// BenchmarkTally counts documents of 20 attributed occurrences each into a
// tally (what a report's pipeline does per document), then summarizes the
// families by side over months.
func BenchmarkTally(b *testing.B) {
	sides := []string{"China", "ROK", "narrator", "Japan", "unknown"}
	docs := make([][]phrases.Occurrence, 1000)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range docs {
		for j := 0; j < 20; j++ {
			docs[i] = append(docs[i], phrases.Occurrence{Doc: fmt.Sprint(i), Date: day.AddDate(0, 0, i%700),
				Family: fmt.Sprintf("family-%d", (i+j)%50), Side: sides[(i*7+j)%len(sides)], Speaker: fmt.Sprintf("speaker %d", (i+j)%300)})
		}
	}
	labels := Labels(period.Month, day, day.AddDate(0, 0, 700), false)
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		t := NewTally()
		for _, occs := range docs {
			t.AddDocument(occs)
		}
		s := t.Sides.Summarize(period.Month, labels, nil)
		if len(s.Rows) == 0 || len(t.SpeakerList()) == 0 {
			b.Fatal("nothing counted")
		}
		Echoes(t.Sides, nil, 30)
	}
}
