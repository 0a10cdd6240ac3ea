package bundle

import (
	"reflect"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// TestFacetsPart: the part has the three sheets, the chart and the Summary
// lines on sides; without a tally (no attribution) it is empty.
func TestFacetsPart(t *testing.T) {
	if p, _ := FacetsPart(FacetsInput{}, Caption{}); len(p.Tables)+len(p.Charts)+len(p.Summary) != 0 {
		t.Errorf("without a tally: %+v", p)
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	tl := facet.NewTally()
	tl.AddDocument([]phrases.Occurrence{
		{Doc: "a", Date: day("2025-01-10"), Family: "close-neighbors", Speaker: "Xi Jinping", Side: "China"},
		{Doc: "a", Date: day("2025-01-10"), Family: "close-neighbors", Speaker: "Xi Jinping", Side: "China"},
	})
	tl.AddDocument([]phrases.Occurrence{
		{Doc: "b", Date: day("2025-03-02"), Family: "close-neighbors", Speaker: "Lee Jae-myung", Side: "ROK"},
		{Doc: "b", Date: day("2025-03-02"), Family: "new-era", Speaker: "narrator", Side: "narrator"},
	})
	s := &phrases.Summary{Unit: period.Month, Periods: []phrases.PeriodInfo{{Label: "2025-01"}, {Label: "2025-02"}, {Label: "2025-03"}},
		Families: []phrases.FamilyStats{{Name: "new-era"}, {Name: "close-neighbors"}}}
	p, err := FacetsPart(FacetsInput{Tally: tl, Summary: s}, Caption{Corpus: "test"})
	if err != nil {
		t.Fatal(err)
	}
	var sheets []string
	for _, tb := range p.Tables {
		sheets = append(sheets, tb.Title)
	}
	if want := []string{"Families by side", "Reciprocity", "Speakers", "Figures by source"}; !reflect.DeepEqual(sheets, want) {
		t.Errorf("sheets %q, want %q", sheets, want)
	}
	if len(p.Charts) != 1 || p.Charts[0].Name != "families-by-side" || !reflect.DeepEqual(p.Labels["families-by-side"], []string{"close-neighbors"}) {
		t.Errorf("charts %d, labels %v, warnings %v", len(p.Charts), p.Labels, p.Warnings)
	}
	var lines []string
	for _, it := range p.Summary {
		lines = append(lines, it.Section+" | "+it.Field+" | "+it.Value.(string))
	}
	want := []string{
		"Top formula by side | China | close-neighbors: 2 of the side's 2 formula occurrences",
		"Top formula by side | ROK | close-neighbors: 1 of the side's 1 formula occurrences",
		"Families that crossed sides | close-neighbors | China first (2025-01-10), then ROK (2025-03-02)",
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("summary\n got %q\nwant %q", lines, want)
	}
}
