package figures

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that the extractor never panics and that every figure
// has valid offsets and a finite value. The seed corpus is every sentence of
// the seed articles, the local cases and quantulum3's errors.json strings
// (inputs that once crashed that parser).
func FuzzExtract(f *testing.F) {
	for _, d := range loadSeeds(f) {
		for _, s := range d.Sentences {
			f.Add(d.Raw[s.Start:s.End])
		}
	}
	for _, c := range localCases {
		f.Add(c.in)
	}
	for _, cs := range [][]extractCase{currencyCases, shareCases, datesListsCases} {
		for _, c := range cs {
			f.Add(c.in)
		}
	}
	var errs []string
	b, err := os.ReadFile(filepath.Join(externalDir, "quantulum3", "errors.json"))
	if err != nil {
		f.Fatal(err)
	}
	if err := json.Unmarshal(b, &errs); err != nil {
		f.Fatal(err)
	}
	for _, s := range errs {
		f.Add(s)
	}
	for _, s := range []string{"", "$", "-", "1/", "($", "between 5 and", "1 234 ", "10 -", "%%", "1e", "twenty-", "a half", "MUSD", "(", "−", "Rs.", "Rs", "1,00,", "5-", "half a", "two-tenths of a", "Oct. 1 to", "1.000.", "₱"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fig := range Extract(s) {
			if fig.Start < 0 || fig.End > len(s) || fig.Start > fig.End || s[fig.Start:fig.End] != fig.Text {
				t.Fatalf("%q: bad offsets [%d,%d) for %q", s, fig.Start, fig.End, fig.Text)
			}
			if fig.NumStart < fig.Start || fig.NumEnd > fig.End || fig.QualStart > fig.Start {
				t.Fatalf("%q: number span [%d,%d) outside [%d,%d)", s, fig.NumStart, fig.NumEnd, fig.Start, fig.End)
			}
			if math.IsNaN(fig.Value) || math.IsInf(fig.Value, 0) {
				t.Fatalf("%q: value %v", s, fig.Value)
			}
			if utf8.ValidString(s) && !utf8.ValidString(fig.Text) {
				t.Fatalf("%q: text %q cut inside a rune", s, fig.Text)
			}
		}
	})
}
