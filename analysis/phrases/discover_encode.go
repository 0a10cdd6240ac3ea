package phrases

import (
	"errors"
	"fmt"
	"math"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/wire"
)

// A Discoverer is an aggregate too: its sample of documents encodes
// (MarshalBinary), and the samples of two shards merge (Merge) into the
// sample one pass over both would have kept. Discovery itself (Run) is not
// mergeable; it runs once, on the merged sample.

const (
	discovererKind    = "phrases.Discoverer"
	discovererVersion = 1
)

type discovererWire struct {
	MinN       int        `cbor:"1,keyasint"`
	MaxN       int        `cbor:"2,keyasint"`
	MinDocs    int        `cbor:"3,keyasint"`
	MinContent int        `cbor:"4,keyasint"`
	GroupTop   int        `cbor:"5,keyasint"`
	NoStemCore bool       `cbor:"6,keyasint,omitempty"`
	MaxWords   int        `cbor:"7,keyasint"`
	Terms      []string   `cbor:"8,keyasint"`
	Content    []bool     `cbor:"9,keyasint"`
	Core       []string   `cbor:"10,keyasint"`
	Docs       []ddocWire `cbor:"11,keyasint"`
	Shift      uint       `cbor:"12,keyasint,omitempty"`
	Seen       int        `cbor:"13,keyasint"`
	SeenTokens int        `cbor:"14,keyasint"`
	// per term, what discovery reads of its first token besides Content:
	// an actor's name, a number
	Actor  []bool `cbor:"15,keyasint"`
	Number []bool `cbor:"16,keyasint"`
}

type ddocWire struct {
	ID   string  `cbor:"1,keyasint"`
	Date int64   `cbor:"2,keyasint,omitempty"`
	Raw  string  `cbor:"3,keyasint"`
	NTok int32   `cbor:"4,keyasint"`
	Seq  []int32 `cbor:"5,keyasint"` // term ids, -1 between sentences
	// each word's span: its start less the previous word's end, and its
	// length (0 for separators), small numbers that encode in a byte
	Gap   []int32 `cbor:"6,keyasint"`
	Len   []int32 `cbor:"7,keyasint"`
	Sents []int   `cbor:"8,keyasint"` // start, end of each sentence
	Rep   []bool  `cbor:"9,keyasint"` // per sentence: reported speech
}

// MarshalBinary encodes the documents the Discoverer holds and its counts
// of the documents it was given.
func (dc *Discoverer) MarshalBinary() ([]byte, error) {
	o := dc.opts
	w := discovererWire{MinN: o.MinN, MaxN: o.MaxN, MinDocs: o.MinDocs, MinContent: o.MinContent, GroupTop: o.GroupTop,
		NoStemCore: o.NoStemCore, MaxWords: o.MaxWords, Terms: dc.terms, Content: dc.content, Core: dc.core,
		Shift: dc.shift, Seen: dc.seen, SeenTokens: dc.seenTokens, Docs: make([]ddocWire, len(dc.docs)),
		Actor: make([]bool, len(dc.info)), Number: make([]bool, len(dc.info))}
	for i, ti := range dc.info {
		w.Actor[i], w.Number[i] = ti.actor, ti.number
	}
	for i, d := range dc.docs {
		dw := ddocWire{ID: d.id, Date: wire.Time(d.date), Raw: d.raw, NTok: d.ntok, Seq: d.seq, Rep: d.rep,
			Gap: make([]int32, len(d.seq)), Len: make([]int32, len(d.seq)), Sents: make([]int, 0, 2*len(d.sents))}
		var end int32
		for i, t := range d.seq {
			if t >= 0 {
				st, e := d.span.start(i), d.span.end(i)
				dw.Gap[i], dw.Len[i] = st-end, e-st
				end = e
			}
		}
		for _, s := range d.sents {
			dw.Sents = append(dw.Sents, s.Start, s.End)
		}
		w.Docs[i] = dw
	}
	return wire.Marshal(discovererKind, discovererVersion, &w)
}

// UnmarshalBinary replaces dc's documents, counts and options with those
// encoded in data. Actor aliases are not encoded: documents added to dc
// afterwards are folded with the aliases dc was made with (NewDiscoverer),
// none for a zero Discoverer. Errors wrap wire.ErrFormat.
func (dc *Discoverer) UnmarshalBinary(data []byte) error {
	var w discovererWire
	if err := wire.Unmarshal(data, discovererKind, discovererVersion, &w); err != nil {
		return err
	}
	bad := func(format string, args ...any) error { return wire.Errorf(discovererKind, format, args...) }
	o := DiscoverOptions{MinN: w.MinN, MaxN: w.MaxN, MinDocs: w.MinDocs, MinContent: w.MinContent, GroupTop: w.GroupTop,
		NoStemCore: w.NoStemCore, MaxWords: w.MaxWords}
	if o.MaxWords == 0 {
		return bad("no word budget")
	}
	nd, err := NewDiscoverer(nil, o)
	if err != nil {
		return bad("%v", err)
	}
	nd.fold = dc.fold
	if len(w.Content) != len(w.Terms) || len(w.Core) != len(w.Terms) || len(w.Actor) != len(w.Terms) ||
		len(w.Number) != len(w.Terms) || len(w.Terms) > math.MaxInt32 {
		return bad("%d terms with %d, %d, %d and %d flags", len(w.Terms), len(w.Content), len(w.Core), len(w.Actor), len(w.Number))
	}
	for i, t := range w.Terms {
		if _, dup := nd.ids[t]; dup {
			return bad("term %q listed twice", t)
		}
		nd.ids[t] = int32(i)
	}
	nd.terms, nd.content, nd.core = w.Terms, w.Content, w.Core
	for i, c := range nd.core {
		// Cores are recomputed, so that a file written with an older
		// grouping key groups as the current one does.
		if c != "" {
			nd.core[i] = nd.coreWords(w.Terms[i])
		}
	}
	nd.info = make([]termInfo, len(w.Terms))
	for i, t := range w.Terms {
		// what newTermInfo reads of the token: its kind, and whether it is
		// a stopword (content, for a word that names no actor)
		tok := corpus.Token{Kind: corpus.Word, Stop: !w.Content[i]}
		if w.Number[i] {
			tok.Kind = corpus.Number
		}
		nd.info[i] = newTermInfo(t, tok, w.Actor[i])
	}
	if w.Shift > maxShift || w.Seen < len(w.Docs) || w.SeenTokens < 0 {
		return bad("bad sample (shift %d, %d documents seen, %d kept)", w.Shift, w.Seen, len(w.Docs))
	}
	nd.shift, nd.seen, nd.seenTokens = w.Shift, w.Seen, w.SeenTokens
	for _, dw := range w.Docs {
		d := ddoc{id: dw.ID, date: wire.FromTime(dw.Date), raw: dw.Raw, hash: docHash(dw.ID), ntok: dw.NTok, seq: dw.Seq, rep: dw.Rep}
		if len(dw.Gap) != len(dw.Seq) || len(dw.Len) != len(dw.Seq) {
			return bad("document %q: columns differ in length", dw.ID)
		}
		d.span = newSpans(len(dw.Seq), len(dw.Raw))
		var end int64
		for i, t := range dw.Seq {
			if t < 0 {
				d.span.add(-1, -1)
				continue
			}
			st := end + int64(dw.Gap[i])
			end = st + int64(dw.Len[i])
			if st < 0 || end < st || end > int64(len(dw.Raw)) {
				return bad("document %q: word %d outside the text", dw.ID, i)
			}
			d.span.add(int32(st), int32(end))
		}
		if err := d.check(len(w.Terms), dw.Sents); err != nil {
			return bad("document %q: %v", dw.ID, err)
		}
		if !nd.keeps(d.hash) {
			return bad("document %q is outside the sample", dw.ID)
		}
		nd.docs = append(nd.docs, d)
		nd.words += d.words()
		nd.tokens += int(d.ntok)
	}
	if nd.tokens > nd.seenTokens {
		return bad("more tokens kept than seen")
	}
	*dc = *nd
	return nil
}

// check validates a decoded document and sets its sentences from spans
// (start, end pairs).
func (d *ddoc) check(terms int, spans []int) error {
	if d.span.len() != len(d.seq) || len(spans)%2 != 0 || len(d.rep) != len(spans)/2 || d.ntok < 0 {
		return errors.New("columns differ in length")
	}
	for i := 0; i < len(spans); i += 2 {
		s, e := spans[i], spans[i+1]
		if s < 0 || s > e || e > len(d.raw) {
			return fmt.Errorf("sentence [%d,%d) outside the text", s, e)
		}
		d.sents = append(d.sents, corpus.Span{Start: s, End: e})
	}
	seps := 0
	for i, t := range d.seq {
		if t == -1 {
			if d.span.start(i) != -1 || d.span.end(i) != -1 {
				return errors.New("a separator with a span")
			}
			seps++
			continue
		}
		if t < 0 || int(t) >= terms {
			return fmt.Errorf("term %d of %d", t, terms)
		}
		if s, e := d.span.start(i), d.span.end(i); s < 0 || s > e || int(e) > len(d.raw) {
			return fmt.Errorf("word [%d,%d) outside the text", s, e)
		}
	}
	if seps != max(0, len(d.sents)-1) {
		return fmt.Errorf("%d separators for %d sentences", seps, len(d.sents))
	}
	return nil
}

// Merge adds the documents of o, which come after dc's in input order, as
// one Discoverer given dc's documents and then o's would hold them. Both
// must have the same options. o is left unchanged.
func (dc *Discoverer) Merge(o *Discoverer) error {
	return dc.MergeOrdered(o, func(a, b string) int { return -1 })
}

// MergeOrdered merges o into dc when the two hold documents from anywhere
// in the input: both keep their documents in input order, and cmp compares
// two document IDs by it, so the merged documents are in input order too.
func (dc *Discoverer) MergeOrdered(o *Discoverer, cmp func(a, b string) int) error {
	if dc.opts != o.opts {
		return fmt.Errorf("phrases: cannot merge discoverers with different options (%+v, %+v)", dc.opts, o.opts)
	}
	remap := make([]int32, len(o.terms))
	for i, t := range o.terms {
		id, ok := dc.ids[t]
		if !ok {
			id = int32(len(dc.terms))
			dc.ids[t] = id
			dc.terms = append(dc.terms, t)
			dc.content = append(dc.content, o.content[i])
			dc.core = append(dc.core, o.core[i])
			dc.info = append(dc.info, o.info[i])
		}
		remap[i] = id
	}
	dc.seen += o.seen
	dc.seenTokens += o.seenTokens
	if len(dc.docs) == 0 || len(o.docs) == 0 || cmp(dc.docs[len(dc.docs)-1].id, o.docs[0].id) <= 0 {
		// o's documents come after dc's: append those the sample keeps,
		// and look at dc's own only if the sample shrank
		shrunk := o.shift > dc.shift
		dc.shift = max(dc.shift, o.shift)
		for _, d := range o.docs {
			if !dc.keeps(d.hash) {
				continue
			}
			seq := make([]int32, len(d.seq))
			for k, t := range d.seq {
				if t >= 0 {
					t = remap[t]
				}
				seq[k] = t
			}
			d.seq = seq
			dc.docs = append(dc.docs, d)
			dc.words += d.words()
			dc.tokens += int(d.ntok)
		}
		if shrunk {
			dc.resample()
		} else if dc.words > dc.budget {
			dc.shrink()
		}
		return nil
	}
	dc.shift = max(dc.shift, o.shift)
	mine := dc.docs
	merged := make([]ddoc, 0, len(mine)+len(o.docs))
	i, j := 0, 0
	for i < len(mine) || j < len(o.docs) {
		if j == len(o.docs) || i < len(mine) && cmp(mine[i].id, o.docs[j].id) <= 0 {
			merged = append(merged, mine[i])
			i++
			continue
		}
		d := o.docs[j]
		j++
		seq := make([]int32, len(d.seq))
		for k, t := range d.seq {
			if t >= 0 {
				t = remap[t]
			}
			seq[k] = t
		}
		d.seq = seq
		merged = append(merged, d)
	}
	dc.docs = merged
	dc.resample()
	return nil
}

// resample drops the documents outside the current sample, recounts the
// words kept, and halves the sample while they exceed the budget.
func (dc *Discoverer) resample() {
	kept := dc.docs[:0]
	dc.words, dc.tokens = 0, 0
	for _, d := range dc.docs {
		if dc.keeps(d.hash) {
			kept = append(kept, d)
			dc.words += d.words()
			dc.tokens += int(d.ntok)
		}
	}
	clear(dc.docs[len(kept):])
	dropped := len(kept) < len(dc.docs)
	dc.docs = kept
	if dc.words > dc.budget {
		dc.shrink() // compacts the terms
	} else if dropped {
		dc.compactTerms()
	}
}

// Rename gives documents new IDs (old ID -> new), as when merged shards
// turn out to share an ID and one becomes "ID~2". The sample is by the
// hash of the ID, so a renamed document may leave it; one that the new ID
// would bring into the sample cannot be added back, and Rename returns how
// many documents may be missing that way (0 unless the Discoverer samples).
func (dc *Discoverer) Rename(ids map[string]string) int {
	if len(ids) == 0 {
		return 0
	}
	held := map[string]bool{}
	for i := range dc.docs {
		if n, ok := ids[dc.docs[i].id]; ok {
			held[dc.docs[i].id] = true
			dc.docs[i].id, dc.docs[i].hash = n, docHash(n)
		}
	}
	dc.resample()
	missing := 0
	for old, n := range ids {
		if !held[old] && dc.shift > 0 && dc.keeps(docHash(n)) {
			missing++
		}
	}
	return missing
}

// Options returns the discovery options.
func (dc *Discoverer) Options() DiscoverOptions { return dc.opts }
