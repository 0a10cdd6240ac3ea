package phrases

import (
	"context"
	"runtime"
	"sync"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// Options are the settings of Analyze.
type Options struct {
	Families []Family        // nil: DefaultFamilies()
	Aliases  *corpus.Aliases // nil: no alias folding
	Match    MatchOptions
	// Unit is the period unit; with AutoUnit it is chosen from the span of
	// dates (period.Auto).
	Unit     period.Unit
	AutoUnit bool
	// Discover also runs discovery with DiscoverOptions.
	Discover        bool
	DiscoverOptions DiscoverOptions
	Workers         int // parallel matchers; 0 = GOMAXPROCS
}

// Result is everything the phrases analysis gives for a corpus: what
// dipstat phrases prints and the report charts and tabulates.
type Result struct {
	Families    []Family
	Summary     *Summary     // families x periods, variants
	Occurrences []Occurrence // in document order, then text order
	Discovery   *Discovery   // nil unless Options.Discover
}

// Analyze matches the families in docs (in parallel; per-worker Counts are
// merged), summarizes them by period and, if asked, discovers recurring
// phrases.
func Analyze(ctx context.Context, docs []*corpus.Document, o Options) (*Result, error) {
	fams := o.Families
	if fams == nil {
		fams = DefaultFamilies()
	}
	var dc *Discoverer
	if o.Discover {
		var err error
		if dc, err = NewDiscoverer(o.Aliases, o.DiscoverOptions); err != nil {
			return nil, err
		}
	}
	m := NewMatcher(fams, o.Aliases, o.Match)
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(docs)))
	perDoc := make([][]Occurrence, len(docs))
	counts := make([]*Counts, workers)
	var wg sync.WaitGroup
	for w := range workers {
		counts[w] = NewCounts()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				if ctx.Err() != nil {
					return
				}
				perDoc[i] = m.Match(docs[i])
				counts[w].Add(perDoc[i], docs[i])
			}
		}()
	}
	if dc != nil {
		for _, d := range docs {
			dc.Add(d)
		}
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	total := counts[0]
	for _, c := range counts[1:] {
		total.Merge(c)
	}
	unit := o.Unit
	if o.AutoUnit {
		unit = period.Auto(total.Span())
	}
	first, last := total.Span()
	if err := period.Check(unit, first, last); err != nil {
		return nil, err
	}
	res := &Result{Families: fams, Summary: total.Summarize(unit, fams)}
	n := 0
	for _, occ := range perDoc {
		n += len(occ)
	}
	res.Occurrences = make([]Occurrence, 0, n)
	for _, occ := range perDoc {
		res.Occurrences = append(res.Occurrences, occ...)
	}
	if dc != nil {
		res.Discovery = dc.Run()
		res.Discovery.MarkKnown(m)
	}
	return res, nil
}
