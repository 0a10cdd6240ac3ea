package corpus

import (
	"reflect"
	"strings"
	"testing"
)

func norms(tz *Tokenizer, s string) []string {
	var out []string
	for _, t := range tz.Tokens(nil, s, 0, len(s)) {
		out = append(out, t.Norm)
	}
	return out
}

func TestTokens(t *testing.T) {
	tz := NewTokenizer(nil, false)
	tests := []struct {
		in   string
		want []string
	}{
		{"mutual benefit and win-win outcomes", []string{"mutual", "benefit", "and", "win-win", "outcomes"}},
		{"China-ROK relations", []string{"china-rok", "relations"}},
		{"people-to-people exchanges", []string{"people-to-people", "exchanges"}},
		{"the 15th Five-Year Plan", []string{"the", "15th", "five-year", "plan"}},
		{"$298.9 billion and 6,650,000 visits", []string{"298.9", "billion", "and", "6,650,000", "visits"}},
		{"up 24.5 percent", []string{"up", "24.5", "percent"}},
		{"the two countries' heads of state", []string{"the", "two", "countries", "heads", "of", "state"}},
		{"China's core interests", []string{"china's", "core", "interests"}},
		{"Korea’s largest partner", []string{"korea's", "largest", "partner"}},
		{"close neighbours who cannot move apart", []string{"close", "neighbors", "who", "cannot", "move", "apart"}},
		{"emphasising the need", []string{"emphasizing", "the", "need"}},
		{"“panda tourism,” he said", []string{"panda", "tourism", "he", "said"}},
		{"U.S. policy", []string{"u.s", "policy"}},
		{"pre- and post-war", []string{"pre", "and", "post-war"}},
		{"Lee Jae\u2011myung", []string{"lee", "jae-myung"}},
		{"Cafe\u0301 culture", []string{"café", "culture"}},
		// a soft hyphen (&shy; of web pages) or a word joiner inside a word
		{"strate\u00adgic cooper\u2060ative partner\ufeffship", []string{"strategic", "cooperative", "partnership"}},
		{"+ ↺ − 16 px", []string{"16", "px"}},
	}
	for _, tt := range tests {
		if got := norms(tz, tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenOffsetsAndKinds(t *testing.T) {
	tz := NewTokenizer(nil, false)
	s := "Trade hit $298.9 billion, up 24.5%."
	toks := tz.Tokens(nil, s, 0, len(s))
	var surf []string
	for _, tk := range toks {
		surf = append(surf, tk.Surface(s))
	}
	if want := []string{"Trade", "hit", "298.9", "billion", "up", "24.5"}; !reflect.DeepEqual(surf, want) {
		t.Fatalf("surfaces %q, want %q", surf, want)
	}
	if toks[2].Kind != Number || toks[1].Kind != Word {
		t.Errorf("kinds: %v %v, want Number and Word", toks[2].Kind, toks[1].Kind)
	}
	if !toks[4].Stop == true && toks[4].Norm == "up" {
		t.Errorf("up should be a stopword")
	}
}

func TestStem(t *testing.T) {
	tz := NewTokenizer(nil, true)
	got := norms(tz, "strengthening cooperative partnerships win-win")
	want := []string{"strengthen", "cooper", "partnership", "win-win"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stemmed %q, want %q", got, want)
	}
	s := "does this"
	for _, tk := range tz.Tokens(nil, s, 0, len(s)) {
		if !tk.Stop {
			t.Errorf("%q (stem %q) is a stopword before stemming", tk.Surface(s), tk.Norm)
		}
	}
}

func TestFoldSpelling(t *testing.T) {
	tests := map[string]string{
		"neighbours": "neighbors", "neighbourhood": "neighborhood", "labour": "labor",
		"favourable": "favorable", "honour": "honor", "colour": "color",
		"emphasising": "emphasizing", "emphasised": "emphasized", "recognise": "recognize",
		"organisation": "organization", "organisations": "organizations", "modernisation": "modernization",
		"stabilise": "stabilize", "prioritising": "prioritizing", "analyse": "analyze",
		"centre": "center", "defence": "defense", "programme": "program", "travelled": "traveled",
		"neighbours-in-arms": "neighbors-in-arms",
		// never changed
		"promise": "promise", "advise": "advise", "exercise": "exercise", "enterprise": "enterprise",
		"hour": "hour", "four": "four", "tour": "tour", "journal": "journal", "rise": "rise",
		"compromise": "compromise", "surprise": "surprise", "otherwise": "otherwise", "premise": "premise",
		"house": "house", "poise": "poise", "noise": "noise", "raise": "raise", "praise": "praise",
	}
	for in, want := range tests {
		if got := FoldSpelling(in); got != want {
			t.Errorf("FoldSpelling(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStopwordsFile(t *testing.T) {
	s, err := ReadStopwords(strings.NewReader("# mine\nThe\n\nneighbours\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !s.Has("the") || !s.Has("neighbors") || s.Has("china") {
		t.Errorf("stopwords = %v", s)
	}
	if _, err := ReadStopwords(strings.NewReader("two words\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("want a line-numbered error, got %v", err)
	}
	if len(DefaultStopwords()) < 100 || DefaultStopwords().Has("china") {
		t.Errorf("default stopword list looks wrong (%d words)", len(DefaultStopwords()))
	}
}
