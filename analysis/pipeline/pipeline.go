package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/facet"
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
	// Release gives each document's tokens back (corpus.Document.Release)
	// once every analysis is done with it, for the documents built next: the
	// documents are the run's, and their Sentences are gone after it. A
	// stream that keeps its documents (corpus.Load's) leaves it false.
	Release bool
	// KeepSample leaves discovery to the caller: Result.Sample holds the
	// documents discovery would run on, and Result.Discovery stays nil.
	KeepSample bool
	// Attributor, when not nil, gives every formula occurrence and figure
	// its speaker, side and cue, and Result.Facets the families by side
	// and speaker. A document with an occurrence or a figure is attributed
	// once, for both. It is the one place for the attributor: Run refuses
	// options with Match.Attributor set.
	Attributor *attribution.Attributor
	// Records, when not nil, is handed each analysed document's formula
	// occurrences and figures (each by offset), in input order, as the
	// workers find them, and Result keeps neither: Occurrences and Figures
	// stay nil, OccurrencesTotal and FiguresTotal count them, and the cap
	// notes are the caller's. Their strings may point into the document's
	// text, which lives on after the call only if the caller copies them.
	// At most RecordWindow documents wait for an earlier one to be handed
	// on. An error from Records ends the run with that error.
	Records func(occs []phrases.Occurrence, figs []figures.Figure) error
	// Total, when not nil, is a counter with the options of Terms that
	// every analysed document is added to as well as to Result.Terms: the
	// counter of the documents before these, kept as one run over all
	// would keep it (it prunes where that run would).
	Total *terms.Counter
}

// RecordWindow bounds the documents analysed ahead of the one whose
// records Options.Records is waiting for (a slow document holds the later
// ones' records in memory until it is done).
const RecordWindow = 256

// Result holds every analysis of the documents kept.
type Result struct {
	Terms            *terms.Counter
	Phrases          *phrases.Counts
	Families         []phrases.Family
	Occurrences      []phrases.Occurrence // input order, at most MaxOccurrences
	OccurrencesTotal int
	Discovery        *phrases.Discovery  // nil without Options.Discover
	Sample           *phrases.Discoverer // with Options.KeepSample
	Figures          []figures.Figure    // input order, all of them
	FiguresTotal     int                 // figures found (with Options.Records: handed on)
	// Facets counts every formula occurrence by side and speaker (not
	// capped as Occurrences is); nil without Options.Attributor.
	Facets *facet.Tally
	Docs   int      // documents analysed
	Left   int      // documents Keep left out
	Notes  []string // caps reached
}

// Stream delivers documents in input order to fn, as corpus.Stream does.
type Stream func(fn func(*corpus.Document) error) error

// Run analyses every document that stream delivers, in one pass.
func Run(ctx context.Context, stream Stream, o Options) (*Result, error) {
	return run(ctx, stream, o, nil)
}

// run is Run with the matcher of o's families, aliases and options when m
// is not nil.
func run(ctx context.Context, stream Stream, o Options, m *phrases.Matcher) (*Result, error) {
	if err := o.Terms.Check(); err != nil {
		return nil, err
	}
	if o.Match.Attributor != nil {
		return nil, errors.New("pipeline: the attributor goes in Options.Attributor, not Match.Attributor")
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
	// The shards attribute each document once, for its occurrences and
	// its figures together (see shard.add).
	at := o.Attributor
	matcher := m
	if matcher == nil {
		matcher = phrases.NewMatcher(o.Families, o.Aliases, o.Match)
	}
	res := &Result{Terms: terms.NewCounter(o.Terms), Phrases: phrases.NewCounts(), Families: matcher.Families()}

	// release ends a consumer's use of a document: the terms counter, a
	// worker and discovery each read it (see Options.Release).
	consumers := 2
	if disc != nil {
		consumers++
	}
	release := func(d *corpus.Document) {
		if o.Release {
			d.Release()
		}
	}

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
			if o.Total != nil {
				o.Total.Add(d)
			}
			release(d)
		}
	}()
	// With Records, the workers' records are handed on in input order by
	// one goroutine, which holds those that come before their turn.
	var recCh chan docRecords
	var window chan struct{}
	var recErr error
	recDone := make(chan struct{})
	if o.Records != nil {
		recCh = make(chan docRecords, buffer)
		window = make(chan struct{}, RecordWindow)
		go func() {
			defer close(recDone)
			pending := map[int]docRecords{}
			next := 0
			for r := range recCh {
				pending[r.seq] = r
				for {
					r, ok := pending[next]
					if !ok {
						break
					}
					delete(pending, next)
					next++
					if recErr == nil {
						if recErr = o.Records(r.occs, r.figs); recErr != nil {
							cancel()
						}
					}
					<-window
				}
			}
		}()
	} else {
		close(recDone)
	}
	shards := make([]*shard, o.Workers)
	for i := range shards {
		sh := &shard{counts: phrases.NewCounts(), at: at, records: recCh}
		if at != nil {
			sh.tally = facet.NewTally()
		}
		shards[i] = sh
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range workCh {
				sh.add(j, matcher, maxOcc, maxFig)
				release(j.doc)
			}
		}()
	}
	if disc != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range discCh {
				disc.Add(d)
				release(d)
			}
		}()
	}

	seq := 0
	err := stream(func(d *corpus.Document) error {
		// Cancelled: stop at the next document for certain (the selects
		// below may still pick a channel with room over ctx.Done).
		if err := ctx.Err(); err != nil {
			return err
		}
		if o.Keep != nil && !o.Keep(d) {
			res.Left++
			return nil
		}
		res.Docs++
		if o.Release {
			d.Share(consumers)
		}
		if window != nil {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
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
	if recCh != nil {
		close(recCh)
	}
	<-recDone
	if err == nil || recErr != nil && errors.Is(err, context.Canceled) {
		err = cmp.Or(recErr, err)
	}
	if err != nil {
		return res, err
	}

	// Each worker's lists are in input order already; merge them, dropping
	// each worker's list as it is used up, so at most one extra copy of the
	// (possibly million-long) lists is alive.
	var occs [][]phrases.Occurrence
	var occSeqs [][]int
	if at != nil {
		res.Facets = facet.NewTally()
	}
	for _, sh := range shards {
		if sh.tally != nil {
			res.Facets.Merge(sh.tally)
			sh.tally = nil
		}
		res.Phrases.Merge(sh.counts)
		res.OccurrencesTotal += sh.occTotal
		res.FiguresTotal += sh.figTotal
		occs, occSeqs = append(occs, sh.occs), append(occSeqs, sh.occSeq)
		sh.counts, sh.occs, sh.occSeq = nil, nil, nil
	}
	// Discovery runs first, while the figures are still the shards'
	// compact records, not the larger figures.Figure with its pointers.
	if disc != nil {
		if o.KeepSample {
			res.Sample = disc
		} else {
			res.Discovery = disc.Run()
			res.Discovery.MarkKnown(matcher)
		}
		disc = nil
	}
	if o.Records != nil {
		return res, nil // the lists went to Records
	}
	res.Occurrences = mergeInOrder(occs, occSeqs, func(o phrases.Occurrence) int { return o.Start }, maxOcc)
	res.Figures = mergeFigures(shards, maxFig)
	res.Notes = CapNotes(res.OccurrencesTotal, len(res.Occurrences), len(res.Figures), maxFig)
	return res, nil
}

// CapNotes says which lists were cut: of occTotal occurrences occKept are
// listed, and of figs figures those past maxFig (when not negative) have
// no sentence. A caller of Options.Records that keeps the lists to those
// caps notes them with it.
func CapNotes(occTotal, occKept, figs, maxFig int) []string {
	var notes []string
	if occTotal > occKept {
		notes = append(notes, fmt.Sprintf("the concordance lists the first %d of %d formula occurrences (counts include all)", occKept, occTotal))
	}
	if maxFig >= 0 && figs > maxFig {
		notes = append(notes, fmt.Sprintf("%d figures after the first %d are listed without their sentence, to bound memory", figs-maxFig, maxFig))
	}
	return notes
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
	tally    *facet.Tally            // nil without an attributor
	at       *attribution.Attributor // nil: no speakers
	occs     []phrases.Occurrence    // in input order, with occSeq their documents' numbers
	occSeq   []int
	occTotal int
	figs     []figRec // in input order
	figTotal int
	strs     strTable
	dates    map[time.Time]uint32
	dateList []time.Time
	// records, when not nil, takes each document's occurrences and
	// figures instead of the lists above (Options.Records).
	records chan<- docRecords
}

// docRecords are one document's occurrences and figures, by offset.
type docRecords struct {
	seq  int
	occs []phrases.Occurrence
	figs []figures.Figure
}

// figRec is a figure as a shard keeps it: a corpus of 200,000 articles cites
// a million figures, so a figure is 88 bytes without pointers (which the
// garbage collector need not scan) rather than a figures.Figure of 224
// bytes and ten pointers. Strings and dates are indices into the shard's
// tables; sentence is 1 + an index into them, or 0 past the cap.
type figRec struct {
	value, high                             float64
	seq                                     int32
	text, unit, kind, qual, subject, period uint32
	doc, sentence, date                     uint32
	speaker, side, cue, source              uint32
	start, end, numStart, numEnd, qualStart int32
}

func (sh *shard) add(j job, m *phrases.Matcher, maxOcc, maxFig int) {
	occs := m.Match(j.doc)
	figs := figures.FromDocument(j.doc)
	if sh.at != nil && len(occs)+len(figs) > 0 {
		attribute(j.doc, sh.at.Document(j.doc), occs, figs)
	}
	sh.counts.Add(occs, j.doc)
	if sh.tally != nil {
		sh.tally.AddDocument(occs)
	}
	sh.occTotal += len(occs)
	sh.figTotal += len(figs)
	slices.SortStableFunc(occs, func(a, b phrases.Occurrence) int { return cmp.Compare(a.Start, b.Start) })
	if sh.records != nil {
		slices.SortStableFunc(figs, func(a, b figures.Figure) int { return cmp.Compare(a.Start, b.Start) })
		sh.records <- docRecords{seq: j.seq, occs: occs, figs: figs}
		return
	}
	for _, oc := range occs {
		if maxOcc >= 0 && len(sh.occs) >= maxOcc {
			break
		}
		sh.occs = append(sh.occs, sh.detachOcc(oc))
		sh.occSeq = append(sh.occSeq, j.seq)
	}
	slices.SortStableFunc(figs, func(a, b figures.Figure) int { return cmp.Compare(a.Start, b.Start) })
	for _, f := range figs {
		withSentence := maxFig < 0 || len(sh.figs) < maxFig
		sh.figs = append(sh.figs, sh.record(j.seq, f, withSentence))
	}
}

// attribute gives each occurrence and figure the speaker, side and cue of
// its sentence, from atts (attribution.Attributor.Document of d): one
// attribution of the document for both.
func attribute(d *corpus.Document, atts []attribution.Attribution, occs []phrases.Occurrence, figs []figures.Figure) {
	for i := range occs {
		if a, ok := attribution.At(d, atts, occs[i].Start); ok {
			occs[i].Speaker, occs[i].Side, occs[i].Cue = a.Speaker, a.Side, a.Cue
		}
	}
	for i := range figs {
		if a, ok := attribution.At(d, atts, figs[i].Start); ok {
			figs[i].Attribute(a)
		}
	}
}

// detachOcc copies the strings of an occurrence, which point into the
// document's text, so keeping the occurrence does not keep the document.
// Its strings are interned: one copy per shard of each document ID, family,
// variant and text, and of each sentence, which several occurrences and
// figures often share.
func (sh *shard) detachOcc(o phrases.Occurrence) phrases.Occurrence {
	in := sh.strs.str
	o.Doc, o.Family, o.Pattern, o.Variant, o.Text = in(o.Doc), in(o.Family), in(o.Pattern), in(o.Variant), in(o.Text)
	o.Sentence, o.Left, o.Right = in(o.Sentence), in(o.Left), in(o.Right)
	return o
}

// record turns a figure into a figRec, copying its strings (which point into
// the document's text) into the shard's tables: a corpus cites the same
// units, qualifiers, periods and subjects over and over.
func (sh *shard) record(seq int, f figures.Figure, withSentence bool) figRec {
	in := sh.strs.id
	r := figRec{value: f.Value, high: f.High, seq: int32(seq),
		text: in(f.Text), unit: in(f.Unit), kind: in(string(f.Kind)), qual: in(f.Qualifier),
		subject: in(f.Subject), period: in(f.Period), doc: in(f.Doc),
		speaker: in(f.Speaker), side: in(f.Side), cue: in(f.Cue), source: in(f.Source),
		start: int32(f.Start), end: int32(f.End), numStart: int32(f.NumStart), numEnd: int32(f.NumEnd), qualStart: int32(f.QualStart)}
	if withSentence {
		r.sentence = in(f.Sentence) + 1
	}
	d, ok := sh.dates[f.Date]
	if !ok {
		if sh.dates == nil {
			sh.dates = map[time.Time]uint32{}
		}
		d = uint32(len(sh.dateList))
		sh.dates[f.Date] = d
		sh.dateList = append(sh.dateList, f.Date)
	}
	r.date = d
	return r
}

// figure is the figures.Figure that r records.
func (sh *shard) figure(r *figRec) figures.Figure {
	s := sh.strs.list
	f := figures.Figure{Value: r.value, High: r.high,
		Text: s[r.text], Unit: s[r.unit], Kind: figures.Kind(s[r.kind]), Qualifier: s[r.qual],
		Subject: s[r.subject], Period: s[r.period], Doc: s[r.doc], Date: sh.dateList[r.date],
		Speaker: s[r.speaker], Side: s[r.side], Cue: s[r.cue], Source: s[r.source],
		Start: int(r.start), End: int(r.end), NumStart: int(r.numStart), NumEnd: int(r.numEnd), QualStart: int(r.qualStart)}
	if r.sentence > 0 {
		f.Sentence = s[r.sentence-1]
	}
	return f
}

// mergeFigures merges the shards' figures into input order (document, then
// offset), keeping the sentence of the first maxFig only (all when maxFig <
// 0). Each shard's figures are freed as they are used up.
func mergeFigures(shards []*shard, maxFig int) []figures.Figure {
	total := 0
	for _, sh := range shards {
		total += len(sh.figs)
	}
	out := make([]figures.Figure, 0, total)
	pos := make([]int, len(shards))
	for len(out) < total {
		best := -1
		for i, sh := range shards {
			if pos[i] >= len(sh.figs) {
				continue
			}
			a := &sh.figs[pos[i]]
			if best < 0 {
				best = i
				continue
			}
			b := &shards[best].figs[pos[best]]
			if cmp.Or(cmp.Compare(a.seq, b.seq), cmp.Compare(a.start, b.start)) < 0 {
				best = i
			}
		}
		sh := shards[best]
		f := sh.figure(&sh.figs[pos[best]])
		if maxFig >= 0 && len(out) >= maxFig {
			f.Sentence = ""
		}
		out = append(out, f)
		if pos[best]++; pos[best] == len(sh.figs) {
			sh.figs = nil
		}
	}
	return out
}

// strTable interns strings: one copy of each, and an index for it.
type strTable struct {
	ids  map[string]uint32
	list []string
}

// id returns the index of s, copying s the first time.
func (t *strTable) id(s string) uint32 {
	if i, ok := t.ids[s]; ok {
		return i
	}
	if t.ids == nil {
		t.ids = map[string]uint32{}
	}
	c := strings.Clone(s)
	i := uint32(len(t.list))
	t.ids[c] = i
	t.list = append(t.list, c)
	return i
}

// str returns the table's copy of s.
func (t *strTable) str(s string) string { return t.list[t.id(s)] }
