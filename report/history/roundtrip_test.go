package history

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/report/table"
)

// TestCSVRoundTrip: a report's tables compared with the same tables read
// back from the data/*.csv it wrote show no change, large and fractional
// values included: the current run's snapshot (from tables) and the
// previous run's (from CSV) must agree cell for cell.
func TestCSVRoundTrip(t *testing.T) {
	figs := figures.Extract("Trade reached $298.9 billion, up 24.5 percent, and 6.65 million visits; emissions fell by 0.000123 tonnes.")
	ft := table.Figures(figs)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "data", ft.Name+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := table.WriteCSV(f, ft); err != nil {
		t.Fatal(err)
	}
	f.Close()
	prev, err := ReadSnapshot(dir)
	if err != nil {
		t.Fatal(err)
	}
	cur, err := FromTables("now", ft)
	if err != nil {
		t.Fatal(err)
	}
	ch := mustCompare(t, prev, cur)
	if len(ch.NewFigures) != 0 || len(ch.ChangedFigures) != 0 {
		t.Errorf("the same figures read back from CSV compare as new %v or changed %v", ch.NewFigures, ch.ChangedFigures)
	}
}
