package figures_test

import (
	"fmt"
	"time"

	"github.com/dipstat/dipstat/analysis/figures"
)

func ExampleExtractDated() {
	text := "Bilateral personnel exchanges exceeded 6.65 million visits in the first 10 months of this year, up 24.5 percent year-on-year."
	for _, f := range figures.ExtractDated(text, time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)) {
		fmt.Printf("%s | %g %s | %s | %s | %s | %s\n", f.Text, f.Value, f.Unit, f.Kind, f.Qualifier, f.Subject, f.Period)
	}
	// Output:
	// 6.65 million visits | 6.65e+06 visits | count | more than | Bilateral personnel exchanges | 2025-01/2025-10
	// 24.5 percent | 24.5 % | percent | up | Bilateral personnel exchanges | 2025-01/2025-10
}

func ExampleSeries() {
	var figs []figures.Figure
	for i, text := range []string{
		"Bilateral trade volume reached $298.9 billion in 2024.",
		"Trade volume between the two countries hit $310.7 billion in 2024.",
	} {
		for _, f := range figures.Extract(text) {
			f.Doc = fmt.Sprint("doc", i+1)
			figs = append(figs, f)
		}
	}
	for _, s := range figures.Series(figs) {
		fmt.Println(s.Key, len(s.Points), s.Conflicts)
	}
	// Output:
	// USD|trade 2 [2024: $298.9 billion (doc1) vs $310.7 billion (doc2)]
}
