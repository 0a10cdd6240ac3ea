package phrases

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// MarkKnown says which discovered phrases are variants of a known formula
// family: a phrase is a variant of the family one of whose patterns matches
// its example sentence over the phrase's words (m's families, usually the
// built-in lexicon); the others stay new (Known ""). A candidate family takes
// the family of its best-ranked phrase that has one. It runs after ranking,
// which never looks the lexicon up. m may be nil (nothing is known).
func (d *Discovery) MarkKnown(m *Matcher) {
	if m == nil || len(m.Families()) == 0 {
		return
	}
	tz := patternTokenizer(m.opts.Stem)
	for i := range d.Phrases {
		p := &d.Phrases[i]
		ex := p.Example
		sent, at := ex.Sentence, strings.Index(ex.Sentence, ex.Text)
		if at < 0 {
			sent, at = ex.Text, 0
		}
		doc := &corpus.Document{ID: ex.Doc, Raw: sent,
			Sentences: []corpus.Sentence{{Start: 0, End: len(sent), Tokens: tz.Tokens(nil, sent, 0, len(sent))}}}
		from, to := at, at+len(ex.Text)
		best := 0
		for _, o := range m.Match(doc) {
			// The family covering most of the phrase.
			if ov := min(o.End, to) - max(o.Start, from); ov > best {
				best, p.Known = ov, o.Family
			}
		}
	}
	for ci := range d.Candidates {
		c := &d.Candidates[ci]
		for _, pi := range c.Phrases {
			if k := d.Phrases[pi].Known; k != "" {
				c.Known = k
				break
			}
		}
	}
}
