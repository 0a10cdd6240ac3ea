package terms

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"time"
)

// DocTerm is one of a document's most distinctive words by tf-idf.
type DocTerm struct {
	Doc   string // Document.ID
	Date  time.Time
	Rank  int // 1 for the document's most distinctive word
	Term  string
	Count int
	// TfIdf is (Count / document tokens) * ln(documents / documents with
	// the word): computed per document, so words every document uses
	// score 0 and a document's own vocabulary stands out.
	TfIdf float64
}

// TfIdf lists the top words of each document (all when top is 0), documents
// in the order they were added, words by tf-idf then alphabetically. It needs
// Options.DocTerms; without it, it returns nil. Stopwords are left out unless
// Options.Raw; words with a tf-idf of 0 are never listed.
func (r *Result) TfIdf(top int) []DocTerm {
	defer runtime.KeepAlive(r) // its tables may live outside the heap (offheap.Own)
	c := r.c
	var out []DocTerm
	N := float64(c.docs)
	for _, v := range c.docTerms {
		var ds []DocTerm
		for i, id := range v.terms {
			if !c.opts.Raw && c.stop[id] {
				continue
			}
			idf := math.Log(N / float64(c.uni[id].docs))
			s := float64(v.counts[i]) / float64(v.tokens) * idf
			if s <= 0 {
				continue
			}
			ds = append(ds, DocTerm{Doc: v.id, Date: v.date, Term: c.words[id], Count: int(v.counts[i]), TfIdf: s})
		}
		slices.SortFunc(ds, func(a, b DocTerm) int {
			if a.TfIdf != b.TfIdf {
				return cmpDesc(a.TfIdf, b.TfIdf)
			}
			return strings.Compare(a.Term, b.Term)
		})
		if top > 0 && len(ds) > top {
			ds = ds[:top]
		}
		for i := range ds {
			ds[i].Rank = i + 1
		}
		out = append(out, ds...)
	}
	return out
}
