package phrases

import "testing"

// TestReference: the embedded reference list loads, and reads ordinary news
// English as such: function words most common, the vocabulary of diplomatic
// formulas rare or absent.
func TestReference(t *testing.T) {
	r := reference()
	if r.total < 500_000 || len(r.words) < 15_000 {
		t.Fatalf("reference list: %v words, %d entries", r.total, len(r.words))
	}
	for _, tc := range []struct {
		word     string
		min, max float64 // per million
		classes  string  // the first class, "" for any
	}{
		{"the", 50_000, 100_000, "F"},
		{"said", 5_000, 10_000, "V"},
		{"countries", 50, 500, "N"},
		{"partnership", 10, 200, "N"},
		{"hegemony", 0.5, 10, "N"},
		{"multilateralism", 0, 1, ""}, // not in the list: half an occurrence
		{"win-win", 0, 1, ""},
	} {
		pm := r.perMillion(tc.word)
		if pm < tc.min || pm > tc.max {
			t.Errorf("%s: %.2f per million, want %g..%g", tc.word, pm, tc.min, tc.max)
		}
		if c := r.words[tc.word].classes; tc.classes != "" && (c == "" || c[:1] != tc.classes) {
			t.Errorf("%s: classes %q, want %s first", tc.word, c, tc.classes)
		}
	}
}
