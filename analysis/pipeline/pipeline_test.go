package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"runtime"
	"testing"
	"unsafe"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/terms"
)

func load(t *testing.T, paths ...string) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(context.Background(), paths, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// generated writes a synthetic corpus of the seeds' sentences into a
// temporary folder and returns the folder.
func generated(t *testing.T, spec corpustest.Spec) string {
	t.Helper()
	sents, err := corpustest.Sentences("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := corpustest.Generate(dir, sents, spec); err != nil {
		t.Fatal(err)
	}
	return dir
}

func fromDocs(docs []*corpus.Document) Stream {
	return func(fn func(*corpus.Document) error) error {
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	}
}

func options(workers int) Options {
	return Options{
		Terms:    terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Quarter},
		Aliases:  corpus.DefaultAliases(),
		Match:    phrases.MatchOptions{Context: 40},
		Discover: true, DiscoverOptions: phrases.DefaultDiscoverOptions(),
		Workers: workers,
	}
}

// termDump renders a counter's full unigram and n-gram results, for comparing.
func termDump(t testing.TB, c *terms.Counter) string {
	t.Helper()
	var b bytes.Buffer
	for _, q := range []terms.Query{{MinN: 1, MaxN: 1, Measure: terms.ByCount}, {MinN: 2, MaxN: 3, Measure: terms.ByCount}} {
		r, err := c.Result(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, tm := range r.Terms {
			fmt.Fprintf(&b, "%+v\n", tm)
		}
		for _, p := range r.Periods {
			fmt.Fprintf(&b, "%+v\n", p)
		}
	}
	return b.String()
}

// TestMatchesSeparatePasses checks that the one-pass pipeline gives what the
// analyses give run one by one over the loaded corpus, whatever the number
// of workers: the shards' merge equals one pass.
func TestMatchesSeparatePasses(t *testing.T) {
	dir := generated(t, corpustest.Spec{Articles: 300, Seed: 3, ZipfWords: 0.3, Undated: 0.05})
	for _, paths := range [][]string{{"../../seeds"}, {dir}} {
		c := load(t, paths...)
		o := options(1)
		one := terms.NewCounter(o.Terms)
		for _, d := range c.Docs {
			one.Add(d)
		}
		pr, err := phrases.Analyze(context.Background(), c.Docs, phrases.Options{Aliases: o.Aliases, Match: o.Match, Unit: period.Quarter,
			Discover: true, DiscoverOptions: o.DiscoverOptions})
		if err != nil {
			t.Fatal(err)
		}
		figs := figures.FromCorpus(c.Docs)
		for _, workers := range []int{1, 3} {
			res, err := Run(context.Background(), fromDocs(c.Docs), options(workers))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := termDump(t, res.Terms), termDump(t, one); got != want {
				t.Errorf("%v workers=%d: terms differ from one pass", paths, workers)
			}
			if !reflect.DeepEqual(res.Occurrences, pr.Occurrences) {
				t.Errorf("%v workers=%d: %d occurrences, want %d as Analyze finds", paths, workers, len(res.Occurrences), len(pr.Occurrences))
			}
			// compared as printed: NaN rates are never DeepEqual
			if got, want := res.Phrases.Summarize(period.Quarter, res.Families), pr.Summary; fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
				t.Errorf("%v workers=%d: family summary differs from Analyze", paths, workers)
			}
			if !reflect.DeepEqual(res.Figures, figs) {
				t.Errorf("%v workers=%d: %d figures, want %d", paths, workers, len(res.Figures), len(figs))
			}
			if len(res.Discovery.Phrases) != len(pr.Discovery.Phrases) {
				t.Errorf("%v workers=%d: %d discovered phrases, want %d", paths, workers, len(res.Discovery.Phrases), len(pr.Discovery.Phrases))
			}
			if res.Docs != len(c.Docs) || len(res.Notes) != 0 {
				t.Errorf("docs %d (want %d), notes %v", res.Docs, len(c.Docs), res.Notes)
			}
		}
	}
}

func TestCapsAndKeep(t *testing.T) {
	c := load(t, "../../seeds")
	o := options(2)
	o.MaxOccurrences, o.MaxFigures = 5, 3
	o.Keep = func(d *corpus.Document) bool { return d.Dated() }
	res, err := Run(context.Background(), fromDocs(c.Docs), o)
	if err != nil {
		t.Fatal(err)
	}
	if res.Docs != 4 || res.Left != 1 {
		t.Errorf("docs %d left %d, want 4 and 1", res.Docs, res.Left)
	}
	if len(res.Occurrences) != 5 || res.OccurrencesTotal <= 5 {
		t.Errorf("%d occurrences kept of %d", len(res.Occurrences), res.OccurrencesTotal)
	}
	if res.Occurrences[0].Doc != c.Docs[0].ID {
		t.Errorf("first occurrence from %s, want the first document", res.Occurrences[0].Doc)
	}
	withSentence := 0
	for _, f := range res.Figures {
		if f.Sentence != "" {
			withSentence++
		}
	}
	if withSentence != 3 || len(res.Figures) <= 3 {
		t.Errorf("%d of %d figures keep their sentence, want 3", withSentence, len(res.Figures))
	}
	if len(res.Notes) != 2 {
		t.Errorf("notes %q, want two caps reported", res.Notes)
	}
}

func TestStopsOnError(t *testing.T) {
	c := load(t, "../../seeds")
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := Run(ctx, func(fn func(*corpus.Document) error) error {
		for _, d := range c.Docs {
			if n == 2 {
				cancel()
			}
			n++
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	}, options(2))
	if err == nil {
		t.Error("cancelled run returned no error")
	}
}

// TestKeepsNoText streams a generated corpus through Run with small list
// caps (and without discovery, whose sample keeps its text by design) and
// checks that what the result keeps is a small fraction of the corpus: the
// occurrences and figures do not pin their documents' text.
func TestKeepsNoText(t *testing.T) {
	sents, err := corpustest.Sentences("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	size, err := corpustest.Generate(dir, sents, corpustest.Spec{Articles: 3000, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	o := options(2)
	o.Discover = false
	o.MaxOccurrences, o.MaxFigures = 100, 100
	// the one-time tables (the traditional-to-simplified dictionary that
	// compiling the Chinese patterns loads) are not the result's: load them first
	phrases.NewMatcher(phrases.DefaultFamilies(), corpus.DefaultAliases(), phrases.MatchOptions{})
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	res, err := Run(context.Background(), func(fn func(*corpus.Document) error) error {
		_, err := corpus.Stream(context.Background(), []string{dir}, corpus.DefaultOptions(), fn)
		return err
	}, o)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	kept := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	// The list of figures itself is what the result is for (issue 22 will
	// stream it); what else it keeps must be small. Retained documents would
	// cost more than the corpus itself (text and tokens).
	list := int64(cap(res.Figures)) * int64(unsafe.Sizeof(figures.Figure{}))
	t.Logf("corpus %d bytes; %d figures (%d bytes of list), %d occurrences; result keeps %d bytes", size, len(res.Figures), list, res.OccurrencesTotal, kept)
	if kept -= list; kept > size/2 {
		t.Errorf("the result keeps %d bytes for a %d-byte corpus: documents are retained", kept, size)
	}
	runtime.KeepAlive(res)
}

// TestRecords checks that Options.Records is handed every occurrence and
// figure in input order, exactly the lists a run without it keeps (with no
// cap), whatever the number of workers, and that its error ends the run.
func TestRecords(t *testing.T) {
	dir := generated(t, corpustest.Spec{Articles: 400, Seed: 5, ZipfWords: 0.3, Undated: 0.05})
	docs := load(t, dir).Docs
	o := options(3)
	o.Discover = false
	o.MaxOccurrences, o.MaxFigures = -1, -1
	want, err := Run(context.Background(), fromDocs(docs), o)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Occurrences) == 0 || len(want.Figures) == 0 {
		t.Fatalf("test corpus too small: %d occurrences, %d figures", len(want.Occurrences), len(want.Figures))
	}
	for _, workers := range []int{1, 2, 5} {
		var occs []phrases.Occurrence
		var figs []figures.Figure
		o := o
		o.Workers = workers
		o.Records = func(os []phrases.Occurrence, fs []figures.Figure) error {
			occs, figs = append(occs, os...), append(figs, fs...)
			return nil
		}
		got, err := Run(context.Background(), fromDocs(docs), o)
		if err != nil {
			t.Fatal(err)
		}
		if got.Occurrences != nil || got.Figures != nil {
			t.Errorf("workers %d: the result keeps lists beside Records", workers)
		}
		if got.OccurrencesTotal != len(want.Occurrences) || got.FiguresTotal != len(want.Figures) {
			t.Errorf("workers %d: totals %d and %d, want %d and %d", workers, got.OccurrencesTotal, got.FiguresTotal, len(want.Occurrences), len(want.Figures))
		}
		if !reflect.DeepEqual(occs, want.Occurrences) {
			t.Errorf("workers %d: Records got %d occurrences, not those of the lists (%d)", workers, len(occs), len(want.Occurrences))
		}
		if !reflect.DeepEqual(figs, want.Figures) {
			t.Errorf("workers %d: Records got %d figures, not those of the lists (%d)", workers, len(figs), len(want.Figures))
		}
	}
	boom := fmt.Errorf("disk full")
	calls := 0
	o.Records = func([]phrases.Occurrence, []figures.Figure) error {
		if calls++; calls == 10 {
			return boom
		}
		return nil
	}
	if _, err := Run(context.Background(), fromDocs(docs), o); err != boom {
		t.Errorf("Records failing: error %v, want %v", err, boom)
	}
	if calls != 10 {
		t.Errorf("Records was called %d times after its error, want none", calls-10)
	}
}

// TestReleaseGivesTheSame: a run that gives each document's tokens back once
// analysed (Options.Release), so that the documents streamed after it are
// built in the same arrays, finds what a run that keeps them finds, on any
// number of workers. Run it with -race: a consumer reading a document
// after its tokens went back is a race with the next document's tokenizer.
func TestReleaseGivesTheSame(t *testing.T) {
	dir := generated(t, corpustest.Spec{Articles: 300, Seed: 5, ZipfWords: 0.3, Undated: 0.05})
	run := func(workers int, release bool) *Result {
		o := options(workers)
		o.Release = release
		o.Attributor = attribution.New(attribution.DefaultActors(), attribution.Options{})
		stream := func(fn func(*corpus.Document) error) error {
			_, err := corpus.Stream(context.Background(), []string{dir}, corpus.DefaultOptions(), fn)
			return err
		}
		res, err := Run(context.Background(), stream, o)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	want := run(1, false)
	for _, workers := range []int{1, 3} {
		got := run(workers, true)
		if termDump(t, got.Terms) != termDump(t, want.Terms) {
			t.Errorf("workers=%d: terms differ", workers)
		}
		if !reflect.DeepEqual(got.Occurrences, want.Occurrences) {
			t.Errorf("workers=%d: %d occurrences, want %d", workers, len(got.Occurrences), len(want.Occurrences))
		}
		if !reflect.DeepEqual(got.Figures, want.Figures) {
			t.Errorf("workers=%d: %d figures, want %d", workers, len(got.Figures), len(want.Figures))
		}
		gf, err := got.Facets.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		wf, err := want.Facets.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gf, wf) {
			t.Errorf("workers=%d: facets differ", workers)
		}
		g, w := got.Discovery, want.Discovery
		if len(g.Phrases) != len(w.Phrases) {
			t.Fatalf("workers=%d: %d discovered phrases, want %d", workers, len(g.Phrases), len(w.Phrases))
		}
		for i := range g.Phrases {
			if a, b := g.Phrases[i], w.Phrases[i]; a.Text != b.Text || a.Count != b.Count || a.Docs != b.Docs || a.Score != b.Score {
				t.Errorf("workers=%d: phrase %d is %q (%d, %d docs), want %q (%d, %d docs)", workers, i, a.Text, a.Count, a.Docs, b.Text, b.Count, b.Docs)
				break
			}
		}
	}
}
