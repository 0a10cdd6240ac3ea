package main

import (
	"errors"
	"strings"
	"testing"
)

func TestFiguresSeeds(t *testing.T) {
	cases := []struct {
		name string
		args []string
	}{
		{"figures.text.golden", []string{"figures", seeds}},
		{"figures.csv.golden", []string{"figures", "-format", "csv", seeds}},
		{"figures.json.golden", []string{"figures", "-format", "json", seeds}},
		{"figures.series.golden", []string{"figures", "-series", seeds}},
		{"figures.kind.golden", []string{"figures", seeds, "-kind", "money,energy,power,mass", "-min", "1000"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, err := runCLI(t, c.args...)
			if err != nil {
				t.Fatalf("err %v, stderr %s", err, errOut)
			}
			if errOut != "" {
				t.Errorf("unexpected stderr: %s", errOut)
			}
			golden(t, c.name, out)
		})
	}
}

func TestFiguresJSONFields(t *testing.T) {
	out, _, err := runCLI(t, "figures", "-format", "json", "-kind", "money", seeds)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"text":"$298.9 billion","value":298900000000,"unit":"USD","kind":"money","qualifier":"","subject":"bilateral trade volume","period":"2025-01/2025-11",`
	if !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 1 {
		t.Errorf("json output:\n%s", out)
	}
	for _, k := range []string{`"sentence":`, `"doc":"004_64ad34e87ad9af5a"`, `"date":"2025-12-31"`, `"start":3209`, `"end":3223`} {
		if !strings.Contains(out, k) {
			t.Errorf("json output lacks %s:\n%s", k, out)
		}
	}
}

func TestFiguresUsage(t *testing.T) {
	for _, args := range [][]string{
		{"figures", "-kind", "bogus", seeds},
		{"figures", "-format", "xml", seeds},
		{"figures", "-series", "-min-points", "0", seeds},
		{"figures", "-min", "x", seeds},
		{"figures", "-min", "NaN", seeds},
		{"figures", "-min", "Inf", seeds},
	} {
		_, _, err := runCLI(t, args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: err %v, want a usage error", args, err)
		}
	}
}
