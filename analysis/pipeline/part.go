package pipeline

import (
	"context"
	"fmt"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/wire"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// A part is the aggregate of one piece of a corpus (one file) as a cluster
// computes it and ships it to be merged: its settings are those of the whole
// run, so a part is encoded without them (the families alone are tens of
// KB, more than most articles).

// AnalyzeBytes is the aggregate of one file whose bytes are in memory
// (fetched by a cluster from object storage): its documents read as the
// file path would be (corpus.ReadBytes), every analysis of o run on them, with
// the settings s. IDs and duplicates are decided within the file; merging
// the aggregates of the files in any order (Merge) gives their IDs as one
// run would, and CheckDuplicates warns about copies across files. m, when
// not nil, is the matcher of o's families, aliases and options, made once
// for many files.
func AnalyzeBytes(ctx context.Context, path string, data []byte, co corpus.Options, o Options, s Settings, m *phrases.Matcher) (*Aggregate, error) {
	var listing *corpus.Listing
	stream := func(fn func(*corpus.Document) error) error {
		l, err := corpus.ReadBytes(ctx, path, data, co, fn)
		listing = l
		return err
	}
	o.Workers, o.KeepSample = 1, true // a cluster runs files in parallel
	res, err := run(ctx, stream, o, m)
	if err != nil {
		return nil, err
	}
	return NewAggregate(res, listing, s, nil)
}

// EmptyAggregate is the aggregate of no documents, analysed with o and
// settings s.
func EmptyAggregate(o Options, s Settings) (*Aggregate, error) {
	o.Workers, o.KeepSample = 1, true
	res, err := Run(context.Background(), func(func(*corpus.Document) error) error { return nil }, o)
	if err != nil {
		return nil, err
	}
	return NewAggregate(res, &corpus.Listing{}, s, nil)
}

// MarshalPart encodes the aggregate without its families, which the part's
// reader knows (UnmarshalPart).
func (a *Aggregate) MarshalPart() ([]byte, error) {
	p := *a
	p.Settings.Families = nil
	return p.MarshalBinary()
}

// UnmarshalPart decodes a part encoded by MarshalPart, whose settings must
// be s but for the families, which it takes from s.
func UnmarshalPart(data []byte, s Settings) (*Aggregate, error) {
	var a Aggregate
	if err := a.UnmarshalBinary(data); err != nil {
		return nil, err
	}
	if len(a.Settings.Families) != 0 {
		return nil, wire.Errorf(aggregateKind, "a part with families")
	}
	a.Settings.Families = s.Families
	if d := a.Settings.diff(&s); d != "" {
		return nil, fmt.Errorf("%w: %s", ErrSettings, d)
	}
	a.Settings = s
	return &a, nil
}
