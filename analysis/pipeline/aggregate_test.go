package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/analysis/internal/wire"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// analyze is what dipstat analyze does: one streamed pass, kept as an
// aggregate.
func analyze(t *testing.T, o Options, paths ...string) *Aggregate { return analyzeF(t, o, paths...) }

func analyzeF(t testing.TB, o Options, paths ...string) *Aggregate {
	t.Helper()
	co := corpus.DefaultOptions()
	co.KeepPrints, co.HashInputs = true, true
	o.KeepSample = true
	var listing *corpus.Listing
	res, err := Run(context.Background(), func(fn func(*corpus.Document) error) error {
		l, err := corpus.Stream(context.Background(), paths, co, fn)
		listing = l
		return err
	}, o)
	if err != nil {
		t.Fatal(err)
	}
	a, err := NewAggregate(res, listing, SettingsOf(o, [][2]string{{"stem", "false"}}, ""), paths)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func encoded(t *testing.T, a *Aggregate) *Aggregate {
	t.Helper()
	b, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var d Aggregate
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return &d
}

// dump prints everything a report shows of an aggregate.
func dump(t testing.TB, a *Aggregate) string {
	t.Helper()
	var b strings.Builder
	res := a.Result()
	b.WriteString(termDump(t, res.Terms))
	fmt.Fprintf(&b, "%+v\n", res.Phrases.Summarize(period.Quarter, res.Families))
	for _, o := range res.Occurrences {
		fmt.Fprintf(&b, "%+v\n", o)
	}
	for _, f := range res.Figures {
		fmt.Fprintf(&b, "%+v\n", f)
	}
	if d := res.Discovery; d != nil { // (not Phrase.ids: term numbers depend on the order terms were seen)
		fmt.Fprintf(&b, "%+v %d %d %d %d %d %d %q %+v\n", d.Options, d.Docs, d.Tokens, d.Words, d.Seen, d.SeenTokens, d.Sample, d.Warnings, d.Candidates)
		for _, p := range d.Phrases {
			fmt.Fprintf(&b, "%s %d %d %d %v %v %+v %v %d\n", p.Text, p.N, p.Count, p.Docs, p.First, p.Last, p.Example, p.DocIDs, p.Candidate)
		}
	}
	fmt.Fprintf(&b, "%d %d %d %q\n", res.Docs, res.Left, res.OccurrencesTotal, res.Notes)
	for _, e := range a.Listing.Entries {
		fmt.Fprintf(&b, "%+v\n", e)
	}
	fmt.Fprintf(&b, "%+v\n%+v\n", a.Listing.Warnings, a.Listing.Inputs)
	return b.String()
}

func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
			out = append(out, p)
		}
		return nil
	})
	slices.Sort(out)
	return out
}

// firstDiff shows where two dumps part.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n got %.300s\nwant %.300s", i, la[i], lb[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(la), len(lb))
}

// TestMergeEqualsOnePass: the aggregates of parts of a corpus, encoded,
// decoded and merged in any order, are the aggregate of the whole.
func TestMergeEqualsOnePass(t *testing.T) {
	dir := generated(t, corpustest.Spec{Articles: 120, Seed: 3, ZipfWords: 0.3, Undated: 0.05})
	// two files named alike in sub-folders, one ID
	for _, sub := range []string{"a", "b"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
		os.WriteFile(filepath.Join(dir, sub, "0000007.txt"), []byte(" date 2024-05-0"+map[string]string{"a": "1", "b": "2"}[sub]+
			" The "+sub+" file: China and Vietnam, close neighbors, signed deals worth $3.2 billion."), 0o644)
	}
	o := options(2)
	o.MaxOccurrences, o.MaxFigures = 60, 150
	whole := analyze(t, o, dir)
	want := dump(t, whole)
	if !strings.Contains(want, "0000007~2") || !strings.Contains(want, "concordance lists the first 60") || !strings.Contains(want, "without their sentence") {
		t.Fatal("the corpus does not exercise renaming and the caps")
	}
	if got := dump(t, encoded(t, whole)); got != want {
		t.Fatalf("decoded aggregate differs: %s", firstDiff(got, want))
	}
	fs := files(t, dir)
	parts := map[string][][]string{
		"halves":             {fs[:len(fs)/2], fs[len(fs)/2:]},
		"thirds, last first": {fs[2*len(fs)/3:], fs[len(fs)/3 : 2*len(fs)/3], fs[:len(fs)/3]},
		"odd and even":       {odd(fs, 1), odd(fs, 0)},
	}
	for name, ps := range parts {
		var m *Aggregate
		for _, p := range ps {
			a := encoded(t, analyze(t, o, p...))
			if m == nil {
				m = a
				continue
			}
			if err := m.Merge(a); err != nil {
				t.Fatal(err)
			}
		}
		if got := dump(t, encoded(t, m)); got != want {
			t.Errorf("%s: merged aggregate differs: %s", name, firstDiff(got, want))
		}
		if w := m.CheckDuplicates(corpus.DefaultOptions()); len(w) > 0 {
			t.Errorf("%s: %q", name, w)
		}
	}
	// one aggregate per file, as a cache holds them, merged in input order
	var m *Aggregate
	for _, f := range fs {
		a := analyze(t, o, f)
		if m == nil {
			m = a
		} else if err := m.Merge(a); err != nil {
			t.Fatal(err)
		}
	}
	if got := dump(t, m); got != want {
		t.Errorf("per file: merged aggregate differs: %s", firstDiff(got, want))
	}
	// one part per file from its bytes, as a cluster makes them
	// (AnalyzeBytes, MarshalPart), merged in reverse order
	co := corpus.DefaultOptions()
	s := SettingsOf(o, [][2]string{{"stem", "false"}}, "")
	m = nil
	for i := len(fs) - 1; i >= 0; i-- {
		data, err := os.ReadFile(fs[i])
		if err != nil {
			t.Fatal(err)
		}
		a, err := AnalyzeBytes(context.Background(), fs[i], data, co, o, s, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := a.MarshalPart()
		if err != nil {
			t.Fatal(err)
		}
		if a, err = UnmarshalPart(b, s); err != nil {
			t.Fatal(err)
		}
		if m == nil {
			m = a
		} else if err := m.Merge(a); err != nil {
			t.Fatal(err)
		}
	}
	if got := dump(t, m); got != want {
		t.Errorf("parts from bytes: merged aggregate differs: %s", firstDiff(got, want))
	}
	other := SettingsOf(o, [][2]string{{"stem", "true"}}, "")
	if b, _ := m.MarshalPart(); b != nil {
		if _, err := UnmarshalPart(b, other); !errors.Is(err, ErrSettings) {
			t.Errorf("a part of other settings: %v", err)
		}
	}
}

func odd(fs []string, r int) []string {
	var out []string
	for i, f := range fs {
		if i%2 == r {
			out = append(out, f)
		}
	}
	return out
}

func TestMergeRefuses(t *testing.T) {
	a := analyze(t, options(1), "../../seeds")
	o := options(1)
	o.Terms.Unit = period.Month
	b := analyze(t, o, "../../seeds")
	if err := a.Merge(b); err == nil || !strings.Contains(err.Error(), "counted by quarter and by month") {
		t.Errorf("merging quarters with months: %v", err)
	}
}

// TestCheckDuplicates: a story analysed in two parts is counted in each;
// the merged aggregate says so.
func TestCheckDuplicates(t *testing.T) {
	dir := t.TempDir()
	story := " date 2025-01-02 China and South Korea agreed to deepen the strategic cooperative partnership and expand trade. " +
		"Foreign ministers of the two countries met in Beijing on Monday for three hours of talks on the economy."
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(story), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(story+" Reprinted."), 0o644)
	whole := analyze(t, options(1), dir)
	if whole.Docs != 1 {
		t.Fatalf("%d documents counted, want 1", whole.Docs)
	}
	m := analyze(t, options(1), filepath.Join(dir, "a.txt"))
	if err := m.Merge(analyze(t, options(1), filepath.Join(dir, "b.txt"))); err != nil {
		t.Fatal(err)
	}
	w := m.CheckDuplicates(corpus.DefaultOptions())
	if len(w) != 1 || !strings.Contains(w[0], "b copies a") {
		t.Errorf("warnings %q", w)
	}
}

func TestDecodeErrors(t *testing.T) {
	b, err := analyze(t, options(1), "../../seeds/000_94a00cc6dbc6eaaf.txt").MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{nil, []byte("dipstat:pipeline.Aggregate\x00\x00"), b[:len(b)-1], b[:len(b)/3]} {
		var a Aggregate
		if err := a.UnmarshalBinary(bad); !errors.Is(err, wire.ErrFormat) {
			t.Errorf("%d bytes: %v", len(bad), err)
		}
	}
	var a Aggregate
	err = a.UnmarshalBinary([]byte("dipstat:pipeline.Aggregate\x00\x00"))
	if err == nil || !strings.Contains(err.Error(), "format version 0, written by an older dipstat") {
		t.Errorf("an old version: %v", err)
	}
}

// FuzzAggregate: no input makes the decoder, or using what it decoded, panic.
func FuzzAggregate(f *testing.F) {
	dir := f.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(" date 2025-02-03 China and Vietnam, close neighbors, signed deals worth $3.2 billion. Close neighbors!"), 0o644)
	o := options(1)
	o.Families = phrases.DefaultFamilies()[:2] // small seeds fuzz faster
	p := o
	p.Discover = false
	for _, o := range []Options{o, p} {
		b, err := analyzeF(f, o, dir).MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var a Aggregate
		if err := a.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, wire.ErrFormat) {
				t.Fatal(err)
			}
			return
		}
		dump(t, &a)
		var b Aggregate
		if err := b.UnmarshalBinary(data); err != nil {
			t.Fatal(err)
		}
		if err := a.Merge(&b); err == nil {
			dump(t, &a)
		}
	})
}

// TestAppend: the aggregate of a corpus's first files, and that of the
// files added after them read with corpus.Resume, appended, are the
// aggregate of the whole (as dipstat -cache uses them).
func TestAppend(t *testing.T) {
	sents, err := corpustest.Sentences("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := corpustest.Generate(filepath.Join(dir, "a"), sents, corpustest.Spec{Articles: 60, Seed: 8, ZipfWords: 0.3, Undated: 0.05}); err != nil {
		t.Fatal(err)
	}
	o := options(2)
	o.MaxOccurrences, o.MaxFigures = 30, 80
	first := analyze(t, o, dir)
	// added since: more articles in a folder sorting last, with the same
	// file names (IDs get "~2"), and a copy of one of the first
	if _, err := corpustest.Generate(filepath.Join(dir, "b"), sents, corpustest.Spec{Articles: 20, Seed: 9, ZipfWords: 0.3}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "a", "0000003.txt"))
	os.WriteFile(filepath.Join(dir, "b", "copy.txt"), b, 0o644)
	want := dump(t, analyze(t, o, dir))

	cp := encoded(t, first)
	co := corpus.DefaultOptions()
	co.KeepPrints = true
	o.KeepSample = true
	var listing *corpus.Listing
	resumed := 0
	res, err := Run(context.Background(), func(fn func(*corpus.Document) error) error {
		l, n, err := corpus.Resume(context.Background(), []string{dir}, co, cp.Listing, fn)
		listing, resumed = l, n
		return err
	}, o)
	if err != nil {
		t.Fatal(err)
	}
	if resumed != 60 || res.Docs != 20 {
		t.Fatalf("resumed after %d files, analysed %d documents", resumed, res.Docs)
	}
	added, err := NewAggregate(res, &corpus.Listing{}, cp.Settings, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if err := cp.Append(added); err != nil {
		t.Fatal(err)
	}
	cp.Listing = listing
	if got := dump(t, cp); got != want {
		t.Errorf("appended aggregate differs: %s", firstDiff(got, want))
	}
}
