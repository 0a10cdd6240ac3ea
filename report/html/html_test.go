package html

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/highlights"
	"github.com/dipstat/dipstat/report/table"
)

// sample is a page with a highlight, a chart, a numeric table to sort and
// a concordance to filter, and hostile text in its cells.
func sample(t *testing.T, rows int) Report {
	t.Helper()
	c, err := chart.Bars("top-terms", "Top terms", "Corpus: test", "count", []chart.Item{{Label: "china", Value: 12}, {Label: "<korea>", Value: 7}})
	if err != nil {
		t.Fatal(err)
	}
	var svg bytes.Buffer
	if err := chart.Render(&svg, c, chart.Full, "svg", chart.Options{}); err != nil {
		t.Fatal(err)
	}
	fam := table.New("phrase_families", "Phrase families by period",
		table.Column{Key: "family", Title: "Family"}, table.Column{Key: "occurrences", Title: "Occurrences", Kind: table.Int},
		table.Column{Key: "per10k", Title: "Per 10k", Kind: table.Float, Decimals: 2}, table.Column{Key: "first", Title: "First", Kind: table.Date})
	for i := range rows {
		fam.Append(fmt.Sprintf("family-%03d", i), (i*37)%101, float64((i*53)%97)/3, time.Date(2025, 1, 1+(i*7)%28, 0, 0, 0, 0, time.UTC))
	}
	fam.Append("<script>alert(1)</script>", 5, 0.5, nil)
	conc := table.New("concordance", "Phrase occurrences",
		table.Column{Key: "doc", Title: "Document"}, table.Column{Key: "date", Title: "Date", Kind: table.Date},
		table.Column{Key: "left", Title: "Left"}, table.Column{Key: "match", Title: "Match"}, table.Column{Key: "right", Title: "Right"},
		table.Column{Key: "family", Title: "Family"})
	d := time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)
	conc.Append("a", d, "said China and South Korea are", "close neighbors", "that cannot move apart", "close-neighbors")
	conc.Append("b", d, "the two sides uphold", "win-win cooperation", "in trade", "win-win")
	conc.Append("c", nil, "both are", "close neighbours", "and partners", "close-neighbors")
	return Report{Title: "dipstat report t", Subtitle: "test corpus", Header: "corpus test · window 2025-01-01..2025-12-31", Generator: "dipstat test",
		Highlights: []highlights.Highlight{{Kind: highlights.FallingFamily, Text: "close-neighbors fell from 48.94 to 22.66 per 10,000 tokens",
			Quote: "They are close neighbors.", Doc: "a", Date: d, Sheet: "Family keyness", Chart: "top-terms"}},
		Charts:   []Chart{{Name: "top-terms", Title: "Top terms", SVG: svg.Bytes()}},
		Tables:   []*table.Table{fam, conc},
		About:    []Section{{Title: "Corpus", Fields: [][2]string{{"Documents", "3"}}}},
		DocLinks: map[string]string{"a": "../../seeds/a.txt", "b": "../../seeds/b&c.txt"},
	}
}

func write(t *testing.T, r Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSelfContained: no external resource of any kind; the charts are
// inline SVG; corpus text is escaped.
func TestSelfContained(t *testing.T) {
	page := write(t, sample(t, 5))
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`(?i)<(script|img|iframe|link|object|embed|source|audio|video)[^>]*\b(src|href)=`),
		regexp.MustCompile(`(?i)(src|href)="(https?:)?//`),
		regexp.MustCompile(`(?i)@import|url\(\s*['"]?(https?:)?//`),
		regexp.MustCompile(`<script>alert`),
		regexp.MustCompile(`@font-face`),
	} {
		if m := bad.FindString(page); m != "" {
			t.Errorf("page holds %q", m)
		}
	}
	for _, want := range []string{
		`<svg role="img" aria-label="Top terms" stroke-linejoin="round"`, "&lt;korea&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;",
		`<figure id="chart-top-terms">`, `<a href="#chart-top-terms">chart</a>`, "“They are close neighbors.” <cite>a, 2025-11-01</cite>",
		`<td data-v="2025-01-01">2025-01-01</td>`, "<mark>close neighbors</mark>", `<dt>Documents</dt><dd>3</dd>`,
		`Content-Security-Policy`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "<?xml") {
		t.Error("the inline SVG keeps its XML prolog")
	}
}

// TestLinks: a hit links to its document with a text fragment of its
// words; a document without a link is plain text.
func TestLinks(t *testing.T) {
	page := write(t, sample(t, 1))
	for _, want := range []string{
		`<a href="../../seeds/a.txt#:~:text=South%20Korea%20are-,close%20neighbors">a</a>`,
		`<a href="../../seeds/b&amp;c.txt#:~:text=two%20sides%20uphold-,win%2Dwin%20cooperation">b</a>`,
		`<tr><td>c</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, c := range []struct{ prefix, words, want string }{
		{"", "", ""},
		{"", "$298.9 billion", "#:~:text=$298.9%20billion"},
		{"a, b & c", "win-win", "#:~:text=a%2C%20b%20%26%20c-,win%2Dwin"},
	} {
		if got := fragment(c.prefix, c.words); got != c.want {
			t.Errorf("fragment(%q, %q) = %q, want %q", c.prefix, c.words, got, c.want)
		}
	}
}

// TestMaxRows: a long table is cut, with a note saying where every row is.
func TestMaxRows(t *testing.T) {
	r := sample(t, 30)
	r.MaxRows = 10
	page := write(t, r)
	tbody := page[strings.Index(page, `id="t-phrase_families-table"`):]
	tbody = tbody[strings.Index(tbody, "<tbody>"):]
	tbody = tbody[:strings.Index(tbody, "</tbody>")]
	if n := strings.Count(tbody, "<tr>"); n != 10 {
		t.Errorf("%d rows shown, want 10", n)
	}
	if !strings.Contains(page, "The first 10 of 31 rows; every row is in the workbook and data/phrase_families.csv.") {
		t.Error("no note on the cut table")
	}
}
