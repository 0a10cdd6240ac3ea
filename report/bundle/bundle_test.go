package bundle

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/stats"
	"github.com/dipstat/dipstat/analysis/terms"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/pdf"
)

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

// listing makes a listing of files written to dir: dated ("2025-01-05"),
// undated ("") and skipped ("skip").
func listing(t *testing.T, dir string, dates ...string) *corpus.Listing {
	t.Helper()
	l := &corpus.Listing{}
	for i, d := range dates {
		path := filepath.Join(dir, string(rune('a'+i))+".txt")
		text := []byte("text " + d)
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		e := corpus.Entry{ID: string(rune('a' + i)), File: path, Tokens: 100 * (i + 1), Sentences: 3}
		in := corpus.Input{Path: path, Size: int64(len(text)), SHA256: sha256.Sum256(text), Hashed: true}
		switch d {
		case "skip":
			e.Status, e.Reason = corpus.StatusSkipped, "empty"
		case "unread": // as the reader lists a file it could not open
			e.Status, e.Reason = corpus.StatusSkipped, "unreadable: permission denied"
			in = corpus.Input{Path: path, Err: "permission denied"}
		case "":
			e.Status = corpus.StatusUndated
		default:
			e.Status, e.Date = corpus.StatusOK, day(d)
		}
		l.Entries = append(l.Entries, e)
		l.Inputs = append(l.Inputs, in)
	}
	return l
}

func TestCorpusVolume(t *testing.T) {
	l := listing(t, t.TempDir(), "2025-01-05", "2025-03-20", "", "2025-03-01", "skip")
	v := CorpusVolume(l, period.Month)
	var got []string
	for i, p := range v.Periods {
		got = append(got, p.Label+":"+itoa(v.Docs[i])+"/"+itoa(v.Tokens[i]))
	}
	want := "2025-01:1/100 2025-02:0/0 2025-03:2/600"
	if strings.Join(got, " ") != want || v.Undated != 1 {
		t.Errorf("volume = %s undated %d, want %s undated 1", strings.Join(got, " "), v.Undated, want)
	}
	if first, last := DateRange(l); !first.Equal(day("2025-01-05")) || !last.Equal(day("2025-03-20")) {
		t.Errorf("DateRange = %v %v", first, last)
	}
}

func itoa(n int) string { return fmtInt(n) }

func fmtInt(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestCaption(t *testing.T) {
	for _, c := range []struct {
		c    Caption
		want string
	}{
		{Caption{Corpus: "seeds", Docs: 5, Undated: 1, Unit: period.Quarter, From: day("2023-01-10"), To: day("2025-12-31")},
			"Corpus: seeds · 5 documents (1 undated) · by quarter · 2023-01-10 – 2025-12-31"},
		{Caption{Corpus: "x", Docs: 1, Unit: period.Month}, "Corpus: x · 1 document · by month · no dated documents"},
	} {
		if got := c.c.String(); got != c.want {
			t.Errorf("caption %q, want %q", got, c.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"close-neighbors": "close-neighbors", "One China!": "one-china", "  x  y ": "x-y", "窗口": ""} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPointSeriesScale(t *testing.T) {
	s := figures.FigureSeries{Subject: "trade", Unit: "USD", Family: "USD", Points: []figures.Point{
		{Figure: figures.Figure{Text: "$298.9 billion", Value: 2.989e11, Unit: "USD", Doc: "d2", Date: day("2025-12-31")}},
		{Figure: figures.Figure{Text: "$310 billion", Value: 3.1e11, Unit: "USD", Qualifier: "about", Doc: "d1", Date: day("2024-12-31")}},
		{Figure: figures.Figure{Text: "$1 billion", Value: 1e9, Unit: "USD", Doc: "d3"}},
	}}
	src := map[string]time.Time{}
	ps := pointSeries(s, src)
	if ps.Unit != "billion USD" || len(ps.Points) != 2 || ps.Points[0].Value != 298.9 || ps.Points[1].Label != "about $310 billion" {
		t.Errorf("pointSeries = %+v", ps)
	}
	if len(src) != 2 {
		t.Errorf("sources = %v, want the two dated documents", src)
	}
}

// TestWrite builds a small report folder from a listing alone and checks
// the manifest against the files.
func TestWrite(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	l := listing(t, in, "2025-01-05", "2025-03-20", "", "unread")
	cap := Caption{Corpus: in, Docs: 3, Undated: 1, Unit: period.Month, From: day("2025-01-05"), To: day("2025-03-20")}
	r := &Report{Name: "t", Version: "test", Started: day("2025-07-01"), Paths: []string{in}, Listing: l, Unit: period.Month,
		Parts: []Part{CorpusPart(l, period.Month, cap)}, Formats: []string{"svg", "png"}, DPI: 50, Sizes: []chart.Size{chart.Column},
		Params: []Param{{Name: "-period", Value: "month"}}}
	m, err := Write(context.Background(), out, r)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, o := range m.Outputs {
		paths = append(paths, o.Path)
	}
	want := "charts/volume-column.png charts/volume-column.svg data/documents.csv data/periods.csv data/summary.csv inputs.csv.gz report.html report.pdf report.xlsx"
	if strings.Join(paths, " ") != want {
		t.Errorf("outputs %q\nwant %q", strings.Join(paths, " "), want)
	}
	b, _ := os.ReadFile(filepath.Join(out, "report.pdf"))
	if n, err := pdf.Check(b); err != nil || n != 3 || m.PDFPages != 3 { // highlights and contents, the chart, about
		t.Errorf("report.pdf: %d pages (manifest %d), %v", n, m.PDFPages, err)
	}
	var back Manifest
	mb, _ := os.ReadFile(filepath.Join(out, ManifestFile))
	if err := json.Unmarshal(mb, &back); err != nil || back.Corpus.Counted != 3 || back.Corpus.Periods != 3 || back.InputList.Count != 4 || back.InputList.Skipped != 1 {
		t.Errorf("manifest read back: %v %+v, inputs %+v", err, back.Corpus, back.InputList)
	}
	// The manifest pins the list of inputs beside it by its digest.
	if files, err := ReadInputs(out, back.InputList.SHA256); err != nil || !slices.Equal(files, m.Inputs) {
		t.Errorf("%s read back: %v\n%+v\nwant %+v", InputsFile, err, files, m.Inputs)
	}
	if _, err := ReadInputs(out, strings.Repeat("0", 64)); err == nil {
		t.Errorf("%s read back against a wrong digest: no error", InputsFile)
	}
	// The inputs are as the reader read them: hashed, or not read and why.
	// A file that is gone by the time the report is written changes nothing
	// (the manifest describes the bytes analysed), and an unreadable one
	// never fails the report.
	os.Remove(l.Entries[0].File)
	m2, err := Write(context.Background(), t.TempDir(), r)
	if err != nil {
		t.Fatalf("Write after an input vanished: %v", err)
	}
	a := sha256.Sum256([]byte("text 2025-01-05"))
	want0 := File{Path: filepath.ToSlash(l.Entries[0].File), Size: 15, SHA256: hex.EncodeToString(a[:])}
	want3 := File{Path: filepath.ToSlash(l.Entries[3].File), Skipped: "permission denied"}
	if len(m2.Inputs) != 4 || m2.Inputs[0] != want0 || m2.Inputs[3] != want3 {
		t.Errorf("manifest inputs %+v\nwant first %+v, last %+v", m2.Inputs, want0, want3)
	}
	// Cancelled: Write stops after the phase under way, with ctx's error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Write(ctx, t.TempDir(), r); !errors.Is(err, context.Canceled) {
		t.Errorf("Write cancelled: %v", err)
	}
}

func TestUndatedCorpusPart(t *testing.T) {
	l := listing(t, t.TempDir(), "", "")
	p := CorpusPart(l, period.Month, Caption{Corpus: "x", Docs: 2, Undated: 2, Unit: period.Month})
	if len(p.Charts) != 0 || len(p.Warnings) != 2 {
		t.Errorf("charts %d, warnings %q", len(p.Charts), p.Warnings)
	}
}

func TestFigureRowsBounded(t *testing.T) {
	figs := figures.Extract("Trade reached $298.9 billion, up 24.5 percent, with 6.65 million visits and 15 documents.")
	if len(figs) < 4 {
		t.Fatalf("want at least 4 figures, got %d", len(figs))
	}
	series := figures.Series(figs)
	p, err := FiguresPart(FiguresInput{Figures: figs, Series: series, MaxRows: 2}, Caption{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range p.Tables {
		if len(tb.Rows) > 2 {
			t.Errorf("%s has %d rows, want at most 2", tb.Name, len(tb.Rows))
		}
	}
	if n := len(p.Tables[0].Notes); n == 0 {
		t.Error("the cut Figures table has no note saying so")
	}
}

// TestFiguresPartStreamed checks that the figures part made from a walk
// over the figures (as a report streams them from its spool) is the part
// made from the figures and their series in memory: the same sheets, notes,
// chart and labels, whether the sheets are cut or not.
func TestFiguresPartStreamed(t *testing.T) {
	sents, err := corpustest.Sentences("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	var figs []figures.Figure
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, a := range corpustest.Articles(sents, corpustest.Spec{Articles: 600, Seed: 4}) {
		date := start.AddDate(0, 0, i%400)
		if i%9 == 0 {
			date = time.Time{}
		}
		for _, f := range figures.ExtractDated(a, date) {
			f.Doc = fmt.Sprintf("d%03d", i)
			figs = append(figs, f)
		}
	}
	for _, maxRows := range []int{0, 40, 700} {
		for _, panels := range []int{0, 3} {
			in := FiguresInput{Figures: figs, Series: figures.Series(figs), MaxRows: maxRows, Panels: panels}
			want, err := FiguresPart(in, Caption{Corpus: "c"})
			if err != nil {
				t.Fatal(err)
			}
			walks := 0
			each := func(fn func(figures.Figure) error) error {
				walks++
				return figures.EachOf(figs)(fn)
			}
			got, err := FiguresPart(FiguresInput{Each: each, Total: len(figs), MaxRows: maxRows, Panels: panels}, Caption{Corpus: "c"})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Tables, want.Tables) || !reflect.DeepEqual(got.Labels, want.Labels) ||
				!reflect.DeepEqual(got.Warnings, want.Warnings) || len(got.Charts) != len(want.Charts) {
				t.Errorf("rows %d, panels %d: the streamed part differs", maxRows, panels)
				for i := range want.Tables {
					if !reflect.DeepEqual(got.Tables[i], want.Tables[i]) {
						t.Errorf("table %s: %d rows, notes %q; want %d rows, notes %q", want.Tables[i].Name,
							len(got.Tables[i].Rows), got.Tables[i].Notes, len(want.Tables[i].Rows), want.Tables[i].Notes)
					}
				}
				continue
			}
			for i, c := range want.Charts {
				var a, b bytes.Buffer
				if err := chart.Render(&a, got.Charts[i], chart.Full, "svg", chart.Options{}); err != nil {
					t.Fatal(err)
				}
				if err := chart.Render(&b, c, chart.Full, "svg", chart.Options{}); err != nil {
					t.Fatal(err)
				}
				if got.Charts[i].Title != c.Title || got.Charts[i].Caption != c.Caption || !bytes.Equal(a.Bytes(), b.Bytes()) {
					t.Errorf("rows %d, panels %d: chart %s differs (title %q, want %q)", maxRows, panels, c.Name, got.Charts[i].Title, c.Title)
				}
			}
			// the Figures sheet's, the plan's, and one for the sheet's
			// series and the panels' sample
			if walks != 3 {
				t.Errorf("the figures were walked %d times, want 3", walks)
			}
		}
	}
	if len(figs) < 700 {
		t.Errorf("only %d figures: the cut sheets are not tested", len(figs))
	}
	boom := errors.New("spool damaged")
	if _, err := FiguresPart(FiguresInput{Each: func(func(figures.Figure) error) error { return boom }}, Caption{}); !errors.Is(err, boom) {
		t.Errorf("a failing walk: error %v", err)
	}
}

func TestThinPoints(t *testing.T) {
	var pts []chart.Point
	d := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 10000; i++ {
		pts = append(pts, chart.Point{Date: d.AddDate(0, 0, i/10), Value: float64(i % 97)})
	}
	pts[5000].Value = 1000 // the highest, in the middle
	got := thinPoints(pts, 2000)
	if len(got) > 2000 || len(got) < 1900 {
		t.Errorf("kept %d points, want about 2000", len(got))
	}
	if got[0] != pts[0] || got[len(got)-1] != pts[len(pts)-1] {
		t.Error("first or last point dropped")
	}
	found := false
	for i, p := range got {
		found = found || p.Value == 1000
		if i > 0 && p.Date.Before(got[i-1].Date) {
			t.Fatal("points out of order")
		}
	}
	if !found {
		t.Error("the highest point was dropped")
	}
	if short := pts[:100]; len(thinPoints(short, 2000)) != 100 {
		t.Error("a short series was thinned")
	}
}

// TestTermsByPeriodBound: with many periods the Terms by period sheet lists
// the most frequent terms that fit maxPeriodCells, and says so.
func TestTermsByPeriodBound(t *testing.T) {
	var words []string
	for i := range 1500 {
		words = append(words, fmt.Sprintf("w%04d", i))
	}
	text := strings.Join(words, " ") + "."
	ps := corpus.NewParser(corpus.DefaultOptions())
	c := terms.NewCounter(terms.Options{MinN: 1, MaxN: 1, ByPeriod: true, Unit: period.Day})
	for _, d := range []string{"2019-01-01", "2025-12-31"} { // 2,557 days
		c.Add(ps.Parse(d+".txt", []byte(" date "+d+" "+text)))
	}
	res, err := c.Result(terms.Query{})
	if err != nil {
		t.Fatal(err)
	}
	tb := termsByPeriod(res)
	want := maxPeriodCells / len(res.Periods)
	if len(tb.Rows) != want || len(res.Terms) != 1500 {
		t.Errorf("%d rows of %d terms over %d periods, want %d", len(tb.Rows), len(res.Terms), len(res.Periods), want)
	}
	if n := len(tb.Notes); n == 0 || !strings.Contains(tb.Notes[n-1], fmt.Sprintf("the %d most frequent of the 1500 terms", want)) {
		t.Errorf("notes %q lack the cut", tb.Notes)
	}
	// few periods: every term
	c2 := terms.NewCounter(terms.Options{MinN: 1, MaxN: 1, ByPeriod: true, Unit: period.Year})
	c2.Add(ps.Parse("a.txt", []byte(" date 2025-01-01 "+text)))
	res2, _ := c2.Result(terms.Query{})
	if tb := termsByPeriod(res2); len(tb.Rows) != 1500 {
		t.Errorf("%d rows by year, want all 1500", len(tb.Rows))
	}
}

// TestFamilyKeyness compares each family in the latest period with the
// periods before: rates, G2, LRC, directions, rows by the size of the
// change; nothing when the latest period is the only one.
func TestFamilyKeyness(t *testing.T) {
	ps := corpus.NewParser(corpus.DefaultOptions())
	fams := phrases.DefaultFamilies()
	counts := phrases.NewCounts()
	m := phrases.NewMatcher(fams, nil, phrases.MatchOptions{})
	add := func(date, text string) {
		doc := ps.Parse(date+".txt", []byte(" date "+date+" "+text))
		counts.Add(m.Match(doc), doc)
	}
	add("2025-01-10", "China and South Korea are close neighbors. They are close neighbors and inseparable partners. Words fill the text here.")
	add("2025-02-10", "Both sides respect core interests and major concerns. More words to count.")
	add("2025-03-10", "The two are close neighbors. A new chapter opens."+strings.Repeat(" Trade and investment grew again this year.", 10))
	s := counts.Summarize(period.Month, fams)
	tb := familyKeyness(s)
	if tb == nil {
		t.Fatal("no table")
	}
	got := map[string][]any{}
	var order []string
	for _, r := range tb.Rows {
		got[r[0].(string)] = r
		order = append(order, r[0].(string)+":"+r[1].(string))
	}
	if want := "new-era:new close-neighbors:fading core-interests:gone inseparable-partners:gone"; strings.Join(order, " ") != want {
		t.Errorf("rows %q\nwant %q", strings.Join(order, " "), want)
	}
	cn := got["close-neighbors"]
	tgtTok, refTok := s.Periods[2].Tokens, s.Periods[0].Tokens+s.Periods[1].Tokens
	k := stats.Keyness(1, 2, float64(tgtTok), float64(refTok))
	if cn[2] != 1 || cn[3] != 2 || cn[4] != round4(1e4/float64(tgtTok)) || cn[5] != round4(2e4/float64(refTok)) || cn[7] != round4(k.G2) || cn[10] != round4(k.LRC) {
		t.Errorf("close-neighbors row %v; want 1 and 2 occurrences over %d and %d tokens, G2 %.4f", cn, tgtTok, refTok, k.G2)
	}
	one := phrases.NewCounts()
	doc := ps.Parse("x.txt", []byte(" date 2025-03-10 They are close neighbors."))
	one.Add(m.Match(doc), doc)
	if tb := familyKeyness(one.Summarize(period.Month, fams)); tb != nil {
		t.Errorf("one period: %v", tb.Rows)
	}
}

// TestFontWarning: one warning naming the packages, only when CJK
// documents meet missing fonts and there are charts to draw.
func TestFontWarning(t *testing.T) {
	missing := fmt.Errorf("%w: install Debian's fonts-droid-fallback and fonts-nanum", chart.ErrNoCJKFonts)
	langs := func(ls ...string) *corpus.Listing {
		l := &corpus.Listing{}
		for _, x := range ls {
			l.Entries = append(l.Entries, corpus.Entry{Lang: x})
		}
		return l
	}
	for _, c := range []struct {
		name    string
		l       *corpus.Listing
		charts  int
		err     error
		warning bool
	}{
		{"korean without fonts", langs("en", "ko"), 3, missing, true},
		{"traditional chinese without fonts", langs("zh-Hant"), 1, missing, true},
		{"english only", langs("en", ""), 3, missing, false},
		{"fonts installed", langs("zh-Hans", "ko"), 3, nil, false},
		{"no charts", langs("ko"), 0, missing, false},
	} {
		w := fontWarning(c.l, c.charts, func() error { return c.err })
		if (w != "") != c.warning || (w != "" && !strings.Contains(w, "fonts-nanum")) {
			t.Errorf("%s: warning %q", c.name, w)
		}
	}
}

// TestWordingIn: a Families by language panel names the most used
// wording in its language's script.
func TestWordingIn(t *testing.T) {
	f := phrases.FamilyStats{Variants: []phrases.VariantStats{
		{Variant: "close neighbors", Count: 4},
		{Variant: "이사 갈 수 없는 이웃", Count: 1},
		{Variant: "搬不走的近邻", Count: 2},
		{Variant: "搬不走的近鄰", Count: 3},
		{Variant: "close neighbours that cannot be moved away", Count: 5},
	}}
	for lang, want := range map[string]string{
		"en": "close neighbours that cannot be moved away", "": "close neighbours that cannot be moved away",
		"ko": "이사 갈 수 없는 이웃", "zh-Hant": "搬不走的近鄰", "zh-Hans": "搬不走的近鄰",
	} {
		if got := wordingIn(f, lang); got != want {
			t.Errorf("wordingIn(%q) = %q, want %q", lang, got, want)
		}
	}
	if got := wordingIn(phrases.FamilyStats{Variants: f.Variants[:1]}, "ko"); got != "" {
		t.Errorf("no Korean variant: wordingIn = %q", got)
	}
}
