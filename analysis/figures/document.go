package figures

import (
	"math"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
)

// Extract finds the figures in a plain text: offsets are byte offsets into
// text, sentences are split as the corpus splits them, and periods are
// resolved only where the text states the year.
func Extract(text string) []Figure {
	return extractSpans(text, corpus.SplitSentences(text, 0, len(text)), "", time.Time{}, textHome(text, nil))
}

// ExtractDated is Extract with a publication date, so that "this year" and
// "Nov 1" resolve to periods.
func ExtractDated(text string, date time.Time) []Figure {
	return extractSpans(text, corpus.SplitSentences(text, 0, len(text)), "", date, textHome(text, nil))
}

// FromDocument finds the figures of a corpus document sentence by sentence.
// Offsets point into doc.Raw; cleaned-away spans (date headers, debris,
// credits) are not searched; Doc and Date come from the document.
func FromDocument(doc *corpus.Document) []Figure {
	return fromDocument(doc, nil)
}

// fromDocument is FromDocument with the attributor that reads the
// document's publisher (nil: the default table's).
func fromDocument(doc *corpus.Document, at *attribution.Attributor) []Figure {
	spans := make([]corpus.Span, len(doc.Sentences))
	for i, s := range doc.Sentences {
		spans[i] = corpus.Span{Start: s.Start, End: s.End}
	}
	return extractSpans(doc.Raw, spans, doc.ID, doc.Date, func() string { return publisherAttributor(at).Home(doc) })
}

// FromCorpus runs FromDocument over documents in order.
func FromCorpus(docs []*corpus.Document) []Figure {
	return FromCorpusWith(docs, Options{})
}

// Options ask FromDocumentWith for more than the figures themselves.
type Options struct {
	// Attributor, when not nil, fills Figure.Speaker, Side and Cue with
	// the attribution of each figure's words, and Source when they cite
	// one. A document is attributed
	// only when it cites a figure.
	Attributor *attribution.Attributor
}

// FromDocumentWith is FromDocument with options.
func FromDocumentWith(doc *corpus.Document, o Options) []Figure {
	figs := fromDocument(doc, o.Attributor)
	if o.Attributor == nil || len(figs) == 0 {
		return figs
	}
	atts := o.Attributor.Document(doc)
	for i := range figs {
		if a, ok := attribution.At(doc, atts, figs[i].Start); ok {
			figs[i].Attribute(a)
		}
	}
	return figs
}

// Attribute gives f the speaker, side and cue of its words, and its Source
// when the cue cites one ("according to", "data").
func (f *Figure) Attribute(a attribution.Attribution) {
	f.Speaker, f.Side, f.Cue = a.Speaker, a.Side, a.Cue
	if a.Cue == "according to" || a.Cue == "data" {
		f.Source = a.Speaker
	}
}

// FromCorpusWith runs FromDocumentWith over documents in order.
func FromCorpusWith(docs []*corpus.Document, o Options) []Figure {
	var out []Figure
	for _, d := range docs {
		out = append(out, FromDocumentWith(d, o)...)
	}
	return out
}

// textHome is the side of the publisher a plain text names in its first
// lines (see attribution.Attributor.Home).
func textHome(text string, at *attribution.Attributor) func() string {
	return func() string { return publisherAttributor(at).Home(&corpus.Document{Raw: text}) }
}

// defaultAttributor reads publishers with the default table of actors,
// built on first need.
var defaultAttributor = sync.OnceValue(func() *attribution.Attributor { return attribution.New(nil, attribution.Options{}) })

func publisherAttributor(at *attribution.Attributor) *attribution.Attributor {
	if at == nil {
		return defaultAttributor()
	}
	return at
}

// anyBareDollar reports whether a figure writes "$" alone.
func anyBareDollar(figs []Figure) bool {
	for i := range figs {
		if figs[i].Unit == "USD" && bareDollar(figs[i].Text) {
			return true
		}
	}
	return false
}

// extractSpans finds the figures of text's spans; home names the country
// of its publisher when an ambiguous currency needs it (resolveCurrencies).
func extractSpans(text string, spans []corpus.Span, doc string, date time.Time, home func() string) []Figure {
	var out []Figure
	ambiguous := false
	sc := scanners.Get().(*scanner)
	defer sc.release()
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		sent := text[sp.Start:sp.End]
		if isCJKSentence(sent) { // Chinese or Korean: cjk.go
			out = append(out, cjkFigures(text, sp.Start, sp.End, doc, date)...)
			continue
		}
		sc.reset(sent)
		sc.lineStart = beginsLine(text, sp.Start)
		sc.doc, sc.off = text, sp.Start
		sc.scan()
		if len(sc.out) == 0 {
			continue
		}
		marks := sc.periods(date)
		sort.Slice(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
		clean := ""
		if len(sent) <= corpus.MaxExcerpt {
			clean = collapseSpace(sent)
		}
		var inSent []Figure
		for k, r := range sc.out {
			f := r.f
			floor := 0
			if k > 0 {
				floor = sc.out[k-1].last
			}
			f.Subject = sc.subject(r, inSent, floor)
			if f.Kind != Ordinal && f.Kind != Duration {
				f.Period = periodOf(marks, sc.out, k)
			}
			f.Sentence = clean
			if len(sent) > corpus.MaxExcerpt { // a window around the figure, not all of a pasted table
				f.Sentence = collapseSpace(corpus.Excerpt(sent, 0, len(sent), f.Start, f.End, corpus.MaxExcerpt))
			}
			f.Doc, f.Date = doc, date
			inSent = append(inSent, f)
		}
		for _, f := range inSent {
			f.Start += sp.Start
			f.End += sp.Start
			f.NumStart += sp.Start
			f.NumEnd += sp.Start
			f.QualStart += sp.Start
			out = append(out, f)
			if ambiguousCurrencies[f.Unit] != nil {
				ambiguous = true
			}
		}
	}
	if ambiguous || anyBareDollar(out) {
		resolveCurrencies(out, text, home)
	}
	for i := range out { // every script's figures, whatever scale made them
		out[i].Value = tidy(out[i].Value)
	}
	return out
}

// periodOf picks the period of figure k: the nearest mark that no other
// figure stands between ("19.5 percent of trade, down from 25 percent in
// 2021": the year belongs to the second figure only). marks are sorted by
// start; each figure looks only at the marks between its neighbours.
func periodOf(marks []mark, figs []raw, k int) string {
	f := figs[k].f
	lo, hi := 0, math.MaxInt
	for j := k - 1; j >= 0; j-- {
		if figs[j].f.Kind != Ordinal {
			lo = figs[j].f.End
			break
		}
	}
	for j := k + 1; j < len(figs); j++ {
		if figs[j].f.Kind != Ordinal {
			hi = figs[j].f.Start
			break
		}
	}
	i := sort.Search(len(marks), func(i int) bool { return marks[i].start >= lo })
	var window []mark
	for ; i < len(marks) && marks[i].start < hi; i++ {
		if marks[i].end <= hi {
			window = append(window, marks[i])
		}
	}
	return nearestPeriod(window, f.Start, f.End)
}

// collapseSpace is strings.Join(strings.Fields(s), " ") in one pass: the
// words of s separated by single spaces, always in new memory.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inWord := false
	for i := 0; i < len(s); {
		c := s[i]
		n := 1
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace(c)
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			inWord = false
		} else {
			if !inWord && b.Len() > 0 {
				b.WriteByte(' ')
			}
			inWord = true
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// beginsLine reports whether text[at:] begins a line: only spaces and tabs
// stand between it and the previous newline or the start of text.
func beginsLine(text string, at int) bool {
	for b := at - 1; b >= 0; b-- {
		switch text[b] {
		case '\n', '\r':
			return true
		case ' ', '\t':
			continue
		}
		return false
	}
	return true
}

// tidy drops the binary error a scale word leaves on a large value: "8.3
// billion" is 8.3 × 1e9 = 8,300,000,000.000001 in floating point, and the
// tables would print the fraction. A value of a million or more within a
// thousandth of a whole number is that number.
func tidy(v float64) float64 {
	if r := math.Round(v); math.Abs(v) >= 1e6 && math.Abs(v-r) < 1e-3 {
		return r
	}
	return v
}
