package main

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestTermsGolden(t *testing.T) {
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"terms.top20.golden", []string{"terms", seeds, "-top", "20"}},
		{"terms.top20.json.golden", []string{"terms", seeds, "-top", "20", "-format", "json"}},
		{"ngrams.n3.llr.golden", []string{"ngrams", seeds, "-n", "3", "-measure", "llr"}},
		{"ngrams.n3.llr.json.golden", []string{"ngrams", seeds, "-n", "3", "-measure", "llr", "-format", "json"}},
		{"terms.period-quarter.top10.golden", []string{"terms", seeds, "-period", "quarter", "-top", "10"}},
		{"terms.keyness-latest.top10.golden", []string{"terms", seeds, "-keyness", "latest", "-period", "year", "-top", "10", "-min-count", "3"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			out, stderr, err := runCLI(t, tc.args...)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			golden(t, tc.golden, out)
		})
	}
}

func TestTermsJSONFields(t *testing.T) {
	out, _, err := runCLI(t, "ngrams", seeds, "-n", "2..3", "-period", "year", "-top", "5", "-format", "json")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 {
		t.Fatalf("want a row per term and period, got %d lines", len(lines))
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"term", "n", "count", "per10k", "docs", "period"} {
			if _, ok := m[k]; !ok {
				t.Errorf("%s: no %q", l, k)
			}
		}
		if m["period"] == "all" || strings.Contains(m["term"].(string), "  ") {
			t.Errorf("%s: want a period label and single spaces", l)
		}
	}
}

func TestTermsUsage(t *testing.T) {
	for _, args := range [][]string{
		{"terms", seeds, "-n", "0"},
		{"terms", seeds, "-n", "3..2"},
		{"ngrams", seeds, "-n", "6"},
		{"terms", seeds, "-measure", "nope"},
		{"terms", seeds, "-period", "decade"},
		{"terms", seeds, "-keyness", "1999"},
		{"terms", seeds, "-top", "-5"},
	} {
		_, _, err := runCLI(t, args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: want a usage error, got %v", args, err)
		}
	}
}

func TestTermsTfIdfAndAll(t *testing.T) {
	out, _, err := runCLI(t, "terms", seeds, "-tfidf", "3", "-format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(out, "\n"); lines != 1+5*3 {
		t.Errorf("tf-idf: want a header and 3 words for each of 5 documents, got %d lines:\n%s", lines, out)
	}
	all, _, _ := runCLI(t, "terms", seeds, "-top", "0", "-format", "csv")
	def, _, _ := runCLI(t, "terms", seeds, "-format", "csv")
	text, _, _ := runCLI(t, "terms", seeds)
	if all != def || strings.Count(all, "\n") < 500 {
		t.Errorf("csv lists all terms by default (%d lines) and -top 0 means all (%d lines)", strings.Count(def, "\n"), strings.Count(all, "\n"))
	}
	if n := strings.Count(text, "\n"); n != 2+50+1 {
		t.Errorf("text shows 50 terms by default, got %d lines", n)
	}
}

func FuzzNRange(f *testing.F) {
	for _, s := range []string{"1", "2", "1..3", "2-5", "0", "3..2", "..", "1..", " 2 .. 4 ", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var r nRange
		if err := r.Set(s); err != nil {
			return
		}
		if r.lo < 1 || r.hi > 5 || r.lo > r.hi {
			t.Fatalf("%q accepted as %d..%d", s, r.lo, r.hi)
		}
		var back nRange
		if err := back.Set(r.String()); err != nil || back != r {
			t.Fatalf("%q: String %q does not parse back (%v)", s, r.String(), err)
		}
	})
}

func TestTermsPeriodsAndKeynessOptions(t *testing.T) {
	out, _, err := runCLI(t, "terms", seeds, "-period", "auto", "-top", "3", "-format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, ",undated,") || !strings.HasPrefix(out, "term,n,period,count,per10k,docs,docshare\n") {
		t.Errorf("auto periods, long form:\n%s", out)
	}
	out, _, err = runCLI(t, "ngrams", seeds, "-keyness", "2025", "-period", "year", "-reference", "2023", "-min-count", "1", "-top", "2", "-format", "json")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n != 4 || !strings.Contains(out, `"direction":`) {
		t.Errorf("keyness 2025 vs 2023, 2 per direction: %d lines\n%s", n, out)
	}
	out, _, err = runCLI(t, "terms", seeds, "-raw", "-top", "1", "-format", "csv")
	if err != nil || !strings.Contains(out, "\nthe,1,all,") {
		t.Errorf("-raw: the most frequent word is 'the': %v\n%s", err, out)
	}
}

func TestTermsStopwordsAndStem(t *testing.T) {
	stop := t.TempDir() + "/stop.txt"
	if err := os.WriteFile(stop, []byte("# custom list\nchina\nand\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, "terms", seeds, "-stopwords", stop, "-top", "5", "-format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "\nchina,") || !strings.Contains(out, "\nthe,") {
		t.Errorf("-stopwords replaces the list: china is a stopword, the is not:\n%s", out)
	}
	out, _, err = runCLI(t, "terms", seeds, "-stem", "-top", "0", "-format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\ncooper,") || strings.Contains(out, "\ncooperation,") {
		t.Errorf("-stem: want cooper, not cooperation")
	}
}
