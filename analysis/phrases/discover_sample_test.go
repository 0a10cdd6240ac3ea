package phrases

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// synthDir writes n short synthetic articles (2023-2025, some invented words)
// and returns their folder.
func synthDir(t testing.TB, n int) string {
	t.Helper()
	sents, err := corpustest.Sentences(seedsDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	spec := corpustest.Spec{Articles: n, Seed: 7, MinSent: 4, MaxSent: 10, ZipfWords: 0.3, VocabSize: 5000, Undated: 0.05}
	if _, err := corpustest.Generate(dir, sents, spec); err != nil {
		t.Fatal(err)
	}
	return dir
}

func synthDocs(t testing.TB, n int) []*corpus.Document {
	t.Helper()
	o := corpus.DefaultOptions()
	o.KeepDuplicates = true
	c, err := corpus.Load(context.Background(), []string{synthDir(t, n)}, o)
	if err != nil {
		t.Fatal(err)
	}
	return c.Docs
}

func totalWords(t testing.TB, docs []*corpus.Document) int {
	o := DefaultDiscoverOptions()
	o.MaxWords = -1
	dc, err := NewDiscoverer(corpus.DefaultAliases(), o)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		dc.Add(d)
	}
	return dc.words
}

// orderFree is what a Discovery must share whatever order its documents were
// added in: everything but the example (the first occurrence in input order)
// and the order of the document lists.
type orderFree struct {
	Docs, Tokens, Words, Seen, SeenTokens, Sample int
	Phrases                                       []Phrase
	Candidates                                    []Candidate
}

func orderFreeOf(t *testing.T, d *Discovery, byID map[string]*corpus.Document) orderFree {
	t.Helper()
	out := orderFree{d.Docs, d.Tokens, d.Words, d.Seen, d.SeenTokens, d.Sample, nil, d.Candidates}
	for _, p := range d.Phrases {
		ex := p.Example
		doc := byID[ex.Doc]
		if doc == nil || doc.Raw[ex.Start:ex.End] != ex.Text || doc.Raw[ex.SentStart:ex.SentEnd] != ex.Sentence {
			t.Fatalf("%q: example not traceable: %+v", p.Text, ex)
		}
		if p.DocIDs != nil && !slices.Contains(p.DocIDs, ex.Doc) {
			t.Fatalf("%q: example document %s not among %v", p.Text, ex.Doc, p.DocIDs)
		}
		p.Example, p.ids, p.docs = Occurrence{}, nil, nil
		p.DocIDs = slices.Sorted(slices.Values(p.DocIDs))
		out.Phrases = append(out.Phrases, p)
	}
	return out
}

// TestDiscoverSampleOrderFree: with a small budget, discovery runs on the
// same hash sample, and finds the same phrases, whatever the input order.
func TestDiscoverSampleOrderFree(t *testing.T) {
	docs := synthDocs(t, 300)
	byID := map[string]*corpus.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	o := DefaultDiscoverOptions()
	o.MaxWords = totalWords(t, docs) / 5
	forward := discover(t, docs, o)
	if forward.Sample < 8 || forward.Words > o.MaxWords || forward.Seen != len(docs) || forward.Docs >= len(docs)/4 {
		t.Fatalf("sample 1/%d: %d of %d documents, %d words (budget %d)", forward.Sample, forward.Docs, forward.Seen, forward.Words, o.MaxWords)
	}
	if len(forward.Phrases) < 20 || len(forward.Candidates) == 0 {
		t.Fatalf("sample too small to test: %d phrases, %d candidate families", len(forward.Phrases), len(forward.Candidates))
	}
	t.Logf("1/%d sample: %d of %d documents, %d words (budget %d), %d phrases, %d candidate families",
		forward.Sample, forward.Docs, forward.Seen, forward.Words, o.MaxWords, len(forward.Phrases), len(forward.Candidates))
	want := orderFreeOf(t, forward, byID)
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	interleaved := make([]*corpus.Document, 0, len(docs)) // odd positions, then even
	for _, start := range []int{1, 0} {
		for i := start; i < len(docs); i += 2 {
			interleaved = append(interleaved, docs[i])
		}
	}
	for name, order := range map[string][]*corpus.Document{"reversed": reversed, "interleaved": interleaved} {
		got := orderFreeOf(t, discover(t, order, o), byID)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s order: discovery differs", name)
			for i := range min(len(got.Phrases), len(want.Phrases)) {
				if !reflect.DeepEqual(got.Phrases[i], want.Phrases[i]) {
					t.Errorf("first difference at %d:\n got %+v\nwant %+v", i, got.Phrases[i], want.Phrases[i])
					break
				}
			}
		}
	}
}

// TestDiscoverNoSampleUnchanged: under the budget nothing is sampled, and
// the default budget, a larger one and none give the same discovery.
func TestDiscoverNoSampleUnchanged(t *testing.T) {
	for name, docs := range map[string][]*corpus.Document{"seeds": seeds(t), "synthetic": synthDocs(t, 120)} {
		base := discover(t, docs, DefaultDiscoverOptions())
		if base.Sample != 1 || base.Warnings != nil || base.Docs != len(docs) || base.Seen != len(docs) || base.SeenTokens != base.Tokens {
			t.Errorf("%s: sampled without need: %+v", name, base)
		}
		total := totalWords(t, docs)
		if base.Words != total {
			t.Errorf("%s: %d words, want %d", name, base.Words, total)
		}
		for _, budget := range []int{-1, total, 1 << 40} {
			o := DefaultDiscoverOptions()
			o.MaxWords = budget
			got := discover(t, docs, o)
			got.Options = base.Options
			if !reflect.DeepEqual(got, base) {
				t.Errorf("%s: budget %d changes the discovery", name, budget)
			}
		}
	}
}

// TestDiscoverSampleBudget streams many documents through a small budget: the
// words kept never exceed it, the kept documents are exactly those below the
// final threshold, spread over the whole date range, and the vocabulary holds
// only their terms.
func TestDiscoverSampleBudget(t *testing.T) {
	const budget = 6000
	o := DefaultDiscoverOptions()
	o.MaxWords = budget
	dc, err := NewDiscoverer(corpus.DefaultAliases(), o)
	if err != nil {
		t.Fatal(err)
	}
	var hashes []uint64
	copt := corpus.DefaultOptions()
	copt.KeepDuplicates = true
	_, err = corpus.Stream(context.Background(), []string{synthDir(t, 800)}, copt, func(d *corpus.Document) error {
		dc.Add(d)
		hashes = append(hashes, docHash(d.ID))
		if dc.words > budget {
			t.Fatalf("after %d documents: %d words kept, budget %d", dc.seen, dc.words, budget)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, h := range hashes {
		if dc.keeps(h) {
			want++
		}
	}
	if dc.sample() < 16 || len(dc.docs) != want || dc.words < budget/4 {
		t.Fatalf("1/%d sample: %d documents kept (want %d), %d words", dc.sample(), len(dc.docs), want, dc.words)
	}
	years := map[int]int{}
	distinct := map[int32]bool{}
	for _, d := range dc.docs {
		if !d.date.IsZero() {
			years[d.date.Year()]++
		}
		for _, id := range d.seq {
			if id >= 0 {
				distinct[id] = true
			}
		}
	}
	if len(years) != 3 {
		t.Errorf("sample not spread over 2023-2025: %v", years)
	}
	if len(distinct) != len(dc.terms) || len(dc.ids) != len(dc.terms) {
		t.Errorf("vocabulary of %d terms (%d in the index), the sample uses %d", len(dc.terms), len(dc.ids), len(distinct))
	}
	res := dc.Run()
	if res.Seen != len(hashes) || res.Docs != want || res.Sample != dc.sample() || res.Words > budget || len(res.Warnings) != 1 {
		t.Errorf("discovery reports %d of %d documents, 1/%d, %d words", res.Docs, res.Seen, res.Sample, res.Words)
	}
}

// TestRecurring checks the first-level filter against a plain count of the
// documents of every n-gram.
func TestRecurring(t *testing.T) {
	docs := synthDocs(t, 60)
	dc, err := NewDiscoverer(corpus.DefaultAliases(), DefaultDiscoverOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		dc.Add(d)
	}
	for _, minDocs := range []int{2, 3, 5} {
		docsOf := map[uint64]map[int]bool{}
		for di, d := range dc.docs {
			for i := 0; i+3 <= len(d.seq); i++ {
				if slices.Contains(d.seq[i:i+3], -1) {
					continue
				}
				k := hashIDs(d.seq[i : i+3])
				if docsOf[k] == nil {
					docsOf[k] = map[int]bool{}
				}
				docsOf[k][di] = true
			}
		}
		var want []uint64
		for k, ds := range docsOf {
			if len(ds) >= minDocs {
				want = append(want, k)
			}
		}
		slices.Sort(want)
		// one shard, and three (the lists merged)
		third := len(dc.docs) / 3
		for _, sh := range [][]shard{{{0, len(dc.docs)}}, {{0, third}, {third, 2 * third}, {2 * third, len(dc.docs)}}} {
			var got []uint64
			rec := dc.recurring(3, minDocs, sh, dc.prefixes(sh))
			for i, v := range rec.vals {
				if v != 0 {
					got = append(got, rec.keys[i])
				}
			}
			slices.Sort(got)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("min docs %d, %d shards: %d recurring 3-grams, want %d", minDocs, len(sh), len(got), len(want))
			}
		}
	}
	if dc.recurring(3, 1, dc.shards(), dc.prefixes(dc.shards())) != nil {
		t.Error("min docs 1 filters")
	}
}
