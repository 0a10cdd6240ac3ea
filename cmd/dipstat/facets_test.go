package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestFacetsSeeds: -by on phrases and figures, alone and with -period, on
// the built-in facets and on a -meta column.
func TestFacetsSeeds(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"phrases.by-side.period-quarter.stdout", []string{"phrases", "-by", "side", "-period", "quarter", seeds}},
		{"phrases.by-speaker.period-year.csv.stdout", []string{"phrases", "-by", "speaker", "-period", "year", "-format", "csv", seeds}},
		{"phrases.by-desk.meta.period-year.stdout", []string{"phrases", "-by", "desk", "-meta", "testdata/facets.meta.csv", "-period", "year", seeds}},
		{"figures.by-source.stdout", []string{"figures", "-by", "source", seeds}},
		{"figures.by-outlet.meta.period-year.csv.stdout", []string{"figures", "-by", "outlet", "-meta", "testdata/facets.meta.csv", "-period", "year", "-format", "csv", seeds}},
		{"terms.by-side.top5.stdout", []string{"terms", "-by", "side", "-top", "5", seeds}},
		{"ngrams.by-desk.meta.period-year.top2.stdout", []string{"ngrams", "-by", "desk", "-meta", "testdata/facets.meta.csv", "-period", "year", "-top", "2", seeds}},
		{"terms.keyness-side-china-rok.top5.stdout", []string{"terms", "-keyness", "side=China:ROK", "-top", "5", seeds}},
		{"ngrams.keyness-desk-diplomacy-summits.csv.stdout", []string{"ngrams", "-keyness", "desk=diplomacy:summits", "-meta", "testdata/facets.meta.csv", "-min-count", "1", "-top", "3", "-format", "csv", seeds}},
		{"phrases.echo-1000d.stdout", []string{"phrases", "-echo", "1000d", seeds}},
		{"phrases.echo-30d.json.stdout", []string{"phrases", "-echo", "30d", "-format", "json", seeds}},
		{"kwic.close-neighbors.by-side.stdout", []string{"kwic", "close neighbors", "-by", "side", "-width", "30", seeds}},
		{"kwic.core-interests.by-speaker.csv.stdout", []string{"kwic", "-family", "core-interests", "-by", "speaker", "-format", "csv", seeds}},
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

// TestFacetTotals: whatever the facet, the rows of a family add up to the
// family's occurrences in dipstat phrases, and the periods to the total.
func TestFacetTotals(t *testing.T) {
	plain, _, err := runCLI(t, "phrases", "-period", "year", "-format", "json", seeds)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{}
	for _, l := range strings.Split(strings.TrimSpace(plain), "\n") {
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		want[o["family"].(string)]++
	}
	for _, by := range []string{"side", "speaker", "outlet", "desk", "lang"} {
		out, _, err := runCLI(t, "phrases", "-by", by, "-meta", "testdata/facets.meta.csv", "-period", "year", "-format", "json", seeds)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]float64{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var o map[string]any
			if err := json.Unmarshal([]byte(l), &o); err != nil {
				t.Fatal(err)
			}
			if o[by] == nil || o[by] == "" {
				t.Errorf("-by %s: no %s in %s", by, by, l)
			}
			n := o["occurrences"].(float64)
			sum := 0.0
			for _, p := range []string{"2023", "2024", "2025", "undated"} {
				sum += o[p].(float64)
			}
			if sum != n {
				t.Errorf("-by %s: periods add up to %v, not %v: %s", by, sum, n, l)
			}
			got[o["family"].(string)] += n
		}
		for f, n := range want {
			if got[f] != n {
				t.Errorf("-by %s: %s has %v occurrences, want %v", by, f, got[f], n)
			}
		}
	}
}

func TestFacetUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"phrases", "-by", "a b", seeds}, "-by: \"a b\" is not a field name"},
		{[]string{"phrases", "-by", "text", seeds}, "-by: \"text\" is the article itself"},
		{[]string{"phrases", "-by", "side", "-discover", seeds}, "does not combine with -discover"},
		{[]string{"figures", "-by", "side", "-series", seeds}, "does not combine with -series"},
		{[]string{"figures", "-period", "year", seeds}, "-period needs -by"},
		{[]string{"figures", "-by", "side", "-period", "decade", seeds}, "-period"},
		{[]string{"terms", "-by", "side", "-keyness", "latest", seeds}, "-by does not combine with -keyness"},
		{[]string{"terms", "-by", "outlet", "-tfidf", "3", seeds}, "-by does not combine with -keyness or -tfidf"},
		{[]string{"kwic", "close", "-by", "x y", seeds}, "-by:"},
		{[]string{"phrases", "-echo", "30 days", seeds}, "-echo: want a number of days such as 30d"},
		{[]string{"phrases", "-echo", "30d", "-by", "side", seeds}, "does not combine with -discover or -by"},
		{[]string{"phrases", "-echo", "30d", "-discover", seeds}, "does not combine with -discover or -by"},
		{[]string{"terms", "-keyness", "side=China:Japan", seeds}, `-keyness: no side "Japan" in the corpus (side: China, ROK, narrator, unknown)`},
		{[]string{"terms", "-keyness", "side=China", seeds}, "want FACET=A:B"},
		{[]string{"terms", "-keyness", "side=China:ROK", "-period", "year", seeds}, "does not combine with -period"},
		{[]string{"ngrams", "-keyness", "side=China:ROK", "-by", "outlet", seeds}, "does not combine"},
	} {
		_, _, err := runCLI(t, tc.args...)
		var ue usageError
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want a usage error with %q", tc.args, err, tc.want)
		}
	}
}

// TestTermsByFacetTotals: the tokens of the values add up to the corpus's,
// whether the facet splits documents (outlet) or sentences (side, speaker).
func TestTermsByFacetTotals(t *testing.T) {
	all, _, err := runCLI(t, "terms", "-top", "0", "-format", "json", seeds)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{}
	for _, l := range strings.Split(strings.TrimSpace(all), "\n") {
		var o map[string]any
		json.Unmarshal([]byte(l), &o)
		want[o["term"].(string)] = o["count"].(float64)
	}
	for _, by := range []string{"side", "speaker", "outlet"} {
		out, _, err := runCLI(t, "terms", "-by", by, "-top", "0", "-format", "json", seeds)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]float64{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var o map[string]any
			if err := json.Unmarshal([]byte(l), &o); err != nil {
				t.Fatal(err)
			}
			got[o["term"].(string)] += o["count"].(float64)
		}
		if len(got) != len(want) {
			t.Errorf("-by %s: %d terms, want %d", by, len(got), len(want))
		}
		for term, n := range want {
			if got[term] != n {
				t.Errorf("-by %s: %q counted %v times, want %v", by, term, got[term], n)
			}
		}
	}
}

// TestFacetJSONLField: -by reads any field of JSONL and CSV records; a
// record without it counts as (none).
func TestFacetJSONLField(t *testing.T) {
	dir := t.TempDir()
	jsonl := `{"id":"a1","date":"2025-01-10","section":"Diplomacy","text":"China and South Korea are close neighbors, Wang Yi said."}
{"id":"a2","date":"2025-02-11","section":"Economy","text":"Officials called the two countries close neighbors again."}
{"id":"a3","date":"2025-02-12","text":"Seoul and Beijing remain close neighbors, the ministry said."}
`
	csv := "id,date,section,text\nc1,2025-03-01,Economy,\"Lee said both are close neighbors that cannot move away.\"\n"
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCLI(t, "phrases", "-by", "section", "-period", "month", "-format", "csv", dir)
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	got := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Split(l, ",")
		got[f[0]+"|"+f[1]] = f[2]
	}
	want := map[string]string{"close-neighbors|Economy": "2", "close-neighbors|Diplomacy": "1", "close-neighbors|(none)": "1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("-by section: %v, want %v\n%s", got, want, out)
	}
}

// TestReportActors: the report takes -actors, from the command line or its
// configuration file, and a bad file stops it before anything is written.
func TestReportActors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad-actors.txt")
	if err := os.WriteFile(bad, []byte("Jaishankar = S. Jaishankar\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "dipstat.toml")
	if err := os.WriteFile(cfg, []byte("out = \""+filepath.Join(dir, "out")+"\"\nactors = \""+bad+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"report", "-out", filepath.Join(dir, "out"), "-actors", bad, seeds},
		{"report", "-config", cfg, seeds},
	} {
		_, _, err := runCLI(t, args...)
		if err == nil || !strings.Contains(err.Error(), "bad-actors.txt: line 1") {
			t.Errorf("%v: got %v, want the file and line of the bad -actors", args, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); !os.IsNotExist(err) {
		t.Errorf("a report with a bad -actors wrote its output folder (%v)", err)
	}
}
