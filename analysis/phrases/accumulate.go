package phrases

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// An Accumulator computes Analyze's result one document at a time, for a
// corpus that is streamed (corpus.Stream) rather than loaded: it keeps the
// counts, the occurrences with copies of their strings, and the discovery
// sample, never a document. Documents are added in input order, from one
// goroutine.
type Accumulator struct {
	o      Options
	fams   []Family
	m      *Matcher
	counts *Counts
	dc     *Discoverer
	occs   []Occurrence
	short  map[string]string // one copy of each repeated short string
	sent   [2]string         // the last sentence seen, and its copy
	send   bool              // hand the occurrences to each instead of keeping them
	each   func(Occurrence)
}

// NewAccumulator returns an empty Accumulator for o (Workers is not used).
func NewAccumulator(o Options) (*Accumulator, error) {
	a := &Accumulator{o: o, fams: o.Families, counts: NewCounts(), short: map[string]string{}}
	if a.fams == nil {
		a.fams = DefaultFamilies()
	}
	if o.Discover {
		dc, err := NewDiscoverer(o.Aliases, o.DiscoverOptions)
		if err != nil {
			return nil, err
		}
		a.dc = dc
	}
	a.m = NewMatcher(a.fams, o.Aliases, o.Match)
	return a, nil
}

// Add matches and counts one document.
func (a *Accumulator) Add(d *corpus.Document) {
	occ := a.m.Match(d)
	a.counts.Add(occ, d)
	for _, o := range occ {
		switch {
		case !a.send:
			a.occs = append(a.occs, a.detach(o))
		case a.each != nil:
			a.each(o)
		}
	}
	if a.dc != nil {
		a.dc.Add(d)
	}
}

// Send makes Add hand each occurrence to f, in document order, instead of
// keeping it, so that memory does not grow with the occurrences of a
// command that writes or tallies them as they come; Result's Occurrences
// is then empty. f is called while the occurrence's document is in hand:
// the occurrence's strings may share the document's text, and f copies
// what it keeps. A nil f drops the occurrences (only the counts are
// wanted). Call Send before the first Add.
func (a *Accumulator) Send(f func(Occurrence)) {
	a.send, a.each = true, f
}

// detach copies the strings of an occurrence, which may share its
// document's text: the sentence once for the occurrences in it, the short
// strings that repeat once each.
func (a *Accumulator) detach(o Occurrence) Occurrence {
	in := func(s string) string {
		if c, ok := a.short[s]; ok {
			return c
		}
		c := strings.Clone(s)
		a.short[c] = c
		return c
	}
	if o.Sentence != a.sent[0] {
		a.sent = [2]string{o.Sentence, strings.Clone(o.Sentence)}
	}
	o.Sentence = a.sent[1]
	o.Text, o.Left, o.Right = strings.Clone(o.Text), strings.Clone(o.Left), strings.Clone(o.Right)
	o.Doc, o.Family, o.Lang, o.Pattern, o.Variant = in(o.Doc), in(o.Family), in(o.Lang), in(o.Pattern), in(o.Variant)
	o.Speaker, o.Side, o.Cue = in(o.Speaker), in(o.Side), in(o.Cue)
	return o
}

// Result is what Analyze gives for the documents added.
func (a *Accumulator) Result() (*Result, error) {
	unit := a.o.Unit
	if a.o.AutoUnit {
		unit = period.Auto(a.counts.Span())
	}
	first, last := a.counts.Span()
	if err := period.Check(unit, first, last); err != nil {
		return nil, err
	}
	res := &Result{Families: a.fams, Summary: a.counts.Summarize(unit, a.fams), Occurrences: a.occs}
	if a.dc != nil {
		res.Discovery = a.dc.Run()
		res.Discovery.MarkKnown(a.m)
	}
	return res, nil
}
