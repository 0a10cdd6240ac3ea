package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestActorsFileChecked: phrases and figures read -actors in every output
// format, so a missing or malformed file fails (exit 1) naming the file and
// line.
func TestActorsFileChecked(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "actors.txt")
	os.WriteFile(bad, []byte("# mine\n[India = Indian]\nSubrahmanyam Jaishankar (2019-x) = Jaishankar\n"), 0o644)
	early := filepath.Join(dir, "early.txt")
	os.WriteFile(early, []byte("Jaishankar = S. Jaishankar\n"), 0o644)
	missing := filepath.Join(dir, "nonexistent")
	for _, cmd := range [][]string{{"phrases"}, {"phrases", "-format", "json"}, {"figures"}, {"figures", "-format", "csv"}} {
		for file, want := range map[string]string{
			missing: "-actors: open " + missing,
			bad:     "-actors: " + bad + ": line 3: \"Subrahmanyam Jaishankar (2019-x)\": \"x\" is not a year",
			early:   "-actors: " + early + ": line 1: \"Jaishankar = S. Jaishankar\" comes before any [side] line",
		} {
			args := append(append(append([]string{}, cmd...), "-actors", file), seeds)
			_, _, err := runCLI(t, args...)
			if code := exitCode(err, &strings.Builder{}); code != exitFail || !strings.Contains(err.Error(), want) {
				t.Errorf("%v: exit %d, err %v; want exit 1 with %q", args, code, err, want)
			}
		}
	}
}

// TestActorsFile: an -actors entry gives a speaker the built-in table does
// not know its side, in phrases and figures alike.
func TestActorsFile(t *testing.T) {
	dir := t.TempDir()
	corpusDir := filepath.Join(dir, "articles")
	os.Mkdir(corpusDir, 0o755)
	os.WriteFile(filepath.Join(corpusDir, "a.txt"), []byte(" date 2025-03-01 India and Korea are close neighbors that cannot be moved away, Anil Mehra said. "+
		"Trade reached $25 billion last year, Mehra added.\n"), 0o644)
	file := filepath.Join(dir, "actors.txt")
	os.WriteFile(file, []byte("[India = Indian | New Delhi]\nAnil Mehra (2024-) = Mehra\n"), 0o644)
	for _, c := range []struct {
		args          []string
		without, with string
	}{
		{[]string{"phrases", "-format", "json"}, `"speaker":"Anil Mehra","side":"unknown","cue":"said"}`, `"speaker":"Anil Mehra","side":"India","cue":"said"}`},
		{[]string{"figures", "-format", "json"}, `"speaker":"Anil Mehra","side":"unknown","cue":"added","source":""}`, `"speaker":"Anil Mehra","side":"India","cue":"added","source":""}`},
	} {
		without, _, err := runCLI(t, append(c.args, corpusDir)...)
		if err != nil || !strings.Contains(without, c.without) {
			t.Errorf("%v: %v\n%s\nwant %s", c.args, err, without, c.without)
		}
		with, _, err := runCLI(t, append(c.args, "-actors", file, corpusDir)...)
		if err != nil || !strings.Contains(with, c.with) {
			t.Errorf("%v -actors: %v\n%s\nwant %s", c.args, err, with, c.with)
		}
	}
}
