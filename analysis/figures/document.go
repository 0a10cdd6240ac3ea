package figures

import (
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Extract finds the figures in a plain text: offsets are byte offsets into
// text, sentences are split as the corpus splits them, and periods are
// resolved only where the text states the year.
func Extract(text string) []Figure {
	return extractSpans(text, corpus.SplitSentences(text, 0, len(text)), "", time.Time{})
}

// ExtractDated is Extract with a publication date, so that "this year" and
// "Nov 1" resolve to periods.
func ExtractDated(text string, date time.Time) []Figure {
	return extractSpans(text, corpus.SplitSentences(text, 0, len(text)), "", date)
}

// FromDocument finds the figures of a corpus document sentence by sentence.
// Offsets point into doc.Raw; cleaned-away spans (date headers, debris,
// credits) are not searched; Doc and Date come from the document.
func FromDocument(doc *corpus.Document) []Figure {
	spans := make([]corpus.Span, len(doc.Sentences))
	for i, s := range doc.Sentences {
		spans[i] = corpus.Span{Start: s.Start, End: s.End}
	}
	return extractSpans(doc.Raw, spans, doc.ID, doc.Date)
}

// FromCorpus runs FromDocument over documents in order.
func FromCorpus(docs []*corpus.Document) []Figure {
	var out []Figure
	for _, d := range docs {
		out = append(out, FromDocument(d)...)
	}
	return out
}

func extractSpans(text string, spans []corpus.Span, doc string, date time.Time) []Figure {
	var out []Figure
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		sent := text[sp.Start:sp.End]
		sc := newScanner(sent)
		sc.scan()
		if len(sc.out) == 0 {
			continue
		}
		marks := sc.periods(date)
		clean := strings.Join(strings.Fields(sent), " ")
		var inSent []Figure
		for k, r := range sc.out {
			f := r.f
			floor := 0
			if k > 0 {
				floor = sc.out[k-1].last
			}
			f.Subject = sc.subject(r, inSent, floor)
			if f.Kind != Ordinal && f.Kind != Duration {
				f.Period = nearestPeriod(visibleMarks(marks, sc.out, k), f.Start, f.End)
			}
			f.Sentence = clean
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
		}
	}
	return out
}

// visibleMarks drops the periods that another figure stands between: in
// "19.5 percent of trade, down from 25 percent in 2021" the year belongs
// to the second figure only.
func visibleMarks(marks []mark, figs []raw, k int) []mark {
	f := figs[k].f
	var out []mark
	for _, m := range marks {
		blocked := false
		for j, o := range figs {
			if j == k || o.f.Kind == Ordinal {
				continue
			}
			if m.start >= f.End && o.f.Start >= f.End && o.f.End <= m.start || m.end <= f.Start && o.f.End <= f.Start && o.f.Start >= m.end {
				blocked = true
				break
			}
		}
		if !blocked {
			out = append(out, m)
		}
	}
	return out
}
