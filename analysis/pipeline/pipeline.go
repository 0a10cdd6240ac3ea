package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/terms"
)

// Default caps on the lists kept for row-by-row output.
const (
	DefaultMaxOccurrences = 100_000
	DefaultMaxFigures     = 200_000
)

// Options say what Run computes.
type Options struct {
	Terms    terms.Options
	Families []phrases.Family // nil: phrases.DefaultFamilies()
	Aliases  *corpus.Aliases
	Match    phrases.MatchOptions
	// Discover runs phrase discovery with DiscoverOptions.
	Discover        bool
	DiscoverOptions phrases.DiscoverOptions
	// Workers is the number of family and figure workers; 0 means GOMAXPROCS.
	Workers int
	// MaxOccurrences and MaxFigures cap the lists (0: the defaults,
	// negative: no cap).
	MaxOccurrences, MaxFigures int
	// Keep selects the documents analysed (e.g. a date window); nil keeps all.
	Keep func(*corpus.Document) bool
}

// Result holds every analysis of the documents kept.
type Result struct {
	Terms            *terms.Counter
	Phrases          *phrases.Counts
	Families         []phrases.Family
	Occurrences      []phrases.Occurrence // input order, at most MaxOccurrences
	OccurrencesTotal int
	Discovery        *phrases.Discovery // nil without Options.Discover
	Figures          []figures.Figure   // input order, all of them
	Docs             int                // documents analysed
	Left             int                // documents Keep left out
	Notes            []string           // caps reached
}

// Stream delivers documents in input order to fn, as corpus.Stream does.
type Stream func(fn func(*corpus.Document) error) error

// Run analyses every document that stream delivers, in one pass.
func Run(ctx context.Context, stream Stream, o Options) (*Result, error) {
	if err := o.Terms.Check(); err != nil {
		return nil, err
	}
	if o.Families == nil {
		o.Families = phrases.DefaultFamilies()
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	maxOcc := capOf(o.MaxOccurrences, DefaultMaxOccurrences)
	maxFig := capOf(o.MaxFigures, DefaultMaxFigures)
	var disc *phrases.Discoverer
	if o.Discover {
		d, err := phrases.NewDiscoverer(o.Aliases, o.DiscoverOptions)
		if err != nil {
			return nil, err
		}
		disc = d
	}
	matcher := phrases.NewMatcher(o.Families, o.Aliases, o.Match)
	res := &Result{Terms: terms.NewCounter(o.Terms), Phrases: phrases.NewCounts(), Families: matcher.Families()}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	const buffer = 32
	termCh := make(chan *corpus.Document, buffer)
	workCh := make(chan job, buffer)
	discCh := make(chan *corpus.Document, buffer)
	var wg sync.WaitGroup

	wg.Add(1)
	go func() { // terms: one counter, so its memory is not multiplied
		defer wg.Done()
		for d := range termCh {
			res.Terms.Add(d)
		}
	}()
	shards := make([]*shard, o.Workers)
	for i := range shards {
		sh := &shard{counts: phrases.NewCounts()}
		shards[i] = sh
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range workCh {
				sh.add(j, matcher, maxOcc, maxFig)
			}
		}()
	}
	if disc != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range discCh {
				disc.Add(d)
			}
		}()
	}

	seq := 0
	err := stream(func(d *corpus.Document) error {
		if o.Keep != nil && !o.Keep(d) {
			res.Left++
			return nil
		}
		res.Docs++
		select {
		case termCh <- d:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case workCh <- job{seq: seq, doc: d}:
		case <-ctx.Done():
			return ctx.Err()
		}
		if disc != nil {
			select {
			case discCh <- d:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		seq++
		return nil
	})
	close(termCh)
	close(workCh)
	close(discCh)
	wg.Wait()
	if err != nil {
		return res, err
	}

	var occs []seqOcc
	var figs []seqFig
	for _, sh := range shards {
		res.Phrases.Merge(sh.counts)
		res.OccurrencesTotal += sh.occTotal
		occs = append(occs, sh.occs...)
		figs = append(figs, sh.figs...)
	}
	slices.SortFunc(occs, func(a, b seqOcc) int { return cmp.Or(cmp.Compare(a.seq, b.seq), cmp.Compare(a.occ.Start, b.occ.Start)) })
	slices.SortFunc(figs, func(a, b seqFig) int { return cmp.Or(cmp.Compare(a.seq, b.seq), cmp.Compare(a.fig.Start, b.fig.Start)) })
	if maxOcc >= 0 && len(occs) > maxOcc {
		occs = occs[:maxOcc]
	}
	for _, so := range occs {
		res.Occurrences = append(res.Occurrences, so.occ)
	}
	for i, sf := range figs {
		if maxFig >= 0 && i >= maxFig {
			sf.fig.Sentence = ""
		}
		res.Figures = append(res.Figures, sf.fig)
	}
	stripped := 0
	if maxFig >= 0 && len(figs) > maxFig {
		stripped = len(figs) - maxFig
	}
	if n := res.OccurrencesTotal - len(res.Occurrences); n > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("the concordance lists the first %d of %d formula occurrences (counts include all)", len(res.Occurrences), res.OccurrencesTotal))
	}
	if stripped > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%d figures after the first %d are listed without their sentence, to bound memory", stripped, maxFig))
	}
	if disc != nil {
		res.Discovery = disc.Run()
	}
	return res, nil
}

func capOf(v, def int) int {
	switch {
	case v == 0:
		return def
	case v < 0:
		return -1
	}
	return v
}

type job struct {
	seq int
	doc *corpus.Document
}

type seqOcc struct {
	seq int
	occ phrases.Occurrence
}

type seqFig struct {
	seq int
	fig figures.Figure
}

// shard is one worker's share: counts of all its occurrences, and the
// occurrences and figures it keeps. A worker sees its documents in input
// order, so keeping its first max items keeps every item of the global first
// max.
type shard struct {
	counts   *phrases.Counts
	occs     []seqOcc
	occTotal int
	figs     []seqFig
	strs     map[string]string // interned strings (see intern)
}

func (sh *shard) add(j job, m *phrases.Matcher, maxOcc, maxFig int) {
	occs := m.Match(j.doc)
	sh.counts.Add(occs, j.doc)
	sh.occTotal += len(occs)
	for _, oc := range occs {
		if maxOcc >= 0 && len(sh.occs) >= maxOcc {
			break
		}
		sh.occs = append(sh.occs, seqOcc{j.seq, sh.detachOcc(oc)})
	}
	for _, f := range figures.FromDocument(j.doc) {
		if maxFig >= 0 && len(sh.figs) >= maxFig {
			f.Sentence = "" // past the cap: kept for series, without the sentence
		}
		sh.figs = append(sh.figs, seqFig{j.seq, sh.detachFig(f)})
	}
}

// detachOcc copies the strings of an occurrence, which point into the
// document's text, so keeping the occurrence does not keep the document.
// Strings that repeat (document, family, pattern, variant, the matched text)
// are interned: one copy per shard.
func (sh *shard) detachOcc(o phrases.Occurrence) phrases.Occurrence {
	in := sh.intern
	o.Doc, o.Family, o.Pattern, o.Variant, o.Text = in(o.Doc), in(o.Family), in(o.Pattern), in(o.Variant), in(o.Text)
	o.Sentence, o.Left, o.Right = strings.Clone(o.Sentence), strings.Clone(o.Left), strings.Clone(o.Right)
	return o
}

// detachFig does the same for a figure; a corpus cites the same units,
// qualifiers, periods and subjects over and over.
func (sh *shard) detachFig(f figures.Figure) figures.Figure {
	in := sh.intern
	f.Text, f.Unit, f.Qualifier, f.Subject, f.Period, f.Doc = in(f.Text), in(f.Unit), in(f.Qualifier), in(f.Subject), in(f.Period), in(f.Doc)
	f.Sentence = strings.Clone(f.Sentence)
	return f
}

// intern returns the shard's copy of s, making one the first time.
func (sh *shard) intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := sh.strs[s]; ok {
		return v
	}
	if sh.strs == nil {
		sh.strs = map[string]string{}
	}
	c := strings.Clone(s)
	sh.strs[c] = c
	return c
}
