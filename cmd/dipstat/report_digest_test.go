package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// TestReportDigest guards the report's results while its memory and speed
// are reworked (issues 16 and 22): on a generated corpus of 2,000 articles
// (invented words, undated articles), the SHA-256 of every table of the
// report (data/*.csv: the workbook's sheets, the Summary included) must
// equal testdata/report.synth2000.digest, made by the code before the
// rework. A changed digest is a changed result: find out why before
// running -update.
func TestReportDigest(t *testing.T) {
	if testing.Short() {
		t.Skip("a report of 2,000 articles")
	}
	sents, err := corpustest.Sentences(seeds)
	if err != nil {
		t.Fatal(err)
	}
	// Relative paths and a fixed clock: the Summary sheet shows the
	// command line, the corpus paths and the start time.
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	old := now
	now = func() time.Time { return fixedNow }
	defer func() { now = old }()
	in, out := "in", "out"
	spec := corpustest.Spec{Articles: 2000, Seed: 7, ZipfWords: 0.3, VocabSize: 20000, Undated: 0.02}
	if _, err := corpustest.Generate(in, sents, spec); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runCLI(t, "report", "-out", out, "-name", "digest", "-formats", "svg", "-quiet", in); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	dir := filepath.Join(out, "digest")
	csvs, err := filepath.Glob(filepath.Join(dir, "data", "*.csv"))
	if err != nil || len(csvs) == 0 {
		t.Fatalf("no tables in data/: %v", err)
	}
	sort.Strings(csvs)
	var b strings.Builder
	for _, p := range csvs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%x  data/%s\n", sha256.Sum256(data), filepath.Base(p))
	}
	if err := os.Chdir(wd); err != nil { // back to testdata/
		t.Fatal(err)
	}
	golden(t, "report.synth2000.digest", b.String())
}
