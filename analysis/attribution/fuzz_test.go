package attribution

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// FuzzDocument checks that attribution never panics, gives one attribution
// per sentence, and never leaves a speaker, side or cue empty. The seed
// corpus is the seed articles and the test cases.
func FuzzDocument(f *testing.F) {
	for _, d := range loadSeeds(f) {
		f.Add(d.Raw)
	}
	for _, c := range cases {
		f.Add(c.text)
	}
	for _, s := range []string{"", ":", "Q:", "\"", "“", "”", "\"\"\"", "Xi said", "said", "according to",
		"he said.", "Mao Ning:\n\nA: b", "quoted as saying", "X's data showed", "the two sides",
		"Lee Lee Lee said", "“A.\n\n“B.\n\n“C,” he said.", "Kim said: “", "«a» said Putin", "’s said"} {
		f.Add(s)
	}
	at := New(nil, Options{})
	ps := corpus.NewParser(corpus.DefaultOptions())
	f.Fuzz(func(t *testing.T, s string) {
		d := ps.Parse("fuzz.txt", []byte(s))
		atts := at.Document(d)
		if len(atts) != len(d.Sentences) {
			t.Fatalf("%q: %d attributions for %d sentences", s, len(atts), len(d.Sentences))
		}
		for i, a := range atts {
			if a.Speaker == "" || a.Side == "" || a.Cue == "" {
				t.Fatalf("%q: sentence %d: empty field in %+v", s, i, a)
			}
			if !utf8.ValidString(a.Speaker) {
				t.Fatalf("%q: speaker %q is not valid UTF-8", s, a.Speaker)
			}
		}
		for off := 0; off <= len(d.Raw); off += 1 + len(d.Raw)/16 {
			At(d, atts, off)
		}
	})
}

// FuzzTrimClosers: trimClosers trims what strings.TrimRight with its cut
// set does, on any text.
func FuzzTrimClosers(f *testing.F) {
	for _, s := range []string{"", "PSA", "PSA,", "(PSA).", "“PSA”", "PSA’s", "Korea’", "x”’;.", "”", "\u2019\u201d", "\xe2\x80", "a\x99", "\x80\x9d", "é,", "a\u201c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimClosers(s), strings.TrimRight(s, ",.;:)\"”'’"); got != want {
			t.Errorf("trimClosers(%q) = %q, want %q", s, got, want)
		}
	})
}
