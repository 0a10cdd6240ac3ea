package terms

import (
	"math"
	"testing"
)

func TestTfIdf(t *testing.T) {
	docs := twoPeriods()
	c := count(t, Options{MinN: 1, MaxN: 1, DocTerms: true}, docs)
	r, _ := c.Result(Query{})
	got := r.TfIdf(1)
	if len(got) != len(docs) {
		t.Fatalf("got %d rows, want one per document (%d)", len(got), len(docs))
	}
	// feb00: "deficit" (and "trade") twice in a document of N tokens, in
	// 15 of 25 documents; "supply"/"chains" once in 4+12+... documents.
	first := got[0]
	d, _ := r.Lookup(first.Term)
	want := float64(first.Count) / float64(docs[0].NumTokens()) * math.Log(25/float64(d.Docs))
	if first.Doc != "feb00" || math.Abs(first.TfIdf-want) > 1e-12 || first.Rank != 1 {
		t.Errorf("first row %+v, want tf-idf %v", first, want)
	}
	for _, dt := range r.TfIdf(0) {
		if dt.Term == "ministers" {
			t.Errorf("a word in every document has tf-idf 0 and is not listed: %+v", dt)
		}
	}
	if none, _ := count(t, Options{MinN: 1, MaxN: 1}, docs).Result(Query{}); none.TfIdf(3) != nil {
		t.Error("without DocTerms TfIdf is nil")
	}
}
