package figures

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestSeries(t *testing.T) {
	var figs []Figure
	add := func(doc, date, text string) {
		for _, f := range ExtractDated(text, day(date)) {
			f.Doc = doc
			figs = append(figs, f)
		}
	}
	add("c", "2025-12-31", "Bilateral trade volume reached $298.9 billion during the January-November period this year.")
	add("a", "2023-01-10", "Bilateral trade hit $362.3 billion in 2022, up 0.1 percent.")
	add("b", "2024-06-01", "Trade volume between the two countries reached 310.7 billion U.S. dollars in 2023.")
	add("d", "2025-12-20", "The bilateral trade volume was $301.5 billion in the January-November period this year.")
	add("e", "2025-12-01", "Personnel exchanges exceeded 6.65 million visits in the first 10 months of this year.")
	add("f", "2025-11-01", "Bilateral personnel exchanges reached 5.9 million visits in the first nine months.")
	add("g", "2025-01-01", "They marked the 30th anniversary.")
	add("c", "2025-12-31", "Again: bilateral trade volume reached $298.9 billion during the January-November period this year.")
	series := Series(figs)
	byKey := map[string]FigureSeries{}
	for _, s := range series {
		byKey[s.Key] = s
	}
	trade, ok := byKey["USD|trade"]
	if !ok {
		t.Fatalf("no trade series in %v", keys(series))
	}
	if len(trade.Points) != 4 {
		t.Fatalf("trade series has %d points", len(trade.Points))
	}
	var docs []string
	for _, p := range trade.Points {
		docs = append(docs, p.Doc)
	}
	if strings.Join(docs, ",") != "a,b,d,c" {
		t.Errorf("trade points in order %v, want by date a,b,d,c", docs)
	}
	if len(trade.Conflicts) != 1 || !trade.Points[2].Conflict || !trade.Points[3].Conflict || trade.Points[0].Conflict {
		t.Errorf("conflicts %v, flags %v %v %v %v", trade.Conflicts, trade.Points[0].Conflict, trade.Points[1].Conflict, trade.Points[2].Conflict, trade.Points[3].Conflict)
	}
	visits, ok := byKey["count:visit|personnel exchang"]
	if !ok || len(visits.Points) != 2 || len(visits.Conflicts) != 0 {
		t.Errorf("visits series: %+v (keys %v)", visits, keys(series))
	}
	for _, s := range series {
		if s.Kind == Ordinal {
			t.Errorf("ordinal series %s without IncludeOrdinals", s.Key)
		}
	}
	if n := len(GroupSeries(figs, SeriesOptions{IncludeOrdinals: true})); n != len(series)+1 {
		t.Errorf("IncludeOrdinals: %d series, want %d", n, len(series)+1)
	}
	if n := len(GroupSeries(figs, SeriesOptions{MinPoints: 2})); n != 2 {
		t.Errorf("MinPoints 2: %d series, want 2 (%v)", n, keys(GroupSeries(figs, SeriesOptions{MinPoints: 2})))
	}
}

func keys(ss []FigureSeries) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Key)
	}
	return out
}

func TestSubjectKey(t *testing.T) {
	cases := map[string]string{
		"bilateral trade volume":                          "trade",
		"Bilateral trade":                                 "trade",
		"trade volume":                                    "trade",
		"bilateral personnel exchanges":                   "personnel exchang",
		"people-to-people exchanges":                      "personnel exchang",
		"carbon dioxide emissions":                        "co2 emiss",
		"CO2 emissions":                                   "co2 emiss",
		"volume of trade":                                 "trade",
		"number of Chinese tourists visiting South Korea": "chines tourist",
		"Chinese tourists":                                "chines tourist",
		"":                                                "",
	}
	for in, want := range cases {
		if got := SubjectKey(in); got != want {
			t.Errorf("SubjectKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestConflictsRepeated: a value cited by many articles and one article
// citing another value for the same period give one conflict, naming how
// many documents cite each, and every point is flagged.
func TestConflictsRepeated(t *testing.T) {
	var figs []Figure
	for i := 0; i < 1000; i++ {
		f := Extract("Bilateral trade volume reached $298.9 billion in 2024.")[0]
		f.Doc = fmt.Sprintf("d%04d", i)
		figs = append(figs, f)
	}
	odd := Extract("Bilateral trade volume reached $310 billion in 2024.")[0]
	odd.Doc = "odd"
	figs = append(figs, odd)
	series := GroupSeries(figs, SeriesOptions{})
	if len(series) != 1 {
		t.Fatalf("%d series, want 1", len(series))
	}
	s := series[0]
	if len(s.Conflicts) != 1 || !strings.Contains(s.Conflicts[0], "and 999 more") {
		t.Errorf("conflicts %q, want one naming 999 more documents", s.Conflicts)
	}
	for _, p := range s.Points {
		if !p.Conflict {
			t.Fatalf("point of %s not flagged", p.Doc)
		}
	}
}
