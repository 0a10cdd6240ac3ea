package phrases

import (
	"bufio"
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

var updateDiscover = flag.Bool("update", false, "rewrite testdata/discover.golden with the current results of Discoverer.Run")

// goldenCases are the corpora and options whose whole discovery result
// TestDiscoverGolden pins: the seeds, the development set and the discovery
// held-out set (real wordings: grouping, coordinations, rare words), a
// synthetic corpus (many documents, passages, dates) whole and on a hash
// sample, and other options.
var goldenCases = []struct {
	name   string
	corpus string // seeds, devset, heldout or synth
	opts   func(*DiscoverOptions)
}{
	{"seeds", "seeds", nil},
	{"devset", "devset", nil},
	{"devset-nostem", "devset", func(o *DiscoverOptions) { o.NoStemCore = true }},
	{"devset-min2-max6-docs3", "devset", func(o *DiscoverOptions) { o.MinN, o.MaxN, o.MinDocs = 2, 6, 3 }},
	{"devset-docs1-top300", "devset", func(o *DiscoverOptions) { o.MinDocs, o.GroupTop, o.MinContent = 1, 300, 1 }},
	{"heldout", "heldout", nil},
	{"synth", "synth", nil},
	{"synth-sample", "synth", func(o *DiscoverOptions) { o.MaxWords = 150_000 }},
}

// goldenCorpus loads the documents of a golden case's corpus once.
var goldenCorpus = sync.OnceValues(func() (map[string][]*corpus.Document, error) {
	o := corpus.DefaultOptions()
	o.KeepDuplicates = true
	load := func(paths ...string) ([]*corpus.Document, error) {
		c, err := corpus.Load(context.Background(), paths, o)
		if err != nil {
			return nil, err
		}
		return c.Docs, nil
	}
	txt := func(dir string) []string {
		m, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		return m
	}
	out := map[string][]*corpus.Document{}
	var err error
	if out["seeds"], err = load(seedsDir); err != nil {
		return nil, err
	}
	if out["devset"], err = load(txt("../../testdata/devset")...); err != nil {
		return nil, err
	}
	if out["heldout"], err = load(txt("../../testdata/discover-heldout")...); err != nil {
		return nil, err
	}
	sents, err := corpustest.Sentences(seedsDir, "../../testdata/devset")
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "discover-golden")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if _, err := corpustest.Generate(dir, sents, corpustest.Spec{Articles: 1500, Seed: 7, ZipfWords: 0.3, VocabSize: 20000, Undated: 0.05}); err != nil {
		return nil, err
	}
	out["synth"], err = load(dir)
	return out, err
})

// TestDiscoverGolden checks that Run gives, on each of goldenCases, exactly
// the result it gave when testdata/discover.golden was written (go test
// -run TestDiscoverGolden -update): every phrase and candidate family with
// every field, scores and features to the bit, in order. The file holds a
// digest of each result's dump (see dumpDiscovery); on a difference the
// dump is written to the temporary directory, to compare with one written
// by the code before (-update writes the dumps there too).
func TestDiscoverGolden(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, err := goldenCorpus()
	if err != nil {
		t.Fatal(err)
	}
	const file = "testdata/discover.golden"
	want := map[string]string{}
	if !*updateDiscover {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && !strings.HasPrefix(line, "#") {
				want[f[0]] = line
			}
		}
	}
	var lines []string
	for _, gc := range goldenCases {
		o := DefaultDiscoverOptions()
		if gc.opts != nil {
			gc.opts(&o)
		}
		res := discover(t, docs[gc.corpus], o)
		h := sha256.New()
		dumpDiscovery(h, res)
		line := fmt.Sprintf("%s %x phrases=%d candidates=%d", gc.name, h.Sum(nil), len(res.Phrases), len(res.Candidates))
		lines = append(lines, line)
		if !*updateDiscover && want[gc.name] == line {
			continue
		}
		path := filepath.Join(os.TempDir(), "discover-golden-"+gc.name+".txt")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		dumpDiscovery(w, res)
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		if !*updateDiscover {
			t.Errorf("%s: got %s\nwant %s\n(the dump is in %s)", gc.name, line, want[gc.name], path)
		}
	}
	if *updateDiscover {
		text := "# TestDiscoverGolden: name, SHA-256 of the dump of Discoverer.Run's result, sizes\n" + strings.Join(lines, "\n") + "\n"
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// dumpDiscovery writes every field of a discovery result, floats exactly.
func dumpDiscovery(w io.Writer, d *Discovery) {
	fl := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	tm := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.Format(time.RFC3339)
	}
	fmt.Fprintf(w, "options %+v\n", d.Options)
	fmt.Fprintf(w, "docs %d tokens %d words %d seen %d seentokens %d sample %d warnings %q\n",
		d.Docs, d.Tokens, d.Words, d.Seen, d.SeenTokens, d.Sample, d.Warnings)
	for i := range d.Phrases {
		p := &d.Phrases[i]
		fmt.Fprintf(w, "phrase %d %q n=%d count=%d docs=%d first=%s last=%s kind=%s score=%s known=%q periods=%d candidate=%d\n",
			i, p.Text, p.N, p.Count, p.Docs, tm(p.First), tm(p.Last), p.Kind, fl(p.Score), p.Known, p.Periods, p.Candidate)
		fs := make([]string, len(p.Features))
		for k, x := range p.Features {
			fs[k] = fl(x)
		}
		fmt.Fprintf(w, "  features %s\n", strings.Join(fs, " "))
		e := p.Example
		fmt.Fprintf(w, "  example %q %s %q %q %q %d-%d sent %d-%d %q\n", e.Doc, tm(e.Date), e.Family, e.Variant, e.Text, e.Start, e.End, e.SentStart, e.SentEnd, e.Sentence)
		fmt.Fprintf(w, "  docids %q\n", p.DocIDs)
	}
	for i := range d.Candidates {
		c := &d.Candidates[i]
		fmt.Fprintf(w, "candidate %d %q core=%q phrases=%v docs=%d count=%d kind=%s score=%s known=%q first=%s last=%s periods=%d\n",
			i, c.Name, c.Core, c.Phrases, c.Docs, c.Count, c.Kind, fl(c.Score), c.Known, tm(c.First), tm(c.Last), c.Periods)
	}
}
