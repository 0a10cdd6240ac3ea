package main

import (
	"strings"
	"testing"
)

// trilingual is the README's example folder: one article each in English,
// Chinese and Korean, on the same figure and the same formulas.
const trilingual = "../../testdata/trilingual"

// TestTrilingualExample runs the README's Chinese and Korean example: one
// family with its variants from all three languages, one value for 2989亿美元,
// 2천989억 달러 and $298.9 billion, and the concordance with each hit's lang.
func TestTrilingualExample(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"phrases.trilingual.variants", []string{"phrases", "-top", "3", trilingual}},
		{"figures.trilingual", []string{"figures", trilingual}},
		{"kwic.trilingual.close-neighbors", []string{"kwic", "-family", "close-neighbors", "-width", "16", "-format", "csv", trilingual}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, err := runCLI(t, c.args...)
			if err != nil {
				t.Fatalf("err %v, stderr %s", err, errOut)
			}
			if c.name == "phrases.trilingual.variants" {
				out = out[strings.Index(out, "Variants of"):]
			}
			golden(t, c.name+".stdout", out)
		})
	}
}
