package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/report/bundle"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/outdir"
	"github.com/dipstat/dipstat/report/pdf"
)

// fixedNow pins the report clock so names and the Summary are stable.
var fixedNow = time.Date(2025, 7, 1, 9, 30, 0, 0, time.UTC)

// TestReportSeeds builds the seeds report once and checks it from every
// side: the folder and manifest, the images, the workbook, LibreOffice.
func TestReportSeeds(t *testing.T) {
	out := t.TempDir()
	old := now
	now = func() time.Time { return fixedNow }
	defer func() { now = old }()
	stdout, stderr, err := runCLI(t, "report", "-out", out, "-dpi", "100", "-terms", "cooperation,thaad", seeds)
	if err != nil {
		t.Fatalf("dipstat report: %v\n%s", err, stderr)
	}
	dir := filepath.Join(out, "2025-07-01")
	if !strings.Contains(stderr, "report "+filepath.ToSlash(dir)) || stdout != "" {
		t.Errorf("messages do not name the report folder:\n%s%s", stdout, stderr)
	}
	t.Run("folder", func(t *testing.T) { checkReportFolder(t, dir, out) })
	t.Run("images", func(t *testing.T) { checkReportImages(t, dir) })
	t.Run("workbook", func(t *testing.T) { checkReportWorkbook(t, dir, out) })
	t.Run("highlights", func(t *testing.T) { checkReportHighlights(t, dir) })
	t.Run("html", func(t *testing.T) { checkReportHTML(t, dir) })
	t.Run("libreoffice", func(t *testing.T) { checkReportLibreOffice(t, dir) })
}

func readManifest(t *testing.T, dir string) *bundle.Manifest {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m bundle.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	// The per-file list of inputs is beside it, pinned by its digest.
	if m.Inputs, err = bundle.ReadInputs(dir, m.InputList.SHA256); err != nil {
		t.Fatal(err)
	}
	if m.InputList.File != bundle.InputsFile || m.InputList.Count != len(m.Inputs) {
		t.Errorf("manifest inputs %+v, %s lists %d", m.InputList, bundle.InputsFile, len(m.Inputs))
	}
	return &m
}

func checkReportFolder(t *testing.T, dir, out string) {
	// Only the report is left in OUT: no temporary folders.
	es, _ := os.ReadDir(out)
	if len(es) != 1 || es[0].Name() != "2025-07-01" {
		t.Errorf("output folder holds %v", es)
	}
	m := readManifest(t, dir)
	if m.Name != "2025-07-01" || m.Version != Version || m.Corpus.Documents != 5 || m.Corpus.Counted != 5 || m.Corpus.Undated != 1 {
		t.Errorf("manifest header/corpus: %+v %+v", m, m.Corpus)
	}
	if m.Corpus.First != "2023-01-10" || m.Corpus.Last != "2025-12-31" || m.Corpus.Period != "quarter" {
		t.Errorf("manifest dates: %+v", m.Corpus)
	}
	// Inputs: the five seeds with their true hashes.
	if len(m.Inputs) != 5 {
		t.Errorf("manifest lists %d inputs, want 5", len(m.Inputs))
	}
	for _, in := range m.Inputs {
		checkHash(t, in.Path, in)
	}
	// Outputs: every file of the folder but the manifest, hashes true.
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			if rel != "manifest.json" {
				files = append(files, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	sort.Strings(files)
	var listed []string
	for _, o := range m.Outputs {
		listed = append(listed, o.Path)
		checkHash(t, filepath.Join(dir, o.Path), o)
	}
	if strings.Join(files, "\n") != strings.Join(listed, "\n") {
		t.Errorf("manifest outputs differ from the folder:\nfolder %q\nlisted %q", files, listed)
	}
	for _, k := range []string{"analyses", "tables", "changes", "charts", "workbook", "pdf", "csv", "html", "total"} {
		if _, ok := m.Timings[k]; !ok {
			t.Errorf("manifest timings lack %q: %v", k, m.Timings)
		}
	}
	// Charts: every chart in every format and both sizes.
	wantCharts := []string{"volume", "top-terms", "term-trends", "chosen-terms", "keyness", "families", "variants-close-neighbors", "figures"}
	for _, c := range wantCharts {
		if !contains(m.Charts, c) {
			t.Errorf("chart %s missing from %v", c, m.Charts)
		}
	}
	for _, c := range m.Charts {
		for _, f := range chart.Formats {
			for _, suf := range []string{"", "-column"} {
				p := filepath.Join(dir, "charts", c+suf+"."+f)
				if _, err := os.Stat(p); err != nil {
					t.Errorf("chart file: %v", err)
				}
			}
		}
	}
	if !anyContains(m.Warnings, `-terms: "thaad" does not occur`) {
		t.Errorf("warnings lack the unknown -terms word: %q", m.Warnings)
	}
}

func checkHash(t *testing.T, path string, f bundle.File) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v", path, err)
		return
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != f.SHA256 || int64(len(b)) != f.Size {
		t.Errorf("%s: manifest says %d bytes sha256 %s, file has %d bytes %x", path, f.Size, f.SHA256, len(b), sum)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func anyContains(ss []string, sub string) bool {
	for _, x := range ss {
		if strings.Contains(x, sub) {
			return true
		}
	}
	return false
}

// TestReportFailureKeepsPrevious checks that a failed run leaves the
// previous report untouched, exits non-zero and leaves no temporary folder.
func TestReportFailureKeepsPrevious(t *testing.T) {
	out := t.TempDir()
	args := []string{"report", "-out", out, "-name", "r", "-formats", "png", "-dpi", "50", seeds}
	if _, errOut, err := runCLI(t, args...); err != nil {
		t.Fatalf("first run: %v\n%s", err, errOut)
	}
	before, err := os.ReadFile(filepath.Join(out, "r", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	old := beforePublish
	beforePublish = func(string) error { return fmt.Errorf("injected failure") }
	defer func() { beforePublish = old }()
	_, _, err = runCLI(t, append(args[:len(args)-1], "-formats", "svg", seeds)...)
	if err == nil || !strings.Contains(err.Error(), "injected failure") || exitCode(err, &bytes.Buffer{}) != exitFail {
		t.Fatalf("failed run returned %v", err)
	}
	after, err := os.ReadFile(filepath.Join(out, "r", "manifest.json"))
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("previous report changed (%v)", err)
	}
	if svgs, _ := filepath.Glob(filepath.Join(out, "r", "charts", "*.svg")); len(svgs) > 0 {
		t.Errorf("the failed run's files leaked into the report: %v", svgs)
	}
	es, _ := os.ReadDir(out)
	if len(es) != 1 {
		t.Errorf("output holds %v after a failed run", es)
	}
	// An output path that cannot be a folder fails before anything is written.
	file := filepath.Join(out, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, _, err := runCLI(t, "report", "-out", file, seeds); err == nil {
		t.Error("report into a file path succeeded")
	}
}

// TestReportNothingToReport: a run that reads no article (every input
// skipped) or whose window holds no document fails (exit 1) before the
// output folder is touched: the previous report stays byte for byte, and
// no staging folder or lock is left.
func TestReportNothingToReport(t *testing.T) {
	in := t.TempDir()
	emoji, empty := filepath.Join(in, "emoji.txt"), filepath.Join(in, "empty.txt")
	os.WriteFile(emoji, []byte("\U0001F600\n"), 0o644)
	os.WriteFile(empty, nil, 0o644)
	out := t.TempDir()
	if _, stderr, err := runCLI(t, reportArgs(out, "r", seeds)...); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr)
	}
	before := checkComplete(t, filepath.Join(out, "r"))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{emoji, empty}, "no articles found in " + emoji + ", " + empty},
		{[]string{"-since", "2030-01-01", seeds}, "no documents dated 2030-01-01 or later (5 documents read"},
		{[]string{"-since", "2024-01-01", "-until", "2024-12-31", seeds}, "no documents between 2024-01-01 and 2024-12-31 (5 documents read"},
	} {
		_, stderr, err := runCLI(t, reportArgs(out, "r", tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err, &bytes.Buffer{}) != exitFail {
			t.Errorf("%v: err %v, want exit 1 with %q\n%s", tc.args, err, tc.want, stderr)
		}
		if after := checkComplete(t, filepath.Join(out, "r")); !bytes.Equal(before, after) {
			t.Errorf("%v replaced the previous report", tc.args)
		}
		if es, _ := os.ReadDir(out); len(es) != 1 {
			t.Errorf("%v left %v in the output folder", tc.args, es)
		}
	}
}

// TestReportUndated: a corpus without dates gives a report with warnings and
// the charts that need no dates, never a crash.
func TestReportUndated(t *testing.T) {
	in := t.TempDir()
	for i, txt := range []string{
		"China and South Korea agreed to deepen their strategic cooperative partnership. Both sides value win-win cooperation.",
		"South Korea and China are close neighbors that cannot be moved away. Cooperation on supply chains will grow.",
	} {
		os.WriteFile(filepath.Join(in, fmt.Sprintf("a%d.txt", i)), []byte(txt+"\n"), 0o644)
	}
	out := t.TempDir()
	_, _, err := runCLI(t, "report", "-out", out, "-name", "u", "-formats", "png", "-dpi", "50", in)
	if err != nil {
		t.Fatalf("report on undated corpus: %v", err)
	}
	dir := filepath.Join(out, "u")
	m := readManifest(t, dir)
	for _, w := range []string{"none of the 2 documents has a date", `chart "corpus volume" skipped`, "keyness skipped"} {
		if !anyContains(m.Warnings, w) {
			t.Errorf("warnings lack %q: %q", w, m.Warnings)
		}
	}
	if contains(m.Charts, "volume") || !contains(m.Charts, "top-terms") {
		t.Errorf("charts = %v, want top-terms and no volume", m.Charts)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "report.pdf"))
	if n, err := pdf.Check(b); err != nil || n != m.PDFPages || n < 1+1+len(m.Charts)+1 { // highlights, changes, charts, the run
		t.Errorf("report.pdf: %d pages, %v", n, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "report.xlsx")); err != nil {
		t.Error(err)
	}
}

// TestReportBadInputs: inputs that cannot be read (too large; without
// permission, when the test does not run as root) are warned about and
// listed in the manifest with the reason, and the report is written.
func TestReportBadInputs(t *testing.T) {
	in := t.TempDir()
	good := " date 2025-03-04 China and South Korea agreed to deepen their strategic cooperative partnership.\n"
	os.WriteFile(filepath.Join(in, "good.txt"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(in, "big.txt"), []byte(" date 2025-03-05 "+strings.Repeat("trade ", 300)), 0o644)
	want := map[string]string{"good.txt": "", "big.txt": "too large"}
	if os.Geteuid() != 0 { // root reads a file of mode 000
		os.WriteFile(filepath.Join(in, "locked.txt"), []byte(good), 0o000)
		want["locked.txt"] = "permission denied"
	}
	out := t.TempDir()
	_, stderr, err := runCLI(t, "report", "-out", out, "-name", "b", "-formats", "png", "-dpi", "50", "-max-size", "1000", in)
	if err != nil {
		t.Fatalf("report with unreadable inputs: %v\n%s", err, stderr)
	}
	m := readManifest(t, filepath.Join(out, "b"))
	if len(m.Inputs) != len(want) {
		t.Errorf("manifest lists %d inputs, want %d: %+v", len(m.Inputs), len(want), m.Inputs)
	}
	for _, f := range m.Inputs {
		name := filepath.Base(f.Path)
		reason, ok := want[name]
		switch {
		case !ok:
			t.Errorf("manifest lists %s", f.Path)
		case reason == "":
			checkHash(t, f.Path, f)
		case !strings.Contains(f.Skipped, reason) || f.SHA256 != "":
			t.Errorf("%s: skipped %q, sha256 %q; want the reason %q and no hash", name, f.Skipped, f.SHA256, reason)
		}
		if n := strings.Count(stderr, name+": skipped: unreadable: "+reason); reason != "" && n != 1 {
			t.Errorf("%d warnings for %s, want one:\n%s", n, name, stderr)
		}
	}
}

func TestReportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"report", "-formats", "gif", seeds},
		{"report", "-name", "../x", seeds},
		{"report", "-period", "fortnight", seeds},
		{"report", "-dpi", "5", seeds},
		{"report", "-config", "does-not-exist.toml", seeds},
		{"report", "-since", "2025-13-01", seeds},
		{"report", "-out", "", seeds},
	} {
		_, _, err := runCLI(t, args...)
		if exitCode(err, &bytes.Buffer{}) != exitUsage {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
}

// TestReportConfig runs the report from a configuration file: paths, period,
// formats, name pattern and a date window come from the file; a bad value in
// it is reported with its line.
func TestReportConfig(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	cfgPath := filepath.Join(tmp, "dipstat.toml")
	toml := fmt.Sprintf("paths = [%q]\nperiod = \"year\"\nformats = [\"png\"]\ndpi = 50\nname = \"weekly-{date}\"\nsince = \"2025-01-01\"\nout = %q\n", seeds, out)
	os.WriteFile(cfgPath, []byte(toml), 0o644)
	old := now
	now = func() time.Time { return fixedNow }
	defer func() { now = old }()
	if _, stderr, err := runCLI(t, "report", "-config", cfgPath, "-quiet"); err != nil {
		t.Fatalf("report -config: %v\n%s", err, stderr)
	}
	dir := filepath.Join(out, "weekly-2025-07-01")
	m := readManifest(t, dir)
	if m.Corpus.Period != "year" || m.Corpus.Counted != 3 || m.Corpus.First != "2025-06-10" {
		t.Errorf("window/period not applied: %+v", m.Corpus)
	}
	if m.Config == nil || m.Config["period"] != "year" {
		t.Errorf("manifest config = %v", m.Config)
	}
	if svgs, _ := filepath.Glob(filepath.Join(dir, "charts", "*.svg")); len(svgs) > 0 {
		t.Errorf("formats from the file not applied: %v", svgs)
	}
	os.WriteFile(cfgPath, []byte("dpi = 5\n"), 0o644)
	_, _, err := runCLI(t, "report", "-config", cfgPath, seeds)
	if err == nil || !strings.Contains(err.Error(), "dipstat.toml:1: dpi:") {
		t.Errorf("bad dpi in the file: %v", err)
	}
}

// BenchmarkReport times a whole report (load, analyses, charts in PNG and
// PDF, workbook, report.pdf, CSV, manifest) on a synthetic corpus of 2,000
// articles (~6 MB) made from the seeds.
func BenchmarkReport(b *testing.B) {
	sents, err := corpustest.Sentences(seeds)
	if err != nil {
		b.Fatal(err)
	}
	in := b.TempDir()
	if _, err := corpustest.Generate(in, sents, corpustest.Spec{Articles: 2000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	out := b.TempDir()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		var so, se bytes.Buffer
		if err := run(context.Background(), []string{"report", "-out", out, "-name", "bench", "-formats", "pdf,png", "-quiet", in}, &so, &se); err != nil {
			b.Fatalf("%v\n%s", err, se.String())
		}
	}
}

// TestReportKeepAndLock: -keep removes the oldest reports after a new one
// is published; a live lock on the output folder makes a run fail.
func TestReportKeepAndLock(t *testing.T) {
	out := t.TempDir()
	for _, name := range []string{"r1", "r2", "r3"} {
		if _, stderr, err := runCLI(t, "report", "-out", out, "-name", name, "-formats", "png", "-dpi", "40", "-keep", "2", "-quiet", seeds); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, stderr)
		}
	}
	var names []string
	es, _ := os.ReadDir(out)
	for _, e := range es {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "r2 r3" {
		t.Errorf("output holds %q, want r2 r3", names)
	}
	// Each report compares itself with the one before.
	var ch struct {
		First    bool   `json:"first"`
		Previous string `json:"previous"`
	}
	b, err := os.ReadFile(filepath.Join(out, "r3", "changes.json"))
	if err != nil || json.Unmarshal(b, &ch) != nil || ch.First || ch.Previous != "r2" {
		t.Errorf("r3/changes.json: %+v (%v)", ch, err)
	}
	release, _, err := outdir.Lock(out, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	_, _, err = runCLI(t, "report", "-out", out, "-name", "r4", "-formats", "png", "-quiet", seeds)
	if !errors.Is(err, outdir.ErrLocked) {
		t.Errorf("run under a live lock: %v, want ErrLocked", err)
	}
	if _, err := os.Stat(filepath.Join(out, "r4")); err == nil {
		t.Error("a locked-out run wrote its report")
	}
}
