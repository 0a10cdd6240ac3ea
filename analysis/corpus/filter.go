package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Matcher keeps the documents whose article text mentions one of its words
// or phrases (Options.Match). It is cheap where most documents do not
// match: MayMatch tests an input's raw bytes for each term's longest word,
// as a case-insensitive substring, before a page is extracted or a text
// tokenized; Match then decides on the article text alone, whole words
// only, so a menu that says "Korea" does not make a football report match.
type Matcher struct {
	terms []matchTerm
	ascii [][]byte // the ASCII needles of MayMatch, lower case
	other []string // the other needles, lower case
	buf   []byte   // scratch for lowering, per goroutine: see clone
}

type matchTerm struct {
	phrase string // lower case, words joined by single spaces
	prefix bool   // "korea*": any word that starts so
	// Korean, Chinese and Japanese words take particles or stand in runs of
	// text without spaces: a term that starts (ends) with one of their
	// letters matches whatever comes before (after) it.
	openStart, openEnd bool
}

// ParseMatch reads a comma-separated list of words or phrases ("Korea,ROK,
// South China Sea"); a term ending in * matches words starting with it
// ("Korea*" matches Korean). Case does not matter.
func ParseMatch(s string) (*Matcher, error) {
	m := &Matcher{}
	seen := map[string]bool{}
	for _, t := range strings.Split(s, ",") {
		words := strings.Fields(strings.ToLower(t))
		if len(words) == 0 {
			continue
		}
		mt := matchTerm{phrase: strings.Join(words, " ")}
		if p, ok := strings.CutSuffix(mt.phrase, "*"); ok {
			mt.phrase, mt.prefix = strings.TrimSpace(p), true
		}
		if strings.ContainsAny(mt.phrase, "*") {
			return nil, fmt.Errorf("%q: * may only end a term", strings.TrimSpace(t))
		}
		if !strings.ContainsFunc(mt.phrase, isWordRune) {
			return nil, fmt.Errorf("%q has no letter or digit", strings.TrimSpace(t))
		}
		first, _ := utf8.DecodeRuneInString(mt.phrase)
		last, _ := utf8.DecodeLastRuneInString(mt.phrase)
		mt.openStart, mt.openEnd = isCJK(first), isCJK(last)
		key := fmt.Sprint(mt.phrase, mt.prefix)
		if seen[key] {
			continue
		}
		seen[key] = true
		m.terms = append(m.terms, mt)
		n := needle(mt.phrase)
		if isASCII(n) {
			m.ascii = append(m.ascii, []byte(n))
		} else {
			m.other = append(m.other, n)
		}
	}
	if len(m.terms) == 0 {
		return nil, errors.New("no word or phrase given")
	}
	return m, nil
}

// String lists the terms, as given to ParseMatch.
func (m *Matcher) String() string {
	var out []string
	for _, t := range m.terms {
		s := t.phrase
		if t.prefix {
			s += "*"
		}
		out = append(out, s)
	}
	return strings.Join(out, ",")
}

// needle is the longest run of letters and digits of a phrase: what any
// text that mentions the phrase contains, whatever its spacing.
func needle(phrase string) string {
	best := ""
	for _, w := range strings.FieldsFunc(phrase, func(r rune) bool { return !isWordRune(r) }) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Hangul, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// clone gives a goroutine its own scratch buffer.
func (m *Matcher) clone() *Matcher {
	if m == nil {
		return nil
	}
	c := *m
	c.buf = nil
	return &c
}

// MayMatch reports whether raw (an input's text or a page's HTML) may
// mention a term: it holds the longest word of one, in any case. It never
// says no to a document that Match would keep, unless the page writes the
// word with character references (&#75;orea).
func (m *Matcher) MayMatch(raw []byte) bool {
	if len(m.ascii) > 0 {
		m.buf = asciiLower(m.buf[:0], raw)
		for _, n := range m.ascii {
			if bytes.Contains(m.buf, n) {
				return true
			}
		}
	}
	if len(m.other) > 0 {
		lower := bytes.ToLower(raw)
		for _, n := range m.other {
			if bytes.Contains(lower, []byte(n)) {
				return true
			}
		}
	}
	return false
}

// asciiLower appends b with A-Z lowered to dst.
func asciiLower(dst, b []byte) []byte {
	dst = slices.Grow(dst, len(b))[:len(b)]
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst
}

// Match reports whether a document's article text (its sentences: not the
// date header, credits or debris cleaning removed) mentions a term as whole
// words, in any case and spacing.
func (m *Matcher) Match(d *Document) bool {
	for _, s := range d.Sentences {
		text := strings.Join(strings.Fields(strings.ToLower(d.Raw[s.Start:s.End])), " ")
		for _, t := range m.terms {
			if t.in(text) {
				return true
			}
		}
	}
	return false
}

// in reports whether the term occurs in text as whole words.
func (t matchTerm) in(text string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], t.phrase)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(t.phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (t.openStart || start == 0 || !isWordRune(before)) && (t.prefix || t.openEnd || end == len(text) || !isWordRune(after)) {
			return true
		}
		from = start + 1
	}
}

// ParseLangs reads a comma-separated list of ISO 639-1 language codes
// ("en,ko").
func ParseLangs(s string) ([]string, error) {
	var out []string
	for _, c := range strings.Split(s, ",") {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" {
			continue
		}
		if b, err := language.ParseBase(c); len(c) != 2 || err != nil || b.String() != c {
			return nil, fmt.Errorf("%q is not an ISO 639-1 language code (two letters, like en or ko)", c)
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no language code given")
	}
	return out, nil
}

// primaryLang is the language subtag of a language tag, lower case:
// "zh-Hans" and "zh-Hant" are zh, "en-GB" is en, so -lang takes ISO 639-1
// codes whatever a document's tag adds.
func primaryLang(tag string) string {
	tag, _, _ = strings.Cut(tag, "-")
	tag, _, _ = strings.Cut(tag, "_")
	return strings.ToLower(tag)
}

// Why filters leave a document out.
const (
	leftMatch = "match"
	leftLang  = "lang"
)

// LeftOut counts the documents the filters left out: not listed, not
// counted.
type LeftOut struct {
	Match int // mention no term of Options.Match
	Lang  int // not in a language of Options.Lang
}

// note says what the filters left out, or "" when nothing.
func (l LeftOut) note(opts Options) string {
	var parts []string
	if l.Match > 0 {
		parts = append(parts, fmt.Sprintf("%s %s that %s none of -match %s", thousands(l.Match),
			plural(l.Match, "document", "documents"), plural(l.Match, "mentions", "mention"), opts.Match))
	}
	if l.Lang > 0 {
		parts = append(parts, fmt.Sprintf("%s %s not in -lang %s", thousands(l.Lang),
			plural(l.Lang, "document", "documents"), strings.Join(opts.Lang, ",")))
	}
	if len(parts) == 0 {
		return ""
	}
	return "left out " + strings.Join(parts, " and ")
}

// filter says why the filters leave out a counted document, or "". A
// document's language is the one its format declares, else the one its
// script shows (see detectLang).
func (p *processor) filter(d *Document) string {
	if d.Status != StatusOK && d.Status != StatusUndated {
		return ""
	}
	if p.match != nil && !p.match.Match(d) {
		return leftMatch
	}
	if len(p.opts.Lang) > 0 {
		if !slices.Contains(p.opts.Lang, primaryLang(d.Lang)) {
			return leftLang
		}
	}
	return ""
}
