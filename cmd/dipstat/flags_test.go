package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInterleave(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.Int("top", 0, "")
	fs.Bool("strict", false, "")
	for _, tc := range []struct{ in, want string }{
		{"seeds -top 20", "-top 20 -- seeds"},
		{"-top 20 seeds", "-top 20 -- seeds"},
		{"-strict seeds", "-strict -- seeds"},
		{"-top=3 a b", "-top=3 -- a b"},
		{"-top 3", "-top 3"},
		{"-- -china seeds", "-- -china seeds"},
		{"-top 3 -- -dash.txt -strict", "-top 3 -- -dash.txt -strict"},
		{"a -- -b", "-- a -b"},
		{"seeds -top", "-top"}, // the flag package says the value is missing
		{"- -strict", "-strict -- -"},
	} {
		got := strings.Join(interleave(fs, strings.Fields(tc.in)), " ")
		if got != tc.want {
			t.Errorf("interleave(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDoubleDash: "--" ends the flags, so a query or a file name that starts
// with "-" can be given after it.
func TestDoubleDash(t *testing.T) {
	out, errOut, err := runCLI(t, "kwic", "-max", "1", "--", "-china", seeds)
	if err != nil || !strings.Contains(out, "[China]") {
		t.Errorf("kwic -- -china: %v\n%s%s", err, out, errOut)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "-dash.txt"), []byte(" date 2025-01-02 China and Korea met in Seoul to discuss trade.\n"), 0o644)
	t.Chdir(dir)
	out, errOut, err = runCLI(t, "corpus", "--", "-dash.txt")
	if err != nil || !strings.Contains(out, "-dash.txt") {
		t.Errorf("corpus -- -dash.txt: %v\n%s%s", err, out, errOut)
	}
}

// TestAliasesFileChecked: every command that takes -aliases reads the file,
// so a missing or malformed one fails (exit 1) with the same message,
// whether or not the command matches phrase patterns.
func TestAliasesFileChecked(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "aliases.txt")
	os.WriteFile(bad, []byte("ROK = Republic of Korea\nno equals sign here\n"), 0o644)
	missing := filepath.Join(dir, "nonexistent")
	out := filepath.Join(dir, "out")
	for _, cmd := range [][]string{
		{"corpus"}, {"terms"}, {"ngrams"}, {"figures"}, {"phrases"}, {"kwic", "china"}, {"report", "-out", out},
	} {
		for file, want := range map[string]string{
			missing: "-aliases: open " + missing,
			bad:     "-aliases: " + bad + ": line 2: want",
		} {
			args := append(append(append([]string{}, cmd...), "-aliases", file), seeds)
			_, _, err := runCLI(t, args...)
			if code := exitCode(err, &strings.Builder{}); code != exitFail || !strings.Contains(err.Error(), want) {
				t.Errorf("%v: exit %d, err %v; want exit 1 with %q", args, code, err, want)
			}
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a report was written with a bad -aliases file")
	}
}

// TestFilterFlags: every command that reads a corpus takes -lang and
// -match; a bad value is a usage error naming the flag, and a config file's
// bad value names its line.
func TestFilterFlags(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	for _, cmd := range [][]string{
		{"corpus"}, {"terms"}, {"ngrams"}, {"figures"}, {"phrases"}, {"kwic", "china"}, {"report", "-out", out},
	} {
		for flagArgs, want := range map[[2]string]string{
			{"-lang", "english"}: `-lang: "english" is not an ISO 639-1 language code (two letters, like en or ko)`,
			{"-lang", ","}:       "-lang: no language code given",
			{"-match", " , "}:    "-match: no word or phrase given",
			{"-match", "Ko*rea"}: `-match: "Ko*rea": * may only end a term`,
		} {
			args := append(append(append([]string{}, cmd...), flagArgs[0], flagArgs[1]), seeds)
			_, _, err := runCLI(t, args...)
			if code := exitCode(err, &strings.Builder{}); code != exitUsage || err.Error() != want {
				t.Errorf("%v: exit %d, err %v; want exit 2 with %q", args, code, err, want)
			}
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a report was written with a bad -lang or -match")
	}
	// the seeds: five articles in English, all on China and Korea
	o, errOut, err := runCLI(t, "corpus", "-lang", "en", "-match", "supply chain,APEC", "-format", "csv", seeds)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	if n := strings.Count(o, ",en,"); n == 0 || n >= 5 || !strings.Contains(errOut, "that mention none of -match supply chain,apec") {
		t.Errorf("corpus -lang en -match supply chain,APEC: %d documents\n%s\n%s", n, o, errOut)
	}
	cfg := filepath.Join(t.TempDir(), "dipstat.toml")
	os.WriteFile(cfg, []byte("paths = [\""+seeds+"\"]\nlang = \"xx,en\"\n"), 0o644)
	_, _, err = runCLI(t, "config", "-config", cfg)
	if want := cfg + `:2: lang: "xx" is not an ISO 639-1`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("config: %v, want %s...", err, want)
	}
}
