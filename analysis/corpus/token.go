package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
	"github.com/dipstat/dipstat/analysis/internal/script"
	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// hyphens join words into compounds ("win-win", "China-ROK", "people-to-people").
var joiners = &words.Joiners[string]{Middle: []rune{'-', '\u2010', '\u2011'}}

var iterPool = sync.Pool{New: func() any {
	it := words.FromString("")
	it.Joiners(joiners)
	return it
}}

// Tokenizer turns spans of text into tokens. It keeps a cache of normalized
// forms, so it is not safe for concurrent use: give each goroutine its own.
type Tokenizer struct {
	stop  Stopwords
	stem  bool
	cache map[string]normEntry
	front *[frontSize]struct {
		surface string
		ne      normEntry
	}
	key string // set by lookup
	// hashes, when not nil, collects hashString(Norm) of every token
	// appended, for the duplicate detector's fingerprint.
	hashes []uint64
	// lexicon holds the words Chinese segmentation keeps whole (nil: none).
	lexicon *Lexicon
	// scratch for hanTokens, and the simplified forms of Han characters
	zhBuf   []byte
	zhOffs  []int
	zhSOffs []int
	zhRunes map[rune]rune
	zhTab   *[0xA000 - 0x4E00]rune
}

// SetLexicon makes segmentation keep the words of lx whole (see Lexicon).
// Pattern words and texts must be tokenized with the same lexicon.
func (tz *Tokenizer) SetLexicon(lx *Lexicon) { tz.lexicon = lx }

type normEntry struct {
	key  string // the cache's copy of the surface
	norm string
	stop bool
	hash uint64
}

// frontSize is the number of slots of the direct-mapped cache in front of
// the normalization cache: the frequent words that most tokens are stay in
// the CPU's cache instead of a large map's.
const frontSize = 1 << 12

// maxCache bounds the normalization cache; it is emptied when full.
const maxCache = 1 << 17

// NewTokenizer returns a tokenizer marking the given stopwords (nil for the
// default list) and, with stem, applying the Snowball English stemmer.
func NewTokenizer(stop Stopwords, stem bool) *Tokenizer {
	if stop == nil {
		stop = DefaultStopwords()
	}
	tz := &Tokenizer{stop: stop, stem: stem, cache: make(map[string]normEntry, 1024)}
	tz.front = new([frontSize]struct {
		surface string
		ne      normEntry
	})
	return tz
}

// Tokens appends the tokens of raw[start:end] to dst. Words are split at
// Unicode (UAX #29) word boundaries, hyphenated compounds are kept whole, and
// punctuation is dropped. Offsets are relative to raw. Pure ASCII text takes
// a fast path that gives the same segments as the uax29 package. Runs of
// Han characters, which UAX #29 splits one by one, are segmented into
// Chinese words (hanTokens); Korean words are UAX #29 words already.
func (tz *Tokenizer) Tokens(dst []Token, raw string, start, end int) []Token {
	text := raw[start:end]
	if isASCII(text) {
		asciiWords(text, func(a, b int) {
			dst = tz.appendToken(dst, raw, start+a, start+b)
		})
		return dst
	}
	it := iterPool.Get().(*words.Iterator[string])
	for pos := 0; pos < len(text); {
		h := nextHan(text, pos)
		if h > pos {
			it.SetText(text[pos:h])
			for it.Next() {
				dst = tz.appendWord(dst, raw, start+pos+it.Start(), start+pos+it.End())
			}
		}
		if h == len(text) {
			break
		}
		e := hanRunEnd(text, h)
		dst = tz.hanTokens(dst, raw, start+h, start+e)
		pos = e
	}
	it.SetText("")
	iterPool.Put(it)
	return dst
}

// nextHan is the offset of the first Han character of text at or after
// pos, or len(text). Only the lead bytes of the blocks that hold Han
// (U+3000-U+9FFF, U+F900-U+FAFF and the supplementary planes) are decoded.
func nextHan(text string, pos int) int {
	for i := pos; i < len(text); i++ {
		c := text[i]
		if c < 0xE3 || c > 0xE9 && c != 0xEF && c != 0xF0 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[i:]); script.IsHan(r) {
			return i
		}
	}
	return len(text)
}

// hanRunEnd is the end of the run of Han characters that starts at h.
func hanRunEnd(text string, h int) int {
	for h < len(text) {
		r, n := utf8.DecodeRuneInString(text[h:])
		if !script.IsHan(r) {
			break
		}
		h += n
	}
	return h
}

// appendWord appends the UAX #29 word raw[s:e]. UAX #29 joins letters
// across an apostrophe or a middle dot (don't, l·l), which in Korean are a
// closing quote before a particle ('전략동맹'으로, 린치핀'이라고) and the
// separator of a list (평화·안정, 공급망·에너지): a word with Hangul is split
// there, and a particle that only follows a closing quote is dropped.
func (tz *Tokenizer) appendWord(dst []Token, raw string, s, e int) []Token {
	w := raw[s:e]
	if !hasHangul(w) || !strings.ContainsAny(w, "'\u2018\u2019\u00b7\u30fb\u2027:") {
		return tz.appendToken(dst, raw, s, e)
	}
	from, quoted := s, false
	for i, r := range w {
		switch r {
		case '\'', '\u2018', '\u2019', '\u00b7', '\u30fb', '\u2027', ':':
			if p := raw[from : s+i]; p != "" && !(quoted && koParticle(p)) {
				dst = tz.appendToken(dst, raw, from, s+i)
			}
			from, quoted = s+i+utf8.RuneLen(r), r == '\'' || r == '\u2018' || r == '\u2019'
		}
	}
	if p := raw[from:e]; p != "" && !(quoted && koParticle(p)) {
		dst = tz.appendToken(dst, raw, from, e)
	}
	return dst
}

func (tz *Tokenizer) appendToken(dst []Token, raw string, s, e int) []Token {
	kind, ok := classify(raw[s:e])
	if !ok {
		return dst
	}
	// A trailing hyphen ("pre-" in "pre- and post-war") is not part of the word.
	for e > s && raw[e-1] == '-' {
		e--
	}
	surface := raw[s:e]
	h := uint32(2166136261)
	for i := 0; i < len(surface); i++ {
		h = (h ^ uint32(surface[i])) * 16777619
	}
	slot := &tz.front[h&(frontSize-1)]
	ne := slot.ne
	if slot.surface != surface || surface == "" {
		ne = tz.lookup(surface, kind)
		slot.surface, slot.ne = tz.key, ne
	}
	if tz.hashes != nil {
		tz.hashes = append(tz.hashes, ne.hash)
	}
	return append(dst, Token{Start: s, End: e, Norm: ne.norm, Hash: ne.hash, Kind: kind, Stop: ne.stop})
}

// lookup returns the normalized form of surface from the cache, adding it;
// tz.key is then the cache's copy of surface.
func (tz *Tokenizer) lookup(surface string, kind TokenKind) normEntry {
	if ne, ok := tz.cache[surface]; ok {
		tz.key = ne.key
		return ne
	}
	var ne normEntry
	ne.norm = normalizeWord(surface)
	if kind == Word && ne.norm != surface && tz.lexicon.keepKorean(surface) {
		ne.norm = surface // 일대일로 is not 일대일 + 로
	}
	ne.stop = tz.stop[ne.norm] // before stemming: "does" is a stopword, "doe" is not
	if kind == Word && tz.stem {
		ne.norm = stemWord(ne.norm)
	}
	ne.hash = hashString(ne.norm)
	if len(tz.cache) >= maxCache {
		clear(tz.cache)
	}
	// The key is copied, and so is a norm that is the surface itself
	// (ToLower returns its input unchanged), so neither the cache nor the
	// tokens pin the document's text.
	ne.key = strings.Clone(surface)
	if ne.norm == surface {
		ne.norm = ne.key
	}
	tz.cache[ne.key] = ne
	tz.key = ne.key
	return ne
}

// classify reports whether a segment is a token and of which kind. Numbers are
// digits with separators; anything with a letter is a word.
func classify(v string) (TokenKind, bool) {
	letters, digits := false, false
	for i := 0; i < len(v); {
		c := v[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= '0' && c <= '9':
				digits = true
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				letters = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		if unicode.IsLetter(r) {
			letters = true
		} else if unicode.IsDigit(r) {
			digits = true
		}
		i += size
	}
	switch {
	case letters:
		return Word, true
	case digits:
		return Number, true
	}
	return 0, false
}

// normalizeWord is the matching form of a surface word: NFC, curly apostrophes
// and Unicode hyphens straightened, invisible marks of line breaking dropped
// (the soft hyphen of web pages, "strate&shy;gic"), lower case, British
// spelling folded.
func normalizeWord(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFC.String(s)
		s = quoteFolder.Replace(s)
		if r, _ := utf8.DecodeRuneInString(s); script.IsHan(r) {
			return toSimplified(s) // 近鄰 counts as 近邻
		} else if script.IsHangul(r) {
			return stripKorean(s) // 중국과 counts as 중국
		}
	}
	return FoldSpelling(strings.ToLower(s))
}

var quoteFolder = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u2032", "'",
	"\u2010", "-", "\u2011", "-",
	"\u00ad", "", "\u2060", "", "\ufeff", "",
)

// NormalizeWord returns the form a single word takes in Token.Norm (without
// stemming). Pattern and stopword files use it so they match what the text does.
func NormalizeWord(s string) string { return normalizeWord(s) }

func stemWord(w string) string {
	if strings.IndexByte(w, '-') >= 0 || w != "" && w[0] >= utf8.RuneSelf {
		return w // compounds are kept whole; Chinese and Korean are not stemmed
	}
	return english.Stem(w, false)
}

// StemWord applies the Snowball English stemmer as -stem does.
func StemWord(w string) string { return stemWord(w) }
