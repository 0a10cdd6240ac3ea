package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// The README's scheduling examples name this folder; the tests put a
// scratch folder in its place.
const readmeServer = "/srv/dipstat"

// readmeSchedule returns the README's crontab command (after the five time
// fields) and its systemd service and timer units.
func readmeSchedule(t *testing.T) (cron string, service, timer string) {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var units []string
	var cur *strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	cronLine := regexp.MustCompile(`^    (\S+ ){5}(cd .*)$`)
	for sc.Scan() {
		line := sc.Text()
		if m := cronLine.FindStringSubmatch(line); m != nil && strings.Contains(line, "dipstat report") {
			cron = m[2]
		}
		switch {
		case line == "    [Unit]":
			units = append(units, "")
			cur = &strings.Builder{}
			fallthrough
		case cur != nil && strings.HasPrefix(line, "    "):
			cur.WriteString(strings.TrimPrefix(line, "    ") + "\n")
			units[len(units)-1] = cur.String()
		case cur != nil && line == "":
			cur.WriteString("\n")
		default:
			cur = nil
		}
	}
	if cron == "" || len(units) != 2 {
		t.Fatalf("README: want a crontab line and two systemd units, found %q and %d units", cron, len(units))
	}
	return cron, units[0], units[1]
}

// serverFolder lays out the folder the README's examples run in: the
// dipstat binary at bin/dipstat (a wrapper around this test binary), the
// config "dipstat init" writes, and the sample corpus at seeds.
func serverFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "bin"), 0o755)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	wrapper := fmt.Sprintf("#!/bin/sh\nIFS=$(printf '\\037')\n%s=\"$*\" exec %q -test.run='^$'\n", mainArgsEnv, self)
	if err := os.WriteFile(filepath.Join(dir, "bin", "dipstat"), []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runCLI(t, "init", filepath.Join(dir, "dipstat.toml")); err != nil {
		t.Fatalf("dipstat init: %v\n%s", err, stderr)
	}
	if err := os.CopyFS(filepath.Join(dir, "seeds"), os.DirFS(seeds)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// checkServerReport checks that one report landed in dir/output.
func checkServerReport(t *testing.T, dir string) {
	t.Helper()
	reports := visible(t, filepath.Join(dir, "output"))
	if len(reports) != 1 {
		t.Fatalf("output holds %q, want one report", reports)
	}
	checkComplete(t, filepath.Join(dir, "output", reports[0]))
}

// TestReadmeCrontab runs the README's crontab command as cron would (sh,
// in a folder laid out as the README says): it writes a report, and its log
// holds only JSON lines.
func TestReadmeCrontab(t *testing.T) {
	cron, _, _ := readmeSchedule(t)
	dir := serverFolder(t)
	cmd := exec.Command("/bin/sh", "-c", strings.ReplaceAll(cron, readmeServer, dir))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", cron, err, out)
	}
	checkServerReport(t, dir)
	log, err := os.ReadFile(filepath.Join(dir, "report.log"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(log)), "\n") {
		if line != "" && !json.Valid([]byte(line)) {
			t.Errorf("report.log line is not JSON: %q", line)
		}
	}
}

// TestReadmeSystemd checks the README's service and timer with
// systemd-analyze verify (where systemd is installed; .ci/run installs it),
// then runs the service's ExecStart in its WorkingDirectory.
func TestReadmeSystemd(t *testing.T) {
	_, service, timer := readmeSchedule(t)
	dir := serverFolder(t)
	service = strings.ReplaceAll(service, readmeServer, dir)
	if analyze, err := exec.LookPath("systemd-analyze"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Error("systemd-analyze is not installed; .ci/run installs it (Debian package systemd)")
		} else {
			t.Log("systemd-analyze is not installed: the units are not verified (Debian package systemd)")
		}
	} else {
		units := t.TempDir()
		os.WriteFile(filepath.Join(units, "dipstat-report.service"), []byte(service), 0o644)
		os.WriteFile(filepath.Join(units, "dipstat-report.timer"), []byte(timer), 0o644)
		cmd := exec.Command(analyze, "verify", "dipstat-report.service", "dipstat-report.timer")
		cmd.Dir = units
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("systemd-analyze verify: %v\n%s", err, out)
		}
	}
	workdir := regexp.MustCompile(`(?m)^WorkingDirectory=(.*)$`).FindStringSubmatch(service)
	exe := regexp.MustCompile(`(?m)^ExecStart=(.*)$`).FindStringSubmatch(service)
	if workdir == nil || exe == nil {
		t.Fatalf("service lacks WorkingDirectory or ExecStart:\n%s", service)
	}
	f := strings.Fields(exe[1])
	cmd := exec.Command(f[0], f[1:]...)
	cmd.Dir = workdir[1]
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ExecStart %s: %v\n%s", exe[1], err, out)
	}
	checkServerReport(t, dir)
}

// TestReadmeExamples runs every "$ dipstat ..." example of the README from
// the repository's root (where the default corpus, seeds, is) and compares
// what it prints with the lines shown under it.
func TestReadmeExamples(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	type example struct {
		args    []string
		want    strings.Builder
		checked bool // "$ dipstat": the lines under it are its output
	}
	var exs []*example
	var cur *example
	for _, line := range strings.Split(string(b), "\n") {
		cmd, checked := strings.CutPrefix(line, "    $ dipstat ")
		if !checked {
			cmd, _, _ = strings.Cut(strings.TrimPrefix(line, "    dipstat "), "#")
		}
		switch {
		case checked || strings.HasPrefix(line, "    dipstat ") && !strings.HasPrefix(cmd, "COMMAND"): // not "dipstat COMMAND -h"
			cur = &example{args: shellFields(t, cmd), checked: checked}
			exs = append(exs, cur)
		case cur != nil && cur.checked && strings.HasPrefix(line, "    "):
			cur.want.WriteString(strings.TrimPrefix(line, "    ") + "\n")
		default:
			cur = nil
		}
	}
	checked := 0
	for _, ex := range exs {
		if ex.checked {
			checked++
		}
	}
	if checked == 0 || checked == len(exs) {
		t.Fatalf("README: %d examples, %d with output; the parser missed some", len(exs), checked)
	}
	t.Chdir("../..")
	for _, ex := range exs {
		if slices.ContainsFunc(ex.args, func(a string) bool { return strings.ContainsAny(a, "*?[") }) {
			runGlobExample(t, ex.args)
			continue
		}
		stdout, stderr, err := runCLI(t, ex.args...)
		if err != nil {
			t.Errorf("dipstat %s: %v\n%s", strings.Join(ex.args, " "), err, stderr)
			continue
		}
		if ex.checked && stdout != ex.want.String() {
			t.Errorf("dipstat %s prints\n%s\nthe README shows\n%s", strings.Join(ex.args, " "), stdout, ex.want.String())
		}
	}
}

// readmeFixtures are the files the README's examples name with a glob
// (the analyst's own crawl files), made in a scratch folder where the
// example runs.
var readmeFixtures = map[string]func(t *testing.T, dir string){
	"CC-NEWS-*.warc.gz": func(t *testing.T, dir string) {
		article := func(head, body string) []byte {
			return []byte(`<html lang="en"><head><title>` + head + `</title><meta property="article:published_time" content="2025-06-0` + body[:1] + `"></head>` +
				`<body><nav><ul><li><a href="/korea">Korea</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>` +
				`<article><h1>` + head + `</h1><p>` + body[1:] + `</p><p>Officials said the talks would go on at the working level before the leaders meet in the autumn.</p></article></body></html>`)
		}
		pages := [][]byte{
			article("Seoul and Beijing agree to widen trade talks", "2The foreign ministers of South Korea and China agreed on Tuesday to begin a second round of talks on services trade, worth $312.4 billion last year."),
			article("Late goal settles the derby", "3The home side scored in the last minute of a tense derby on Saturday, and their coach said the players had earned it."),
			article("ROK and China resume youth exchanges", "4The ROK and China said 1,200 students would take part in the restored exchange programme by next spring, up 6.8 percent."),
		}
		for i, name := range []string{"CC-NEWS-20250602.warc.gz", "CC-NEWS-20250603.warc.gz"} {
			var b bytes.Buffer
			recs := corpustest.Crawl([]string{"https://news.example/a", "https://news.example/b"}[:2-i], pages[i*2:min(len(pages), i*2+2)])
			if err := corpustest.WriteWARC(&b, recs, true); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	},
}

// runGlobExample runs a README example that names files with a glob, in a
// scratch folder holding the files of readmeFixtures, the glob expanded as
// a shell would.
func runGlobExample(t *testing.T, args []string) {
	t.Run(strings.Join(args, " "), func(t *testing.T) {
		dir := t.TempDir()
		var expanded []string
		for _, a := range args {
			if !strings.ContainsAny(a, "*?[") {
				expanded = append(expanded, a)
				continue
			}
			fixture, ok := readmeFixtures[a]
			if !ok {
				t.Fatalf("README example names %q: give the test files for it in readmeFixtures", a)
			}
			fixture(t, dir)
			m, _ := filepath.Glob(filepath.Join(dir, a))
			if len(m) == 0 {
				t.Fatalf("the fixture of %q made no file it matches", a)
			}
			for _, f := range m {
				expanded = append(expanded, filepath.Base(f))
			}
		}
		t.Chdir(dir)
		stdout, stderr, err := runCLI(t, expanded...)
		if err != nil {
			t.Fatalf("dipstat %s: %v\n%s%s", strings.Join(expanded, " "), err, stdout, stderr)
		}
		// the fixture's football report names Korea only in its menu
		if slices.Contains(args, "-match") && !strings.Contains(stderr, "left out 1 document that mentions none of -match") {
			t.Errorf("dipstat %s: stderr lacks the note of what -match left out:\n%s", strings.Join(expanded, " "), stderr)
		}
	})
}

// shellFields splits a command line as sh would for the README's examples:
// words, and double-quoted strings as one word.
func shellFields(t *testing.T, s string) []string {
	t.Helper()
	var out []string
	quoted := strings.Split(s, `"`)
	if len(quoted)%2 == 0 {
		t.Fatalf("unbalanced quotes in README example %q", s)
	}
	for i, q := range quoted {
		if i%2 == 1 {
			out = append(out, q)
		} else {
			out = append(out, strings.Fields(q)...)
		}
	}
	return out
}
