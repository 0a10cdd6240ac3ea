package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/bundle"
	"github.com/dipstat/dipstat/report/history"
)

// reportArgs are the arguments of a small, quick report of corpus into out.
func reportArgs(out, name string, corpus ...string) []string {
	return append([]string{"report", "-out", out, "-name", name, "-formats", "png,pdf", "-dpi", "40", "-quiet"}, corpus...)
}

// checkComplete checks that dir holds a whole report: a manifest whose every
// output file is there with its size and hash. It returns the manifest bytes.
func checkComplete(t *testing.T, dir string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatalf("report %s has no manifest: %v", dir, err)
	}
	var m bundle.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s/manifest.json: %v", dir, err)
	}
	if len(m.Outputs) == 0 {
		t.Fatalf("%s/manifest.json lists no outputs", dir)
	}
	for _, f := range m.Outputs {
		checkHash(t, filepath.Join(dir, f.Path), f)
	}
	return b
}

// visible lists the entries of dir that are not hidden.
func visible(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		if !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestReportKilled kills dipstat report with SIGKILL at many moments of a
// run that replaces an existing report. After each kill the report folder
// is either the previous report, intact, or the new one, complete; nothing
// half-written ever stands under its name; and the next run succeeds,
// taking over the dead run's lock and clearing what it left.
func TestReportKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("runs dipstat about ten times")
	}
	out := t.TempDir()
	seedsAbs, _ := filepath.Abs(seeds)
	if _, stderr, err := runCLI(t, reportArgs(out, "daily", seedsAbs)...); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr)
	}
	previous := checkComplete(t, filepath.Join(out, "daily"))
	// A full run takes about a second; kill at spread-out moments of it.
	interrupted := 0
	for _, delay := range []time.Duration{0, 20, 60, 120, 200, 300, 450, 600, 800, 1100} {
		cmd := dipstatCommand(reportArgs(out, "daily", seedsAbs)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		got := checkComplete(t, filepath.Join(out, "daily"))
		if bytes.Equal(got, previous) {
			interrupted++
		} else {
			previous = got // the run had finished: its report is whole
		}
		if v := visible(t, out); len(v) != 1 || v[0] != "daily" {
			t.Fatalf("after a kill at %v the output holds %q", delay*time.Millisecond, v)
		}
	}
	if interrupted == 0 {
		t.Error("no kill landed before the run published: the test proves nothing")
	}
	// Last, kill a run while it holds the lock, in the middle of writing.
	cmd := dipstatCommand(reportArgs(out, "daily", seedsAbs)...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lock := filepath.Join(out, ".dipstat.lock")
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		if _, err := os.Stat(lock); err == nil {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if _, err := os.Stat(lock); err != nil {
		t.Fatalf("the run was not killed while holding the lock: %v", err)
	}
	// The kill may land before the run made its staging folder; what it
	// left decides what the next run must report repairing.
	leftovers, _ := filepath.Glob(filepath.Join(out, ".tmp-*"))
	mustSay := []string{"stale lock"}
	if len(leftovers) > 0 {
		mustSay = append(mustSay, "interrupted run")
	}
	if !bytes.Equal(checkComplete(t, filepath.Join(out, "daily")), previous) {
		t.Error("a run killed while writing changed the report")
	}
	_, stderr, err := runCLI(t, append(reportArgs(out, "daily", seedsAbs), "-wait", "5s")...)
	if err != nil {
		t.Fatalf("run after the kills: %v\n%s", err, stderr)
	}
	t.Logf("%d of 10 kills interrupted a run; the next run said:\n%s", interrupted, stderr)
	for _, want := range mustSay {
		if !strings.Contains(stderr, want) {
			t.Errorf("the run after a killed writer does not report the %s it repaired:\n%s", want, stderr)
		}
	}
	checkComplete(t, filepath.Join(out, "daily"))
	es, _ := os.ReadDir(out)
	for _, e := range es {
		if e.Name() != "daily" {
			t.Errorf("left in the output folder after a good run: %s", e.Name())
		}
	}
}

// TestReportPreviousUndeletable replaces a report whose folder (mode 555)
// its user cannot empty: the new report is published, so the run succeeds
// with a warning naming the folder the old one is left in, and the next run
// (with -keep) warns about the leftover again instead of failing. Root may
// delete anything, so as root the runs are made as the user nobody.
func TestReportPreviousUndeletable(t *testing.T) {
	if testing.Short() {
		t.Skip("runs dipstat three times")
	}
	seedsAbs, _ := filepath.Abs(seeds)
	out := t.TempDir()
	if _, stderr, err := runCLI(t, reportArgs(out, "r", seedsAbs)...); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr)
	}
	before := checkComplete(t, filepath.Join(out, "r"))
	if err := os.Chmod(filepath.Join(out, "r"), 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { // let the test's cleanup delete everything
		filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				os.Chmod(p, 0o755)
			}
			return nil
		})
	})
	run := func(args ...string) (string, error) {
		if os.Geteuid() != 0 {
			_, stderr, err := runCLI(t, args...)
			return stderr, err
		}
		return runAsNobody(t, out, args...)
	}
	stderr, err := run(reportArgs(out, "r", seedsAbs)...)
	if err != nil {
		t.Fatalf("the run that published its report failed: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "the previous report could not be deleted; it is left in "+filepath.ToSlash(out)+"/.tmp-r-") {
		t.Errorf("no warning naming the leftover:\n%s", stderr)
	}
	if bytes.Equal(checkComplete(t, filepath.Join(out, "r")), before) {
		t.Error("the new report was not published")
	}
	stderr, err = run(append(reportArgs(out, "r", seedsAbs), "-keep", "1")...)
	if err != nil || !strings.Contains(stderr, "could not remove .tmp-r-") {
		t.Errorf("the next run: %v\n%s", err, stderr)
	}
	checkComplete(t, filepath.Join(out, "r"))
}

// runAsNobody runs dipstat as the user nobody (the caller is root) with
// out made theirs, and returns its stderr and an error if it failed.
func runAsNobody(t *testing.T, out string, args ...string) (string, error) {
	t.Helper()
	// nobody needs to reach out and to execute a copy of the test binary.
	bin := filepath.Join(t.TempDir(), "dipstat.test")
	if err := os.Link(os.Args[0], bin); err != nil {
		b, err := os.ReadFile(os.Args[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(bin, b, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{filepath.Dir(bin), filepath.Dir(filepath.Dir(bin)), filepath.Dir(out), filepath.Dir(filepath.Dir(out))} {
		os.Chmod(d, 0o755)
	}
	// Their own temporary folder too (the PDF backend writes font files).
	tmp := filepath.Join(filepath.Dir(bin), "tmp")
	os.Mkdir(tmp, 0o755)
	for _, d := range []string{out, tmp} {
		if err := os.Chown(d, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	cmd := dipstatCommand(args...)
	cmd.Env = append(cmd.Env, "TMPDIR="+tmp)
	cmd.Path, cmd.Args[0] = bin, bin
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	return stderr.String(), err
}

// TestReportConcurrent starts two runs writing the same report at once: one
// waits for the other's lock (-wait) and both succeed, or one fails with a
// clear lock error; the report is whole either way.
func TestReportConcurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs dipstat twice")
	}
	out := t.TempDir()
	seedsAbs, _ := filepath.Abs(seeds)
	for _, wait := range []string{"30s", "0s"} {
		var cmds []*exec.Cmd
		var errs [2]bytes.Buffer
		for i := range 2 {
			cmd := dipstatCommand(append(reportArgs(out, "shared", seedsAbs), "-wait", wait)...)
			cmd.Stderr = &errs[i]
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			cmds = append(cmds, cmd)
		}
		failed := 0
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				failed++
				if !strings.Contains(errs[i].String(), "locked") {
					t.Errorf("-wait %s: run %d failed without a lock message: %v\n%s", wait, i, err, errs[i].String())
				}
			}
		}
		if wait != "0s" && failed > 0 {
			t.Errorf("-wait %s: %d runs failed; with a wait both should succeed", wait, failed)
		}
		checkComplete(t, filepath.Join(out, "shared"))
	}
}

// TestReportChangesNewArticles runs a report, adds three articles to the
// corpus and runs again: the Changes sheet names exactly those three as new.
func TestReportChangesNewArticles(t *testing.T) {
	corpusDir := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(corpusDir, filepath.Base(f)), b, 0o644)
	}
	out := t.TempDir()
	if _, stderr, err := runCLI(t, reportArgs(out, "day1", corpusDir)...); err != nil {
		t.Fatalf("day 1: %v\n%s", err, stderr)
	}
	added := map[string]string{
		"new1.txt": " date 2026-01-05 Seoul and Beijing agreed to resume the second phase of free trade talks in the spring.",
		"new2.txt": " date 2026-01-06 The foreign ministers of China and South Korea met in Beijing to discuss supply chains and tourism.",
		"new3.txt": " date 2026-01-07 Bilateral trade volume reached $310 billion last year, customs data showed on Wednesday.",
	}
	for name, text := range added {
		os.WriteFile(filepath.Join(corpusDir, name), []byte(text), 0o644)
	}
	if _, stderr, err := runCLI(t, reportArgs(out, "day2", corpusDir)...); err != nil {
		t.Fatalf("day 2: %v\n%s", err, stderr)
	}
	var ch struct {
		First        bool   `json:"first"`
		Previous     string `json:"previous"`
		NewDocuments []struct {
			ID string `json:"id"`
		} `json:"new_documents"`
		DroppedDocuments []any `json:"dropped_documents"`
	}
	b, err := os.ReadFile(filepath.Join(out, "day2", "changes.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &ch); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range ch.NewDocuments {
		ids = append(ids, d.ID)
	}
	if ch.First || ch.Previous != "day1" || strings.Join(ids, " ") != "new1 new2 new3" || len(ch.DroppedDocuments) != 0 {
		t.Errorf("changes.json: first %v previous %q new %q dropped %d\n%s", ch.First, ch.Previous, ids, len(ch.DroppedDocuments), b)
	}
	// The same three in the workbook's Changes sheet, via data/changes.csv.
	csv, err := os.ReadFile(filepath.Join(out, "day2", "data", history.TableName+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	for id := range map[string]bool{"new1": true, "new2": true, "new3": true} {
		if !strings.Contains(string(csv), id) {
			t.Errorf("data/%s.csv lacks %s:\n%s", history.TableName, id, csv)
		}
	}
	if n := strings.Count(string(csv), "new document"); n != 3 {
		t.Errorf("data/%s.csv lists %d new documents, want 3:\n%s", history.TableName, n, csv)
	}
	// And on the Changes page of report.pdf (after the highlights and the
	// key tables; pdftotext ends each page with a form feed).
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext (poppler-utils) is missing in CI: .ci/run installs it")
		}
		t.Log("pdftotext not installed: the PDF's Changes page is not checked")
		return
	}
	text, err := exec.Command(pdftotext, filepath.Join(out, "day2", "report.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, page := range strings.Split(string(text), "\f") {
		found = found || strings.Contains(page, "Changes since the previous report") && strings.Contains(page, "3: new1, new2, new3")
	}
	if !found {
		t.Errorf("no page of report.pdf is the Changes page naming the three new documents:\n%s", text)
	}
}
