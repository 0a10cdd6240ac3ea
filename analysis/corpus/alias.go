package corpus

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Aliases map the names of an actor to one canonical name: ROK, Republic of
// Korea, South Korea and Korea are all "south korea". A variant written in
// capitals only (ROK, US, PRC) matches only capitals in the text, so the
// pronoun "us" is never the United States. Longer variants win, so "North
// Korea" is not "Korea".
type Aliases struct {
	byFirst map[string][]aliasVariant // keyed by the variant's first word
	// firsts has the bit WordHash(w) % firstBits set for each key w of
	// byFirst: Match asks it before the map, and most words are no key.
	firsts []uint64
}

const firstBits = 1 << 16

// index sets firsts from byFirst.
func (a *Aliases) index() {
	a.firsts = make([]uint64, firstBits/64)
	for w := range a.byFirst {
		h := WordHash(w) % firstBits
		a.firsts[h/64] |= 1 << (h % 64)
	}
}

type aliasVariant struct {
	words   []string // normalized words
	surface []string // for case-sensitive variants: the exact surface words
	canon   string
}

//go:embed aliases.txt
var defaultAliasText string

var defaultAliases = sync.OnceValue(func() *Aliases {
	a, err := ReadAliases(strings.NewReader(defaultAliasText))
	if err != nil {
		panic(err) // checked by a test
	}
	return a
})

// DefaultAliases is dipstat's built-in actor table (aliases.txt). It is
// shared: extend a copy made with Merge.
func DefaultAliases() *Aliases { return defaultAliases() }

// ReadAliases reads lines of the form
//
//	canonical name = variant | variant | ...
//
// Blank lines and lines starting with '#' are ignored. The canonical name is
// itself a variant.
func ReadAliases(r io.Reader) (*Aliases, error) {
	a := &Aliases{byFirst: map[string][]aliasVariant{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		name, vs, ok := strings.Cut(t, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("line %d: want \"canonical = variant | variant\", got %q", line, t)
		}
		if err := a.add(name, append([]string{name}, strings.Split(vs, "|")...)); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	a.index()
	return a, sc.Err()
}

func (a *Aliases) add(name string, variants []string) error {
	canon := strings.Join(normWords(name), " ")
	for _, v := range variants {
		v = strings.TrimSpace(v)
		if v == "" {
			return fmt.Errorf("empty variant of %q", name)
		}
		av := aliasVariant{words: normWords(v), canon: canon}
		if isAllCaps(v) {
			av.surface = strings.Fields(v)
		}
		a.byFirst[av.words[0]] = append(a.byFirst[av.words[0]], av)
	}
	for k, list := range a.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		a.byFirst[k] = list
	}
	return nil
}

// Merge returns a table with b's entries added to a's; b's variants win ties.
func (a *Aliases) Merge(b *Aliases) *Aliases {
	m := &Aliases{byFirst: map[string][]aliasVariant{}}
	for _, src := range []*Aliases{b, a} {
		for k, list := range src.byFirst {
			m.byFirst[k] = append(m.byFirst[k], list...)
		}
	}
	for k, list := range m.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		m.byFirst[k] = list
	}
	m.index()
	return m
}

// Match reports the actor named at toks[i:], the canonical name and how many
// tokens the name spans; n is 0 when no alias starts at i.
func (a *Aliases) Match(raw string, toks []Token, i int) (canon string, n int) {
	h := toks[i].Hash
	if h == 0 { // a Token not made by a Tokenizer
		h = WordHash(toks[i].Norm)
	}
	if h %= firstBits; a.firsts[h/64]&(1<<(h%64)) == 0 {
		return "", 0
	}
	for _, v := range a.byFirst[toks[i].Norm] {
		if i+len(v.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range v.words {
			t := toks[i+k]
			if t.Norm != w || v.surface != nil && t.Surface(raw) != v.surface[k] {
				ok = false
				break
			}
		}
		if ok {
			return v.canon, len(v.words)
		}
	}
	return "", 0
}

// Word maps a single normalized word to its canonical actor, when it is a
// one-word, case-insensitive variant or case does not matter to the caller
// (for example a part of a compound such as "china-rok").
func (a *Aliases) Word(w string) (string, bool) {
	for _, v := range a.byFirst[w] {
		if len(v.words) == 1 {
			return v.canon, true
		}
	}
	return "", false
}

func normWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) }) {
		out = append(out, normalizeWord(f))
	}
	return out
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
