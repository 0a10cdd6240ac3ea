package corpus

import (
	"context"
	"strings"
	"testing"
)

func TestNearDuplicate(t *testing.T) {
	base := "China and South Korea agreed to deepen the strategic cooperative partnership and expand trade. " +
		"Foreign ministers of the two countries met in Beijing on Monday for three hours of talks on the economy. " +
		"They reviewed progress on the free trade agreement and on a new visa-free policy for tourists and students. " +
		"The ministers discussed supply chains, people-to-people exchanges and regional peace on the Korean Peninsula. " +
		"Both sides pledged to respect each other's core interests and major concerns in the years ahead. " +
		"They also agreed to hold the next round of talks in Seoul before the end of the year with business leaders. " +
		"Officials from both foreign ministries described the meeting as candid, constructive and forward-looking. " +
		"Analysts in Seoul said the talks reflected a steady warming of ties after several difficult years of tension. " +
		"Trade between the two neighbors has grown quickly, and both governments want to keep supply chains stable. " +
		"A joint statement listed cooperation in green energy, digital trade, public health and cultural exchanges. "
	// a reprint with other quotes and spacing, a credit line and the last
	// word changed: a near-duplicate
	reprint := strings.Replace(strings.Replace(base, "other's", "other’s", 1), "cultural exchanges.", "cultural ties.", 1) + "\n\nNews.Az"
	// a different story sharing one sentence: not a duplicate
	other := "Japan and Korea held a summit on energy and climate. " +
		"They discussed supply chains, people-to-people exchanges and regional peace on the Korean Peninsula. " +
		"Officials said a joint statement would follow next week after further consultations with experts."
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte(base), "b.txt": []byte(reprint), "c.txt": []byte(other)})
	c, err := Load(context.Background(), []string{dir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range c.Entries {
		got[e.ID] = e.StatusText()
	}
	want := map[string]string{"a": "undated", "b": "duplicate-of a", "c": "undated"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
}

func TestSimilarityEstimate(t *testing.T) {
	tz := NewTokenizer(nil, false)
	mk := func(s string) fingerprint {
		d := &Document{Raw: s}
		d.Sentences = []Sentence{{Start: 0, End: len(s), Tokens: tz.Tokens(nil, s, 0, len(s))}}
		return fingerprintOf(d)
	}
	var words []string
	for i := 0; i < 400; i++ {
		words = append(words, "w"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	a := mk(strings.Join(words, " "))
	b := mk(strings.Join(words[:380], " ")) // Jaccard of 5-shingles: 376/396 = 0.95
	c := mk(strings.Join(words[200:], " ")) // Jaccard about 0.5
	if s := similarity(sig16(&a.sig), sig16(&b.sig)); s < 0.85 {
		t.Errorf("similarity of near copies = %.2f, want >= 0.85", s)
	}
	if s := similarity(sig16(&a.sig), sig16(&c.sig)); s > 0.7 {
		t.Errorf("similarity of half-overlapping texts = %.2f, want <= 0.7", s)
	}
}

// TestFingerprintFromTokenizer checks that the fingerprint built from the
// tokenizer's cached hashes equals the one computed from the tokens.
func TestFingerprintFromTokenizer(t *testing.T) {
	ps := NewParser(DefaultOptions())
	for _, text := range []string{
		"Xi said, News.Az reports, citing Xinhua, that China and Korea are close neighbors that cannot be moved away.",
		strings.Repeat("China and South Korea agreed to expand trade. ", 5),
		"short one",
	} {
		d := ps.Parse("x.txt", []byte(text))
		if want := fingerprintOf(d); d.fp != want {
			t.Errorf("%q: fingerprint from tokenizer hashes differs from fingerprintOf", text)
		}
	}
}

// fingerprintOf is the reference fingerprint, hashing each token's Norm
// anew; the loader uses the tokenizer's cached hashes instead.
func fingerprintOf(d *Document) fingerprint {
	var hs []uint64
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			hs = append(hs, hashString(t.Norm))
		}
	}
	return fingerprintHashes(hs)
}
