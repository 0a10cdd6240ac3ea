package phrases

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

func discover(t testing.TB, docs []*corpus.Document, o DiscoverOptions) *Discovery {
	t.Helper()
	dc, err := NewDiscoverer(corpus.DefaultAliases(), o)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		dc.Add(d)
	}
	return dc.Run()
}

// TestDiscoverSeedsCloseNeighbors: the close-neighbors formula is found
// across at least four seeds and its variants are grouped.
func TestDiscoverSeedsCloseNeighbors(t *testing.T) {
	docs := seeds(t)
	res := discover(t, docs, DefaultDiscoverOptions())
	ci := -1
	for i, p := range res.Phrases {
		if p.Text == "are close neighbors" {
			if p.Docs < 4 || len(p.DocIDs) != p.Docs {
				t.Errorf("are close neighbors: %d docs %v", p.Docs, p.DocIDs)
			}
			ci = p.Candidate
			ex := p.Example
			if ex.Doc != docs[0].ID || docs[0].Raw[ex.Start:ex.End] != ex.Text || !strings.Contains(ex.Sentence, ex.Text) {
				t.Errorf("example not traceable: %+v", ex)
			}
			if i > 3 {
				t.Errorf("ranked %d", i)
			}
		}
	}
	if ci < 0 {
		t.Fatal("close-neighbors phrase not in a candidate family")
	}
	c := res.Candidates[ci]
	if c.Docs < 4 {
		t.Errorf("candidate family %q spans %d documents", c.Name, c.Docs)
	}
	var members []string
	for _, m := range c.Phrases {
		members = append(members, res.Phrases[m].Text)
	}
	for _, want := range []string{"china and south korea are close neighbors that", "are close neighbors with"} {
		if !strings.Contains(strings.Join(members, "|"), want) {
			t.Errorf("candidate family lacks %q: %q", want, members)
		}
	}
	for _, p := range res.Phrases {
		if p.Text == "close neighbors that" || p.Text == "are close neighbors that" {
			t.Errorf("%q is nested in a longer phrase with the same documents", p.Text)
		}
	}
}

// TestDiscoverKeepLongest checks maximality, ranking, passages longer than
// MaxN and the minimum support on a small corpus.
func TestDiscoverKeepLongest(t *testing.T) {
	long := "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu"
	docs := docsOf(t,
		" date 2024-01-05 The leaders praised true multilateralism today. "+long+".",
		" date 2024-03-01 Both sides praised true multilateralism again. "+long+".",
		" date 2024-03-09 Everyone praised true multilateralism. Nobody praised it twice.",
		" date 2025-02-01 Nobody praised it twice.")
	res := discover(t, docs, DefaultDiscoverOptions())
	var got []string
	for _, p := range res.Phrases {
		got = append(got, p.Text)
	}
	want := []string{"praised true multilateralism", long, "nobody praised it twice"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	if p := res.Phrases[1]; p.N != 13 || p.Docs != 2 || p.Count != 2 {
		t.Errorf("passage %+v", p)
	}
	var labels []string
	for _, np := range res.NewByPeriod(period.Year) {
		labels = append(labels, np.Label)
	}
	if !reflect.DeepEqual(labels, []string{"2024"}) {
		t.Errorf("new by period %v", labels)
	}
	o := DefaultDiscoverOptions()
	o.MinDocs = 3
	res = discover(t, docs, o)
	if len(res.Phrases) != 1 || res.Phrases[0].Text != "praised true multilateralism" || res.Phrases[0].Docs != 3 {
		t.Errorf("min docs 3: %+v", res.Phrases)
	}
}

func TestDiscoverOptionsCheck(t *testing.T) {
	for _, o := range []DiscoverOptions{{MinN: 1, MaxN: 3, MinDocs: 2}, {MinN: 4, MaxN: 3, MinDocs: 2}, {MinN: 3, MaxN: 10}} {
		if _, err := NewDiscoverer(nil, o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}

func TestEditDistance(t *testing.T) {
	if d := editDistance([]int32{1, 2, 3, 4}, []int32{1, 3, 4, 5}); d != 2 {
		t.Errorf("got %d", d)
	}
}
