package phrases

import (
	"regexp"
	"sort"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Korean writes the nouns of a compound with or without spaces, and news
// does both: 전략적 협력 동반자 관계, 전략적 협력동반자 관계 and
// 전략적협력동반자관계 are one formula, as are 전략 동맹 and 전략동맹,
// 글로벌 발전 이니셔티브 and 글로벌발전이니셔티브. A koSplitter makes matching
// blind to that spacing: the Hangul words of the family patterns are the
// parts, and a word (in a pattern or in a text) that is wholly a run of two
// or more parts is matched as those parts, so every spacing of a compound
// meets every other. Only parts of two syllables or more are used, so short
// words (수, 장, 새) never cut a longer one.
type koSplitter struct {
	parts map[string]bool // the smallest parts: pattern words made of no other parts
	max   int             // the longest part, in bytes
}

var hangulRun = regexp.MustCompile(`[\x{AC00}-\x{D7A3}]+`)

// newKoSplitter collects the parts from the Hangul words of the families'
// patterns; nil when they have none.
func newKoSplitter(fams []Family) *koSplitter {
	words := map[string]bool{}
	for _, f := range fams {
		for _, p := range f.Patterns {
			for _, w := range hangulRun.FindAllString(p.Source, -1) {
				if n := corpus.NormalizeWord(w); utf8.RuneCountInString(n) >= 2 {
					words[n] = true
				}
			}
		}
	}
	if len(words) == 0 {
		return nil
	}
	// a word that is a run of shorter words is no part itself: 동반자관계 is
	// 동반자 and 관계; shortest first, so the parts of a word are settled
	// before it
	list := make([]string, 0, len(words))
	for w := range words {
		list = append(list, w)
	}
	sort.Slice(list, func(i, j int) bool {
		if len(list[i]) != len(list[j]) {
			return len(list[i]) < len(list[j])
		}
		return list[i] < list[j]
	})
	s := &koSplitter{parts: map[string]bool{}}
	for _, w := range list {
		if s.split(w) == nil {
			s.parts[w] = true
			s.max = max(s.max, len(w))
		}
	}
	return s
}

// split returns w cut into the fewest parts, or nil when w is a part itself
// or is not wholly made of parts.
func (s *koSplitter) split(w string) []string {
	// two parts of two syllables at least, and a Hangul syllable first (its
	// UTF-8 lead byte is 0xEA to 0xED): English words are answered at once
	if s == nil || len(w) < 2*3*2 || w[0] < 0xEA || w[0] > 0xED || s.parts[w] {
		return nil
	}
	// best[i]: fewest parts covering w[:i] (0 = not reachable), from[i]: the
	// start of the last part; Hangul syllables are 3 bytes
	n := len(w)
	// most words begin with no part: answer them without allocating
	prefix := false
	for j := 6; j <= n && j <= s.max && !prefix; j += 3 {
		prefix = s.parts[w[:j]]
	}
	if !prefix {
		return nil
	}
	var bb, fb [64]int
	best, from := bb[:0], fb[:0]
	if n+1 > len(bb) {
		best, from = make([]int, n+1), make([]int, n+1)
	} else {
		best, from = bb[:n+1], fb[:n+1]
	}
	best[0] = 1
	for i := 0; i < n; i += 3 {
		if best[i] == 0 {
			continue
		}
		for j := i + 6; j <= n && j-i <= s.max; j += 3 {
			if s.parts[w[i:j]] && (best[j] == 0 || best[i]+1 < best[j]) {
				best[j], from[j] = best[i]+1, i
			}
		}
	}
	if best[n] == 0 || best[n] < 3 {
		return nil // unreachable, or one part only
	}
	out := make([]string, best[n]-1)
	for i, k := n, len(out)-1; i > 0; i, k = from[i], k-1 {
		out[k] = w[from[i]:i]
	}
	return out
}
