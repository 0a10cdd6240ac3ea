package bundle

import (
	"fmt"
	"math"
	"sort"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/stats"
	"github.com/dipstat/dipstat/report/table"
)

// FamilyKeynessTable is the name of the table (and data/NAME.csv) that
// compares each formula family's rate in the latest period with the
// periods before it.
const FamilyKeynessTable = "family_keyness"

// familyKeyness compares each family's occurrences in the latest dated
// period with documents (the target) with those in every dated period
// before it (the reference), as the Keyness sheet does for terms: rates per
// 10,000 tokens, log-likelihood G2 with its p, the log ratio and LRC.
// Families found on neither side are left out. Rows are rising families
// (new, rising), then falling ones (fading, gone), each by the size of the
// change in rate, then by G2: the families whose rate moved most first,
// with the evidence for the move beside it. It returns nil when there is no
// dated period before the target.
func familyKeyness(s *phrases.Summary) *table.Table {
	tgt := -1
	for i := len(s.Periods) - 1; i >= 0; i-- {
		if p := s.Periods[i]; p.Label != period.Undated && p.Docs > 0 {
			tgt = i
			break
		}
	}
	if tgt < 0 {
		return nil
	}
	var ref []int
	refDocs, refTokens := 0, 0
	for i := range tgt {
		if p := s.Periods[i]; p.Label != period.Undated && p.Tokens > 0 {
			ref = append(ref, i)
			refDocs += p.Docs
			refTokens += p.Tokens
		}
	}
	target := s.Periods[tgt]
	if refTokens == 0 || target.Tokens == 0 {
		return nil
	}
	t := table.New(FamilyKeynessTable, "Formula families in "+target.Label+" against the periods before",
		table.Column{Key: "family", Title: "Family", Width: 22},
		table.Column{Key: "direction", Title: "Direction", Width: 9},
		table.Column{Key: "target", Title: target.Label, Kind: table.Int, Width: 9},
		table.Column{Key: "ref", Title: "Before", Kind: table.Int, Width: 8},
		table.Column{Key: "target_per10k", Title: target.Label + "/10k", Kind: table.Float, Decimals: 2, Width: 12},
		table.Column{Key: "ref_per10k", Title: "Before/10k", Kind: table.Float, Decimals: 2, Width: 10},
		table.Column{Key: "change_per10k", Title: "Change/10k", Kind: table.Float, Decimals: 2, Width: 10},
		table.Column{Key: "g2", Title: "G2", Kind: table.Float, Decimals: 2, Width: 8},
		table.Column{Key: "p", Title: "p", Kind: table.Float, Decimals: 4, Width: 8},
		table.Column{Key: "log_ratio", Title: "Log ratio", Kind: table.Float, Decimals: 2, Width: 9},
		table.Column{Key: "lrc", Title: "LRC", Kind: table.Float, Decimals: 2, Width: 7},
		table.Column{Key: "target_docs", Title: "Docs " + target.Label, Kind: table.Int, Width: 11},
		table.Column{Key: "ref_docs", Title: "Docs before", Kind: table.Int, Width: 11},
	)
	type row struct {
		name     string
		dir      string
		a, b     int
		ad, bd   int
		ra, rb   float64
		key      stats.Key
		positive bool
	}
	var rows []row
	for _, f := range s.Families {
		r := row{name: f.Name, a: f.ByPeriod[tgt].Occurrences, ad: f.ByPeriod[tgt].Docs}
		for _, i := range ref {
			r.b += f.ByPeriod[i].Occurrences
			r.bd += f.ByPeriod[i].Docs
		}
		if r.a+r.b == 0 {
			continue
		}
		r.ra = float64(r.a) * 1e4 / float64(target.Tokens)
		r.rb = float64(r.b) * 1e4 / float64(refTokens)
		r.key = stats.Keyness(float64(r.a), float64(r.b), float64(target.Tokens), float64(refTokens))
		switch {
		case r.b == 0:
			r.dir, r.positive = "new", true
		case r.a == 0:
			r.dir = "gone"
		case r.ra >= r.rb:
			r.dir, r.positive = "rising", true
		default:
			r.dir = "fading"
		}
		rows = append(rows, r)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.positive != b.positive {
			return a.positive
		}
		if da, db := round4(math.Abs(a.ra-a.rb)), round4(math.Abs(b.ra-b.rb)); da != db {
			return da > db
		}
		if a.key.G2 != b.key.G2 {
			return a.key.G2 > b.key.G2
		}
		return a.name < b.name
	})
	for _, r := range rows {
		t.Append(r.name, r.dir, r.a, r.b, round4(r.ra), round4(r.rb), round4(r.ra-r.rb), round4(r.key.G2), round4(r.key.P),
			round4(r.key.LogRatio), round4(r.key.LRC), r.ad, r.bd)
	}
	labels := make([]string, len(ref))
	for k, i := range ref {
		labels[k] = s.Periods[i].Label
	}
	span := labels[0]
	if len(labels) > 1 {
		span = labels[0] + " to " + labels[len(labels)-1]
	}
	t.Notes = append(t.Notes,
		fmt.Sprintf("target %s: %d documents, %d tokens; before: %s, %d periods with %d documents, %d tokens",
			target.Label, target.Docs, target.Tokens, span, len(labels), refDocs, refTokens),
		"families that rose, then those that fell, each by the size of the change; rates per 10,000 tokens; G2 log-likelihood with p (chi-squared, 1 df); LRC is the 95% confidence bound of the log ratio nearest 0 (0: not significant); undated documents are on neither side")
	return t
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
