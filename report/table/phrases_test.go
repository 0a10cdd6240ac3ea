package table

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
)

func seedPhrases(t *testing.T) ([]*corpus.Document, []phrases.Occurrence, *phrases.Summary, *phrases.Discovery) {
	t.Helper()
	c, err := corpus.Load(context.Background(), []string{"../../seeds"}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	m := phrases.NewMatcher(phrases.DefaultFamilies(), corpus.DefaultAliases(), phrases.MatchOptions{Context: 20})
	counts := phrases.NewCounts()
	dc, err := phrases.NewDiscoverer(corpus.DefaultAliases(), phrases.DefaultDiscoverOptions())
	if err != nil {
		t.Fatal(err)
	}
	var all []phrases.Occurrence
	for _, d := range c.Docs {
		occ := m.Match(d)
		all = append(all, occ...)
		counts.Add(occ, d)
		dc.Add(d)
	}
	return c.Docs, all, counts.Summarize(period.Year, m.Families()), dc.Run()
}

func TestPhraseOccurrencesJSON(t *testing.T) {
	docs, occs, _, _ := seedPhrases(t)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, PhraseOccurrences(occs)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(occs) {
		t.Fatalf("%d lines for %d occurrences", len(lines), len(occs))
	}
	raw := map[string]string{}
	for _, d := range docs {
		raw[d.ID] = d.Raw
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, `{"doc":`) || !strings.Contains(l, `,"date":`) {
			t.Fatalf("key order: %s", l)
		}
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		var keys []string
		for k := range o {
			keys = append(keys, k)
		}
		if len(keys) != 8 {
			t.Fatalf("keys %v", keys)
		}
		s, e := int(o["start"].(float64)), int(o["end"].(float64))
		if raw[o["doc"].(string)][s:e] != o["text"] {
			t.Errorf("offsets do not give the text: %s", l)
		}
	}
}

func TestPhraseTables(t *testing.T) {
	_, occs, s, d := seedPhrases(t)
	fam := PhraseFamilies(s)
	if len(fam.Rows) != len(s.Families) || len(fam.Columns) != 4+len(s.Periods) {
		t.Fatalf("families table %dx%d", len(fam.Rows), len(fam.Columns))
	}
	if fam.Rows[0][0] != "close-neighbors" || fam.Rows[0][1] != 7 {
		t.Errorf("first row %v", fam.Rows[0])
	}
	long := PhraseFamilyPeriods(s)
	if len(long.Rows) != len(s.Families)*(len(s.Periods)+1) {
		t.Errorf("long table rows %d", len(long.Rows))
	}
	if v := PhraseVariants(s, 1); len(v.Rows) == 0 || len(v.Rows) > len(s.Families) {
		t.Errorf("variants top 1: %d rows", len(v.Rows))
	}
	vp := PhraseVariantPeriods(s)
	sum := map[string]float64{}
	for _, r := range vp.Rows {
		sum[r[0].(string)+"/"+r[1].(string)] += r[5].(float64)
	}
	for k, v := range sum {
		if v < 0.999 || v > 1.001 {
			t.Errorf("shares of %s add up to %v", k, v)
		}
	}
	kw := Concordance(occs)
	if kw.Rows[0][3] != occs[0].Text || kw.Rows[0][2] != occs[0].Left {
		t.Errorf("concordance row %v", kw.Rows[0])
	}
	disc := Discovered(d, 5, "")
	if len(disc.Rows) != 5 || !reflect.DeepEqual(disc.Rows[0][:3], []any{1, d.Phrases[0].Text, "formula"}) {
		t.Errorf("discovered %v", disc.Rows)
	}
	for _, k := range phrases.Kinds {
		for _, r := range Discovered(d, 0, k).Rows {
			if r[2] != string(k) {
				t.Errorf("-kind %s: %v", k, r)
			}
		}
		for _, r := range CandidateFamilies(d, 0, k).Rows {
			if r[2] != string(k) {
				t.Errorf("-kind %s: candidate %v", k, r)
			}
		}
	}
	if cf := CandidateFamilies(d, 0, ""); len(cf.Rows) != len(d.Candidates) {
		t.Errorf("candidates %d", len(cf.Rows))
	}
	if np := NewPhrases(d, period.Year, 0); len(np.Rows) != len(d.Phrases) {
		t.Errorf("new phrases %d of %d", len(np.Rows), len(d.Phrases))
	}
}

func TestPhraseFamilyList(t *testing.T) {
	fams := phrases.DefaultFamilies()
	tb := PhraseFamilyList(fams)
	if len(tb.Rows) != len(fams) || !strings.Contains(tb.Rows[0][2].(string), "neighbor|neighbors that|who|which") {
		t.Errorf("family list %v", tb.Rows[0])
	}
}
