package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/report/reporttest"
)

func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

const root = "../.." // the dipstat module

// dipstat builds the dipstat command of the module this one replaces.
func dipstat(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dipstat")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/dipstat")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building dipstat: %v\n%s", err, out)
	}
	return bin
}

func runDipstat(t *testing.T, bin string, args ...string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dipstat %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// TestPipelineEqualsDipstat runs the pipeline on the prism runner over a
// generated corpus of 2,000 articles (with a sub-folder whose file shares
// an ID with one above it): the report rendered from its aggregate is the
// report dipstat makes of the same files, CSV by CSV.
func TestPipelineEqualsDipstat(t *testing.T) {
	sents, err := corpustest.Sentences(filepath.Join(root, "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	corpusDir := t.TempDir()
	spec := corpustest.Spec{Articles: 2000, Seed: 21, MinSent: 6, MaxSent: 16, ZipfWords: 0.3, Undated: 0.03}
	if _, err := corpustest.Generate(corpusDir, sents, spec); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(corpusDir, "more"), 0o755)
	os.WriteFile(filepath.Join(corpusDir, "more", "0000007.txt"), []byte(" date 2025-04-01 China and Vietnam, close neighbors, signed deals worth $3.2 billion."), 0o644)
	work := t.TempDir()
	agg := filepath.Join(work, "beam.agg")

	cfg := Config{Inputs: []string{corpusDir}, Output: agg, Period: "quarter", NearDup: 0.9, MaxSize: 50 << 20}
	if err := cfg.check(); err != nil {
		t.Fatal(err)
	}
	globs, err := expandInputs(cfg.Inputs)
	if err != nil || len(globs) != 2 {
		t.Fatalf("inputs %v: %v", globs, err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg, globs)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}

	bin := dipstat(t)
	runDipstat(t, bin, "report", "-quiet", "-out", filepath.Join(work, "beam"), "-name", "r", "-formats", "pdf", "-from", agg)
	runDipstat(t, bin, "report", "-quiet", "-out", filepath.Join(work, "dipstat"), "-name", "r", "-formats", "pdf", "-period", "quarter", corpusDir)
	got, want := reporttest.Tables(t, filepath.Join(work, "beam", "r")), reporttest.Tables(t, filepath.Join(work, "dipstat", "r"))
	if !strings.Contains(want["documents.csv"], "0000007~2") {
		t.Error("the corpus does not exercise renaming")
	}
	reporttest.Compare(t, "the pipeline's report", got, want)
	// and the aggregate merges with one dipstat analyze wrote
	runDipstat(t, bin, "analyze", "-quiet", "-period", "quarter", "-o", filepath.Join(work, "seeds.agg"), filepath.Join(root, "seeds"))
	runDipstat(t, bin, "merge", "-quiet", "-o", filepath.Join(work, "all.agg"), agg, filepath.Join(work, "seeds.agg"))
}

func TestConfigCheck(t *testing.T) {
	for _, c := range []Config{
		{Output: "x"},
		{Inputs: []string{"x"}},
		{Inputs: []string{"x"}, Output: "y", Period: "auto", NearDup: 0.9, MaxSize: 1},
		{Inputs: []string{"x"}, Output: "y", Period: "quarter", NearDup: 2, MaxSize: 1},
	} {
		if err := c.check(); err == nil {
			t.Errorf("%+v: no error", c)
		}
	}
}
