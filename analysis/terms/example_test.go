package terms_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/terms"
)

// Count 1- to 3-grams per year while streaming, then read the top bigrams by
// log-likelihood, a per-period series and the keywords of the latest year.
func Example() {
	c := terms.NewCounter(terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Year})
	_, err := corpus.Stream(context.Background(), []string{"../../seeds"}, corpus.DefaultOptions(),
		func(d *corpus.Document) error { c.Add(d); return nil })
	if err != nil {
		panic(err)
	}
	res, err := c.Result(terms.Query{MinN: 2, MaxN: 2, Measure: terms.ByG2, MinCount: 3, Top: 3})
	if err != nil {
		panic(err)
	}
	for _, t := range res.Terms {
		fmt.Printf("%s: %d, G2 %.1f\n", t.Term, t.Count, t.Assoc.G2)
	}
	var series []string
	for i, p := range res.Series("president xi") {
		series = append(series, fmt.Sprintf("%s:%d", res.Periods[i].Label, p.Count))
	}
	fmt.Println(strings.Join(series, " "))
	k, _ := res.Keyness(terms.KeyQuery{Target: "latest", Top: 1})
	for _, row := range k.Rows {
		fmt.Printf("%s %s in %s\n", row.Term, row.Direction, k.Target)
	}
	// Output:
	// two countries: 16, G2 133.9
	// south korea: 13, G2 92.8
	// close neighbors: 6, G2 64.9
	// 2023:0 2024:0 2025:4 undated:1
	// president xi new in 2025
	// foreign minister gone in 2025
}
