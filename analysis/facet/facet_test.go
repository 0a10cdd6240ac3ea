package facet

import (
	"fmt"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/terms"
)

func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in, want, field string
		attributed, bad bool
	}{
		{in: "side", want: "side", attributed: true},
		{in: " Speaker ", want: "speaker", attributed: true},
		{in: "outlet", want: "outlet"},
		{in: "source", want: "source"},
		{in: "lang", want: "lang"},
		{in: "Section", want: "section", field: "section"},
		{in: "desk_2", want: "desk_2", field: "desk_2"},
		{in: "", bad: true},
		{in: "text", bad: true},
		{in: "a b", bad: true},
		{in: "x=y", bad: true},
	} {
		f, err := Parse(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("Parse(%q) = %v, want an error", tc.in, f)
			}
			continue
		}
		if err != nil || f.Name != tc.want || f.Field() != tc.field || f.Attributed() != tc.attributed {
			t.Errorf("Parse(%q) = %+v (field %q, attributed %v), %v; want %q, field %q, attributed %v",
				tc.in, f, f.Field(), f.Attributed(), err, tc.want, tc.field, tc.attributed)
		}
	}
}

func TestValues(t *testing.T) {
	d := &corpus.Document{ID: "a", Source: "Yonhap", Lang: "en", Fields: map[string]string{"section": "Politics"}}
	bare := &corpus.Document{ID: "b"}
	docs := map[string]string{}
	occ := phrases.Occurrence{Doc: "a", Speaker: "Xi Jinping", Side: "China"}
	fig := figures.Figure{Doc: "a", Speaker: "General Administration of Customs", Side: "China"}
	own := figures.Figure{Doc: "b", Speaker: "narrator", Side: "narrator"}
	for _, tc := range []struct {
		facet                          string
		doc, bare, occ, fig, ownFigure string
	}{
		{"speaker", None, None, "Xi Jinping", "General Administration of Customs", "narrator"},
		{"side", None, None, "China", "China", "narrator"},
		{"outlet", "Yonhap", None, "Yonhap", "Yonhap", None},
		{"source", "Yonhap", None, "Yonhap", "General Administration of Customs", None},
		{"section", "Politics", None, "Politics", "Politics", None},
		{"lang", "en", None, "en", "en", None},
	} {
		f, err := Parse(tc.facet)
		if err != nil {
			t.Fatal(err)
		}
		docs["a"], docs["b"] = f.Document(d), f.Document(bare)
		got := []string{f.Document(d), f.Document(bare), f.Occurrence(occ, docs), f.Figure(fig, docs), f.Figure(own, docs)}
		want := []string{tc.doc, tc.bare, tc.occ, tc.fig, tc.ownFigure}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, want %q", tc.facet, got, want)
		}
	}
}

// occ is an occurrence of family fam in document doc, said by side.
func occ(doc, day, fam, side string) phrases.Occurrence {
	return phrases.Occurrence{Doc: doc, Date: date(day), Family: fam, Side: side, Speaker: side + " speaker"}
}

func TestOccurrencesSummarize(t *testing.T) {
	occs := []phrases.Occurrence{
		occ("d1", "2025-01-05", "close-neighbors", "China"),
		occ("d1", "2025-01-05", "close-neighbors", "China"),
		occ("d1", "2025-01-05", "close-neighbors", "ROK"),
		occ("d2", "2025-04-20", "close-neighbors", "ROK"),
		occ("d2", "2025-04-20", "core-interests", "China"),
		occ("d3", "", "close-neighbors", "China"),
	}
	side, _ := Parse("side")
	labels := Labels(period.Quarter, date("2025-01-05"), date("2025-04-20"), true)
	if want := []string{"2025-Q1", "2025-Q2", "undated"}; !reflect.DeepEqual(labels, want) {
		t.Fatalf("labels %v, want %v", labels, want)
	}
	s := Occurrences(occs, side, nil).Summarize(period.Quarter, labels, []string{"core-interests", "never-seen", "close-neighbors"})
	type row struct {
		key, value  string
		total, docs int
		share       float64
		by          []int
		first, last string
	}
	want := []row{
		{"core-interests", "China", 1, 1, 1, []int{0, 1, 0}, "2025-04-20", "2025-04-20"},
		{"close-neighbors", "China", 3, 2, 0.6, []int{2, 0, 1}, "2025-01-05", "2025-01-05"},
		{"close-neighbors", "ROK", 2, 2, 0.4, []int{1, 1, 0}, "2025-01-05", "2025-04-20"},
	}
	var got []row
	for _, r := range s.Rows {
		got = append(got, row{r.Key, r.Value, r.Total, r.Docs, r.Share, r.ByPeriod,
			r.First.Format(time.DateOnly), r.Last.Format(time.DateOnly)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n got %+v\nwant %+v", got, want)
	}
	if v := s.Values(); !reflect.DeepEqual(v, []string{"China", "ROK"}) {
		t.Errorf("values %v", v)
	}
}

// TestMerge: counting two halves and merging gives the counts of one pass.
func TestMerge(t *testing.T) {
	occs := []phrases.Occurrence{
		occ("d1", "2025-01-05", "a", "China"), occ("d1", "2025-01-05", "b", "ROK"),
		occ("d2", "2025-02-05", "a", "China"), occ("d3", "", "a", "ROK"),
	}
	side, _ := Parse("side")
	whole := Occurrences(occs, side, nil)
	half := Occurrences(occs[:2], side, nil)
	half.Merge(Occurrences(occs[2:], side, nil))
	if !reflect.DeepEqual(whole, half) {
		t.Errorf("merged %+v, want %+v", half, whole)
	}
	t1, t2, all := NewTally(), NewTally(), NewTally()
	t1.AddDocument(occs[:2])
	t2.AddDocument(occs[2:3])
	t2.AddDocument(occs[3:])
	t1.Merge(t2)
	all.AddDocument(occs[:2])
	all.AddDocument(occs[2:3])
	all.AddDocument(occs[3:])
	if !reflect.DeepEqual(t1.SpeakerList(), all.SpeakerList()) {
		t.Errorf("merged speakers %+v, want %+v", t1.SpeakerList(), all.SpeakerList())
	}
}

func TestSpeakerList(t *testing.T) {
	tl := NewTally()
	tl.AddDocument([]phrases.Occurrence{
		{Doc: "d1", Date: date("2025-01-05"), Family: "a", Speaker: "Xi Jinping", Side: "China"},
		{Doc: "d1", Date: date("2025-01-05"), Family: "b", Speaker: "Xi Jinping", Side: "China"},
		{Doc: "d1", Date: date("2025-01-05"), Family: "b", Speaker: "Lee Jae-myung", Side: "ROK"},
	})
	tl.AddDocument([]phrases.Occurrence{
		{Doc: "d2", Date: date("2025-03-01"), Family: "b", Speaker: "Xi Jinping", Side: "China"},
		{Doc: "d3", Family: "c", Speaker: "", Side: ""},
	})
	got := tl.SpeakerList()
	want := []SpeakerStats{
		{Speaker: "Xi Jinping", Side: "China", Occurrences: 3, Families: []FamilyCount{{"b", 2}, {"a", 1}},
			First: date("2025-01-05"), Last: date("2025-03-01")},
		{Speaker: "Lee Jae-myung", Side: "ROK", Occurrences: 1, Families: []FamilyCount{{"b", 1}},
			First: date("2025-01-05"), Last: date("2025-01-05")},
		{Speaker: "unknown", Side: "unknown", Occurrences: 1, Families: []FamilyCount{{"c", 1}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("speakers\n got %+v\nwant %+v", got, want)
	}
}

func TestFiguresBy(t *testing.T) {
	figs := []figures.Figure{
		{Doc: "d1", Date: date("2025-01-05"), Kind: figures.Percent, Text: "5%", Speaker: "narrator", Side: "narrator"},
		{Doc: "d1", Date: date("2025-01-05"), Kind: figures.Money, Text: "$1 billion", Speaker: "Customs", Side: "China"},
		{Doc: "d2", Date: date("2025-05-05"), Kind: figures.Count, Text: "3 visits", Speaker: "Customs", Side: "China"},
		{Doc: "d2", Date: date("2025-05-05"), Kind: figures.Ordinal, Text: "30th", Speaker: "Customs", Side: "China"},
		{Doc: "d3", Kind: figures.Money, Text: "$2 billion", Speaker: "Customs", Side: "ROK"},
	}
	src, _ := Parse("source")
	labels := Labels(period.Quarter, date("2025-01-05"), date("2025-05-05"), true)
	got := FiguresBy(figs, src, nil, period.Quarter, labels)
	if len(got) != 2 {
		t.Fatalf("%d groups, want 2: %+v", len(got), got)
	}
	c := got[0]
	if c.Value != "Customs" || c.Side != "China" || c.Figures != 3 || c.Docs != 3 || c.Example.Text != "$1 billion" ||
		!reflect.DeepEqual(c.ByPeriod, []int{1, 1, 1}) || !reflect.DeepEqual(c.Kinds, []KindCount{{figures.Money, 2}, {figures.Count, 1}}) ||
		!c.First.Equal(date("2025-01-05")) || !c.Last.Equal(date("2025-05-05")) {
		t.Errorf("Customs: %+v", c)
	}
	if n := got[1]; n.Value != None || n.Figures != 1 || n.Side != "narrator" {
		t.Errorf("none: %+v", n)
	}
}

func TestTopBySideAndCrossings(t *testing.T) {
	occs := []phrases.Occurrence{
		occ("d1", "2025-01-05", "core-interests", "China"),
		occ("d1", "2025-01-05", "close-neighbors", "China"),
		occ("d1", "2025-01-05", "close-neighbors", "China"),
		occ("d1", "2025-01-05", "close-neighbors", "narrator"),
		occ("d2", "2025-03-01", "core-interests", "ROK"),
		occ("d2", "2025-03-01", "new-era", "ROK"),
		occ("d3", "2025-01-05", "new-era", "China"), // the same day: no crossing
		occ("d4", "2025-02-01", "new-era", "Japan"),
		occ("d5", "", "close-neighbors", "ROK"), // undated: no crossing
		occ("d6", "2025-04-01", "mutual-trust", "unknown"),
		occ("d6", "2025-05-01", "mutual-trust", "ROK"), // after a non-side: no crossing
	}
	side, _ := Parse("side")
	labels := Labels(period.Month, date("2025-01-05"), date("2025-05-01"), true)
	s := Occurrences(occs, side, nil).Summarize(period.Month, labels, nil)
	top := TopBySide(s)
	wantTop := []SideTop{
		{Side: "China", Family: "close-neighbors", Count: 2, Total: 4},
		{Side: "ROK", Family: "close-neighbors", Count: 1, Total: 4},
		{Side: "Japan", Family: "new-era", Count: 1, Total: 1},
	}
	if !reflect.DeepEqual(top, wantTop) {
		t.Errorf("top\n got %+v\nwant %+v", top, wantTop)
	}
	wantCross := []Crossing{
		{Family: "core-interests", From: "China", To: "ROK", First: date("2025-01-05"), Crossed: date("2025-03-01")},
		{Family: "new-era", From: "China", To: "Japan", First: date("2025-01-05"), Crossed: date("2025-02-01")},
		{Family: "new-era", From: "China", To: "ROK", First: date("2025-01-05"), Crossed: date("2025-03-01")},
	}
	if got := Crossings(s); !reflect.DeepEqual(got, wantCross) {
		t.Errorf("crossings\n got %+v\nwant %+v", got, wantCross)
	}
}

func TestSplit(t *testing.T) {
	d := &corpus.Document{ID: "d", Source: "Yonhap", Sentences: []corpus.Sentence{{Start: 0}, {Start: 10}, {Start: 20}, {Start: 30}}}
	atts := []attribution.Attribution{
		{Speaker: "Xi Jinping", Side: "China"}, {Speaker: "narrator", Side: "narrator"},
		{Speaker: "Wang Yi", Side: "China"}, {Speaker: "Cho Hyun", Side: "ROK"},
	}
	for _, tc := range []struct {
		facet string
		atts  []attribution.Attribution
		want  map[string][]int // value -> sentence starts
	}{
		{"side", atts, map[string][]int{"China": {0, 20}, "narrator": {10}, "ROK": {30}}},
		{"speaker", atts, map[string][]int{"Xi Jinping": {0}, "narrator": {10}, "Wang Yi": {20}, "Cho Hyun": {30}}},
		{"side", nil, map[string][]int{"unknown": {0, 10, 20, 30}}},
		{"outlet", nil, map[string][]int{"Yonhap": {0, 10, 20, 30}}},
	} {
		f, _ := Parse(tc.facet)
		got := map[string][]int{}
		total := 0
		for _, p := range f.Split(d, tc.atts) {
			for _, s := range p.Doc.Sentences {
				got[p.Value] = append(got[p.Value], s.Start)
			}
			total += len(p.Doc.Sentences)
			if p.Doc.ID != "d" || p.Doc.Source != "Yonhap" {
				t.Errorf("%s: part %q lost the document's metadata", tc.facet, p.Value)
			}
		}
		if !reflect.DeepEqual(got, tc.want) || total != len(d.Sentences) {
			t.Errorf("%s: got %v, want %v", tc.facet, got, tc.want)
		}
	}
	if len(d.Sentences) != 4 {
		t.Error("Split changed the document")
	}
}

func TestParseKeyPair(t *testing.T) {
	for _, tc := range []struct {
		in          string
		ok, bad     bool
		facet, a, b string
	}{
		{in: "latest"},
		{in: "2025-Q2"},
		{in: "side=China:ROK", ok: true, facet: "side", a: "China", b: "ROK"},
		{in: "outlet=Xinhua : Yonhap", ok: true, facet: "outlet", a: "Xinhua", b: "Yonhap"},
		{in: "side=China", ok: true, bad: true},
		{in: "side=China:China", ok: true, bad: true},
		{in: "side=:ROK", ok: true, bad: true},
		{in: "a b=x:y", ok: true, bad: true},
	} {
		kp, ok, err := ParseKeyPair(tc.in)
		if ok != tc.ok || (err != nil) != tc.bad {
			t.Errorf("%q: ok %v err %v", tc.in, ok, err)
			continue
		}
		if ok && !tc.bad && (kp.Facet.Name != tc.facet || kp.Target != tc.a || kp.Ref != tc.b || kp.TargetLabel != tc.facet+"="+tc.a) {
			t.Errorf("%q: %+v", tc.in, kp)
		}
	}
}

func TestKeyness(t *testing.T) {
	kp, _, _ := ParseKeyPair("side=China:ROK")
	china := &terms.Result{Docs: 2, Tokens: 1000, Terms: []terms.Term{
		{Term: "neighbors", N: 1, Count: 30, Docs: 2}, {Term: "ties", N: 1, Count: 10, Docs: 1}, {Term: "rare", N: 1, Count: 1, Docs: 1}}}
	rok := &terms.Result{Docs: 3, Tokens: 1000, Terms: []terms.Term{
		{Term: "ties", N: 1, Count: 40, Docs: 3}, {Term: "alliance", N: 1, Count: 20, Docs: 2}, {Term: "neighbors", N: 1, Count: 3, Docs: 1}}}
	k := Keyness(kp, china, rok, 2, 0)
	var got []string
	for _, r := range k.Rows {
		got = append(got, fmt.Sprintf("%s %s %d:%d", r.Term, r.Direction, r.Target, r.Ref))
		if r.G2 <= 0 || math.IsNaN(r.LRC) {
			t.Errorf("%s: G2 %v LRC %v", r.Term, r.G2, r.LRC)
		}
	}
	want := []string{"neighbors more China 30:3", "alliance only ROK 0:20", "ties more ROK 10:40"} // by G2
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
	if k.Target != "side=China" || k.Reference[0] != "side=ROK" || k.TargetTokens != 1000 || k.RefDocs != 3 {
		t.Errorf("header %+v", k)
	}
	if k := Keyness(kp, china, rok, 2, 1); len(k.Rows) != 2 {
		t.Errorf("top 1: %d rows, want one per direction", len(k.Rows))
	}
}

func TestParseDays(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		bad  bool
	}{
		{in: "30d", want: 30}, {in: "30", want: 30}, {in: "4w", want: 28}, {in: "0d", want: 0}, {in: " 7D ", want: 7},
		{in: "", bad: true}, {in: "-1d", bad: true}, {in: "30days", bad: true}, {in: "3651d", bad: true}, {in: "1y", bad: true},
	} {
		got, err := ParseDays(tc.in)
		if (err != nil) != tc.bad || got != tc.want {
			t.Errorf("ParseDays(%q) = %d, %v", tc.in, got, err)
		}
	}
}

func TestEchoes(t *testing.T) {
	occs := []phrases.Occurrence{
		occ("d1", "2025-01-01", "core-interests", "China"),
		occ("d1", "2025-01-01", "core-interests", "China"),
		occ("d2", "2025-01-20", "core-interests", "ROK"),   // echoes d1 within 30 days
		occ("d3", "2025-03-15", "core-interests", "China"), // nobody within 30 days after
		occ("d4", "", "core-interests", "ROK"),             // undated: a use, never an echo
		occ("d5", "2025-01-20", "close-neighbors", "China"),
		occ("d5", "2025-01-20", "close-neighbors", "ROK"),      // the same day: both echoed
		occ("d5", "2025-01-20", "close-neighbors", "narrator"), // no side
		occ("d6", "2025-02-01", "new-era", "Japan"),
		occ("d7", "2025-01-25", "new-era", "China"), // before Japan's: echoed by Japan (7 days)
	}
	side, _ := Parse("side")
	c := Occurrences(occs, side, nil)
	type row struct {
		fam, side           string
		uses, dated, echoed int
		share               float64
		by                  []SideCount
	}
	for _, tc := range []struct {
		days int
		want []row
	}{
		{30, []row{
			{"core-interests", "China", 3, 3, 2, 0.6, []SideCount{{"ROK", 2}}},
			{"core-interests", "ROK", 2, 1, 0, 0.4, nil},
			{"close-neighbors", "China", 1, 1, 1, 0.5, []SideCount{{"ROK", 1}}},
			{"close-neighbors", "ROK", 1, 1, 1, 0.5, []SideCount{{"China", 1}}},
			{"new-era", "China", 1, 1, 1, 0.5, []SideCount{{"Japan", 1}}},
			{"new-era", "Japan", 1, 1, 0, 0.5, nil},
		}},
		{5, []row{
			{"core-interests", "China", 3, 3, 0, 0.6, nil},
			{"core-interests", "ROK", 2, 1, 0, 0.4, nil},
			{"close-neighbors", "China", 1, 1, 1, 0.5, []SideCount{{"ROK", 1}}},
			{"close-neighbors", "ROK", 1, 1, 1, 0.5, []SideCount{{"China", 1}}},
			{"new-era", "China", 1, 1, 0, 0.5, nil},
			{"new-era", "Japan", 1, 1, 0, 0.5, nil},
		}},
	} {
		var got []row
		for _, e := range Echoes(c, []string{"core-interests", "close-neighbors"}, tc.days) {
			got = append(got, row{e.Family, e.Side, e.Uses, e.Dated, e.Echoed, e.Share, e.By})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%d days:\n got %+v\nwant %+v", tc.days, got, tc.want)
		}
	}
	if r := (Echo{Dated: 4, Echoed: 1}).Rate(); r != 0.25 {
		t.Errorf("rate %v", r)
	}
}
