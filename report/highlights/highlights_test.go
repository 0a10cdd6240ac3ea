package highlights

import (
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/table"
)

func d(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// tab builds a table of the given column keys (kinds do not matter to
// the highlights, which read values by key).
func tab(name, title string, keys string, rows ...[]any) *table.Table {
	var cols []table.Column
	for _, k := range strings.Fields(keys) {
		cols = append(cols, table.Column{Key: k})
	}
	t := table.New(name, title, cols...)
	for _, r := range rows {
		t.Append(r...)
	}
	return t
}

// fixture is a small report: quarters of 2025, the latest Q4; families,
// variants, phrases, figures and keywords shaped as the report's tables.
func fixture() map[string]*table.Table {
	ts := map[string]*table.Table{}
	add := func(t *table.Table) { ts[t.Name] = t }
	add(tab("periods", "Periods", "period start end docs tokens",
		[]any{"2025-Q1", d("2025-01-01"), d("2025-03-31"), 2, 600},
		[]any{"2025-Q2", d("2025-04-01"), d("2025-06-30"), 0, 0},
		[]any{"2025-Q3", d("2025-07-01"), d("2025-09-30"), 1, 400},
		[]any{"2025-Q4", d("2025-10-01"), d("2025-12-31"), 2, 1000},
	))
	add(tab("family_keyness", "Family keyness", "family direction target ref target_per10k ref_per10k change_per10k g2 p log_ratio lrc target_docs ref_docs",
		[]any{"win-win", "new", 4, 0, 40.0, 0.0, 40.0, 6.93, 0.0085, 3.0, 0.61, 2, 0},
		[]any{"close-neighbors", "fading", 1, 5, 10.0, 50.0, -40.0, 3.3, 0.07, -2.3, 0.0, 1, 3},
		[]any{"core-interests", "gone", 0, 2, 0.0, 20.0, -20.0, 2.7, 0.1, -2.0, 0.0, 0, 1},
	))
	add(tab("phrase_families", "Phrase families by period", "family occurrences docs per10k",
		[]any{"close-neighbors", 6, 4, 30.0}, []any{"win-win", 4, 2, 20.0}, []any{"core-interests", 2, 1, 10.0}, []any{"unused", 0, 0, 0.0}))
	add(tab("concordance", "Phrase occurrences", "doc date family variant sentence speaker side cue",
		[]any{"a", d("2025-02-01"), "close-neighbors", "close neighbors", "Old close neighbors sentence.", "Qin Gang", "China", "said"},
		[]any{"b", d("2025-11-02"), "close-neighbors", "close neighbors who cannot move apart", "New close neighbors sentence.", "narrator", "narrator", ""},
		[]any{"b", d("2025-11-02"), "win-win", "win-win cooperation", "Win-win sentence.", "Park Jin", "ROK", "said"},
		[]any{"c", d("2025-08-01"), "core-interests", "core interests", "Core interests sentence.", "", "", ""},
	))
	add(tab("phrase_variants", "Phrase variants", "family variant count share first_seen last_seen",
		[]any{"close-neighbors", "close neighbors", 5, 0.83, d("2025-02-01"), d("2025-08-01")},
		[]any{"close-neighbors", "close neighbors who cannot move apart", 1, 0.17, d("2025-11-02"), d("2025-11-02")},
		[]any{"win-win", "win-win cooperation", 4, 1.0, d("2025-11-02"), d("2025-12-01")}, // a new family, not a new wording
	))
	add(tab("discovered_phrases", "Recurring phrases", "rank phrase docs count first_seen doc date sentence",
		[]any{1, "the two countries", 5, 9, d("2025-02-01"), "a", d("2025-02-01"), "The two countries agreed."},
		[]any{2, "a new chapter", 2, 3, d("2025-10-15"), "b", d("2025-10-15"), "It opens a new chapter."},
	))
	add(tab("figures", "Figures", "text value unit kind qualifier subject period sentence doc date",
		[]any{"$310 billion", 3.1e11, "USD", "money", "", "trade", "2024", "Trade was $310 billion in 2024.", "a", d("2025-02-01")},
		[]any{"$298.9 billion", 2.989e11, "USD", "money", "", "trade", "2025", "Trade reached $298.9 billion.", "b", d("2025-11-02")},
		[]any{"33 years", 33.0, "year", "duration", "", "ties", "", "Ties of 33 years.", "a", d("2025-02-01")},
		[]any{"33 years", 33.0, "year", "duration", "", "ties", "", "33 years of ties.", "b", d("2025-11-02")},
		[]any{"24.5 percent", 24.5, "%", "percent", "up", "visits", "", "Visits were up 24.5 percent.", "b", d("2025-11-02")},
	))
	add(tab("figure_series", "Figure series", "series family kind date period value unit qualifier text doc conflict subject",
		[]any{"trade", "USD", "money", d("2025-02-01"), "2024", 3.1e11, "USD", "", "$310 billion", "a", "", "trade"},
		[]any{"trade", "USD", "money", d("2025-11-02"), "2025", 2.989e11, "USD", "", "$298.9 billion", "b", "", "trade"},
		[]any{"ties", "time", "duration", d("2025-02-01"), "", 33.0, "year", "", "33 years", "a", "", "ties"},
		[]any{"ties", "time", "duration", d("2025-11-02"), "", 33.0, "year", "", "33 years", "b", "", "ties"},
		[]any{"visits", "%", "percent", d("2025-11-02"), "", 24.5, "%", "up", "24.5 percent", "b", "", "visits"},
	))
	add(tab("keyness", "Keyness", "term direction g2 lrc",
		[]any{"apec", "new", 7.61, 0.05}, []any{"visit", "rising", 5.33, 0.0}, []any{"thaad", "fading", 4.0, -0.5}))
	return ts
}

func build(ts map[string]*table.Table, charts map[string][]string) []Highlight {
	var in Input
	for _, t := range ts {
		in.Tables = append(in.Tables, t)
	}
	in.Charts = charts
	return Build(in)
}

var allCharts = map[string][]string{
	"families":                 {"close-neighbors", "win-win", "core-interests"},
	"variants-close-neighbors": {"close-neighbors"},
	"figures":                  {"trade"},
	"keyness":                  {"apec", "visit", "thaad"},
}

// TestBuild checks each kind of line on the fixture, and how the lines
// follow the tables when they change.
func TestBuild(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(ts map[string]*table.Table)
		kind   Kind
		want   []string // lines of the kind, in order (substrings)
		quote  []string // their quotes, in order ("" for none)
	}{
		{name: "rising family", kind: RisingFamily,
			want:  []string{"win-win is new in 2025-Q4: 40.00 per 10,000 tokens (4 occurrences in 2 documents; none before); G2 6.93 (p 0.0085), LRC 0.61"},
			quote: []string{"Win-win sentence."}},
		{name: "falling families", kind: FallingFamily,
			want: []string{"close-neighbors fell from 50.00 to 10.00 per 10,000 tokens in 2025-Q4 against the periods before (1 occurrence in 1 document; before, 5 occurrences in 3 documents); G2 3.30 (p 0.0700), LRC 0.00: not significant at 95%",
				"core-interests did not occur in 2025-Q4, against 20.00 per 10,000 tokens before (2 occurrences in 1 document)"},
			quote: []string{"New close neighbors sentence.", "Core interests sentence."}},
		{name: "nothing rose", kind: RisingFamily,
			change: func(ts map[string]*table.Table) { ts["family_keyness"].Rows = ts["family_keyness"].Rows[1:] },
			want:   []string{"No formula family rose in 2025-Q4 against the periods before (2 families compared)"}},
		{name: "who introduced the formulas: attributed, most used first", kind: FirstSpeaker,
			want: []string{"close-neighbors was first used by Qin Gang (China) on 2025-02-01, in a (2 occurrences in all)",
				"win-win was first used by Park Jin (ROK) on 2025-11-02, in b (1 occurrence in all)"},
			quote: []string{"Old close neighbors sentence.", "Win-win sentence."}},
		{name: "who introduced the formulas: an earlier speaker, not the narrator", kind: FirstSpeaker,
			change: func(ts map[string]*table.Table) {
				c := ts["concordance"]
				c.Append("n", d("2025-01-02"), "close-neighbors", "close neighbors", "Narrated sentence.", "narrator", "narrator", "")
				c.Append("z", d("2025-01-15"), "close-neighbors", "close neighbors", "Earlier sentence.", "Park Jin", "ROK", "said")
				c.Append("y", d("2025-09-01"), "core-interests", "core interests", "Wang's sentence.", "Wang Yi", "China", "said")
				c.Append("y", d("2025-09-01"), "core-interests", "core interests", "Wang's sentence.", "Wang Yi", "China", "said")
				c.Append("x", d("2025-09-02"), "core-interests", "core interests", "Later sentence.", "Xi Jinping", "China", "said")
			},
			want: []string{"close-neighbors was first used by Park Jin (ROK) on 2025-01-15, in z (4 occurrences in all)",
				"core-interests was first used by Wang Yi (China) on 2025-09-01, in y (4 occurrences in all)",
				"win-win was first used by Park Jin (ROK) on 2025-11-02, in b (1 occurrence in all)"},
			quote: []string{"Earlier sentence.", "Wang's sentence.", "Win-win sentence."}},
		{name: "who introduced the formulas: no attribution, no line", kind: FirstSpeaker,
			change: func(ts map[string]*table.Table) {
				c := ts["concordance"]
				c.Columns = c.Columns[:5]
				for i := range c.Rows {
					c.Rows[i] = c.Rows[i][:5]
				}
			}},
		{name: "cited figures: most documents, then money before durations", kind: CitedFigure,
			want: []string{"$298.9 billion: trade (2025), cited in 2 documents, 2025-02-01 to 2025-11-02", "33 years: ties, cited in 2 documents",
				"up 24.5 percent: visits, cited in 1 document, 2025-11-02"},
			quote: []string{"Trade reached $298.9 billion.", "33 years of ties.", "Visits were up 24.5 percent."}},
		{name: "cited figures: a third citation puts a duration first", kind: CitedFigure,
			change: func(ts map[string]*table.Table) {
				ts["figure_series"].Append("ties", "time", "duration", d("2025-12-01"), "", 33.0, "year", "", "33 years", "c", "", "ties")
			},
			want: []string{"33 years: ties, cited in 3 documents, 2025-02-01 to 2025-12-01", "$298.9 billion: trade (2025), cited in 2 documents",
				"up 24.5 percent"}},
		{name: "changed figure", kind: ChangedFigure,
			want:  []string{"trade: $310 billion for 2024 (a, 2025-02-01) then $298.9 billion for 2025 (b, 2025-11-02), -3.6%"},
			quote: []string{"Trade reached $298.9 billion."}},
		{name: "no figure changed", kind: ChangedFigure,
			change: func(ts map[string]*table.Table) { ts["figure_series"].Rows[0][5] = 2.989e11 },
			want:   []string{"No cited figure changed value for the same subject: each of the 2 subjects cited in more than one document gives one value"}},
		{name: "key terms", kind: KeyTerms,
			want: []string{"Most distinctive terms of 2025-Q4 against the periods before: apec (G2 7.61, LRC 0.05), visit (G2 5.33, LRC 0.00)"}},
		{name: "new wording of an established family only", kind: NewVariant,
			want:  []string{"New wording of close-neighbors in 2025-Q4: “close neighbors who cannot move apart”, 1 time, first on 2025-11-02"},
			quote: []string{"New close neighbors sentence."}},
		{name: "new phrase", kind: NewPhrase,
			want:  []string{"New recurring phrase in 2025-Q4: “a new chapter”, in 2 documents (3 times), first on 2025-10-15"},
			quote: []string{"It opens a new chapter."}},
		{name: "a later period moves the latest", kind: NewPhrase,
			change: func(ts map[string]*table.Table) {
				ts["periods"].Append("2026-Q1", d("2026-01-01"), d("2026-03-31"), 1, 300)
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts := fixture()
			if c.change != nil {
				c.change(ts)
			}
			var got []Highlight
			for _, h := range build(ts, allCharts) {
				if h.Kind == c.kind {
					got = append(got, h)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("%d lines of kind %s, want %d: %q", len(got), c.kind, len(c.want), got)
			}
			for i, h := range got {
				if !strings.Contains(h.Text, c.want[i]) {
					t.Errorf("line %d = %q\nwant it to contain %q", i, h.Text, c.want[i])
				}
				if c.quote != nil && h.Quote != c.quote[i] {
					t.Errorf("line %d quotes %q, want %q", i, h.Quote, c.quote[i])
				}
				if h.Sheet == "" || h.Table == "" {
					t.Errorf("line %d names no sheet: %+v", i, h)
				}
			}
		})
	}
}

// TestCharts: a line points to a chart only when that chart draws it.
func TestCharts(t *testing.T) {
	hs := build(fixture(), map[string][]string{"families": {"close-neighbors"}, "figures": {"ties"}})
	charts := map[string]string{}
	for _, h := range hs {
		charts[h.Text[:min(len(h.Text), 20)]] = h.Chart
	}
	for prefix, want := range map[string]string{
		"close-neighbors fell": "families", "core-interests did n": "", "win-win is new in 20": "",
		"33 years: ties, cite": "figures", "$298.9 billion: trad": "", "Most distinctive ter": "",
	} {
		if got, ok := charts[prefix]; !ok || got != want {
			t.Errorf("%q: chart %q (found %v), want %q", prefix, got, ok, want)
		}
	}
}

// TestDegenerate: no periods, no tables, a single period: no highlight
// of what cannot be compared, and no panic.
func TestDegenerate(t *testing.T) {
	if hs := Build(Input{}); len(hs) != 0 {
		t.Errorf("no tables: %v", hs)
	}
	ts := fixture()
	delete(ts, "periods")
	for _, h := range build(ts, nil) {
		if h.Kind != CitedFigure && h.Kind != ChangedFigure && h.Kind != FirstSpeaker { // these need dates, not periods
			t.Errorf("without periods: %s line %q", h.Kind, h.Text)
		}
	}
	if kt := KeyTables(Input{}); len(kt) != 0 {
		t.Errorf("no tables: key tables %v", kt)
	}
}

func TestKeyTables(t *testing.T) {
	var in Input
	for _, t := range fixture() {
		in.Tables = append(in.Tables, t)
	}
	kt := KeyTables(in)
	if len(kt) != 2 {
		t.Fatalf("%d key tables, want 2", len(kt))
	}
	fam := kt[0]
	if len(fam.Rows) != 3 || fam.Rows[0][0] != "close-neighbors" || fam.Rows[0][3] != 10.0 || fam.Rows[0][4] != 50.0 ||
		fam.Rows[0][7] != "close neighbors (83%); close neighbors who cannot move apart (17%)" || fam.Columns[3].Title != "2025-Q4/10k" {
		t.Errorf("families table: %v %v", fam.Columns[3].Title, fam.Rows)
	}
	fig := kt[1]
	if len(fig.Rows) != 3 || fig.Rows[0][0] != "$298.9 billion" || fig.Rows[0][5] != "Trade reached $298.9 billion." {
		t.Errorf("figures table: %v", fig.Rows)
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{1: "1 family", 2: "2 families", 1500: "1,500 families"} {
		if got := count(n, "family"); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
}
