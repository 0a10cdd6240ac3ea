package corpus

//go:generate go run ./internal/zhdictgen -min 30 -o zhdict.txt

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

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
type Lexicon struct {
	raw     []string
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
		if w = strings.TrimSpace(w); allHanRunes(w) && utf8.RuneCountInString(w) >= 2 {
			lx.raw = append(lx.raw, w)
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

// Len is the number of words.
func (lx *Lexicon) Len() int {
	if lx == nil {
		return 0
	}
	return len(lx.ready().words)
}

func hasHan(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}

func allHanRunes(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// hanTokens appends the words of the run of Han characters raw[a:b]: the
// lexicon's words first (leftmost, longest), gse's segmentation of the
// stretches between them. Traditional characters are read in their
// simplified forms, which the dictionary has, one for one, so offsets map
// back rune by rune.
func (tz *Tokenizer) hanTokens(dst []Token, raw string, a, b int) []Token {
	run := raw[a:b]
	// the simplified run and, for each of its runes, the offset in raw
	simp := tz.zhBuf[:0]
	offs := tz.zhOffs[:0]
	for i, r := range run {
		offs = append(offs, a+i)
		simp = utf8.AppendRune(simp, tz.simpleRune(r))
	}
	offs = append(offs, b)
	tz.zhBuf, tz.zhOffs = simp, offs
	sr := []rune(string(simp)) // runes of the simplified run
	gap := 0                   // start (in runes) of the stretch not yet segmented
	lx := tz.lexicon
	if lx != nil {
		lx.ready()
	}
	for i := 0; i < len(sr); {
		n := 0
		if lx != nil && lx.first[sr[i]] {
			for l := min(lx.maxRune, len(sr)-i); l >= 2; l-- {
				if lx.words[string(sr[i:i+l])] {
					n = l
					break
				}
			}
		}
		if n == 0 {
			i++
			continue
		}
		dst = tz.segmentHan(dst, raw, sr, offs, gap, i)
		dst = tz.appendToken(dst, raw, offs[i], offs[i+n])
		i += n
		gap = i
	}
	return tz.segmentHan(dst, raw, sr, offs, gap, len(sr))
}

// segmentHan appends gse's words of the runes sr[i:j] of a simplified run
// whose rune k starts at raw offset offs[k].
func (tz *Tokenizer) segmentHan(dst []Token, raw string, sr []rune, offs []int, i, j int) []Token {
	switch {
	case i >= j:
		return dst
	case j-i == 1:
		return tz.appendToken(dst, raw, offs[i], offs[j])
	}
	text := []byte(string(sr[i:j]))
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
// one (cached per tokenizer), else r.
func (tz *Tokenizer) simpleRune(r rune) rune {
	if r < 0x3400 {
		return r
	}
	if s, ok := tz.zhRunes[r]; ok {
		return s
	}
	if tz.zhRunes == nil {
		tz.zhRunes = map[rune]rune{}
	}
	s := r
	if c := toSimplified(string(r)); utf8.RuneCountInString(c) == 1 {
		s, _ = utf8.DecodeRuneInString(c)
	}
	tz.zhRunes[r] = s
	return s
}
