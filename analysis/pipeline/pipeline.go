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

	// Each worker's lists are in input order already; merge them, dropping
	// each worker's list as it is used up, so at most one extra copy of the
	// (possibly million-long) lists is alive.
	var occs [][]phrases.Occurrence
	var occSeqs, figSeqs [][]int
	var figLists [][]figures.Figure
	for _, sh := range shards {
		res.Phrases.Merge(sh.counts)
		res.OccurrencesTotal += sh.occTotal
		occs, occSeqs = append(occs, sh.occs), append(occSeqs, sh.occSeq)
		figLists, figSeqs = append(figLists, sh.figs), append(figSeqs, sh.figSeq)
		*sh = shard{}
	}
	res.Occurrences = mergeInOrder(occs, occSeqs, func(o phrases.Occurrence) int { return o.Start }, maxOcc)
	res.Figures = mergeInOrder(figLists, figSeqs, func(f figures.Figure) int { return f.Start }, -1)
	for i := range res.Figures {
		if maxFig >= 0 && i >= maxFig {
			res.Figures[i].Sentence = ""
		}
	}
	stripped := 0
	if maxFig >= 0 && len(res.Figures) > maxFig {
		stripped = len(res.Figures) - maxFig
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

// mergeInOrder merges lists that are each in input order (document
// sequence number, then offset) into one list in input order, keeping at
// most limit items (all when limit < 0). A list is dropped as soon as it is
// used up.
func mergeInOrder[T any](lists [][]T, seqs [][]int, start func(T) int, limit int) []T {
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	if limit >= 0 && total > limit {
		total = limit
	}
	out := make([]T, 0, total)
	pos := make([]int, len(lists))
	for len(out) < total {
		best := -1
		for i, l := range lists {
			if pos[i] >= len(l) { // used up (and dropped)
				continue
			}
			if best < 0 || cmp.Or(cmp.Compare(seqs[i][pos[i]], seqs[best][pos[best]]), cmp.Compare(start(l[pos[i]]), start(lists[best][pos[best]]))) < 0 {
				best = i
			}
		}
		out = append(out, lists[best][pos[best]])
		if pos[best]++; pos[best] == len(lists[best]) {
			lists[best], seqs[best] = nil, nil
		}
	}
	return out
}

// shard is one worker's share: counts of all its occurrences, and the
// occurrences and figures it keeps. A worker sees its documents in input
// order, so keeping its first max items keeps every item of the global first
// max.
type shard struct {
	counts   *phrases.Counts
	occs     []phrases.Occurrence // in input order, with occSeq their documents' numbers
	occSeq   []int
	occTotal int
	figs     []figures.Figure // in input order, with figSeq their documents' numbers
	figSeq   []int
	strs     map[string]string // interned strings (see intern)
}

func (sh *shard) add(j job, m *phrases.Matcher, maxOcc, maxFig int) {
	occs := m.Match(j.doc)
	sh.counts.Add(occs, j.doc)
	sh.occTotal += len(occs)
	slices.SortStableFunc(occs, func(a, b phrases.Occurrence) int { return cmp.Compare(a.Start, b.Start) })
	for _, oc := range occs {
		if maxOcc >= 0 && len(sh.occs) >= maxOcc {
			break
		}
		sh.occs = append(sh.occs, sh.detachOcc(oc))
		sh.occSeq = append(sh.occSeq, j.seq)
	}
	figs := figures.FromDocument(j.doc)
	slices.SortStableFunc(figs, func(a, b figures.Figure) int { return cmp.Compare(a.Start, b.Start) })
	for _, f := range figs {
		if maxFig >= 0 && len(sh.figs) >= maxFig {
			f.Sentence = "" // past the cap: kept for series, without the sentence
		}
		sh.figs = append(sh.figs, sh.detachFig(f))
		sh.figSeq = append(sh.figSeq, j.seq)
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
