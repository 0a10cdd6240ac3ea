package phrases

import (
	"fmt"
	"slices"
	"sort"

	"github.com/dipstat/dipstat/analysis/internal/wire"
)

// Binary encodings of what a report keeps of formula families: the Counts,
// the concordance (a list of Occurrences) and the families themselves. The
// envelope and its versioning are package wire's.

const (
	countsKind         = "phrases.Counts"
	countsVersion      = 1
	occurrencesKind    = "phrases.Occurrences"
	occurrencesVersion = 1
	familiesKind       = "phrases.Families"
	familiesVersion    = 1
)

type countsWire struct {
	Days   []int32    `cbor:"1,keyasint"` // yyyymmdd, 0 undated; increasing
	Docs   []int      `cbor:"2,keyasint"`
	Tokens []int      `cbor:"3,keyasint"`
	Fams   []famWire  `cbor:"4,keyasint"`           // by name
	Langs  []langWire `cbor:"5,keyasint,omitempty"` // by language
}

// langWire is one document language's counts: its tokens by day and each
// family's occurrences by day.
type langWire struct {
	Lang   string        `cbor:"1,keyasint"`
	Days   []int32       `cbor:"2,keyasint"`
	Tokens []int         `cbor:"3,keyasint"`
	Fams   []variantWire `cbor:"4,keyasint"` // Text is the family's name
}

type famWire struct {
	Name     string        `cbor:"1,keyasint"`
	Days     []int32       `cbor:"2,keyasint"`
	Occ      []int         `cbor:"3,keyasint"`
	Docs     []int         `cbor:"4,keyasint"`
	Variants []variantWire `cbor:"5,keyasint"` // by text
}

type variantWire struct {
	Text string  `cbor:"1,keyasint"`
	Days []int32 `cbor:"2,keyasint"`
	N    []int   `cbor:"3,keyasint"`
}

func sortedDays[V any](m map[day]V) []day {
	ds := make([]day, 0, len(m))
	for d := range m {
		ds = append(ds, d)
	}
	slices.Sort(ds)
	return ds
}

// MarshalBinary encodes the counts.
func (c *Counts) MarshalBinary() ([]byte, error) {
	var w countsWire
	for _, d := range sortedDays(c.docs) {
		w.Days = append(w.Days, int32(d))
		w.Docs = append(w.Docs, c.docs[d])
		w.Tokens = append(w.Tokens, c.tokens[d])
	}
	names := make([]string, 0, len(c.fams))
	for n := range c.fams {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := c.fams[n]
		fw := famWire{Name: n}
		for _, d := range sortedDays(f.byDay) {
			fw.Days = append(fw.Days, int32(d))
			fw.Occ = append(fw.Occ, f.byDay[d].Occ)
			fw.Docs = append(fw.Docs, f.byDay[d].Docs)
		}
		vs := make([]string, 0, len(f.variants))
		for v := range f.variants {
			vs = append(vs, v)
		}
		sort.Strings(vs)
		for _, v := range vs {
			vw := variantWire{Text: v}
			for _, d := range sortedDays(f.variants[v]) {
				vw.Days = append(vw.Days, int32(d))
				vw.N = append(vw.N, f.variants[v][d])
			}
			fw.Variants = append(fw.Variants, vw)
		}
		w.Fams = append(w.Fams, fw)
	}
	langs := make([]string, 0, len(c.langTokens))
	for l := range c.langTokens {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		lw := langWire{Lang: l}
		for _, d := range sortedDays(c.langTokens[l]) {
			lw.Days = append(lw.Days, int32(d))
			lw.Tokens = append(lw.Tokens, c.langTokens[l][d])
		}
		fams := make([]string, 0, len(c.langOcc[l]))
		for f := range c.langOcc[l] {
			fams = append(fams, f)
		}
		sort.Strings(fams)
		for _, f := range fams {
			fw := variantWire{Text: f}
			for _, d := range sortedDays(c.langOcc[l][f]) {
				fw.Days = append(fw.Days, int32(d))
				fw.N = append(fw.N, c.langOcc[l][f][d])
			}
			lw.Fams = append(lw.Fams, fw)
		}
		w.Langs = append(w.Langs, lw)
	}
	return wire.Marshal(countsKind, countsVersion, &w)
}

// UnmarshalBinary replaces c with the counts encoded in data; errors wrap
// wire.ErrFormat.
func (c *Counts) UnmarshalBinary(data []byte) error {
	var w countsWire
	if err := wire.Unmarshal(data, countsKind, countsVersion, &w); err != nil {
		return err
	}
	bad := func(format string, args ...any) error { return wire.Errorf(countsKind, format, args...) }
	n := NewCounts()
	if len(w.Docs) != len(w.Days) || len(w.Tokens) != len(w.Days) {
		return bad("%d days with %d document and %d token counts", len(w.Days), len(w.Docs), len(w.Tokens))
	}
	// every day is a calendar date (or undated) on which documents were
	// counted, so Summarize finds each in its timeline
	days := func(ds []int32, what string) error {
		for i, d := range ds {
			if i > 0 && d <= ds[i-1] {
				return bad("%s: days out of order", what)
			}
			if _, ok := n.docs[day(d)]; !ok && what != "documents" {
				return bad("%s: day %d has no documents", what, d)
			}
			// (the corpus reader dates documents in 1900-2200 only)
			if dd := day(d); dd != 0 && (dd < 19000101 || dd > 22001231 || dayOf(dd.Time()) != dd) {
				return bad("%s: %d is not a date of 1900-2200", what, d)
			}
		}
		return nil
	}
	if err := days(w.Days, "documents"); err != nil {
		return err
	}
	for i, d := range w.Days {
		if w.Docs[i] < 1 || w.Tokens[i] < 0 {
			return bad("day %d: %d documents, %d tokens", d, w.Docs[i], w.Tokens[i])
		}
		n.docs[day(d)], n.tokens[day(d)] = w.Docs[i], w.Tokens[i]
	}
	for _, fw := range w.Fams {
		if _, dup := n.fams[fw.Name]; dup {
			return bad("family %q listed twice", fw.Name)
		}
		if len(fw.Occ) != len(fw.Days) || len(fw.Docs) != len(fw.Days) {
			return bad("family %q: %d days with %d and %d counts", fw.Name, len(fw.Days), len(fw.Occ), len(fw.Docs))
		}
		if err := days(fw.Days, "family "+fw.Name); err != nil {
			return err
		}
		f := n.fam(fw.Name)
		for i, d := range fw.Days {
			if fw.Occ[i] < 0 || fw.Docs[i] < 0 {
				return bad("family %q: negative counts", fw.Name)
			}
			f.byDay[day(d)] = &cell{Occ: fw.Occ[i], Docs: fw.Docs[i]}
		}
		for _, vw := range fw.Variants {
			if _, dup := f.variants[vw.Text]; dup {
				return bad("family %q: variant %q listed twice", fw.Name, vw.Text)
			}
			if len(vw.N) != len(vw.Days) {
				return bad("family %q, variant %q: %d days, %d counts", fw.Name, vw.Text, len(vw.Days), len(vw.N))
			}
			if err := days(vw.Days, "family "+fw.Name); err != nil {
				return err
			}
			m := map[day]int{}
			for i, d := range vw.Days {
				if vw.N[i] < 0 {
					return bad("family %q, variant %q: negative count", fw.Name, vw.Text)
				}
				m[day(d)] = vw.N[i]
			}
			f.variants[vw.Text] = m
		}
	}
	for _, lw := range w.Langs {
		if _, dup := n.langTokens[lw.Lang]; dup {
			return bad("language %q listed twice", lw.Lang)
		}
		if len(lw.Tokens) != len(lw.Days) {
			return bad("language %q: %d days, %d counts", lw.Lang, len(lw.Days), len(lw.Tokens))
		}
		if err := days(lw.Days, "language "+lw.Lang); err != nil {
			return err
		}
		lt := map[day]int{}
		for i, d := range lw.Days {
			if lw.Tokens[i] < 0 {
				return bad("language %q: negative count", lw.Lang)
			}
			lt[day(d)] = lw.Tokens[i]
		}
		n.langTokens[lw.Lang] = lt
		for _, fw := range lw.Fams {
			if _, dup := n.langOcc[lw.Lang][fw.Text]; dup {
				return bad("language %q: family %q listed twice", lw.Lang, fw.Text)
			}
			if len(fw.N) != len(fw.Days) {
				return bad("language %q, family %q: %d days, %d counts", lw.Lang, fw.Text, len(fw.Days), len(fw.N))
			}
			if err := days(fw.Days, "language "+lw.Lang); err != nil {
				return err
			}
			for i, d := range fw.Days {
				if fw.N[i] < 0 {
					return bad("language %q, family %q: negative count", lw.Lang, fw.Text)
				}
				addLangOcc(n.langOcc, lw.Lang, fw.Text, day(d), fw.N[i])
			}
		}
	}
	*c = *n
	return nil
}

// occWire is a list of occurrences by columns, its strings interned
// (documents, families, patterns and sentences repeat). A field added to
// Occurrence gets a column of its own (a new key), and TestOccurrenceFields
// fails until it has one.
type occWire struct {
	Strings   []string `cbor:"1,keyasint"`
	Doc       []uint32 `cbor:"2,keyasint"`
	Date      []int64  `cbor:"3,keyasint"`
	Family    []uint32 `cbor:"4,keyasint"`
	Pattern   []uint32 `cbor:"5,keyasint"`
	Variant   []uint32 `cbor:"6,keyasint"`
	Text      []uint32 `cbor:"7,keyasint"`
	Start     []int    `cbor:"8,keyasint"`
	End       []int    `cbor:"9,keyasint"`
	Sentence  []uint32 `cbor:"10,keyasint"`
	SentStart []int    `cbor:"11,keyasint"`
	SentEnd   []int    `cbor:"12,keyasint"`
	Left      []uint32 `cbor:"13,keyasint"`
	Right     []uint32 `cbor:"14,keyasint"`
	// columns added later: empty when every value is ""
	Lang    []uint32 `cbor:"15,keyasint,omitempty"`
	Speaker []uint32 `cbor:"16,keyasint,omitempty"`
	Side    []uint32 `cbor:"17,keyasint,omitempty"`
	Cue     []uint32 `cbor:"18,keyasint,omitempty"`
}

// MarshalOccurrences encodes a list of occurrences (a concordance).
func MarshalOccurrences(occs []Occurrence) ([]byte, error) {
	var st wire.Strings
	n := len(occs)
	w := occWire{Doc: make([]uint32, n), Date: make([]int64, n), Family: make([]uint32, n), Pattern: make([]uint32, n),
		Variant: make([]uint32, n), Text: make([]uint32, n), Start: make([]int, n), End: make([]int, n),
		Sentence: make([]uint32, n), SentStart: make([]int, n), SentEnd: make([]int, n), Left: make([]uint32, n), Right: make([]uint32, n)}
	for i, o := range occs {
		w.Doc[i], w.Date[i], w.Family[i], w.Pattern[i] = st.ID(o.Doc), wire.Time(o.Date), st.ID(o.Family), st.ID(o.Pattern)
		w.Variant[i], w.Text[i], w.Start[i], w.End[i] = st.ID(o.Variant), st.ID(o.Text), o.Start, o.End
		w.Sentence[i], w.SentStart[i], w.SentEnd[i] = st.ID(o.Sentence), o.SentStart, o.SentEnd
		w.Left[i], w.Right[i] = st.ID(o.Left), st.ID(o.Right)
	}
	w.Lang = wire.Column(&st, occs, func(o *Occurrence) string { return o.Lang })
	w.Speaker = wire.Column(&st, occs, func(o *Occurrence) string { return o.Speaker })
	w.Side = wire.Column(&st, occs, func(o *Occurrence) string { return o.Side })
	w.Cue = wire.Column(&st, occs, func(o *Occurrence) string { return o.Cue })
	w.Strings = st.List
	return wire.Marshal(occurrencesKind, occurrencesVersion, &w)
}

// UnmarshalOccurrences decodes a list encoded by MarshalOccurrences; errors
// wrap wire.ErrFormat.
func UnmarshalOccurrences(data []byte) ([]Occurrence, error) {
	var w occWire
	if err := wire.Unmarshal(data, occurrencesKind, occurrencesVersion, &w); err != nil {
		return nil, err
	}
	n := len(w.Doc)
	if err := wire.CheckColumns(occurrencesKind, "occurrences", n,
		[]int{len(w.Date), len(w.Family), len(w.Pattern), len(w.Variant), len(w.Text), len(w.Start), len(w.End),
			len(w.Sentence), len(w.SentStart), len(w.SentEnd), len(w.Left), len(w.Right)},
		[]int{len(w.Lang), len(w.Speaker), len(w.Side), len(w.Cue)}); err != nil {
		return nil, err
	}
	out := make([]Occurrence, n)
	t := wire.Table{Kind: occurrencesKind, Strings: w.Strings}
	str, opt := t.Str, t.Opt
	for i := range out {
		out[i] = Occurrence{Doc: str(w.Doc[i], "doc"), Date: wire.FromTime(w.Date[i]), Family: str(w.Family[i], "family"),
			Pattern: str(w.Pattern[i], "pattern"), Variant: str(w.Variant[i], "variant"), Text: str(w.Text[i], "text"),
			Start: w.Start[i], End: w.End[i], Sentence: str(w.Sentence[i], "sentence"), SentStart: w.SentStart[i], SentEnd: w.SentEnd[i],
			Left: str(w.Left[i], "left"), Right: str(w.Right[i], "right")}
		o := &out[i]
		o.Lang, o.Speaker = opt(w.Lang, i, "lang"), opt(w.Speaker, i, "speaker")
		o.Side, o.Cue = opt(w.Side, i, "side"), opt(w.Cue, i, "cue")
		if t.Err != nil {
			return nil, t.Err
		}
	}
	return out, nil
}

type familyWire struct {
	Name        string   `cbor:"1,keyasint"`
	Description string   `cbor:"2,keyasint,omitempty"`
	Patterns    []string `cbor:"3,keyasint"`
}

// MarshalFamilies encodes families by their patterns' source text.
func MarshalFamilies(fams []Family) ([]byte, error) {
	w := make([]familyWire, len(fams))
	for i, f := range fams {
		w[i] = familyWire{Name: f.Name, Description: f.Description}
		for _, p := range f.Patterns {
			w[i].Patterns = append(w[i].Patterns, p.Source)
		}
	}
	return wire.Marshal(familiesKind, familiesVersion, &w)
}

// UnmarshalFamilies decodes families encoded by MarshalFamilies, parsing
// their patterns again; errors wrap wire.ErrFormat.
func UnmarshalFamilies(data []byte) ([]Family, error) {
	var w []familyWire
	if err := wire.Unmarshal(data, familiesKind, familiesVersion, &w); err != nil {
		return nil, err
	}
	out := make([]Family, len(w))
	for i, fw := range w {
		out[i] = Family{Name: fw.Name, Description: fw.Description}
		for _, src := range fw.Patterns {
			p, err := ParsePattern(src)
			if err != nil {
				return nil, wire.Errorf(familiesKind, "family %q: %v", fw.Name, err)
			}
			out[i].Patterns = append(out[i].Patterns, p)
		}
	}
	return out, nil
}

// SameFamilies reports whether two lists hold the same families with the
// same patterns, in the same order; if not, it says where they differ.
func SameFamilies(a, b []Family) (bool, string) {
	if len(a) != len(b) {
		return false, fmt.Sprintf("%d families against %d", len(a), len(b))
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Name != y.Name || x.Description != y.Description || len(x.Patterns) != len(y.Patterns) {
			return false, fmt.Sprintf("family %q against %q", x.Name, y.Name)
		}
		for j := range x.Patterns {
			if x.Patterns[j].Source != y.Patterns[j].Source {
				return false, fmt.Sprintf("family %q: pattern %q against %q", x.Name, x.Patterns[j].Source, y.Patterns[j].Source)
			}
		}
	}
	return true, ""
}
