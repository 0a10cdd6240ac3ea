package history

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/report/table"
)

// seedTables builds the tables a report of the first n seed documents writes.
func seedTables(t *testing.T, n int) []*table.Table {
	t.Helper()
	c, err := corpus.Load(context.Background(), []string{"../../seeds"}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) < 5 || n > len(c.Docs) {
		t.Fatalf("seeds have %d documents", len(c.Docs))
	}
	docs := c.Docs[:n]
	listing := corpus.Listing{}
	for _, e := range c.Entries {
		for _, d := range docs {
			if d.ID == e.ID {
				listing.Entries = append(listing.Entries, e)
			}
		}
	}
	fams := phrases.DefaultFamilies()
	m := phrases.NewMatcher(fams, corpus.DefaultAliases(), phrases.MatchOptions{})
	counts := phrases.NewCounts()
	dc, err := phrases.NewDiscoverer(corpus.DefaultAliases(), phrases.DefaultDiscoverOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		counts.Add(m.Match(d), d)
		dc.Add(d)
	}
	return []*table.Table{
		table.Corpus(&listing),
		table.PhraseFamilies(counts.Summarize(period.Month, fams)),
		table.Discovered(dc.Run(), 0, ""),
		table.Figures(figures.FromCorpus(docs)),
	}
}

func snap(t *testing.T, name string, tabs []*table.Table) Snapshot {
	t.Helper()
	s, err := FromTables(name, tabs...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustCompare(t *testing.T, prev, cur Snapshot) Changes {
	t.Helper()
	c, err := Compare(prev, cur)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// documents lists a snapshot's documents.
func documents(t *testing.T, s Snapshot) []Document {
	t.Helper()
	var ds []Document
	if err := s.EachDocument(func(d Document) { ds = append(ds, d) }); err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestCompareSeeds(t *testing.T) {
	prevTabs, curTabs := seedTables(t, 2), seedTables(t, 5)
	prev, cur := snap(t, "2026-11-20", prevTabs), snap(t, "2026-11-21", curTabs)
	for _, part := range []string{DocumentsTable, FamiliesTable, DiscoveredTable, FiguresTable} {
		if !cur.Has[part] {
			t.Fatalf("snapshot lacks %s", part)
		}
	}
	c := mustCompare(t, prev, cur)
	var got []string
	for _, d := range c.NewDocuments {
		got = append(got, d.ID)
	}
	var want []string
	for _, d := range documents(t, cur)[2:] {
		want = append(want, d.ID)
	}
	if len(want) != 3 || !reflect.DeepEqual(got, want) {
		t.Errorf("new documents %v, want exactly %v", got, want)
	}
	if len(c.DroppedDocuments) != 0 || len(c.Skipped) != 0 {
		t.Errorf("dropped %v, skipped %v", c.DroppedDocuments, c.Skipped)
	}
	if len(c.Families) == 0 {
		t.Fatal("no family rate moved between 2 and 5 seed documents")
	}
	rate := func(s Snapshot, name string) float64 {
		for _, f := range s.Families {
			if f.Name == name {
				return f.Per10k
			}
		}
		return 0
	}
	for i, f := range c.Families {
		if f.Before != rate(prev, f.Family) || f.After != rate(cur, f.Family) {
			t.Errorf("%s: %v -> %v, tables say %v -> %v", f.Family, f.Before, f.After, rate(prev, f.Family), rate(cur, f.Family))
		}
		if i > 0 && abs(f.Delta) > abs(c.Families[i-1].Delta) {
			t.Errorf("families not ordered by move: %v", c.Families)
		}
	}
	if len(c.NewFigures) == 0 {
		t.Error("three more articles cite no new figures")
	}
	// Nothing changes between a report and itself; and dropping goes the other way.
	if same := mustCompare(t, cur, cur); len(same.NewDocuments)+len(same.DroppedDocuments)+len(same.Families)+
		len(same.NewPhrases)+len(same.NewFigures)+len(same.ChangedFigures) != 0 {
		t.Errorf("a report differs from itself: %+v", same)
	}
	if back := mustCompare(t, cur, prev); len(back.DroppedDocuments) != 3 || len(back.NewDocuments) != 0 {
		t.Errorf("reverse: %d dropped, %d new", len(back.DroppedDocuments), len(back.NewDocuments))
	}
	if s := c.Summary(); !strings.HasPrefix(s, "since 2026-11-20: 3 new documents, 0 dropped documents, ") {
		t.Errorf("summary %q", s)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// A report's snapshot read back from its data/*.csv equals the one built
// from its tables in memory.
func TestReadSnapshotRoundTrip(t *testing.T) {
	tabs := seedTables(t, 5)
	dir := filepath.Join(t.TempDir(), "2026-11-21")
	if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tb := range tabs {
		var b bytes.Buffer
		if err := table.WriteCSV(&b, tb); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "data", tb.Name+".csv"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read, err := ReadSnapshot(dir)
	if err != nil {
		t.Fatal(err)
	}
	mem := snap(t, "2026-11-21", tabs)
	if !reflect.DeepEqual(documents(t, read), documents(t, mem)) {
		t.Errorf("documents read back differ:\n%+v\n%+v", documents(t, read), documents(t, mem))
	}
	for _, s := range []*Snapshot{&read, &mem} {
		s.docs = nil // the tables they walk
	}
	if !reflect.DeepEqual(read, mem) {
		t.Errorf("read back differs:\n%+v\n%+v", read, mem)
	}
	// Missing tables are left out, not errors.
	os.Remove(filepath.Join(dir, "data", FiguresTable+".csv"))
	read, err = ReadSnapshot(dir)
	if err != nil || read.Has[FiguresTable] || len(read.Figures) != 0 {
		t.Fatalf("without figures.csv: %v %v", read.Has, err)
	}
	if c := mustCompare(t, read, mem); len(c.Skipped) != 1 || c.Skipped[0] != FiguresTable || len(c.NewFigures) != 0 {
		t.Errorf("figures compared though one report has none: %+v", c.Skipped)
	}
	// A table without a needed column is an error naming it.
	os.WriteFile(filepath.Join(dir, "data", DocumentsTable+".csv"), []byte("name,date\nx,2025-01-01\n"), 0o644)
	if _, err := ReadSnapshot(dir); err == nil || !strings.Contains(err.Error(), `"id"`) {
		t.Errorf("bad documents.csv: %v", err)
	}
}

func TestFigureChanges(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse(time.DateOnly, s); return x }
	fig := func(subj string, v float64, date, doc string) Figure {
		return Figure{Subject: subj, Kind: "money", Unit: "USD", Value: v, Text: "$" + doc, Doc: doc, Date: d(date)}
	}
	prev := Snapshot{Report: "a", Has: map[string]bool{FiguresTable: true}, Figures: []Figure{
		fig("bilateral trade", 300e9, "2024-05-01", "p1"),
		fig("bilateral trade", 310e9, "2024-09-01", "p2"),
		fig("investment", 5e9, "2024-01-01", "p3"),
		fig("", 7, "2024-01-01", "p4"),
	}}
	cur := Snapshot{Report: "b", Has: map[string]bool{FiguresTable: true}, Figures: append(append([]Figure{}, prev.Figures...),
		fig("trade", 320e9, "2025-03-01", "c1"), // another subject key than "bilateral trade"
		fig("bilateral trade", 330e9, "2025-06-01", "c2"),
		fig("bilateral trade", 1, "", "c3"), // undated: never the latest
		fig("investment", 5e9, "2025-01-01", "c4"),
		fig("tourists", 2e6, "2025-02-01", "c5"),
		fig("", 8, "2025-01-01", "c6"),
	)}
	c := mustCompare(t, prev, cur)
	if len(c.ChangedFigures) != 1 {
		t.Fatalf("changed %+v, want bilateral trade only", c.ChangedFigures)
	}
	ch := c.ChangedFigures[0]
	if ch.Before.Doc != "p2" || ch.After.Doc != "c2" || ch.Before.Value != 310e9 || ch.After.Value != 330e9 {
		t.Errorf("changed %+v", ch)
	}
	var newDocs []string
	for _, f := range c.NewFigures {
		newDocs = append(newDocs, f.Doc)
	}
	// investment 5e9 was cited before: not new. Subjects with a changed value
	// are listed as changed, not new.
	for _, doc := range newDocs {
		if doc == "c4" || doc == "c2" || doc == "c3" {
			t.Errorf("new figures %v include %s", newDocs, doc)
		}
	}
	for _, want := range []string{"c5", "c6"} {
		if !strings.Contains(strings.Join(newDocs, " "), want) {
			t.Errorf("new figures %v lack %s", newDocs, want)
		}
	}
}

func TestFirstRun(t *testing.T) {
	c := First(Snapshot{Report: "2026-11-21"})
	tabs := c.Tables()
	if len(tabs) != 1 || tabs[0].Name != TableName || len(tabs[0].Rows) != 1 ||
		!strings.Contains(tabs[0].Rows[0][1].(string), "nothing to compare with") {
		t.Fatalf("first run table: %+v", tabs)
	}
	var b bytes.Buffer
	if err := c.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m["first"] != true || m["message"] != NothingToCompare || m["current"] != "2026-11-21" {
		t.Errorf("changes.json: %s", b.String())
	}
	if l, ok := m["new_documents"].([]any); !ok || len(l) != 0 {
		t.Errorf("new_documents should be [], got %v", m["new_documents"])
	}
}

func TestTablesAndJSON(t *testing.T) {
	c := mustCompare(t, snap(t, "a", seedTables(t, 2)), snap(t, "b", seedTables(t, 5)))
	tb := c.Tables()[0]
	count := map[string]int{}
	for _, r := range tb.Rows {
		count[r[0].(string)]++
	}
	if count["new document"] != 3 || count["family rate"] != len(c.Families) || count["new figure"] != min(len(c.NewFigures), MaxRows) {
		t.Errorf("rows by change: %v", count)
	}
	for _, w := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return table.WriteCSV(b, tb) },
		func(b *bytes.Buffer) error { return table.WriteText(b, tb) },
		func(b *bytes.Buffer) error { return table.WriteJSON(b, tb) },
	} {
		var b bytes.Buffer
		if err := w(&b); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := c.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var back Changes
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.NewDocuments) != 3 || back.Previous != "a" || len(back.Families) != len(c.Families) {
		t.Errorf("changes.json read back: %+v", back)
	}
}

func FuzzReadSnapshot(f *testing.F) {
	f.Add("id,file,date,title,status\nd1,a.txt,2025-01-02,T,ok\n", "text,value,unit,kind,qualifier,subject,doc,date\n\"$1\",1e9,USD,money,,trade,d1,2025-01-02\n")
	f.Add("id,file\n\"unterminated\n", "value,unit,kind,subject\nx,,ordinal,\nNaN,u,money,trade\n")
	f.Fuzz(func(t *testing.T, docs, figs string) {
		grids := map[string]*grid{}
		for name, data := range map[string]string{DocumentsTable: docs, FiguresTable: figs} {
			open := func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(data)), nil }
			if g, err := csvGrid(name, open, name); err == nil {
				grids[name] = g
			}
		}
		s, err := fromGrids("x", grids)
		if err != nil {
			return
		}
		c := mustCompare(t, s, s)
		if len(c.NewDocuments)+len(c.DroppedDocuments)+len(c.NewFigures)+len(c.ChangedFigures) != 0 {
			t.Fatalf("a snapshot differs from itself: %+v", c)
		}
		c.Tables()
		c.WriteJSON(&bytes.Buffer{})
	})
}

// TestWriteJSONStreamsAsMarshalIndent: changes.json written a document at a
// time has the bytes json.MarshalIndent gives the whole object, with lists
// empty, short and long, and strings that look like its fields.
func TestWriteJSONStreamsAsMarshalIndent(t *testing.T) {
	day := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	docs := func(n int) []Document {
		var ds []Document
		for i := range n {
			ds = append(ds, Document{ID: fmt.Sprint("d", i), File: fmt.Sprintf("in/%d.txt", i), Date: day,
				Title: "a title with\n  \"new_documents\": [] in it", Status: "ok"})
		}
		return ds
	}
	for _, tc := range []struct {
		name string
		c    Changes
	}{
		{"first", First(Snapshot{Report: "r1"})},
		{"empty", Changes{Previous: "a", Current: "b"}},
		{"new", Changes{Previous: "a", Current: "b", NewDocuments: docs(3)}},
		{"both", Changes{Previous: "a\n  \"dropped_documents\": []", Current: "b", NewDocuments: docs(1), DroppedDocuments: docs(1200),
			Families: []FamilyChange{{Family: "f", Before: 1, After: 2, Delta: 1}}, Skipped: []string{FiguresTable}}},
	} {
		var got bytes.Buffer
		if err := tc.c.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		want, err := json.MarshalIndent(tc.c.jsonObject(), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if want = append(want, '\n'); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: WriteJSON gave\n%s\nwant\n%s", tc.name, got.Bytes(), want)
		}
	}
}
