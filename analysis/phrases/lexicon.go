package phrases

import (
	"sync"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/script"
)

// Lexicon is the segmentation lexicon of families: every word of their
// patterns written in Han characters (搬不走的近邻, 互利共赢). Load the
// corpus with it (corpus.Options.Lexicon) so that Chinese text is segmented
// as the patterns are, and no formula is split.
func Lexicon(fams []Family) *corpus.Lexicon {
	var words []string
	for _, f := range fams {
		for _, p := range f.Patterns {
			words = append(words, p.hanWords(nil)...)
		}
	}
	return corpus.NewLexicon(words)
}

var defaultLexicon = sync.OnceValue(func() *corpus.Lexicon { return Lexicon(DefaultFamilies()) })

// DefaultLexicon is the Lexicon of the built-in families.
func DefaultLexicon() *corpus.Lexicon { return defaultLexicon() }

// hanWords appends the words of p written in Han characters, and those
// written in Hangul (see corpus.Lexicon).
func (p *Pattern) hanWords(dst []string) []string {
	var walk func(seq []node)
	walk = func(seq []node) {
		for _, n := range seq {
			for _, w := range n.words {
				if script.AllHan(w) || isHangulOnly(w) {
					dst = append(dst, w)
				}
			}
			for _, a := range n.alts {
				walk(a)
			}
		}
	}
	walk(p.seq)
	return dst
}

// isHangulOnly reports a word of Hangul syllables only.
func isHangulOnly(w string) bool {
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return w != ""
}
