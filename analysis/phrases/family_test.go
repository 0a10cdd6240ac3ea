package phrases

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultFamilies(t *testing.T) {
	fams := DefaultFamilies()
	// the families of testdata/devset/README.md ("Formula families"), by name
	want := []string{"close-neighbors", "inseparable-partners", "core-interests", "strategic-partnership",
		"mutual-benefit", "win-win-cooperation", "people-to-people", "one-china", "true-multilateralism",
		"new-era", "right-side-of-history", "supply-chains", "korean-peninsula", "common-ground",
		"good-neighborliness", "community-shared-future", "mutual-benefit-strategic-relationship",
		"four-political-documents", "history-as-mirror", "face-history", "constructive-stable-relations",
		"three-principles", "five-principles", "guardrails", "decoupling", "de-risking",
		"small-yard-high-fence", "cold-war-mentality", "non-interference", "hegemonism",
		"unilateralism-protectionism", "taiwan-question", "four-goods", "asean-centrality",
		"south-china-sea-code", "shared-values", "rules-based-order", "free-open-indo-pacific",
		"ironclad-alliance", "extended-deterrence", "trilateral-cooperation", "future-oriented",
		"shuttle-diplomacy", "belt-and-road", "global-initiatives", "regional-peace-stability",
		"mutual-trust", "dialogue-consultation", "strategic-communication", "open-world-economy",
		"global-south", "kim-obuchi-declaration"}
	if len(fams) != len(want) {
		t.Errorf("%d built-in families, want %d", len(fams), len(want))
	}
	have := map[string]bool{}
	for _, f := range fams {
		have[f.Name] = true
		if f.Description == "" || len(f.Patterns) == 0 {
			t.Errorf("family %s lacks a description or patterns", f.Name)
		}
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("missing built-in family %s", w)
		}
	}
}

func TestReadFamiliesErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"syntax", "[[family]]\nname = \"a\"\npatterns = [\"x\"\n", "line 3: expected a comma"},
		{"unknown key", "[[family]]\nname = \"a\"\npattern = [\"x\"]\n", `line 3: unknown key "family.pattern"`},
		{"unknown top key", "replace = true\nfamilies = 3\n", `line 2: unknown key "families"`},
		{"no name", "[[family]]\npatterns = [\"x\"]\n", "line 1: family has no name"},
		{"no patterns", "[[family]]\nname = \"a\"\n", `line 1: family "a" has no patterns`},
		{"bad name", "[[family]]\nname = \"-a\"\npatterns = [\"x\"]\n", "line 2: family name"},
		{"duplicate", "[[family]]\nname = \"a\"\npatterns = [\"x\"]\n\n[[family]]\nname = \"A\"\npatterns = [\"y\"]\n",
			`line 5: family "A" is defined twice (first at line 1)`},
		{"bad pattern", "[[family]]\nname = \"a\"\npatterns = [\n  \"ok\",\n  \"close [neighbors\",\n]\n",
			`line 5: family "a": "close [neighbors": column 17: missing closing ]`},
		{"wrong type", "[[family]]\nname = 3\npatterns = [\"x\"]\n", "line"},
	} {
		_, err := ReadFamilies(strings.NewReader(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrFamilies) {
			t.Errorf("%s: got %v, want an error containing %q", tc.name, err, tc.want)
		} else {
			t.Logf("%s: %v", tc.name, err)
		}
	}
}

func TestCombine(t *testing.T) {
	src := `
[[family]]
name = "core-interests"
description = "replaced"
patterns = ["core interests"]

[[family]]
name = "harmony-without-conformity"
description = "added"
patterns = ["harmony without conformity"]
`
	f, err := ReadFamilies(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	base := DefaultFamilies()
	all := Combine(base, f)
	if len(all) != len(base)+1 || all[len(all)-1].Name != "harmony-without-conformity" {
		t.Fatalf("added family missing: %d families", len(all))
	}
	for i, fam := range all[:len(base)] {
		if fam.Name != base[i].Name {
			t.Fatalf("order changed at %d", i)
		}
		if fam.Name == "core-interests" && fam.Description != "replaced" {
			t.Errorf("core-interests not replaced")
		}
	}
	f2, err := ReadFamilies(strings.NewReader("replace = true\n" + src))
	if err != nil {
		t.Fatal(err)
	}
	if got := Combine(base, f2); len(got) != 2 {
		t.Errorf("replace kept %d families", len(got))
	}
}

// FuzzReadFamilies: reading never panics; a file that reads has named
// families with patterns.
func FuzzReadFamilies(f *testing.F) {
	f.Add(DefaultFamiliesText())
	f.Add("replace = true\n[[family]]\nname = \"a\"\npatterns = [\"a|b [c] * {0,2} d\"]\n")
	f.Add("[[family]]\nname = \"a\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		ff, err := ReadFamilies(strings.NewReader(src))
		if err != nil {
			if !errors.Is(err, ErrFamilies) {
				t.Fatalf("error %v does not wrap ErrFamilies", err)
			}
			return
		}
		for _, fam := range ff.Families {
			if fam.Name == "" || len(fam.Patterns) == 0 {
				t.Fatalf("family without name or patterns: %+v", fam)
			}
		}
	})
}

// TestDefaultFamiliesNotes: every built-in family carries a comment saying
// where the formula is used, between its [[family]] header and its name.
func TestDefaultFamiliesNotes(t *testing.T) {
	blocks := strings.Split(DefaultFamiliesText(), "\n[[family]]\n")[1:]
	if len(blocks) != len(DefaultFamilies()) {
		t.Fatalf("%d [[family]] blocks, %d families", len(blocks), len(DefaultFamilies()))
	}
	for _, b := range blocks {
		head, _, _ := strings.Cut(b, "\nname = ")
		name := strings.SplitN(strings.SplitN(b, "name = \"", 2)[1], "\"", 2)[0]
		if !strings.HasPrefix(head, "# ") && !strings.Contains(head, "\n# ") {
			t.Errorf("family %s has no comment on where the formula is used", name)
		}
	}
}
