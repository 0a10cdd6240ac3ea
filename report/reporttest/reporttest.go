// Package reporttest compares report folders in tests: dipstat's own
// (report, analyze, merge, report -from, -cache) and the Beam pipeline's,
// which lives in a module of its own and must read reports the same way.
package reporttest

import (
	"encoding/csv"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Tables reads a report folder's data/*.csv by file name, leaving out of
// summary.csv the rows that say how the report was made (Run, Parameters:
// the command line, the times), so that two reports of the same data read
// equal. It fails t when the folder holds fewer than 10 tables.
func Tables(t testing.TB, dir string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "data", "*.csv"))
	if err != nil || len(files) < 10 {
		t.Fatalf("%s: %d tables (%v)", dir, len(files), err)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if filepath.Base(f) == "summary.csv" {
			rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			var keep []string
			for _, row := range rows {
				if row[0] != "Run" && row[0] != "Parameters" {
					keep = append(keep, strings.Join(row, "\x1f"))
				}
			}
			s = strings.Join(keep, "\n")
		}
		out[filepath.Base(f)] = s
	}
	return out
}

// Compare reports on t every table of want that got lacks or holds
// otherwise, with the first line that differs, and a got with more
// tables; what names got in the messages.
func Compare(t testing.TB, what string, got, want map[string]string) {
	t.Helper()
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if got[name] != want[name] {
			t.Errorf("%s: %s differs:\n%s", what, name, FirstDiff(got[name], want[name]))
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d tables, want %d", what, len(got), len(want))
	}
}

// FirstDiff says where got first differs from want, line by line.
func FirstDiff(got, want string) string {
	lg, lw := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(lg), len(lw)) {
		if lg[i] != lw[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got " + lg[i] + "\nwant " + lw[i]
		}
	}
	return strconv.Itoa(len(lg)) + " lines, want " + strconv.Itoa(len(lw))
}
