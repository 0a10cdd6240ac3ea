package phrases

import (
	"fmt"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// DiscoverOptions tune discovery.
type DiscoverOptions struct {
	MinN, MaxN int // phrase length in words (units): default 3..10
	MinDocs    int // a phrase must occur in this many documents: default 2
	// MinContent is the number of words of a phrase that must not be
	// stopwords (actor names and numbers count): default 2, so "of the two"
	// is not a phrase.
	MinContent int
	// GroupTop is the number of top-ranked phrases grouped into candidate
	// families and given document lists: default 2000. Grouping costs
	// O(GroupTop x candidate families).
	GroupTop int
	// NoStemCore groups by the words as they are; by default the core
	// words are stemmed, so "move" and "moved" share a core word.
	NoStemCore bool
}

// DefaultDiscoverOptions are dipstat's defaults.
func DefaultDiscoverOptions() DiscoverOptions {
	return DiscoverOptions{MinN: 3, MaxN: 10, MinDocs: 2, MinContent: 2, GroupTop: 2000}
}

// Check reports the first invalid option.
func (o DiscoverOptions) Check() error {
	switch {
	case o.MinN < 2 || o.MaxN < o.MinN || o.MaxN > 32:
		return fmt.Errorf("phrases: phrase lengths must satisfy 2 <= min <= max <= 32, got %d..%d", o.MinN, o.MaxN)
	case o.MinDocs < 1:
		return fmt.Errorf("phrases: minimum documents must be at least 1, got %d", o.MinDocs)
	case o.MinContent < 0 || o.GroupTop < 0:
		return fmt.Errorf("phrases: negative option")
	}
	return nil
}

// Discoverer collects documents for discovery. Discovery needs the whole
// corpus: it keeps, per document, the ID, date, original text and 12 bytes per
// word (a term ID and the byte span), plus one entry per distinct term; Run
// needs 5 more bytes per word.
// Add documents in input order, then call Run. It is not safe for concurrent
// use.
type Discoverer struct {
	opts    DiscoverOptions
	fold    folder
	ids     map[string]int32
	terms   []string
	content []bool   // per term: counts toward MinContent
	core    []string // per term: the word as part of a grouping core, or ""
	docs    []ddoc
	tokens  int
}

type ddoc struct {
	id    string
	date  time.Time
	raw   string
	seq   []int32 // term IDs, -1 between sentences
	start []int32 // byte span of each unit (-1 for separators)
	end   []int32
	sents []corpus.Span
}

// NewDiscoverer returns a Discoverer folding actor aliases with aliases (nil
// for none).
func NewDiscoverer(aliases *corpus.Aliases, opts DiscoverOptions) (*Discoverer, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	return &Discoverer{opts: opts, fold: folder{aliases}, ids: map[string]int32{}}, nil
}

func (dc *Discoverer) term(u unit, t corpus.Token) int32 {
	if id, ok := dc.ids[u.key]; ok {
		return id
	}
	id := int32(len(dc.terms))
	dc.ids[u.key] = id
	dc.terms = append(dc.terms, u.key)
	isContent := u.actor || !t.Stop
	dc.content = append(dc.content, isContent)
	core := ""
	if isContent && !u.actor && t.Kind == corpus.Word {
		core = u.key
		if !dc.opts.NoStemCore {
			core = corpus.StemWord(core)
		}
	}
	dc.core = append(dc.core, core)
	return id
}

// Add collects one counted document.
func (dc *Discoverer) Add(d *corpus.Document) {
	dd := ddoc{id: d.ID, date: d.Date, raw: d.Raw}
	var us []unit
	for si, s := range d.Sentences {
		if si > 0 {
			dd.seq = append(dd.seq, -1)
			dd.start = append(dd.start, -1)
			dd.end = append(dd.end, -1)
		}
		dd.sents = append(dd.sents, corpus.Span{Start: s.Start, End: s.End})
		us = dc.fold.units(us[:0], d.Raw, s.Tokens)
		for _, u := range us {
			dd.seq = append(dd.seq, dc.term(u, s.Tokens[u.tok0]))
			dd.start = append(dd.start, int32(s.Tokens[u.tok0].Start))
			dd.end = append(dd.end, int32(s.Tokens[u.tok1-1].End))
		}
		dc.tokens += len(s.Tokens)
	}
	dc.docs = append(dc.docs, dd)
}

// Phrase is a recurring phrase found by discovery.
type Phrase struct {
	Text        string // the words (normalized, actor names canonical)
	N           int    // number of words
	Count       int    // occurrences
	Docs        int    // documents
	First, Last time.Time
	// Example is the first occurrence in input order, traceable to its
	// document, date, sentence and original text span.
	Example Occurrence
	// DocIDs lists the documents, in input order, for the top GroupTop
	// phrases (nil for the others).
	DocIDs    []string
	Candidate int // index into Discovery.Candidates, or -1
	ids       []int32
}

// Candidate is a candidate family: recurring phrases that share a core of
// content words or differ by few words.
type Candidate struct {
	Name    string   // the top-ranked phrase of the group
	Core    []string // its core words (stemmed content words)
	Phrases []int    // indices into Discovery.Phrases, best first
	Docs    int      // documents with any of the phrases
	Count   int      // occurrences of the phrases (overlapping phrases count each)
}

// Discovery is the result of Run.
type Discovery struct {
	Options    DiscoverOptions
	Docs       int
	Tokens     int
	Phrases    []Phrase // ranked by documents, count, length, text
	Candidates []Candidate
}
