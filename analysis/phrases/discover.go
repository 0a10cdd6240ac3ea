package phrases

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// DiscoverOptions tune discovery.
type DiscoverOptions struct {
	MinN, MaxN int // phrase length in words (units): default 1..10
	MinDocs    int // a phrase must occur in this many documents: default 2
	// MinContent is the number of words of a phrase that must not be
	// stopwords (actor names and numbers count): default 2, so "of the two"
	// is not a phrase.
	MinContent int
	// GroupTop is the number of top-ranked phrases grouped into candidate
	// families and given document lists: default 2000. Grouping costs
	// O(GroupTop x candidate families).
	GroupTop int
	// NoStemCore groups by the words as they are; by default a word's
	// inflections share its core word ("move" and "moved", "neighbor" and
	// "neighbors"), its derivations do not ("global", "globalization").
	NoStemCore bool
	// Weights score the phrases; nil means DiscoverWeights() (for fitting
	// and evaluating other weights).
	Weights *Weights
	// MaxWords is the word budget (not a phrase length: see MaxN): when the
	// documents added hold more words, discovery runs on a hash sample of
	// them (see Discoverer). 0 means DefaultMaxWords; negative means no
	// budget.
	MaxWords int
}

// DefaultMaxWords is the default word budget: 10 million words. Measured on
// synthetic news (see BenchmarkDiscoverStream), the kept documents take 23
// bytes per word (12 for term IDs and spans, about 7 for the text, the rest
// per sentence and document), about 230 MB, and Run's heap peaks at about 70
// bytes per word kept, live and garbage (64 before Run kept each document's
// prefix hashes for its passes: 422 against 456 MB on the 6.6 million words
// of the 20,000-article corpus's sample): about 700 MB. A corpus of 130
// million words is then discovered on a 1/16 sample of about 8 million words.
const DefaultMaxWords = 10_000_000

// DefaultDiscoverOptions are dipstat's defaults.
func DefaultDiscoverOptions() DiscoverOptions {
	return DiscoverOptions{MinN: 1, MaxN: 10, MinDocs: 2, MinContent: 2, GroupTop: 2000, MaxWords: DefaultMaxWords}
}

// Check reports the first invalid option.
func (o DiscoverOptions) Check() error {
	switch {
	case o.MinN < 1 || o.MaxN < o.MinN || o.MaxN > 32:
		return fmt.Errorf("phrases: phrase lengths must satisfy 1 <= min <= max <= 32, got %d..%d", o.MinN, o.MaxN)
	case o.MinDocs < 1:
		return fmt.Errorf("phrases: minimum documents must be at least 1, got %d", o.MinDocs)
	case o.MinContent < 0 || o.GroupTop < 0:
		return fmt.Errorf("phrases: negative option")
	}
	return nil
}

// Discoverer collects documents for discovery. Discovery needs all the words
// it runs on at once: it keeps, per document, the ID, date, original text
// (needed for the examples) and 12 bytes per word (a term ID and the byte
// span), plus one entry per distinct term; Run needs 5 more bytes per word
// and its n-gram tables.
//
// Memory is bounded by MaxWords: when the words kept exceed it, the
// Discoverer keeps a deterministic hash sample of the documents (see
// docHash) and frees the others, so documents can be streamed through Add
// and dropped by the caller.
//
// Add documents in input order, then call Run. It is not safe for concurrent
// use.
type Discoverer struct {
	opts    DiscoverOptions
	fold    folder
	ids     map[string]int32
	terms   []string
	content []bool     // per term: counts toward MinContent
	core    []string   // per term: the word as part of a grouping core, or ""
	info    []termInfo // per term: how discovery reads it
	docs    []ddoc
	us      []unit // scratch

	budget           int  // word budget (MaxInt for none)
	shift            uint // the sample keeps documents whose hash >> (64-shift) is 0
	words, tokens    int  // of the kept documents
	seen, seenTokens int  // of every document added
}

type ddoc struct {
	id    string
	date  time.Time
	raw   string
	hash  uint64  // of id, for sampling
	ntok  int32   // tokens
	seq   []int32 // term IDs, -1 between sentences
	span  spans   // byte span of each unit (-1 for separators)
	sents []corpus.Span
	rep   []bool // per sentence: reported speech (a reporting verb or a quotation mark)
}

// NewDiscoverer returns a Discoverer folding actor aliases with aliases (nil
// for none).
func NewDiscoverer(aliases *corpus.Aliases, opts DiscoverOptions) (*Discoverer, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	if opts.MaxWords == 0 {
		opts.MaxWords = DefaultMaxWords
	}
	budget := opts.MaxWords
	if budget < 0 {
		budget = math.MaxInt
	}
	return &Discoverer{opts: opts, fold: folder{aliases: aliases}, ids: map[string]int32{}, budget: budget}, nil
}

func (dc *Discoverer) term(u unit, t corpus.Token) int32 {
	if id, ok := dc.ids[u.key]; ok {
		return id
	}
	id := int32(len(dc.terms))
	// Token.Norm may share the document's text: copy it, so the vocabulary
	// does not pin the text of a document sampled out.
	key := strings.Clone(u.key)
	dc.ids[key] = id
	dc.terms = append(dc.terms, key)
	// an actor's possessive is the actor's: "china's core interests" and
	// "core interests" share their core words
	actor := u.actor || dc.possessive(key)
	isContent := actor || !t.Stop
	dc.content = append(dc.content, isContent)
	core := ""
	if isContent && !actor && t.Kind == corpus.Word {
		core = dc.coreWords(key)
	}
	dc.core = append(dc.core, core)
	dc.info = append(dc.info, newTermInfo(key, t, actor))
	return id
}

// Add collects one counted document, or only counts it when the sample leaves
// it out. The Discoverer keeps no reference to d.
func (dc *Discoverer) Add(d *corpus.Document) {
	dc.seen++
	ntok := d.NumTokens()
	dc.seenTokens += ntok
	h := docHash(d.ID)
	if !dc.keeps(h) {
		return
	}
	// Exact capacities: units never outnumber tokens.
	n := ntok + max(0, len(d.Sentences)-1)
	dd := ddoc{id: d.ID, date: d.Date, raw: d.Raw, hash: h, ntok: int32(ntok),
		seq: make([]int32, 0, n), span: newSpans(n, len(d.Raw)),
		sents: make([]corpus.Span, 0, len(d.Sentences)), rep: make([]bool, 0, len(d.Sentences))}
	for si, s := range d.Sentences {
		if si > 0 {
			dd.seq = append(dd.seq, -1)
			dd.span.add(-1, -1)
		}
		dd.sents = append(dd.sents, corpus.Span{Start: s.Start, End: s.End})
		dd.rep = append(dd.rep, reported(d.Raw[s.Start:s.End], s.Tokens))
		dc.us = dc.fold.units(dc.us[:0], d.Raw, s.Tokens)
		for _, u := range dc.us {
			dd.seq = append(dd.seq, dc.term(u, s.Tokens[u.tok0]))
			dd.span.add(int32(s.Tokens[u.tok0].Start), int32(s.Tokens[u.tok1-1].End))
		}
	}
	dc.docs = append(dc.docs, dd)
	dc.words += dd.words()
	dc.tokens += ntok
	if dc.words > dc.budget {
		dc.shrink()
	}
}

// coreWords is a content word's core words, separated by spaces: its
// inflection key (see inflectionKey), and for a hyphenated compound also the
// keys of its parts that are not stopwords, so that "people-to-people
// exchanges" and "people to people exchanges", or "supply-chain resilience"
// and "supply chains", share core words. Only the first is the word's own
// (see rareCores).
func (dc *Discoverer) coreWords(w string) string {
	key := func(w string) string {
		if dc.opts.NoStemCore {
			return w
		}
		return inflectionKey(w)
	}
	core := key(w)
	if strings.IndexByte(w, '-') <= 0 {
		return core
	}
	out := []string{core}
	for _, part := range strings.Split(w, "-") {
		if part == "" || stopwords().Has(part) {
			continue
		}
		if s := key(part); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, " ")
}

var stopwords = sync.OnceValue(corpus.DefaultStopwords)

// Phrase is a recurring phrase found by discovery.
type Phrase struct {
	Text        string // the words (normalized, actor names canonical)
	N           int    // number of words
	Count       int    // occurrences
	Docs        int    // documents
	First, Last time.Time
	// Kind says what the phrase is: a formula, an actor's name or title,
	// generic news English, or other.
	Kind Kind
	// Score is the formula score, 0 to 1 (see DiscoverWeights); a phrase
	// scoring at least the weights' threshold is a formula unless it names
	// an actor.
	Score float64
	// Known is the formula family whose pattern matches the phrase's example
	// ("close-neighbors": a variant of it), or "" for a new phrase; set by
	// MarkKnown, never used in ranking.
	Known string
	// Periods is the number of months with an occurrence, for the top
	// GroupTop phrases (0 for the others).
	Periods int
	// Features are the values the score weighs, named by FeatureNames.
	Features []float64
	// Example is the first occurrence in input order, traceable to its
	// document, date, sentence and original text span.
	Example Occurrence
	// DocIDs lists the documents, in input order, for the top GroupTop
	// phrases (nil for the others).
	DocIDs    []string
	Candidate int // index into Discovery.Candidates, or -1
	ids       []int32
	docs      []int32 // indices of DocIDs
	at        []place // occurrences, while ranking
}

// Candidate is a candidate family: recurring phrases of one kind that share
// a core of content words or differ by few words, led by the best ranked.
type Candidate struct {
	Name    string   // the top-ranked phrase of the group
	Core    []string // the leader's core words, as written (grouping compares their inflection keys: see Discoverer)
	Phrases []int    // indices into Discovery.Phrases, best first
	// Variants are those of Phrases that are wordings of their own: the
	// leader and every member that is not a part of its words ("close
	// neighbors" leads "neighbors" and "close", which join its family as
	// cuts of the same words, not as variants).
	Variants []int
	Docs     int     // documents with any of the phrases
	Count    int     // occurrences of the phrases (overlapping phrases count each)
	Kind     Kind    // the leader's
	Score    float64 // the leader's
	// Known is the formula family of the first phrase that matches one, or
	// "" for a new candidate (see MarkKnown).
	Known       string
	First, Last time.Time // first and last dated occurrence of any phrase
	Periods     int       // months with an occurrence of any phrase
}

// Discovery is the result of Run.
type Discovery struct {
	Options DiscoverOptions
	// Docs and Tokens are of the documents discovery ran on: all those added,
	// or the sample when their words exceeded MaxWords. Words is the words
	// (units: an actor name is one) of those documents.
	Docs, Tokens, Words int
	// Seen and SeenTokens are of every document added.
	Seen, SeenTokens int
	// Sample is 1 when discovery ran on every document, else k for a 1/k
	// hash sample (k a power of two): Phrase.Docs and Count are then of the
	// sample, and MinDocs applied to it.
	Sample int
	// Warnings are caveats on the result: that it ran on a sample.
	Warnings []string
	// Phrases are ranked formulas first, then by score, documents, count,
	// length and text.
	Phrases []Phrase
	// Candidates group the top GroupTop phrases, in the order of their
	// leaders; a phrase like no other is a candidate of its own.
	Candidates []Candidate
}

// possessive reports whether a word is an actor's possessive ("china's",
// "korea's"): the tokenizer keeps "'s" in the word, and the aliases name
// the actor without it.
func (dc *Discoverer) possessive(w string) bool {
	stem, ok := possessiveOf(w)
	if !ok || dc.fold.aliases == nil {
		return false
	}
	_, ok = dc.fold.aliases.Word(stem)
	return ok
}

// possessiveOf returns the word a possessive is of ("today's": "today").
// Norm writes every apostrophe as "'".
func possessiveOf(w string) (string, bool) {
	stem, ok := strings.CutSuffix(w, "'s")
	return stem, ok && stem != ""
}
