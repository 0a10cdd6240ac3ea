package pipeline

import (
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/internal/wire"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/terms"
)

// An Aggregate encodes as its settings and the encodings of its parts, each
// of which carries its own kind and version (see package wire).

const (
	aggregateKind    = "pipeline.Aggregate"
	aggregateVersion = 1
)

type aggregateWire struct {
	// settings
	MinN           int         `cbor:"1,keyasint"`
	MaxN           int         `cbor:"2,keyasint"`
	Raw            bool        `cbor:"3,keyasint,omitempty"`
	ByPeriod       bool        `cbor:"4,keyasint,omitempty"`
	Unit           int         `cbor:"5,keyasint,omitempty"`
	MaxEntries     int         `cbor:"6,keyasint,omitempty"`
	DocTerms       bool        `cbor:"7,keyasint,omitempty"`
	Families       []byte      `cbor:"8,keyasint"`
	Stem           bool        `cbor:"9,keyasint,omitempty"`
	Context        int         `cbor:"10,keyasint,omitempty"`
	Discover       bool        `cbor:"11,keyasint,omitempty"`
	MaxOccurrences int         `cbor:"12,keyasint"`
	MaxFigures     int         `cbor:"13,keyasint"`
	Corpus         [][2]string `cbor:"14,keyasint,omitempty"`
	Window         string      `cbor:"15,keyasint,omitempty"`
	// parts
	Paths            []string    `cbor:"16,keyasint"`
	Listing          []byte      `cbor:"17,keyasint"`
	Terms            []byte      `cbor:"18,keyasint"`
	Phrases          []byte      `cbor:"19,keyasint"`
	Occurrences      []byte      `cbor:"20,keyasint"`
	OccurrencesTotal int         `cbor:"21,keyasint"`
	Sample           []byte      `cbor:"22,keyasint,omitempty"`
	Figures          []byte      `cbor:"23,keyasint"`
	Docs             int         `cbor:"24,keyasint"`
	Left             int         `cbor:"25,keyasint,omitempty"`
	Warnings         []string    `cbor:"26,keyasint,omitempty"`
	Params           [][2]string `cbor:"27,keyasint,omitempty"`
	Facets           []byte      `cbor:"28,keyasint,omitempty"`
}

// MarshalBinary encodes the aggregate.
func (a *Aggregate) MarshalBinary() ([]byte, error) {
	s := &a.Settings
	t := s.Terms
	w := aggregateWire{MinN: t.MinN, MaxN: t.MaxN, Raw: t.Raw, ByPeriod: t.ByPeriod, Unit: int(t.Unit), MaxEntries: t.MaxEntries,
		DocTerms: t.DocTerms, Stem: s.Match.Stem, Context: s.Match.Context, Discover: s.Discover,
		MaxOccurrences: s.MaxOccurrences, MaxFigures: s.MaxFigures, Corpus: s.Corpus, Window: s.Window,
		Paths: a.Paths, OccurrencesTotal: a.OccurrencesTotal, Docs: a.Docs, Left: a.Left, Warnings: a.Warnings, Params: a.Params}
	var err error
	enc := func(f func() ([]byte, error)) []byte {
		if err != nil {
			return nil
		}
		var b []byte
		b, err = f()
		return b
	}
	w.Families = enc(func() ([]byte, error) { return phrases.MarshalFamilies(s.Families) })
	w.Listing = enc(a.Listing.MarshalBinary)
	w.Terms = enc(a.Terms.MarshalBinary)
	w.Phrases = enc(a.Phrases.MarshalBinary)
	w.Occurrences = enc(func() ([]byte, error) { return phrases.MarshalOccurrences(a.Occurrences) })
	w.Figures = enc(func() ([]byte, error) { return figures.MarshalFigures(a.Figures) })
	if a.Sample != nil {
		w.Sample = enc(a.Sample.MarshalBinary)
	}
	if a.Facets != nil {
		w.Facets = enc(a.Facets.MarshalBinary)
	}
	if err != nil {
		return nil, err
	}
	return wire.Marshal(aggregateKind, aggregateVersion, &w)
}

// UnmarshalBinary replaces a with the aggregate encoded in data; errors
// wrap wire.ErrFormat and say which part is bad.
func (a *Aggregate) UnmarshalBinary(data []byte) error {
	var w aggregateWire
	if err := wire.Unmarshal(data, aggregateKind, aggregateVersion, &w); err != nil {
		return err
	}
	n := Aggregate{Paths: w.Paths, OccurrencesTotal: w.OccurrencesTotal, Docs: w.Docs, Left: w.Left, Warnings: w.Warnings,
		Params: w.Params, Listing: &corpus.Listing{}, Terms: &terms.Counter{}, Phrases: phrases.NewCounts()}
	s := &n.Settings
	s.Terms = terms.Options{MinN: w.MinN, MaxN: w.MaxN, Raw: w.Raw, ByPeriod: w.ByPeriod, Unit: period.Unit(w.Unit),
		MaxEntries: w.MaxEntries, DocTerms: w.DocTerms}
	s.Match = phrases.MatchOptions{Stem: w.Stem, Context: w.Context}
	s.Discover, s.MaxOccurrences, s.MaxFigures, s.Corpus, s.Window = w.Discover, w.MaxOccurrences, w.MaxFigures, w.Corpus, w.Window
	var err error
	if s.Families, err = phrases.UnmarshalFamilies(w.Families); err != nil {
		return err
	}
	if err := n.Listing.UnmarshalBinary(w.Listing); err != nil {
		return err
	}
	if err := n.Terms.UnmarshalBinary(w.Terms); err != nil {
		return err
	}
	to := n.Terms.Options()
	to.MaxEntries = s.Terms.MaxEntries // a counter may raise its own limit
	if to != s.Terms {
		return wire.Errorf(aggregateKind, "the term counter's options differ from the settings")
	}
	if err := n.Phrases.UnmarshalBinary(w.Phrases); err != nil {
		return err
	}
	if n.Occurrences, err = phrases.UnmarshalOccurrences(w.Occurrences); err != nil {
		return err
	}
	if n.Figures, err = figures.UnmarshalFigures(w.Figures); err != nil {
		return err
	}
	if s.Discover != (w.Sample != nil) {
		return wire.Errorf(aggregateKind, "discovery without a sample, or a sample without discovery")
	}
	if w.Sample != nil {
		n.Sample = &phrases.Discoverer{}
		if err := n.Sample.UnmarshalBinary(w.Sample); err != nil {
			return err
		}
		s.DiscoverOptions = n.Sample.Options()
	}
	if w.Facets != nil {
		if n.Facets, err = facet.UnmarshalTally(w.Facets); err != nil {
			return err
		}
	}
	if w.OccurrencesTotal < len(n.Occurrences) || w.Docs < 0 || w.Left < 0 {
		return wire.Errorf(aggregateKind, "bad totals")
	}
	*a = n
	return nil
}
