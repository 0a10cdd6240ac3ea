package table

import (
	"math"
	"strconv"
	"strings"

	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// phraseAll is the period label of a family's totals in long tables.
const phraseAll = "all"

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// PhraseFamilies is families by periods, one row per family: total
// occurrences, documents and rate per 10,000 tokens, then the occurrences in
// each period (columns named by period label, "undated" last).
func PhraseFamilies(s *phrases.Summary) *Table {
	cols := []Column{
		{Key: "family", Title: "Family", Width: 22},
		{Key: "occurrences", Title: "Occurrences", Kind: Int, Width: 11},
		{Key: "docs", Title: "Docs", Kind: Int, Width: 6},
		{Key: "per10k", Title: "Per 10k", Kind: Float, Decimals: 2, Width: 8},
	}
	for _, p := range s.Periods {
		cols = append(cols, Column{Key: p.Label, Kind: Int, Width: 9})
	}
	t := New("phrase_families", "Formula families by "+s.Unit.String(), cols...)
	for _, f := range s.Families {
		row := []any{f.Name, f.Total.Occurrences, f.Total.Docs, round4(f.Total.Per10k)}
		for _, c := range f.ByPeriod {
			row = append(row, c.Occurrences)
		}
		t.Append(row...)
	}
	t.Notes = append(t.Notes, phraseNote(s))
	return t
}

func phraseNote(s *phrases.Summary) string {
	return "Counted over " + itoa(s.Docs) + " documents, " + itoa(s.Tokens) +
		" tokens; overlapping matches of one family count once; per 10k = occurrences per 10,000 tokens of the period."
}

func itoa(n int) string { return Thousands(strconv.Itoa(n)) }

// PhraseFamilyPeriods is the long form of PhraseFamilies for charts and data
// files: one row per family and period, plus an "all" row per family, with the
// documents and tokens of the period as the rate's base.
func PhraseFamilyPeriods(s *phrases.Summary) *Table {
	t := New("phrase_family_periods", "Formula families per "+s.Unit.String(),
		Column{Key: "family", Title: "Family", Width: 22},
		Column{Key: "period", Title: "Period", Width: 10},
		Column{Key: "start", Title: "Start", Kind: Date, Width: 11},
		Column{Key: "occurrences", Title: "Occurrences", Kind: Int, Width: 11},
		Column{Key: "docs", Title: "Docs", Kind: Int, Width: 6},
		Column{Key: "per10k", Title: "Per 10k", Kind: Float, Decimals: 2, Width: 8},
		Column{Key: "period_docs", Title: "Period docs", Kind: Int, Width: 11},
		Column{Key: "period_tokens", Title: "Period tokens", Kind: Int, Width: 13},
	)
	for _, f := range s.Families {
		for i, c := range f.ByPeriod {
			p := s.Periods[i]
			t.Append(f.Name, p.Label, p.Start, c.Occurrences, c.Docs, round4(c.Per10k), p.Docs, p.Tokens)
		}
		t.Append(f.Name, phraseAll, nil, f.Total.Occurrences, f.Total.Docs, round4(f.Total.Per10k), s.Docs, s.Tokens)
	}
	return t
}

// PhraseVariants lists the variants (normalized wordings) of each family with
// their count, share of the family, and first and last dated use; top > 0
// keeps the top variants of each family.
func PhraseVariants(s *phrases.Summary, top int) *Table {
	t := New("phrase_variants", "Variants of the formula families",
		Column{Key: "family", Title: "Family", Width: 22},
		Column{Key: "variant", Title: "Variant", Max: 60, Width: 50},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 7},
		Column{Key: "share", Title: "Share", Kind: Percent, Decimals: 1, Width: 7},
		Column{Key: "first_seen", Title: "First seen", Kind: Date, Width: 11},
		Column{Key: "last_seen", Title: "Last seen", Kind: Date, Width: 11},
	)
	for _, f := range s.Families {
		for i, v := range f.Variants {
			if top > 0 && i >= top {
				break
			}
			t.Append(f.Name, v.Variant, v.Count, round4(v.Share), v.First, v.Last)
		}
	}
	t.Notes = append(t.Notes, "Share is of the family's occurrences; first and last seen ignore undated documents.")
	return t
}

// PhraseVariantPeriods gives each variant's count and share of its family in
// every period where the family occurs, for stacked-share charts.
func PhraseVariantPeriods(s *phrases.Summary) *Table {
	t := New("phrase_variant_periods", "Variant shares per "+s.Unit.String(),
		Column{Key: "family", Title: "Family", Width: 22},
		Column{Key: "period", Title: "Period", Width: 10},
		Column{Key: "start", Title: "Start", Kind: Date, Width: 11},
		Column{Key: "variant", Title: "Variant", Max: 60, Width: 50},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 7},
		Column{Key: "share", Title: "Share", Kind: Percent, Decimals: 1, Width: 7},
	)
	for _, f := range s.Families {
		for i, p := range s.Periods {
			if f.ByPeriod[i].Occurrences == 0 {
				continue
			}
			for _, v := range f.Variants {
				if v.ByPeriod[i] > 0 {
					t.Append(f.Name, p.Label, p.Start, v.Variant, v.ByPeriod[i], round4(v.PeriodShare(f, i)))
				}
			}
		}
	}
	return t
}

// PhraseOccurrences lists every occurrence with exactly the fields doc, date,
// family, variant, text (original), start, end (byte offsets into the
// document's original text) and sentence (original text).
func PhraseOccurrences(occs []phrases.Occurrence) *Table {
	return phraseOccurrences(occs, false)
}

// AttributedPhraseOccurrences is PhraseOccurrences with the columns speaker,
// side and cue after the sentence: who speaks in it (the matcher's
// MatchOptions.Attributor fills them).
func AttributedPhraseOccurrences(occs []phrases.Occurrence) *Table {
	return phraseOccurrences(occs, true)
}

func phraseOccurrences(occs []phrases.Occurrence, speakers bool) *Table {
	cols := []Column{
		{Key: "doc", Title: "Document", Width: 24},
		{Key: "date", Title: "Date", Kind: Date, Width: 11},
		{Key: "family", Title: "Family", Width: 22},
		{Key: "variant", Title: "Variant", Max: 50, Width: 40},
		{Key: "text", Title: "Text", Max: 50, Width: 40},
		{Key: "start", Title: "Start", Kind: Int, Width: 7},
		{Key: "end", Title: "End", Kind: Int, Width: 7},
		{Key: "sentence", Title: "Sentence", Max: 60, Width: 80},
	}
	if speakers {
		cols = append(cols, speakerCols()...)
	}
	t := New("phrase_occurrences", "Formula occurrences", cols...)
	for _, o := range occs {
		t.Append(PhraseOccurrenceRow(o, speakers)...)
	}
	return t
}

// PhraseOccurrenceRow is the row of an occurrence in PhraseOccurrences
// (AttributedPhraseOccurrences with speakers), for writing occurrences as
// they come (RowWriter).
func PhraseOccurrenceRow(o phrases.Occurrence, speakers bool) []any {
	row := []any{o.Doc, o.Date, o.Family, o.Variant, o.Text, o.Start, o.End, phrases.OneLine(o.Sentence)}
	if speakers {
		row = append(row, o.Speaker, o.Side, o.Cue)
	}
	return row
}

// speakerCols are the columns of an attribution: speaker, side, cue.
func speakerCols() []Column {
	return []Column{
		{Key: "speaker", Title: "Speaker", Max: 32, Width: 24},
		{Key: "side", Title: "Side", Width: 10},
		{Key: "cue", Title: "Cue", Width: 14},
	}
}

// Concordance is the key-word-in-context view of occurrences: document, date,
// left context, match, right context, then family, variant, offsets and the
// sentence.
// Contexts come from the matcher (MatchOptions.Context).
func Concordance(occs []phrases.Occurrence) *Table {
	return concordance(occs, false)
}

// AttributedConcordance is Concordance with the columns speaker, side and
// cue after the sentence (the matcher's MatchOptions.Attributor fills
// them): the report's Phrase occurrences sheet, from which its highlights
// say who first used each formula.
func AttributedConcordance(occs []phrases.Occurrence) *Table {
	return concordance(occs, true)
}

func concordance(occs []phrases.Occurrence, speakers bool) *Table {
	t := New("concordance", "Concordance",
		Column{Key: "doc", Title: "Document", Width: 24},
		Column{Key: "date", Title: "Date", Kind: Date, Width: 11},
		Column{Key: "left", Title: "Left", Width: 45},
		Column{Key: "match", Title: "Match", Width: 30},
		Column{Key: "right", Title: "Right", Width: 45},
		Column{Key: "family", Title: "Family", Width: 22},
		Column{Key: "variant", Title: "Variant", Width: 30},
		Column{Key: "lang", Title: "Lang", Width: 8},
		Column{Key: "start", Title: "Start", Kind: Int, Width: 7},
		Column{Key: "end", Title: "End", Kind: Int, Width: 7},
		Column{Key: "sentence", Title: "Sentence", Max: 60, Width: 80},
	)
	if speakers {
		t.Columns = append(t.Columns, speakerCols()...)
	}
	for _, o := range occs {
		t.Append(ConcordanceRow(o, speakers)...)
	}
	return t
}

// AttributedConcordanceWalked is AttributedConcordance of the n
// occurrences each walks, made from them each time the rows are read
// (Walked) instead of held.
func AttributedConcordanceWalked(n int, each func(fn func(phrases.Occurrence) error) error) *Table {
	t := concordance(nil, true)
	t.Source = Walked(n, len(t.Columns), func(yield func([]any) bool) error {
		return each(func(o phrases.Occurrence) error {
			if !yield(ConcordanceRow(o, true)) {
				return ErrStop
			}
			return nil
		})
	})
	return t
}

// ConcordanceRow is the row of an occurrence in Concordance
// (AttributedConcordance with speakers), for writing lines as they come
// (RowWriter).
func ConcordanceRow(o phrases.Occurrence, speakers bool) []any {
	row := []any{o.Doc, o.Date, o.Left, phrases.OneLine(o.Text), o.Right, o.Family, o.Variant, o.Lang, o.Start, o.End,
		phrases.OneLine(o.Sentence)}
	if speakers {
		row = append(row, o.Speaker, o.Side, o.Cue)
	}
	return row
}

// Discovered lists recurring phrases in rank order, formulas first; kind
// keeps one kind ("" for all) and top > 0 the first top. Each has its kind,
// formula score, whether it is a variant of a known family or new, its
// candidate family and a traceable example.
func Discovered(d *phrases.Discovery, top int, kind phrases.Kind) *Table {
	t := New("discovered_phrases", "Recurring phrases",
		Column{Key: "rank", Title: "#", Kind: Int, Width: 5},
		Column{Key: "phrase", Title: "Phrase", Max: 50, Width: 50},
		Column{Key: "kind", Title: "Kind", Width: 8},
		Column{Key: "score", Title: "Score", Kind: Float, Decimals: 3, Width: 6},
		Column{Key: "known", Title: "Known family", Max: 36, Width: 30},
		Column{Key: "n", Title: "N", Kind: Int, Width: 4},
		Column{Key: "docs", Title: "Docs", Kind: Int, Width: 6},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 7},
		Column{Key: "periods", Title: "Months", Kind: Int, Width: 7},
		Column{Key: "first_seen", Title: "First seen", Kind: Date, Width: 11},
		Column{Key: "last_seen", Title: "Last seen", Kind: Date, Width: 11},
		Column{Key: "candidate", Title: "Candidate family", Max: 32, Width: 36},
		Column{Key: "doc", Title: "Example document", Width: 24},
		Column{Key: "date", Title: "Example date", Kind: Date, Width: 11},
		Column{Key: "text", Title: "Example text", Max: 40, Width: 50},
		Column{Key: "start", Title: "Start", Kind: Int, Width: 7},
		Column{Key: "end", Title: "End", Kind: Int, Width: 7},
		Column{Key: "sentence", Title: "Example sentence", Max: 40, Width: 80},
	)
	rank := 0
	for _, p := range d.Phrases {
		if kind != "" && p.Kind != kind {
			continue
		}
		if top > 0 && rank >= top {
			break
		}
		rank++
		var cand any
		if p.Candidate >= 0 && len(d.Candidates[p.Candidate].Phrases) > 1 {
			cand = d.Candidates[p.Candidate].Name
		}
		var periods any
		if p.DocIDs != nil {
			periods = p.Periods
		}
		t.Append(rank, p.Text, string(p.Kind), round3(p.Score), knownLabel(p.Known), p.N, p.Docs, p.Count, periods, p.First, p.Last, cand,
			p.Example.Doc, p.Example.Date, phrases.OneLine(p.Example.Text), p.Example.Start, p.Example.End,
			phrases.OneLine(p.Example.Sentence))
	}
	t.Notes = append(t.Notes, discoveryNote(d))
	return withSampleNote(t, d)
}

// knownLabel says whether a phrase or candidate is a variant of a known
// formula family or new.
func knownLabel(family string) string {
	if family == "" {
		return "new"
	}
	return "variant of " + family
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// withSampleNote adds to a discovery table, when discovery ran on a sample,
// a note saying so.
func withSampleNote(t *Table, d *phrases.Discovery) *Table {
	if d.Sample > 1 {
		t.Notes = append(t.Notes, "Discovery ran on a 1/"+itoa(d.Sample)+" sample: "+itoa(d.Docs)+" of "+itoa(d.Seen)+
			" documents (hash-sampled by document ID, spread over time, to stay within "+itoa(d.Options.MaxWords)+
			" words); Docs and Count are of the sample.")
	}
	return t
}

func discoveryNote(d *phrases.Discovery) string {
	o := d.Options
	return "Phrases of " + strconv.Itoa(o.MinN) + " to " + strconv.Itoa(o.MaxN) + " words (longer repeated passages whole) in at least " +
		strconv.Itoa(o.MinDocs) + " documents, without a function word at either end, folded into a longer phrase unless also found on their own in " +
		strconv.Itoa(o.MinDocs) + " documents; " + itoa(len(d.Phrases)) + " found in " + itoa(d.Docs) +
		" documents. Score: formula score (0-1) from cohesion, spread, shape, quotation and ordinary-English frequency, never from the lexicon; Known family: a variant of a listed formula family, or new."
}

// CandidateFamilies lists the groups of near-variant recurring phrases in
// rank order, formulas first; kind keeps one kind ("" for all) and top > 0
// the first top.
func CandidateFamilies(d *phrases.Discovery, top int, kind phrases.Kind) *Table {
	t := New("candidate_families", "Candidate formula families",
		Column{Key: "rank", Title: "#", Kind: Int, Width: 5},
		Column{Key: "family", Title: "Candidate family", Max: 40, Width: 36},
		Column{Key: "kind", Title: "Kind", Width: 8},
		Column{Key: "score", Title: "Score", Kind: Float, Decimals: 3, Width: 6},
		Column{Key: "known", Title: "Known family", Max: 36, Width: 30},
		Column{Key: "first_seen", Title: "First seen", Kind: Date, Width: 11},
		Column{Key: "docs", Title: "Docs", Kind: Int, Width: 6},
		Column{Key: "periods", Title: "Months", Kind: Int, Width: 7},
		Column{Key: "phrases", Title: "Phrases", Kind: Int, Width: 8},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 7},
		Column{Key: "core", Title: "Core", Max: 30, Width: 24},
		Column{Key: "variants", Title: "Variants", Max: 100, Width: 80},
	)
	rank := 0
	for _, c := range d.Candidates {
		if kind != "" && c.Kind != kind {
			continue
		}
		if top > 0 && rank >= top {
			break
		}
		rank++
		var vs []string
		for _, m := range c.Variants {
			vs = append(vs, d.Phrases[m].Text)
		}
		t.Append(rank, c.Name, string(c.Kind), round3(c.Score), knownLabel(c.Known), c.First, c.Docs, c.Periods, len(c.Phrases), c.Count,
			strings.Join(c.Core, " "), strings.Join(vs, " | "))
	}
	t.Notes = append(t.Notes, "Docs counts documents with any of the phrases; Count adds their occurrences, so nested phrases count more than once; Months: months with an occurrence; Variants lists the phrases that are not a part of the leader's words (Phrases counts those too).")
	return withSampleNote(t, d)
}

// NewPhrases lists the recurring phrases by the period they were first seen in.
func NewPhrases(d *phrases.Discovery, u period.Unit, top int) *Table {
	t := New("new_phrases", "Recurring phrases by first "+u.String(),
		Column{Key: "period", Title: "First seen in", Width: 10},
		Column{Key: "phrase", Title: "Phrase", Max: 60, Width: 50},
		Column{Key: "docs", Title: "Docs", Kind: Int, Width: 6},
		Column{Key: "count", Title: "Count", Kind: Int, Width: 7},
		Column{Key: "first_seen", Title: "First seen", Kind: Date, Width: 11},
	)
	for _, np := range d.NewByPeriod(u) {
		for i, pi := range np.Phrases {
			if top > 0 && i >= top {
				break
			}
			p := d.Phrases[pi]
			t.Append(np.Label, p.Text, p.Docs, p.Count, p.First)
		}
	}
	return withSampleNote(t, d)
}

// PhraseFamilyList documents the families an analysis used: name,
// description and patterns, for the workbook and reproducibility.
func PhraseFamilyList(fams []phrases.Family) *Table {
	t := New("phrase_family_list", "Formula families and their patterns",
		Column{Key: "family", Title: "Family", Width: 22},
		Column{Key: "description", Title: "Description", Max: 60, Width: 50},
		Column{Key: "patterns", Title: "Patterns", Max: 120, Width: 100},
	)
	for _, f := range fams {
		var ps []string
		for _, p := range f.Patterns {
			ps = append(ps, p.Source)
		}
		t.Append(f.Name, f.Description, strings.Join(ps, " ; "))
	}
	return t
}

// FamiliesByLanguage sets the languages side by side: one row per family
// and language of the documents (families that occur, languages that use
// or could use them), with the first date that language used the family,
// its occurrences and rate overall and its rate per 10,000 tokens of that
// language's documents in each period (empty where the language has no
// text in the period).
func FamiliesByLanguage(s *phrases.Summary) *Table {
	cols := []Column{
		{Key: "family", Title: "Family", Width: 22},
		{Key: "lang", Title: "Lang", Width: 8},
		{Key: "first_used", Title: "First used", Kind: Date, Width: 11},
		{Key: "occurrences", Title: "Occurrences", Kind: Int, Width: 11},
		{Key: "per10k", Title: "Per 10k", Kind: Float, Decimals: 2, Width: 8},
	}
	for _, p := range s.Periods {
		cols = append(cols, Column{Key: p.Label, Kind: Float, Decimals: 2, Width: 9})
	}
	t := New("families_by_language", "Families by language, per 10,000 tokens of each language by "+s.Unit.String(), cols...)
	for _, f := range s.Families {
		if f.Total.Occurrences == 0 {
			continue
		}
		for _, l := range f.ByLang {
			row := []any{f.Name, langName(l.Lang), l.First, l.Total.Occurrences, round4(l.Total.Per10k)}
			for _, c := range l.ByPeriod {
				row = append(row, round4(c.Per10k))
			}
			t.Append(row...)
		}
	}
	t.Notes = append(t.Notes, "Rates are of the documents in each language: occurrences per 10,000 of their tokens; first used ignores undated documents.")
	return t
}

// langName is a document language as the tables show it.
func langName(l string) string {
	if l == "" {
		return "unknown"
	}
	return l
}
