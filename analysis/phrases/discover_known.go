package phrases

import (
	"runtime"
	"strings"
	"sync"

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
	// Each distinct example sentence is matched once (nested phrases
	// often share one; the matches do not depend on the document's ID),
	// on every core: this runs after the pass, alone (issue 16).
	type span struct {
		start, end int
		family     string
	}
	type phraseAt struct{ sent, from, to int }
	at := make([]phraseAt, len(d.Phrases))
	var sents []string
	index := map[string]int{}
	for i := range d.Phrases {
		ex := d.Phrases[i].Example
		sent, from := ex.Sentence, strings.Index(ex.Sentence, ex.Text)
		if from < 0 {
			sent, from = ex.Text, 0
		}
		si, ok := index[sent]
		if !ok {
			si = len(sents)
			index[sent] = si
			sents = append(sents, sent)
		}
		at[i] = phraseAt{si, from, from + len(ex.Text)}
	}
	spans := make([][]span, len(sents))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(sents)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tz := corpus.NewTokenizer(nil, m.opts.Stem) // one each: a Tokenizer is not safe for concurrent use
			for si := w; si < len(sents); si += workers {
				sent := sents[si]
				doc := &corpus.Document{Raw: sent,
					Sentences: []corpus.Sentence{{Start: 0, End: len(sent), Tokens: tz.Tokens(nil, sent, 0, len(sent))}}}
				for _, o := range m.Match(doc) {
					spans[si] = append(spans[si], span{o.Start, o.End, o.Family})
				}
			}
		}()
	}
	wg.Wait()
	for i := range d.Phrases {
		p, a := &d.Phrases[i], at[i]
		best := 0
		for _, o := range spans[a.sent] {
			// The family covering most of the phrase.
			if ov := min(o.end, a.to) - max(o.start, a.from); ov > best {
				best, p.Known = ov, o.family
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
