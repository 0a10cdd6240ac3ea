package phrases

import (
	"slices"
	"testing"
)

// TestGroupCompounds: a hyphenated compound shares its parts' core words,
// so its spaced spelling is the same candidate family; words that merely
// contain a part elsewhere are not pulled in.
func TestGroupCompounds(t *testing.T) {
	docs := docsOf(t,
		"Leaders agreed to expand people-to-people exchanges. Tourism grew.",
		"Both sides hailed people-to-people exchanges again. Trade grew.",
		"They vowed more people to people exchanges this year. Ports grew.",
		"Officials praised people to people exchanges on Monday. Farms grew.",
		"Firms want supply-chain resilience now. Many people travel.",
		"Ministers discussed supply-chain resilience again. Many people travel.",
	)
	res := discover(t, docs, DefaultDiscoverOptions())
	checkFamilies(t, res, []familyPair{
		{"people-to-people exchanges", "people to people exchanges", true},
		{"people-to-people exchanges", "supply-chain resilience", false},
	})
}

func TestCoreWords(t *testing.T) {
	dc, err := NewDiscoverer(nil, DefaultDiscoverOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		{"exchanges", "exchang"},
		{"people-to-people", "people-to-peopl peopl"},
		{"supply-chain", "supply-chain suppli chain"},
		{"supply-chains", "supply-chain suppli chain"},
		{"win-win", "win-win win"},
	} {
		if got := dc.coreWords(tc.in); got != tc.want {
			t.Errorf("coreWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDecodeRecomputesCores: a Discoverer decoded from a file written with
// an older grouping key (the stem cut to six letters) groups by the current
// inflection keys.
func TestDecodeRecomputesCores(t *testing.T) {
	docs := docsOf(t,
		"Leaders hailed economic globalization and the global south today.",
		"Ministers praised economic globalization and the global south again.")
	dc := discoverer(t, docs, DefaultDiscoverOptions())
	want := slices.Clone(dc.core)
	for i, c := range dc.core {
		if c != "" {
			dc.core[i] = coreStem6(c) // as files written before issue 23's fix hold them
		}
	}
	if slices.Equal(dc.core, want) {
		t.Fatal("the old keys equal the new ones: nothing tested")
	}
	got := encodeDiscoverer(t, dc).core
	if !slices.Equal(got, want) {
		t.Errorf("decoded cores %q, want %q", got, want)
	}
}

// coreStem6 is the old key: the first six letters.
func coreStem6(s string) string {
	if r := []rune(s); len(r) > 6 {
		return string(r[:6])
	}
	return s
}

// familyPair says whether two phrases should be in one candidate family.
type familyPair struct {
	a, b string
	same bool
}

// checkFamilies checks that the phrases of each pair are in candidate
// families, one or two as the pair says.
func checkFamilies(t *testing.T, res *Discovery, pairs []familyPair) {
	t.Helper()
	cand := map[string]int{}
	for _, p := range res.Phrases {
		cand[p.Text] = p.Candidate
	}
	for _, tc := range pairs {
		ca, oka := cand[tc.a]
		cb, okb := cand[tc.b]
		if !oka || !okb || ca < 0 || cb < 0 {
			t.Errorf("%q (%v) or %q (%v) not in a candidate family", tc.a, oka, tc.b, okb)
			continue
		}
		if (ca == cb) != tc.same {
			t.Errorf("%q in %q, %q in %q: same family %v, want %v", tc.a, res.Candidates[ca].Name, tc.b, res.Candidates[cb].Name, ca == cb, tc.same)
		}
	}
}
