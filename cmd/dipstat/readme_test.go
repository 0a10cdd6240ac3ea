package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
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
		case checked || strings.HasPrefix(line, "    dipstat ") && cmd == strings.ToLower(cmd): // not "dipstat COMMAND -h"
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
