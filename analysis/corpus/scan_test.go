package corpus

import (
	"context"
	"testing"
	"time"
)

func TestScanDates(t *testing.T) {
	got, err := ScanDates(context.Background(), []string{seedDir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	want := DateSpan{First: time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC), Last: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), Dated: 4, Undated: 1}
	if got != want {
		t.Errorf("ScanDates(seeds) = %+v, want %+v", got, want)
	}
	// It agrees with a full load on records and gzip files too.
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.jsonl":  []byte(`{"text":"x y z","date":"2024-05-06"}` + "\n" + `{"text":"no date"}` + "\n"),
		"b.csv":    []byte("date,text\n2022-02-03,\"some text here\"\n"),
		"c.txt.gz": gz(t, " date 2026-01-01 Late text."),
		"d.md":     []byte("---\ntitle: Early\ndate: 2021-06-07\n---\nEarly text."),
		"e.txt":    []byte(" DATE\u00a02027-01-01 Later text."),
		"f.txt":    utf16Bytes(" date 2020-01-01 Wide text.", false, true),
	})
	got, err = ScanDates(context.Background(), []string{dir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if got.First.Format(time.DateOnly) != "2020-01-01" || got.Last.Format(time.DateOnly) != "2027-01-01" || got.Dated != 6 || got.Undated != 1 {
		t.Errorf("ScanDates = %+v", got)
	}
}
