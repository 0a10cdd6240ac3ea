package phrases

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
)

// Occurrence is one match of a family (or of a query) in a document.
type Occurrence struct {
	Doc     string    // document ID
	Date    time.Time // zero when undated
	Family  string    // family name ("" for a kwic query)
	Lang    string    // the document's language (corpus.Document.Lang): en, zh-Hans, zh-Hant, ko
	Pattern string    // the pattern that matched, as written
	Variant string    // the normalized surface form: Token.Norm of the matched words
	Text    string    // the original text of the match: Document.Raw[Start:End]
	// Start and End are byte offsets of the match in Document.Raw.
	Start, End int
	// Sentence is the original text of the sentence holding the match, at
	// Document.Raw[SentStart:SentEnd]; of a sentence over corpus.MaxExcerpt
	// bytes, a window of it around the match (see corpus.Excerpt).
	Sentence           string
	SentStart, SentEnd int
	// Left and Right are the context (whitespace collapsed), when the matcher
	// was asked for it (MatchOptions.Context).
	Left, Right string
	// Speaker, Side and Cue say who speaks in the sentence (see package
	// attribution), when the matcher was asked for it
	// (MatchOptions.Attributor); "" otherwise.
	Speaker, Side, Cue string
}

// MatchOptions tune a Matcher.
type MatchOptions struct {
	// Stem stems pattern words; set it when the corpus was loaded with Stem.
	Stem bool
	// Context is the number of characters of left and right context to keep
	// in Occurrence.Left and Right; 0 keeps none.
	Context int
	// Attributor, when not nil, fills Occurrence.Speaker, Side and Cue. A
	// document is attributed only when it has an occurrence.
	Attributor *attribution.Attributor
}

// Matcher finds the occurrences of families in documents. It is safe for
// concurrent use.
type Matcher struct {
	fams     []Family
	pats     []compiled
	byFirst  map[string][]int // first key -> indices into pats
	anyFirst []int
	fold     folder
	opts     MatchOptions
	// keys holds every word key of the patterns: a hyphenated compound no
	// pattern names is read as the words it joins when patterns know them
	keys map[string]bool
}

type compiled struct {
	fam int
	src string
	seq []node
}

// NewMatcher compiles families for matching with the given alias table (nil
// for none; usually corpus.DefaultAliases or the table of -aliases).
func NewMatcher(fams []Family, aliases *corpus.Aliases, opts MatchOptions) *Matcher {
	m := &Matcher{fams: fams, byFirst: map[string][]int{}, fold: folder{aliases: aliases, ko: newKoSplitter(fams)}, opts: opts,
		keys: map[string]bool{}}
	// pattern words are tokenized as the texts were, with the lexicon that
	// keeps their Chinese words whole
	compileFold := m.fold
	compileFold.tz = corpus.NewTokenizer(nil, opts.Stem)
	compileFold.tz.SetLexicon(Lexicon(fams))
	for fi, f := range fams {
		for _, p := range f.Patterns {
			c := compiled{fam: fi, src: p.Source, seq: compileSeq(p.seq, compileFold, opts.Stem)}
			addKeys(m.keys, c.seq)
			idx := len(m.pats)
			m.pats = append(m.pats, c)
			keys, all := firstKeys(c.seq)
			if all {
				m.anyFirst = append(m.anyFirst, idx)
				continue
			}
			seen := map[string]bool{}
			for _, k := range keys {
				if !seen[k] {
					seen[k] = true
					m.byFirst[k] = append(m.byFirst[k], idx)
				}
			}
		}
	}
	return m
}

// Families returns the families the matcher looks for, in order.
func (m *Matcher) Families() []Family { return m.fams }

// matchState is the scratch space of one Match call, reused across calls.
type matchState struct {
	us   []unit
	hits []hit
	sc   scratch
}

var statePool = sync.Pool{New: func() any { return new(matchState) }}

type hit struct {
	fam, pat   int
	start, end int // unit positions
}

// Match returns the occurrences of every family in d, in text order (ties by
// family order). Matches never cross sentences. For each family, overlapping
// matches count once: the leftmost, then longest, wins, so "comprehensive
// strategic cooperative partnership" is one occurrence.
func (m *Matcher) Match(d *corpus.Document) []Occurrence {
	var out []Occurrence
	st := statePool.Get().(*matchState)
	defer statePool.Put(st)
	us, hits, sc := st.us[:0], st.hits[:0], &st.sc
	defer func() { st.us, st.hits = us[:0], hits[:0] }()
	var atts []attribution.Attribution
	for si := range d.Sentences {
		s := &d.Sentences[si]
		us = m.fold.units(us[:0], d.Raw, s.Tokens)
		us = m.splitJoined(us, d.Raw, s.Tokens)
		m.possessives(us)
		hits = hits[:0]
		for i := range us {
			for _, pi := range m.byFirst[us[i].key] {
				hits = m.try(hits, pi, us, i, sc)
			}
			for _, pi := range m.anyFirst {
				hits = m.try(hits, pi, us, i, sc)
			}
		}
		if len(hits) == 0 {
			continue
		}
		for _, h := range glossed(resolve(hits), d.Raw, s.Tokens, us) {
			o := m.occurrence(d, s, us, h)
			if m.opts.Attributor != nil {
				if atts == nil {
					atts = m.opts.Attributor.Document(d)
				}
				if a, ok := attribution.At(d, atts, o.Start); ok {
					o.Speaker, o.Side, o.Cue = a.Speaker, a.Side, a.Cue
				}
			}
			out = append(out, o)
		}
	}
	return out
}

// possessives reads a word in the possessive as the word of a pattern it is
// of: "the Global South's industrialisation", "the partnership's future"
// hold "global south" and "partnership" (the tokenizer keeps "'s" in the
// word). A possessive that is itself a word of a pattern ("each other's")
// stays as it is, and actors are folded by the aliases.
func (m *Matcher) possessives(us []unit) {
	for i := range us {
		u := &us[i]
		if u.actor || !strings.HasSuffix(u.key, "'s") { // most words: no map look-up
			continue
		}
		if w := u.key[:len(u.key)-2]; !m.keys[u.key] && m.keys[w] {
			u.key = w
		}
	}
}

// addKeys adds the word keys of seq to keys.
func addKeys(keys map[string]bool, seq []node) {
	for _, n := range seq {
		for _, k := range n.keys {
			keys[k] = true
		}
		for _, a := range n.alts {
			addKeys(keys, a)
		}
	}
}

// splitJoined reads a hyphen that joins two names ("the Kim
// Dae-jung-Obuchi declaration") as the space between them: a hyphenated
// compound that is no word of a pattern, written with a capital after
// each hyphen that splits it, becomes the words it joins, when each of
// them (itself maybe hyphenated: "dae-jung") is a word of a pattern. The
// units share the compound's token. A compound with a word in lower case
// ("China-based") joins no names; compounds of actor names are folded
// already and left alone.
func (m *Matcher) splitJoined(us []unit, raw string, toks []corpus.Token) []unit {
	n := len(us)
	for i := 0; i < n; i++ {
		u := us[i]
		if u.actor || u.tok1 != u.tok0+1 || strings.IndexByte(u.key, '-') <= 0 || m.keys[u.key] {
			continue
		}
		parts := m.joinedParts(u.key)
		if parts == nil || !namesJoined(raw[toks[u.tok0].Start:toks[u.tok0].End], parts) {
			continue
		}
		// rebuild: the units before i, the parts, the units after i
		out := make([]unit, 0, len(us)+len(parts)-1)
		out = append(out, us[:i]...)
		for _, p := range parts {
			out = append(out, unit{key: p, tok0: u.tok0, tok1: u.tok1})
		}
		out = append(out, us[i+1:]...)
		i += len(parts) - 1
		n += len(parts) - 1
		us = out
	}
	return us
}

// namesJoined reports whether the compound as written has a capital
// after each hyphen where parts split it: "Dae-jung-Obuchi" for "dae-jung"
// and "obuchi".
func namesJoined(written string, parts []string) bool {
	segs := strings.Split(written, "-")
	at := 0
	for _, p := range parts {
		if at >= len(segs) || segs[at] == "" || segs[at][0] < 'A' || segs[at][0] > 'Z' {
			return false
		}
		at += strings.Count(p, "-") + 1
	}
	return at == len(segs)
}

// joinedParts splits a hyphenated key into two or more pattern words,
// the longest first from the left ("dae-jung-obuchi" = "dae-jung",
// "obuchi"); nil when no such split exists.
func (m *Matcher) joinedParts(key string) []string {
	var parts []string
	for rest := key; rest != ""; {
		cut := -1
		for e := len(rest); e > 0; e = strings.LastIndexByte(rest[:e], '-') {
			if m.keys[rest[:e]] && (e == len(rest) || rest[e] == '-') {
				cut = e
				break
			}
		}
		if cut < 0 {
			return nil
		}
		parts = append(parts, rest[:cut])
		if cut == len(rest) {
			break
		}
		rest = rest[cut+1:]
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// try records the longest match of pattern pi starting at unit i.
func (m *Matcher) try(hits []hit, pi int, us []unit, i int, sc *scratch) []hit {
	sc.reset()
	from := append(sc.get(1), i)
	best := -1
	for _, e := range ends(m.pats[pi].seq, us, from, sc) {
		if e > best {
			best = e
		}
	}
	if best > i {
		hits = append(hits, hit{fam: m.pats[pi].fam, pat: pi, start: i, end: best})
	}
	return hits
}

// resolve keeps, per family, the leftmost-longest non-overlapping hits, and
// returns them in text order.
func resolve(hits []hit) []hit {
	sort.Slice(hits, func(a, b int) bool {
		x, y := hits[a], hits[b]
		if x.fam != y.fam {
			return x.fam < y.fam
		}
		if x.start != y.start {
			return x.start < y.start
		}
		if x.end != y.end {
			return x.end > y.end
		}
		return x.pat < y.pat
	})
	var out []hit
	lastFam, lastEnd := -1, 0
	for _, h := range hits {
		if h.fam != lastFam {
			lastFam, lastEnd = h.fam, 0
		}
		if h.start < lastEnd {
			continue
		}
		out = append(out, h)
		lastEnd = h.end
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].start != out[b].start {
			return out[a].start < out[b].start
		}
		return out[a].fam < out[b].fam
	})
	return out
}

// glossed drops a formula's label that the formula spelled out follows
// with only a dash, a colon, an opening parenthesis or quotes between:
// the spirit of "four goods" - good neighbors, good friends, good
// comrades and good partners is one occurrence, the longer, spelled-out
// one. hits are in text order, as resolve gives them.
func glossed(hits []hit, raw string, toks []corpus.Token, us []unit) []hit {
	out := hits[:0]
	for i, h := range hits {
		drop := false
		for _, g := range hits[i+1:] {
			if g.fam != h.fam {
				continue
			}
			a, b := toks[us[h.end-1].tok1-1].End, toks[us[g.start].tok0].Start
			if a <= b && glossBetween(raw[a:b]) && b-toks[us[h.start].tok0].Start < toks[us[g.end-1].tok1-1].End-b {
				drop = true
			}
			break
		}
		if !drop {
			out = append(out, h)
		}
	}
	return out
}

// glossBetween reports whether sep, the text between a label and what
// follows, introduces a gloss: spaces and quotes with one dash, colon or
// opening parenthesis.
func glossBetween(sep string) bool {
	marks := 0
	for _, r := range sep {
		switch r {
		case ' ', '\t', '\n', '"', '\'', '“', '”', '‘', '’':
		case '-', '–', '—', ':', '(':
			marks++
		default:
			return false
		}
	}
	return marks == 1
}

func (m *Matcher) occurrence(d *corpus.Document, s *corpus.Sentence, us []unit, h hit) Occurrence {
	t0, t1 := us[h.start].tok0, us[h.end-1].tok1
	toks := s.Tokens[t0:t1]
	var vb strings.Builder
	for i, t := range toks {
		if i > 0 {
			vb.WriteByte(' ')
		}
		vb.WriteString(t.Norm)
	}
	o := Occurrence{
		Doc: d.ID, Date: d.Date, Lang: d.Lang, Pattern: m.pats[h.pat].src,
		Variant: vb.String(),
		Start:   toks[0].Start, End: toks[len(toks)-1].End,
		SentStart: s.Start, SentEnd: s.End,
	}
	if h.fam >= 0 && h.fam < len(m.fams) {
		o.Family = m.fams[h.fam].Name
	}
	o.Text = d.Raw[o.Start:o.End]
	o.Sentence = corpus.Excerpt(d.Raw, s.Start, s.End, o.Start, o.End, corpus.MaxExcerpt)
	if m.opts.Context > 0 {
		o.Left, o.Right = DocContext(d, o.Start, o.End, m.opts.Context)
	}
	return o
}
