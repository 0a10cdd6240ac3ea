package history

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkCompare compares two snapshots the size of the 200k synthetic
// corpus: 200,000 documents and a million figures each, 1% new.
func BenchmarkCompare(b *testing.B) {
	mk := func(from, n int) Snapshot {
		s := Snapshot{Report: fmt.Sprint(from), Has: map[string]bool{DocumentsTable: true, FiguresTable: true, FamiliesTable: true}}
		day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := from; i < from+n; i++ {
			id := fmt.Sprintf("%07d", i)
			s.Documents = append(s.Documents, Document{ID: id, File: id + ".txt", Status: "ok"})
			for k := 0; k < 5; k++ {
				s.Figures = append(s.Figures, Figure{Subject: fmt.Sprintf("subject %d", (i*5+k)%5000), Kind: "money",
					Unit: "USD", Value: float64(i % 977), Doc: id, Date: day.AddDate(0, 0, i%900)})
			}
		}
		for f := 0; f < 20; f++ {
			s.Families = append(s.Families, Family{Name: fmt.Sprint("family ", f), Per10k: float64(f*n%97) / 10})
		}
		return s
	}
	prev, cur := mk(0, 200000), mk(2000, 200000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := Compare(prev, cur)
		if err != nil {
			b.Fatal(err)
		}
		if len(c.NewDocuments) != 2000 {
			b.Fatalf("%d new documents", len(c.NewDocuments))
		}
	}
}
