package pipeline

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// TestFacets: with an attributor, the occurrences and figures carry their
// speaker and side, and the tally of families by side and speaker equals
// one count over every occurrence, whatever the number of workers and
// however few occurrences the list keeps.
func TestFacets(t *testing.T) {
	c := load(t, "../../seeds")
	at := attribution.New(nil, attribution.Options{})
	pr, err := phrases.Analyze(context.Background(), c.Docs, phrases.Options{Aliases: options(1).Aliases,
		Match: phrases.MatchOptions{Context: 40, Attributor: at}, Unit: period.Quarter})
	if err != nil {
		t.Fatal(err)
	}
	want := facet.NewTally()
	for i := 0; i < len(pr.Occurrences); {
		j := i
		for j < len(pr.Occurrences) && pr.Occurrences[j].Doc == pr.Occurrences[i].Doc {
			j++
		}
		want.AddDocument(pr.Occurrences[i:j])
		i = j
	}
	figs := figures.FromCorpusWith(c.Docs, figures.Options{Attributor: at})
	for _, workers := range []int{1, 3} {
		o := options(workers)
		o.Discover = false
		o.Attributor = at
		o.MaxOccurrences = 5
		res, err := Run(context.Background(), fromDocs(c.Docs), o)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res.Occurrences, pr.Occurrences[:5]) {
			t.Errorf("workers=%d: occurrences differ from Analyze's", workers)
		}
		if !reflect.DeepEqual(res.Figures, figs) {
			t.Errorf("workers=%d: figures differ from FromCorpusWith's", workers)
		}
		if res.Facets == nil || !reflect.DeepEqual(res.Facets.SpeakerList(), want.SpeakerList()) {
			t.Errorf("workers=%d: speakers differ from one count", workers)
		}
		if !reflect.DeepEqual(res.Facets.Sides, want.Sides) {
			t.Errorf("workers=%d: families by side differ from one count", workers)
		}
	}
	res, err := Run(context.Background(), fromDocs(c.Docs), options(2))
	if err != nil {
		t.Fatal(err)
	}
	if res.Facets != nil || res.Figures[0].Speaker != "" {
		t.Error("without an attributor: facets or speakers")
	}
}

// TestOneAttributorPlace: the attributor has one place, Options.Attributor;
// Run refuses it in Match.Attributor rather than guessing which one wins.
func TestOneAttributorPlace(t *testing.T) {
	c := load(t, "../../seeds")
	o := options(1)
	o.Match.Attributor = attribution.New(nil, attribution.Options{})
	_, err := Run(context.Background(), fromDocs(c.Docs), o)
	if err == nil || !strings.Contains(err.Error(), "Options.Attributor") {
		t.Errorf("Match.Attributor set: error %v, want one naming Options.Attributor", err)
	}
}
