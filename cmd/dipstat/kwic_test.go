package main

import (
	"strings"
	"testing"
)

func TestKwicSeeds(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"kwic.pattern.golden", []string{"kwic", "close|important * {0,2} neighbors", seeds}},
		{"kwic.family.golden", []string{"kwic", "-family", "close-neighbors", "-width", "30", "-sort", "right", seeds}},
		{"kwic.alias.json.golden", []string{"kwic", "-format", "json", "-width", "20", "Republic of Korea and China", seeds}},
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

func TestKwicAlignment(t *testing.T) {
	out, _, err := runCLI(t, "kwic", "-width", "25", "people-to-people", seeds)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("want 6 hits, got %d:\n%s", len(lines), out)
	}
	col := -1
	for _, l := range lines {
		i := len([]rune(l[:strings.Index(l, "[")]))
		if col >= 0 && i != col {
			t.Errorf("match not aligned:\n%s", out)
		}
		col = i
	}
}

// TestKwicWidePadding: the left contexts are padded to the longest one
// shown, not to -width, so a wide -width costs no more than the text has.
// The first hit of "china" opens its document: it has no left context.
func TestKwicWidePadding(t *testing.T) {
	out, _, err := runCLI(t, "kwic", "-max", "1", "-width", "10000", "china", seeds)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "  [China]") || strings.Contains(out, strings.Repeat(" ", 100)) {
		t.Errorf("-width 10000 pads beyond the context shown:\n%.300s", out)
	}
}

func TestKwicErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"kwic"}, "needs a QUERY"},
		{[]string{"kwic", "close [neighbors", seeds}, "missing closing ]"},
		{[]string{"kwic", "-family", "nope", seeds}, `unknown family "nope"`},
		{[]string{"kwic", "-sort", "up", "x", seeds}, "-sort"},
		{[]string{"kwic", "-width", "-1", "x", seeds}, "-width"},
		{[]string{"kwic", "-max", "1", "-width", "99999999999", "china", seeds}, "-width"},
		{[]string{"kwic", "-width", "10001", "x", seeds}, "-width"},
	} {
		_, _, err := runCLI(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err, &strings.Builder{}) != exitUsage {
			t.Errorf("%v: got %v, want a usage error with %q", tc.args, err, tc.want)
		}
	}
	out, errOut, err := runCLI(t, "kwic", "-max", "2", "china", seeds)
	if err != nil || strings.Count(out, "\n") != 2 || !strings.Contains(errOut, "showing 2 of") {
		t.Errorf("-max: %v %q %q", err, out, errOut)
	}
	out, errOut, err = runCLI(t, "kwic", "zebra", seeds)
	if err != nil || out != "" || !strings.Contains(errOut, "no hits") {
		t.Errorf("no hits: %v %q %q", err, out, errOut)
	}
}
