package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/report/reporttest"
)

// twoParts writes a corpus in two folders whose files have the same names
// (so the second part's IDs become "~2" in one run), with an undated
// article or two and a skipped file.
func twoParts(t *testing.T, n int) (root string, parts []string) {
	t.Helper()
	sents, err := corpustest.Sentences(seeds)
	if err != nil {
		t.Fatal(err)
	}
	root = t.TempDir()
	for i, seed := range []uint64{11, 12} {
		dir := filepath.Join(root, "part"+string(rune('1'+i)))
		spec := corpustest.Spec{Articles: n, Seed: seed, MinSent: 6, MaxSent: 14, ZipfWords: 0.3, VocabSize: 20000, Undated: 0.05}
		if _, err := corpustest.Generate(dir, sents, spec); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, dir)
	}
	if err := os.WriteFile(filepath.Join(parts[1], "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return root, parts
}

// TestReportFromMergedHalves: a report rendered from the merged aggregates
// of two halves of a corpus, analysed apart, is the report of the corpus,
// table by table.
func TestReportFromMergedHalves(t *testing.T) {
	old := now
	now = func() time.Time { return fixedNow }
	defer func() { now = old }()
	_, parts := twoParts(t, 40)
	work := t.TempDir()
	agg := func(name string) string { return filepath.Join(work, name) }
	steps := [][]string{
		{"report", "-quiet", "-out", agg("one"), "-formats", "svg", parts[0], parts[1]},
		{"analyze", "-quiet", "-o", agg("half1.agg"), parts[0]},
		{"analyze", "-quiet", "-o", agg("half2.agg"), "-period", "quarter", parts[1]},
		{"merge", "-quiet", "-o", agg("all.agg"), agg("half2.agg"), agg("half1.agg")},
		{"report", "-quiet", "-out", agg("two"), "-formats", "svg", "-from", agg("all.agg")},
		// two files straight to report -from
		{"report", "-quiet", "-out", agg("three"), "-formats", "svg", "-from", agg("half1.agg"), agg("half2.agg")},
	}
	for _, args := range steps {
		if _, stderr, err := runCLI(t, args...); err != nil {
			t.Fatalf("dipstat %s: %v\n%s", strings.Join(args, " "), err, stderr)
		}
	}
	want := reporttest.Tables(t, filepath.Join(agg("one"), "2025-07-01"))
	if !strings.Contains(want["documents.csv"], "~2") || !strings.Contains(want["documents.csv"], "skipped") {
		t.Fatalf("the corpus does not exercise renaming and skipping:\n%.500s", want["documents.csv"])
	}
	for _, other := range []string{"two", "three"} {
		reporttest.Compare(t, other, reporttest.Tables(t, filepath.Join(agg(other), "2025-07-01")), want)
	}
	man := readManifest(t, filepath.Join(agg("two"), "2025-07-01"))
	if len(man.Inputs) != 81 || man.Inputs[0].SHA256 == "" {
		t.Errorf("manifest of the report from aggregates lists %d inputs", len(man.Inputs))
	}
}

func TestAnalyzeUsage(t *testing.T) {
	work := t.TempDir()
	a := filepath.Join(work, "seeds.agg")
	if _, stderr, err := runCLI(t, "analyze", "-quiet", "-o", a, seeds); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	month := filepath.Join(work, "month.agg")
	if _, stderr, err := runCLI(t, "analyze", "-quiet", "-period", "month", "-o", month, seeds); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	bad := filepath.Join(work, "bad.agg")
	b, _ := os.ReadFile(a)
	os.WriteFile(bad, b[:len(b)/2], 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", seeds}, "-o FILE is required"},
		{[]string{"merge", "-o", filepath.Join(work, "x.agg")}, "at least one aggregate file"},
		{[]string{"merge", "-o", filepath.Join(work, "x.agg"), a, month}, "counted by quarter and by month"},
		{[]string{"merge", "-o", filepath.Join(work, "x.agg"), a, bad}, bad + ": not a valid dipstat encoding"},
		{[]string{"report", "-out", work, "-from", a, "-stem"}, "-stem shape the analysis"},
		{[]string{"report", "-out", work, "-from", a, "-period", "year"}, "the aggregates count by quarter"},
		{[]string{"report", "-out", work, "-from", filepath.Join(work, "missing.agg")}, "missing.agg"},
		{[]string{"report", "-out", work, "-from", filepath.Join(seeds, "000_94a00cc6dbc6eaaf.txt")}, "no pipeline.Aggregate header"},
	} {
		_, _, err := runCLI(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("dipstat %s: %v, want an error saying %q", strings.Join(tc.args, " "), err, tc.want)
		}
	}
	if es, _ := filepath.Glob(filepath.Join(work, ".*tmp*")); len(es) > 0 {
		t.Errorf("temporary files left: %v", es)
	}
}

// TestReportCache: with -cache, a report is the report without it; run
// again, it analyses nothing; with a file added after the others, only that
// file; with one added before some, everything again.
func TestReportCache(t *testing.T) {
	old, oldLimit := now, termsMaxEntries
	now = func() time.Time { return fixedNow }
	defer func() { now, termsMaxEntries = old, oldLimit }()
	// with the default term counter, and with one that prunes every few
	// documents, also among the appended ones
	for _, limit := range []int{0, 3000} {
		termsMaxEntries = limit
		t.Run(fmt.Sprintf("max-entries=%d", limit), testReportCache)
	}
}

func testReportCache(t *testing.T) {
	root, parts := twoParts(t, 25)
	work := t.TempDir()
	cache := filepath.Join(work, "cache")
	n := 0
	report := func(withCache bool) (map[string]string, string) {
		t.Helper()
		n++
		out := filepath.Join(work, "out"+strconv.Itoa(n))
		args := []string{"report", "-out", out, "-formats", "svg", root}
		if withCache {
			args = append(args, "-cache", cache)
		}
		_, stderr, err := runCLI(t, args...)
		if err != nil {
			t.Fatalf("dipstat %s: %v\n%s", strings.Join(args, " "), err, stderr)
		}
		return reporttest.Tables(t, filepath.Join(out, "2025-07-01")), stderr
	}
	const article = " date 2025-03-03 China and Vietnam, close neighbors, signed deals worth $3.2 billion."
	// articles of words the corpus has not seen, enough to make the
	// pruning counter prune while they are counted
	fresh := func(i int) string {
		var b strings.Builder
		fmt.Fprintf(&b, " date 2025-04-%02d ", i+1)
		for w := 0; w < 300; w++ {
			fmt.Fprintf(&b, "word%dx%d ", i, w%97+w/97*13)
		}
		return b.String() + article
	}
	for _, step := range []struct {
		what string
		add  map[string]string // file: text
		log  string
	}{
		{"first run", nil, "0 files taken from the checkpoint, 51 analysed: no checkpoint yet"},
		{"second run", nil, "51 files taken from the checkpoint, 0 analysed"},
		{"a file added last", map[string]string{filepath.Join(parts[1], "new.txt"): article}, "51 files taken from the checkpoint, 1 analysed"},
		{"files of new words added last", map[string]string{
			filepath.Join(parts[1], "new1.txt"): fresh(1), filepath.Join(parts[1], "new2.txt"): fresh(2),
			filepath.Join(parts[1], "new3.txt"): fresh(3)}, "52 files taken from the checkpoint, 3 analysed"},
		{"a file added first", map[string]string{filepath.Join(parts[0], "0.txt"): article}, "0 files taken from the checkpoint, 56 analysed: the checkpoint's files changed"},
	} {
		for path, text := range step.add {
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, _ := report(false)
		got, log := report(true)
		reporttest.Compare(t, step.what, got, want)
		if !strings.Contains(log, step.log) {
			t.Errorf("%s: the log does not say %q:\n%s", step.what, step.log, log)
		}
	}
}
