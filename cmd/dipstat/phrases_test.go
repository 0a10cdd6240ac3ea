package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPhrasesSeeds(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"phrases.text.golden", []string{"phrases", "-period", "year", seeds}},
		{"phrases.json.golden", []string{"phrases", "-format", "json", seeds}},
		{"phrases.extra.golden", []string{"phrases", "-period", "year", "-families", "testdata/phrases.extra.toml", "-top", "1", seeds}},
		{"phrases.discover.golden", []string{"phrases", "-discover", "-period", "year", seeds}},
		{"phrases.discover.json.golden", []string{"phrases", "-discover", "-format", "json", "-top", "2", seeds}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := runCLI(t, tc.args...)
			if err != nil || errOut != "" {
				t.Fatalf("err %v, stderr %s", err, errOut)
			}
			golden(t, tc.name, out)
		})
	}
}

// TestPhrasesJSONOffsets: every JSON object has exactly the documented fields,
// a speaker, side and cue, and its offsets give its text in the original file.
func TestPhrasesJSONOffsets(t *testing.T) {
	out, _, err := runCLI(t, "phrases", "-format", "json", seeds)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	raw := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raw[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 30 {
		t.Fatalf("only %d occurrences", len(lines))
	}
	for _, l := range lines {
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"doc", "date", "family", "variant", "text", "start", "end", "sentence", "speaker", "side", "cue"} {
			if _, ok := o[k]; !ok {
				t.Fatalf("missing %s in %s", k, l)
			}
		}
		if len(o) != 11 {
			t.Fatalf("extra fields in %s", l)
		}
		for _, k := range []string{"speaker", "side", "cue"} {
			if o[k] == "" {
				t.Errorf("empty %s in %s", k, l)
			}
		}
		s, e := int(o["start"].(float64)), int(o["end"].(float64))
		if raw[o["doc"].(string)][s:e] != o["text"] {
			t.Errorf("offsets %d:%d do not give %q", s, e, o["text"])
		}
	}
}

func TestPhrasesErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"phrases", "-families", "testdata/phrases.bad.toml", seeds}, `phrases.bad.toml: phrases: bad families file: line 9: family "broken": "close * {0,4": column 9: missing } in {0,4`},
		{[]string{"phrases", "-families", "testdata/none.toml", seeds}, "-families: open testdata/none.toml"},
		{[]string{"phrases", "-no-default-families", seeds}, "needs -families"},
		{[]string{"phrases", "-period", "decade", seeds}, "-period"},
		{[]string{"phrases", "-discover", "-min-words", "0", seeds}, "phrase lengths"},
		{[]string{"phrases", "-discover", "-kind", "formulas", seeds}, "-kind: phrases: unknown kind"},
	} {
		_, _, err := runCLI(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want %q", tc.args, err, tc.want)
		}
	}
}

// TestPhrasesHugeTop: a -top so large that the tables' limits (10 and 5
// times it) overflow an int shows everything, as -top 0 does.
func TestPhrasesHugeTop(t *testing.T) {
	all, _, err := runCLI(t, "phrases", "-discover", "-top", "0", seeds)
	if err != nil {
		t.Fatal(err)
	}
	// 1844674407370955162 * 10 wraps around to 4.
	huge, _, err := runCLI(t, "phrases", "-discover", "-top", "1844674407370955162", seeds)
	if err != nil || huge != all {
		t.Errorf("-top 1844674407370955162 (%v) does not show what -top 0 shows:\n%s\n---\n%s", err, huge, all)
	}
}

func TestPhrasesShowFamilies(t *testing.T) {
	out, _, err := runCLI(t, "phrases", "-show-families")
	if err != nil || !strings.Contains(out, `name = "close-neighbors"`) {
		t.Fatalf("err %v, out %.100s", err, out)
	}
}
