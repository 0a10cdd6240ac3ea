package phrases

import (
	"errors"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

func TestParsePatternErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"", "empty pattern"},
		{"   ", "empty pattern"},
		{"[a b", "missing closing ]"},
		{"(a|b", "missing closing )"},
		{"a ]", "unmatched ]"},
		{"a )", "unmatched )"},
		{"a | b", ""}, // valid: spaces around | are allowed
		{"|a", "| must stand between two words"},
		{"a|", "| must stand between two words"},
		{"a|[b]", "| must stand between two words"},
		{"* a", "cannot begin or end with a gap"},
		{"a *", "cannot begin or end with a gap"},
		{"[a] [b]", "every word is optional"},
		{"a * {3,1} b", "bad range"},
		{"a * {x} b", "whole numbers"},
		{"a * {0,99} b", "too long"},
		{"a * {0} b", "skips nothing"},
		{"a {1,2} b", "must follow *"},
		{"a * {1,2 b", "missing }"},
		{"a [] b", "empty [ ]"},
		{"peace , stability", `"," has no letters or digits`},
		{"close|a,b neighbors", `alternative "a,b" is more than one word`},
		{"peace, stability", ""},
		{"close neig}bors", "unexpected \"}\""},
		{"a (b|) c", "empty alternative"},
		// negations
		{"a !b", ""},
		{"!<b a", ""},
		{"a !(b c|d) e", ""},
		{"!<(x|y * {0,2} z) a !<w", ""},
		{"(a !b|c)", ""},
		{"!", "! must be followed by a word or a ( ... ) group"},
		{"a !", "! must be followed by a word or a ( ... ) group"},
		{"a ![b]", "! must be followed by a word or a ( ... ) group"},
		{"a !<*", "!< must be followed by a word or a ( ... ) group"},
		{"a !([b])", "every word after ! is optional"},
		{"!a", "every word is optional"},
		{"!a [b]", "every word is optional"},
		{"a * !b", "cannot begin or end with a gap"},
		{"!<b * a", "cannot begin or end with a gap"},
		{"a !(b", "missing closing )"},
		{"a !(b !c)", "a negation cannot hold another negation"},
		{"a !<(b [c (d|!<e)])", "a negation cannot hold another negation"},
	} {
		_, err := ParsePattern(tc.src)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%q: unexpected error %v", tc.src, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrPattern) {
			t.Errorf("%q: got error %v, want one containing %q", tc.src, err, tc.want)
		}
	}
}

func TestMatchSemantics(t *testing.T) {
	docs := docsOf(t,
		"China and the ROK are close neighbours. Seoul and Beijing are close and friendly neighbors. "+
			"They upgraded to a comprehensive strategic cooperative partnership. A strategic cooperative partnership is new. "+
			"They hailed win-win win-win cooperation. They stressed close ties. Republic of Korea and China met. "+
			"They agreed on China-ROK ties. The close. Neighbors were there.")
	d := docs[0]
	for _, tc := range []struct {
		pattern string
		want    []string // Text of each hit
		variant []string
	}{
		{"close neighbors", []string{"close neighbours"}, []string{"close neighbors"}},
		{"close * {0,2} neighbors", []string{"close neighbours", "close and friendly neighbors"}, nil},
		{"close * neighbors", nil, nil}, // exactly one word between: none
		{"close * {2} neighbors", []string{"close and friendly neighbors"}, nil},
		{"[comprehensive] strategic cooperative partnership",
			[]string{"comprehensive strategic cooperative partnership", "strategic cooperative partnership"},
			[]string{"comprehensive strategic cooperative partnership", "strategic cooperative partnership"}},
		{"south korea", []string{"ROK", "Republic of Korea"}, []string{"rok", "republic of korea"}},
		{"ROK and China", []string{"Republic of Korea and China"}, nil},
		{"china-south korea ties", []string{"China-ROK ties"}, nil},
		{"(close|friendly) ties", []string{"close ties"}, nil},
		{"close|friendly neighbors", []string{"close neighbours", "friendly neighbors"}, nil},
		// overlapping matches of one pattern count once: "win-win win-win cooperation"
		{"win-win [win-win] [cooperation]", []string{"win-win win-win cooperation"}, nil},
		// matches do not cross sentences
		{"the close neighbors", nil, nil},
		{"close", []string{"close", "close", "close", "close"}, nil},
		// punctuation in a pattern is dropped like in text
		{"close, neighbours.", []string{"close neighbours"}, nil},
	} {
		fam := Family{Name: "f", Patterns: []*Pattern{mustPattern(t, tc.pattern)}}
		m := NewMatcher([]Family{fam}, corpus.DefaultAliases(), MatchOptions{})
		var got, vars []string
		for _, o := range m.Match(d) {
			got = append(got, o.Text)
			vars = append(vars, o.Variant)
			if d.Raw[o.Start:o.End] != o.Text {
				t.Errorf("%q: offsets %d:%d do not give %q", tc.pattern, o.Start, o.End, o.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.pattern, got, tc.want)
		}
		if tc.variant != nil && strings.Join(vars, "|") != strings.Join(tc.variant, "|") {
			t.Errorf("%q: variants %q, want %q", tc.pattern, vars, tc.variant)
		}
	}
}

// TestNegation: !x (not followed by) and !<x (not preceded by) exclude
// matches by the words around them, within the sentence, and are not part of
// the match.
func TestNegation(t *testing.T) {
	d := docsOf(t, "Seoul seeks the peaceful reunification of the Korean Peninsula. "+
		"Beijing seeks peaceful reunification. Korea's peaceful reunification is far off. "+
		"Inter-Korean peaceful reunification stalled. They urged peaceful reunification of Korea. "+
		"China and the ROK are close neighbours. They are very close neighbors that cannot move. "+
		"It is not at all peaceful reunification.")[0]
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		{"peaceful reunification", []string{"peaceful reunification", "peaceful reunification", "peaceful reunification", "peaceful reunification", "peaceful reunification", "peaceful reunification"}},
		// not followed by: the excluded words are not part of any match
		{"peaceful reunification !(of the korean peninsula)", []string{"peaceful reunification", "peaceful reunification", "peaceful reunification", "peaceful reunification", "peaceful reunification"}},
		// an actor name in a negation is folded like one in text ("of Korea" = "of South Korea")
		{"peaceful reunification !(of the korean peninsula|of south korea)", []string{"peaceful reunification", "peaceful reunification", "peaceful reunification", "peaceful reunification"}},
		// not preceded by, also at the start of a sentence
		{"!<(korea's|inter-korean) peaceful reunification !(of the korean|of korea)", []string{"peaceful reunification", "peaceful reunification"}},
		// a gap inside a look-behind
		{"!<(not * {0,2}) peaceful reunification", []string{"peaceful reunification", "peaceful reunification", "peaceful reunification", "peaceful reunification", "peaceful reunification"}},
		// in the middle of a pattern: "very close neighbors" is excluded, "close neighbours" is not
		{"close !<(very close) neighbors", []string{"close neighbours"}},
		{"close neighbors !that", []string{"close neighbours"}},
		// a negation that never matches changes nothing; one that always matches excludes all
		{"close neighbors !(across the sea)", []string{"close neighbours", "close neighbors"}},
		{"!<are close neighbors", []string{"close neighbors"}},
		// a negation inside a choice applies to that alternative only
		{"(!<very close|are close) neighbors", []string{"are close neighbours"}},
		{"(!<very close|very close) neighbors", []string{"close neighbours", "very close neighbors"}},
	} {
		fam := Family{Name: "f", Patterns: []*Pattern{mustPattern(t, tc.pattern)}}
		m := NewMatcher([]Family{fam}, corpus.DefaultAliases(), MatchOptions{})
		var got []string
		for _, o := range m.Match(d) {
			got = append(got, o.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

// TestNestingAcrossPatterns: two patterns of one family matching overlapping
// text count once (the longest), while another family counts on its own.
func TestNestingAcrossPatterns(t *testing.T) {
	d := docsOf(t, "They built a comprehensive strategic cooperative partnership last year.")[0]
	fams := []Family{
		{Name: "a", Patterns: []*Pattern{mustPattern(t, "strategic cooperative partnership"), mustPattern(t, "comprehensive strategic cooperative partnership"), mustPattern(t, "cooperative partnership")}},
		{Name: "b", Patterns: []*Pattern{mustPattern(t, "cooperative partnership")}},
	}
	occ := NewMatcher(fams, nil, MatchOptions{Context: 20}).Match(d)
	if len(occ) != 2 || occ[0].Family != "a" || occ[0].Variant != "comprehensive strategic cooperative partnership" ||
		occ[1].Family != "b" || occ[1].Text != "cooperative partnership" {
		t.Fatalf("got %+v", occ)
	}
	if occ[0].Left != "They built a " || occ[0].Right != " last year." {
		t.Errorf("context %q / %q", occ[0].Left, occ[0].Right)
	}
}

func TestContext(t *testing.T) {
	raw := "Héllo\n\n  wörld, this is   the match and then more text"
	s := strings.Index(raw, "the match")
	l, r := Context(raw, s, s+len("the match"), 8)
	if l != "this is " {
		t.Errorf("left %q", l)
	}
	if r != " and the" {
		t.Errorf("right %q", r)
	}
	l, _ = Context(raw, s, s+3, 100)
	if l != "Héllo wörld, this is " {
		t.Errorf("left %q", l)
	}
}

// FuzzParsePattern: parsing never panics, and a parsed pattern compiles and
// matches the seeds without panicking.
func FuzzParsePattern(f *testing.F) {
	for _, fam := range DefaultFamilies() {
		for _, p := range fam.Patterns {
			f.Add(p.Source)
		}
	}
	for _, d := range seeds(f) { // sentences of the seeds as patterns
		for i, s := range d.Sentences {
			if i < 3 {
				f.Add(d.Raw[s.Start:s.End])
			}
		}
	}
	for _, s := range []string{"close * {0,4} neighbors", "[a [b (c|d e)]] f", "a|b|c", "(x", "a * {1,", "{}", "*",
		"a !b", "!<(x|y * {0,2} z) a !(b [c])", "(a !<b|c) d", "a !", "!<"} {
		f.Add(s)
	}
	d := docsOf(f, "China and South Korea are close neighbors that cannot be moved away. People-to-people exchanges grew.")[0]
	f.Fuzz(func(t *testing.T, src string) {
		p, err := ParsePattern(src)
		if err != nil {
			if !errors.Is(err, ErrPattern) {
				t.Fatalf("error %v does not wrap ErrPattern", err)
			}
			return
		}
		m := NewMatcher([]Family{{Name: "f", Patterns: []*Pattern{p}}}, corpus.DefaultAliases(), MatchOptions{Context: 5})
		for _, o := range m.Match(d) {
			if o.Start >= o.End || d.Raw[o.Start:o.End] != o.Text {
				t.Fatalf("bad occurrence %+v", o)
			}
		}
	})
}
