package pipeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/facet"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/terms"
)

// Aggregate is everything a report is rendered from, as data: the listing
// of the documents read and each analysis's aggregate, before the
// statistics are computed. Aggregates of parts of a corpus merge (Merge)
// into the aggregate of the whole, encode (MarshalBinary) so that a report
// can be rendered later, elsewhere, without reading an article, and are
// what a cluster (the Beam pipeline) combines.
type Aggregate struct {
	Settings Settings
	Paths    []string        // the corpus paths as given
	Listing  *corpus.Listing // every input document; with prints, to merge
	Terms    *terms.Counter
	Phrases  *phrases.Counts
	// Occurrences are the first Settings.MaxOccurrences formula
	// occurrences in input order, of OccurrencesTotal.
	Occurrences      []phrases.Occurrence
	OccurrencesTotal int
	Sample           *phrases.Discoverer // the documents discovery runs on; nil without discovery
	// Facets counts the formula occurrences by side and speaker; nil
	// without an attributor (Options.Attributor).
	Facets *facet.Tally
	// Figures are every cited figure in input order; those past
	// Settings.MaxFigures have no sentence.
	Figures    []figures.Figure
	Docs, Left int // documents analysed, and left out by the date window
	// Warnings are about the merge itself (documents counted in two parts).
	Warnings []string
	// Params are the analysis's parameters as name and value, for the
	// record (a report lists them); they are not compared.
	Params [][2]string

	origIDs map[string][]int // reader's ID -> entries, built when merging
	strs    strTable         // one copy of each string of the lists merged in
}

// intern makes the strings of b's lists the copies in t: the lists of a
// large corpus repeat units, kinds, families, sentences and document IDs.
func (b *Aggregate) intern(t *strTable) {
	in := t.str
	for i := range b.Occurrences {
		o := &b.Occurrences[i]
		o.Doc, o.Family, o.Pattern, o.Variant, o.Text = in(o.Doc), in(o.Family), in(o.Pattern), in(o.Variant), in(o.Text)
		o.Sentence, o.Left, o.Right = in(o.Sentence), in(o.Left), in(o.Right)
	}
	for i := range b.Figures {
		f := &b.Figures[i]
		f.Text, f.Unit, f.Kind, f.Qualifier = in(f.Text), in(f.Unit), figures.Kind(in(string(f.Kind))), in(f.Qualifier)
		f.Subject, f.Period, f.Sentence, f.Doc = in(f.Subject), in(f.Period), in(f.Sentence), in(f.Doc)
	}
}

// Settings say how an aggregate was analysed. Aggregates merge only when
// their settings are equal: the counts of different tokenizers, period
// units or families do not add up.
type Settings struct {
	Terms           terms.Options
	Families        []phrases.Family
	Match           phrases.MatchOptions
	Discover        bool
	DiscoverOptions phrases.DiscoverOptions
	// MaxOccurrences and MaxFigures are the caps of the lists (-1: none).
	MaxOccurrences, MaxFigures int
	// Corpus is how documents were read (stopwords, aliases, duplicates...)
	// as name and value pairs the caller chooses; Window is the date
	// window, "" for none.
	Corpus [][2]string
	Window string

	digest string // Digest, once computed
}

// SettingsOf are the settings of a run with o; corpus and window describe
// how documents were read and selected.
func SettingsOf(o Options, corpusSettings [][2]string, window string) Settings {
	fams := o.Families
	if fams == nil {
		fams = phrases.DefaultFamilies()
	}
	do := o.DiscoverOptions
	if o.Discover && do.MaxWords == 0 {
		do.MaxWords = phrases.DefaultMaxWords
	}
	if !o.Discover {
		do = phrases.DiscoverOptions{}
	}
	// Settings describe the matching, never hold the attributor: a pointer
	// would make the digest differ from run to run, and an aggregate file
	// decodes without one.
	match := o.Match
	match.Attributor = nil
	return Settings{Terms: o.Terms, Families: fams, Match: match, Discover: o.Discover, DiscoverOptions: do,
		MaxOccurrences: capOf(o.MaxOccurrences, DefaultMaxOccurrences), MaxFigures: capOf(o.MaxFigures, DefaultMaxFigures),
		Corpus: corpusSettings, Window: window}
}

// Digest is a hash of the settings: equal settings, equal digests. It is
// computed once; change no setting after calling it.
func (s *Settings) Digest() string {
	if s.digest == "" {
		s.digest = s.computeDigest()
	}
	return s.digest
}

func (s *Settings) computeDigest() string {
	h := sha256.New()
	fmt.Fprintf(h, "%+v\x00%+v\x00%v\x00%+v\x00%d %d\x00%q\x00%q\x00", s.Terms, s.Match, s.Discover, s.DiscoverOptions,
		s.MaxOccurrences, s.MaxFigures, s.Corpus, s.Window)
	for _, f := range s.Families {
		fmt.Fprintf(h, "%q %q", f.Name, f.Description)
		for _, p := range f.Patterns {
			fmt.Fprintf(h, " %q", p.Source)
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// CorpusSettings describes how documents were read, for Settings.Corpus:
// the options that change what is counted, and the stopword, alias and
// metadata files by digest ("" for none).
func CorpusSettings(o corpus.Options, stopwords, aliases, meta string) [][2]string {
	or := func(s, none string) string {
		if s == "" {
			return none
		}
		return s
	}
	out := [][2]string{
		{"keep-duplicates", strconv.FormatBool(o.KeepDuplicates)},
		{"near-dup", strconv.FormatFloat(o.NearDuplicate, 'g', -1, 64)},
		{"max-size", strconv.FormatInt(o.MaxSize, 10)},
		{"stem", strconv.FormatBool(o.Stem)},
		{"stopwords", or(stopwords, "built-in")},
		{"aliases", or(aliases, "built-in only")},
		{"meta", or(meta, "none")},
	}
	// the filters, only when set, so that aggregates written before they
	// existed still merge with unfiltered ones
	if len(o.Lang) > 0 {
		out = append(out, [2]string{"lang", strings.Join(o.Lang, ",")})
	}
	if o.Match != nil {
		out = append(out, [2]string{"match", o.Match.String()})
	}
	return out
}

// DeciderOptions are the corpus options that find duplicates, from
// settings made by CorpusSettings.
func (s *Settings) DeciderOptions() corpus.Options {
	o := corpus.DefaultOptions()
	for _, kv := range s.Corpus {
		switch kv[0] {
		case "keep-duplicates":
			o.KeepDuplicates = kv[1] == "true"
		case "near-dup":
			if v, err := strconv.ParseFloat(kv[1], 64); err == nil && v > 0 && v <= 1 {
				o.NearDuplicate = v
			}
		}
	}
	return o
}

// ErrSettings is wrapped by the error of merging aggregates analysed with
// different settings.
var ErrSettings = errors.New("aggregates analysed with different settings")

// diff says how two settings differ, or "" if they do not.
func (s *Settings) diff(o *Settings) string {
	a, b := s.Terms, o.Terms
	a.MaxEntries, b.MaxEntries = 0, 0 // a counter may raise its own limit
	switch {
	case a.Unit != b.Unit && a.ByPeriod:
		return fmt.Sprintf("counted by %s and by %s (give the same -period to each analysis)", a.Unit, b.Unit)
	case a != b:
		return fmt.Sprintf("term options %+v and %+v", a, b)
	case s.Match != o.Match:
		return fmt.Sprintf("match options %+v and %+v", s.Match, o.Match)
	case s.Discover != o.Discover || s.DiscoverOptions != o.DiscoverOptions:
		return "discovery options differ"
	case s.MaxOccurrences != o.MaxOccurrences || s.MaxFigures != o.MaxFigures:
		return "list caps differ"
	case s.Window != o.Window:
		return fmt.Sprintf("date windows %q and %q", s.Window, o.Window)
	}
	if ok, why := phrases.SameFamilies(s.Families, o.Families); !ok {
		return "families: " + why
	}
	if !slices.Equal(s.Corpus, o.Corpus) {
		for i := range max(len(s.Corpus), len(o.Corpus)) {
			var x, y [2]string
			if i < len(s.Corpus) {
				x = s.Corpus[i]
			}
			if i < len(o.Corpus) {
				y = o.Corpus[i]
			}
			if x != y {
				return fmt.Sprintf("corpus setting %s=%q against %s=%q", x[0], x[1], y[0], y[1])
			}
		}
	}
	return ""
}

// NewAggregate gathers the result of Run (with Options.KeepSample when
// discovering) and the listing of the documents it read.
func NewAggregate(res *Result, l *corpus.Listing, s Settings, paths []string) (*Aggregate, error) {
	if s.Discover && res.Sample == nil {
		return nil, errors.New("pipeline: an aggregate needs the discovery sample (Options.KeepSample)")
	}
	return &Aggregate{Settings: s, Paths: slices.Clone(paths), Listing: l, Terms: res.Terms, Phrases: res.Phrases,
		Occurrences: res.Occurrences, OccurrencesTotal: res.OccurrencesTotal, Sample: res.Sample, Figures: res.Figures,
		Facets: res.Facets, Docs: res.Docs, Left: res.Left}, nil
}

// Result is the result the aggregate stands for, as Run gives it: discovery
// runs on the sample now, and the notes say which lists were cut.
func (a *Aggregate) Result() *Result {
	res := &Result{Terms: a.Terms, Phrases: a.Phrases, Families: a.Settings.Families, Occurrences: a.Occurrences,
		OccurrencesTotal: a.OccurrencesTotal, Figures: a.Figures, Facets: a.Facets, Docs: a.Docs, Left: a.Left}
	if a.Sample != nil {
		res.Discovery = a.Sample.Run()
		// the built-in aliases: a file given with -aliases is known here
		// only by its digest, and folds few words of a phrase's example
		res.Discovery.MarkKnown(phrases.NewMatcher(a.Settings.Families, corpus.DefaultAliases(), a.Settings.Match))
	}
	res.Notes = append(CapNotes(a.OccurrencesTotal, len(a.Occurrences), len(a.Figures), a.Settings.MaxFigures), a.Warnings...)
	return res
}

// Merge adds the aggregate b, of other documents, to a. Documents are put
// in input order (corpus.CompareEntries: by file name, then line) whatever
// the order of the parts, and a document whose reader's ID another part
// already used is renamed ("ID~2") as one run over both would have named
// it. Duplicates across parts are not found (they are counted in each
// part; see CheckDuplicates). b must not be used afterwards.
func (a *Aggregate) Merge(b *Aggregate) error { return a.merge(b, false, false) }

// Append adds b, the aggregate of the documents that follow a's in input
// order, analysed with the same settings and given their IDs and duplicate
// statuses after a's (corpus.Resume): a checkpoint and what was added to
// the corpus since.
func (a *Aggregate) Append(b *Aggregate) error { return a.merge(b, true, false) }

// AppendCounted is Append for an aggregate b whose documents were added
// to a's term counter as they were analysed (Options.Total): all but b's
// terms are added.
func (a *Aggregate) AppendCounted(b *Aggregate) error { return a.merge(b, true, true) }

// merge merges b into a; decided says that the IDs and duplicates of both
// were decided in one run, with the same settings, and counted that b's
// terms are in a's counter already.
func (a *Aggregate) merge(b *Aggregate, decided, counted bool) error {
	if !decided {
		if d := a.Settings.diff(&b.Settings); d != "" {
			return fmt.Errorf("%w: %s", ErrSettings, d)
		}
	}
	la, lb := a.Listing, b.Listing
	after := len(la.Entries) == 0 || len(lb.Entries) == 0 ||
		corpus.CompareEntries(&la.Entries[len(la.Entries)-1], &lb.Entries[0]) <= 0
	if !decided {
		if err := a.renameShared(b); err != nil {
			return err
		}
	}
	b.intern(&a.strs)
	if !counted {
		if err := a.Terms.Merge(b.Terms); err != nil {
			return err
		}
	}
	a.Phrases.Merge(b.Phrases)
	switch {
	case a.Facets == nil:
		a.Facets = b.Facets
	case b.Facets != nil:
		a.Facets.Merge(b.Facets)
	}
	var pos map[string]int // document ID -> position in the merged listing
	n := len(la.Entries)
	la.Merge(lb)
	if after {
		a.addOrigIDs(lb, n)
	} else {
		a.origIDs = nil // entries moved: indexed again when needed
		pos = make(map[string]int, len(la.Entries))
		for i, e := range la.Entries {
			pos[e.ID] = i
		}
	}
	byDoc := func(x, y string) int {
		if pos == nil {
			return -1 // b comes after a
		}
		return cmp.Compare(pos[x], pos[y])
	}
	maxOcc := a.Settings.MaxOccurrences
	if pos == nil && maxOcc >= 0 && len(a.Occurrences) >= maxOcc {
		// the concordance is full, and b comes after it
	} else {
		a.Occurrences = mergeLists(a.Occurrences, b.Occurrences, func(x, y *phrases.Occurrence) int {
			return cmp.Or(byDoc(x.Doc, y.Doc), cmp.Compare(x.Start, y.Start))
		}, pos == nil)
		if maxOcc >= 0 && len(a.Occurrences) > maxOcc {
			clear(a.Occurrences[maxOcc:])
			a.Occurrences = a.Occurrences[:maxOcc]
		}
	}
	a.OccurrencesTotal += b.OccurrencesTotal
	n0 := len(a.Figures)
	a.Figures = mergeLists(a.Figures, b.Figures, func(x, y *figures.Figure) int {
		return cmp.Or(byDoc(x.Doc, y.Doc), cmp.Compare(x.Start, y.Start))
	}, pos == nil)
	if limit := a.Settings.MaxFigures; limit >= 0 {
		from := limit
		if pos == nil { // appended: only b's figures may be past the cap now
			from = max(limit, n0)
		}
		for i := from; i < len(a.Figures); i++ {
			a.Figures[i].Sentence = ""
		}
	}
	if a.Sample != nil {
		if err := a.Sample.MergeOrdered(b.Sample, byDoc); err != nil {
			return err
		}
	}
	// the paths of both, in the order documents are merged in
	for _, p := range b.Paths {
		if !slices.Contains(a.Paths, p) {
			a.Paths = append(a.Paths, p)
		}
	}
	slices.SortStableFunc(a.Paths, corpus.ComparePaths)
	a.Docs += b.Docs
	a.Left += b.Left
	a.Warnings = append(a.Warnings, b.Warnings...)
	return nil
}

// mergeLists merges two lists in input order (appending when b comes
// after a).
func mergeLists[T any](a, b []T, c func(x, y *T) int, after bool) []T {
	if after || len(a) == 0 {
		return append(a, b...)
	}
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && c(&a[i], &b[j]) <= 0 {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// renameShared gives the documents of a and b whose reader's IDs both
// parts use the IDs one run over both would give them (the first in input
// order keeps the ID, the next get "~2", "~3"...). It needs the listings'
// prints, which hold the readers' IDs.
func (a *Aggregate) renameShared(b *Aggregate) error {
	la, lb := a.Listing, b.Listing
	if len(la.Entries) == 0 || len(lb.Entries) == 0 {
		return nil
	}
	if la.Prints == nil || lb.Prints == nil {
		return errors.New("pipeline: cannot merge aggregates without the documents' prints (corpus.Options.KeepPrints)")
	}
	if a.origIDs == nil {
		a.origIDs = map[string][]int{}
		a.addOrigIDs(la, 0)
	}
	type doc struct {
		side  int // 0: a, 1: b
		entry int
	}
	shared := map[string][]doc{}
	for j, p := range lb.Prints {
		if is, ok := a.origIDs[p.ID]; ok {
			if shared[p.ID] == nil {
				for _, i := range is {
					shared[p.ID] = append(shared[p.ID], doc{0, i})
				}
			}
			shared[p.ID] = append(shared[p.ID], doc{1, j})
		}
	}
	if len(shared) > 0 {
		renames := [2]map[string]string{{}, {}}
		lists := [2]*corpus.Listing{la, lb}
		for id, docs := range shared {
			slices.SortStableFunc(docs, func(x, y doc) int {
				return corpus.CompareEntries(&lists[x.side].Entries[x.entry], &lists[y.side].Entries[y.entry])
			})
			// the documents of either part with this reader's ID, numbered
			// as one run would: also those each part numbered alone
			for k, d := range docs {
				want := id
				if k > 0 {
					want = fmt.Sprintf("%s~%d", id, k+1)
				}
				if cur := lists[d.side].Entries[d.entry].ID; cur != want {
					renames[d.side][cur] = want
				}
			}
		}
		a.rename(renames[0])
		b.rename(renames[1])
	}
	return nil
}

// addOrigIDs indexes the readers' IDs of l, whose entries follow a's
// first n in a's listing.
func (a *Aggregate) addOrigIDs(l *corpus.Listing, n int) {
	if a.origIDs == nil {
		return
	}
	for j, p := range l.Prints {
		a.origIDs[p.ID] = append(a.origIDs[p.ID], n+j)
	}
}

// rename renames documents throughout the aggregate.
func (a *Aggregate) rename(ids map[string]string) {
	if len(ids) == 0 {
		return
	}
	for i := range a.Listing.Entries {
		e := &a.Listing.Entries[i]
		if n, ok := ids[e.ID]; ok {
			e.ID = n
		}
		if n, ok := ids[e.DuplicateOf]; ok && e.DuplicateOf != "" {
			e.DuplicateOf = n
		}
	}
	for i := range a.Occurrences {
		if n, ok := ids[a.Occurrences[i].Doc]; ok {
			a.Occurrences[i].Doc = n
		}
	}
	for i := range a.Figures {
		if n, ok := ids[a.Figures[i].Doc]; ok {
			a.Figures[i].Doc = n
		}
	}
	if a.Sample != nil {
		if missing := a.Sample.Rename(ids); missing > 0 {
			a.Warnings = append(a.Warnings, fmt.Sprintf("phrase discovery's sample may lack %d renamed documents (parts analysed apart shared document IDs)", missing))
		}
	}
}

// CheckDuplicates finds the documents that one run over the whole corpus
// would have listed as duplicates (or counted) but that were counted (or
// not) in the parts analysed apart, since counts cannot be taken back: it
// returns a warning for each, and adds them to the aggregate's warnings.
// It needs the listing's prints.
func (a *Aggregate) CheckDuplicates(o corpus.Options) []string {
	l := a.Listing
	if l.Prints == nil {
		return nil
	}
	dec := corpus.NewDecider(o)
	defer dec.Close()
	var out []string
	for i := range l.Entries {
		e := &l.Entries[i]
		_, dup := dec.Decide(&l.Prints[i])
		switch {
		case dup != "" && e.Counted():
			out = append(out, fmt.Sprintf("%s: %s copies %s, which was analysed apart: both are counted (analyse them together to count the story once)", e.File, e.ID, dup))
		case dup == "" && e.Status == corpus.StatusDuplicate:
			out = append(out, fmt.Sprintf("%s: %s was left out as a copy of %s, but that document comes later in the merged corpus", e.File, e.ID, e.DuplicateOf))
		}
	}
	a.Warnings = append(a.Warnings, out...)
	return out
}
