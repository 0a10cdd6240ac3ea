package phrases

import (
	"strings"
	"sync"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/script"
)

// unit is a matching position of a sentence: one token, or several tokens that
// name one actor ("Republic of Korea" -> "south korea").
type unit struct {
	key        string // match key: Token.Norm, or the actor's canonical name
	tok0, tok1 int    // token range [tok0, tok1) within the sentence
	actor      bool   // key is a canonical actor name
}

// folder turns tokens into units, folding actor aliases, also inside
// hyphenated compounds ("China-ROK" and "China-Korea" are "china-south korea").
type folder struct {
	aliases *corpus.Aliases
	// tz, when set, tokenizes pattern words (with the families' lexicon)
	tz *corpus.Tokenizer
	// ko, when set, matches Korean compounds whatever their spacing
	ko *koSplitter
}

func (f folder) units(dst []unit, raw string, toks []corpus.Token) []unit {
	for i := 0; i < len(toks); {
		if f.aliases != nil {
			if canon, n := f.aliases.Match(raw, toks, i); n > 0 {
				dst = append(dst, unit{key: canon, tok0: i, tok1: i + n, actor: true})
				i += n
				continue
			}
		}
		if key, n := f.compoundTail(raw, toks, i); n > 1 {
			dst = append(dst, unit{key: key, tok0: i, tok1: i + n, actor: true})
			i += n
			continue
		}
		k := f.compound(toks[i].Norm)
		if parts := f.ko.split(k); parts != nil {
			for _, p := range parts {
				dst = append(dst, unit{key: p, tok0: i, tok1: i + 1})
			}
			i++
			continue
		}
		dst = append(dst, unit{key: k, tok0: i, tok1: i + 1, actor: k != toks[i].Norm})
		i++
	}
	return dst
}

// compoundTail folds a compound whose last part begins an actor name that
// goes on in the next tokens: "China-South Korea" is tokenized "china-south",
// "korea" and becomes the one unit "china-south korea".
func (f folder) compoundTail(raw string, toks []corpus.Token, i int) (string, int) {
	t := toks[i]
	if f.aliases == nil || i+1 >= len(toks) {
		return "", 0
	}
	j := strings.LastIndexByte(t.Norm, '-')
	sj := strings.LastIndexByte(raw[t.Start:t.End], '-')
	if j <= 0 || sj <= 0 || j == len(t.Norm)-1 {
		return "", 0
	}
	var buf [6]corpus.Token
	fake := append(buf[:0], corpus.Token{Start: t.Start + sj + 1, End: t.End, Norm: t.Norm[j+1:]})
	fake = append(fake, toks[i+1:min(len(toks), i+6)]...)
	canon, n := f.aliases.Match(raw, fake, 0)
	if n < 2 {
		return "", 0
	}
	return f.compound(t.Norm[:j]) + "-" + canon, n
}

// compound folds the actor names inside a hyphenated compound.
func (f folder) compound(w string) string {
	if f.aliases == nil || strings.IndexByte(w, '-') < 0 {
		return w
	}
	changed := false
	for rest := w; rest != ""; {
		p, tail, _ := strings.Cut(rest, "-")
		if c, ok := f.aliases.Word(p); ok && c != p {
			changed = true
			break
		}
		rest = tail
	}
	if !changed {
		return w
	}
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if c, ok := f.aliases.Word(p); ok {
			parts[i] = c
		}
	}
	return strings.Join(parts, "-")
}

// wordKeys gives the match keys of pattern words as written: the words are
// tokenized and normalized like text (and stemmed when stem is set), so
// punctuation is dropped, and folded like text.
func (f folder) wordKeys(words []string, stem bool) []string {
	raw := strings.Join(words, " ")
	tz := f.tz
	if tz == nil {
		tz = patternTokenizer(stem)
	}
	toks := tz.Tokens(nil, raw, 0, len(raw))
	us := f.units(nil, raw, toks)
	keys := make([]string, len(us))
	for i, u := range us {
		keys[i] = u.key
	}
	return keys
}

var (
	plainTokenizer   = sync.OnceValue(func() *corpus.Tokenizer { return corpus.NewTokenizer(nil, false) })
	stemmedTokenizer = sync.OnceValue(func() *corpus.Tokenizer { return corpus.NewTokenizer(nil, true) })
)

func patternTokenizer(stem bool) *corpus.Tokenizer {
	if stem {
		return stemmedTokenizer()
	}
	return plainTokenizer()
}

// wordTokens counts the tokens a pattern word makes. A word of Han
// characters is one: it goes into the lexicon, which keeps it whole.
func wordTokens(w string) int {
	if script.AllHan(w) {
		return 1
	}
	return len(plainTokenizer().Tokens(nil, w, 0, len(w)))
}
