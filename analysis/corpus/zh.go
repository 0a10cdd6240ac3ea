package corpus

//go:generate go run ./internal/zhdictgen -min 30 -o zhdict.txt

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dipstat/dipstat/analysis/internal/script"
	"github.com/go-ego/gse"
	"github.com/longbridgeapp/opencc"
)

//go:embed zhdict.txt
var zhDictText string

// zhSegmenter is gse with the compact dictionary (zhdict.txt), loaded the
// first time a text has Han characters: English-only runs never pay for it.
// gse's Segment only reads the dictionary, so one segmenter serves every
// tokenizer.
var zhSegmenter = sync.OnceValue(func() *gse.Segmenter {
	seg := new(gse.Segmenter)
	seg.SkipLog = true
	if err := seg.LoadDictStr(zhDictText); err != nil {
		panic(err) // checked by a test
	}
	return seg
})

// zhT2S converts traditional Chinese to simplified (OpenCC's t2s: phrases,
// then characters), loaded the first time it is needed.
var zhT2S = sync.OnceValue(func() *opencc.OpenCC {
	cc, err := opencc.New("t2s")
	if err != nil {
		panic(err) // checked by a test
	}
	return cc
})

// toSimplified is s with traditional characters in their simplified forms
// (搬不走的近鄰 -> 搬不走的近邻); the matching form of Chinese words.
func toSimplified(s string) string {
	out, err := zhT2S().Convert(s)
	if err != nil {
		return s
	}
	return out
}

// Lexicon is a set of words that segmentation keeps whole: the Chinese
// words of the formula families, so that 搬不走的近邻 is one token wherever
// it stands and a pattern that names it always matches. It is the user
// dictionary of the segmenter, consulted before gse's: at each place in a
// run of Han characters its longest word wins, and gse segments the
// stretches between. Words are kept in simplified form, so a traditional
// spelling in the text is kept whole too. A nil Lexicon is empty. A Lexicon
// is safe for concurrent use.
//
// A Lexicon also holds the Korean words of the families. Those that end in a
// syllable that is also a particle (일대일로, whose 로 is not the particle
// 로) are kept whole when they stand alone, as they are when a particle
// follows (일대일로와, 일대일로를): a pattern word and the word in the text
// then count and match alike. A word whose stripped form is itself a word of
// the lexicon (관계를: 관계) is a noun with its particle and is stripped.
type Lexicon struct {
	raw     []string
	rawKo   []string
	koWhole map[string]bool
	koOnce  sync.Once
	once    sync.Once
	words   map[string]bool
	first   map[rune]bool
	maxRune int
}

// NewLexicon makes a lexicon of words; those that are not all Han
// characters are ignored (English and Korean words are whole tokens anyway).
// The words are converted to simplified form the first time a text with Han
// characters needs them.
func NewLexicon(words []string) *Lexicon {
	lx := &Lexicon{}
	for _, w := range words {
		if w = strings.TrimSpace(w); script.AllHan(w) && utf8.RuneCountInString(w) >= 2 {
			lx.raw = append(lx.raw, w)
		} else if isHangulWord(w) && utf8.RuneCountInString(w) >= 2 {
			lx.rawKo = append(lx.rawKo, norm.NFC.String(w))
		}
	}
	return lx
}

// ready builds the lookup tables once.
func (lx *Lexicon) ready() *Lexicon {
	lx.once.Do(func() {
		lx.words, lx.first = map[string]bool{}, map[rune]bool{}
		for _, w := range lx.raw {
			s := toSimplified(w)
			lx.words[s] = true
			r, _ := utf8.DecodeRuneInString(s)
			lx.first[r] = true
			lx.maxRune = max(lx.maxRune, utf8.RuneCountInString(s))
		}

	})
	return lx
}

// keepKorean reports a Korean word of the lexicon that is not stripped.
func (lx *Lexicon) keepKorean(w string) bool {
	if lx == nil || len(lx.rawKo) == 0 {
		return false
	}
	lx.koOnce.Do(func() {
		ko := map[string]bool{}
		for _, w := range lx.rawKo {
			ko[w] = true
		}
		lx.koWhole = map[string]bool{}
		for _, w := range lx.rawKo {
			if st := stripKorean(w); st != w && !ko[st] {
				lx.koWhole[w] = true
			}
		}
	})
	return lx.koWhole[w]
}

// Len is the number of words.
func (lx *Lexicon) Len() int {
	if lx == nil {
		return 0
	}
	return len(lx.ready().words)
}

// hanTokens appends the words of the run of Han characters raw[a:b]: the
// lexicon's words first (leftmost, longest), gse's segmentation of the
// stretches between them. Traditional characters are read in their
// simplified forms, which the dictionary has, one for one, so offsets map
// back rune by rune.
func (tz *Tokenizer) hanTokens(dst []Token, raw string, a, b int) []Token {
	// the simplified run; for its k-th rune, offs[k] is the offset in raw
	// and soffs[k] the offset in simp
	simp, offs, soffs := tz.zhBuf[:0], tz.zhOffs[:0], tz.zhSOffs[:0]
	for i, r := range raw[a:b] {
		offs = append(offs, a+i)
		soffs = append(soffs, len(simp))
		simp = utf8.AppendRune(simp, tz.simpleRune(r))
	}
	offs = append(offs, b)
	soffs = append(soffs, len(simp))
	tz.zhBuf, tz.zhOffs, tz.zhSOffs = simp, offs, soffs
	n := len(offs) - 1 // runes
	gap := 0           // start (in runes) of the stretch not yet segmented
	lx := tz.lexicon
	if lx != nil {
		lx.ready()
	}
	for i := 0; i < n; {
		l := 0
		if lx != nil && len(lx.words) > 0 {
			if r, _ := utf8.DecodeRune(simp[soffs[i]:]); lx.first[r] {
				for k := min(lx.maxRune, n-i); k >= 2; k-- {
					if lx.words[string(simp[soffs[i]:soffs[i+k]])] {
						l = k
						break
					}
				}
			}
		}
		if l == 0 {
			i++
			continue
		}
		dst = tz.segmentHan(dst, raw, simp, offs, soffs, gap, i)
		dst = tz.appendToken(dst, raw, offs[i], offs[i+l])
		i += l
		gap = i
	}
	return tz.segmentHan(dst, raw, simp, offs, soffs, gap, n)
}

// segmentHan appends gse's words of the runes [i, j) of a simplified run.
func (tz *Tokenizer) segmentHan(dst []Token, raw string, simp []byte, offs, soffs []int, i, j int) []Token {
	switch {
	case i >= j:
		return dst
	case j-i == 1:
		return tz.appendToken(dst, raw, offs[i], offs[j])
	}
	text := simp[soffs[i]:soffs[j]]
	k := i // rune index of the next word
	pos := 0
	for _, s := range zhSegmenter().Segment(text) {
		n := utf8.RuneCount(text[pos:s.End()])
		pos = s.End()
		dst = tz.appendToken(dst, raw, offs[k], offs[k+n])
		k += n
	}
	if k < j { // never: gse covers its input
		dst = tz.appendToken(dst, raw, offs[k], offs[j])
	}
	return dst
}

// simpleRune is the simplified form of a Han character when it has exactly
// one (cached per tokenizer: a table for the main block, a map beyond it),
// else r.
func (tz *Tokenizer) simpleRune(r rune) rune {
	if r < 0x3400 {
		return r
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		if tz.zhTab == nil {
			tz.zhTab = new([0xA000 - 0x4E00]rune)
		}
		if s := tz.zhTab[r-0x4E00]; s != 0 {
			return s
		}
		s := simplifyRune(r)
		tz.zhTab[r-0x4E00] = s
		return s
	}
	if s, ok := tz.zhRunes[r]; ok {
		return s
	}
	if tz.zhRunes == nil {
		tz.zhRunes = map[rune]rune{}
	}
	s := simplifyRune(r)
	tz.zhRunes[r] = s
	return s
}

// simplifyRune converts one character with OpenCC (t2s); r when its
// simplified form is not one character.
func simplifyRune(r rune) rune {
	if c := toSimplified(string(r)); utf8.RuneCountInString(c) == 1 {
		s, _ := utf8.DecodeRuneInString(c)
		return s
	}
	return r
}
