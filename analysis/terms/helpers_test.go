package terms

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
)

const seeds = "../../seeds"

// mkDoc tokenizes text the way corpus.Load does, without files.
func mkDoc(id, date, text string) *corpus.Document {
	d := &corpus.Document{ID: id, Raw: text, Status: corpus.StatusUndated}
	if date != "" {
		d.Date, _ = time.Parse(time.DateOnly, date)
		d.Status = corpus.StatusOK
	}
	tz := corpus.NewTokenizer(nil, false)
	for _, sp := range corpus.SplitSentences(text, 0, len(text)) {
		d.Sentences = append(d.Sentences, corpus.Sentence{Start: sp.Start, End: sp.End, Tokens: tz.Tokens(nil, text, sp.Start, sp.End)})
	}
	return d
}

func loadSeeds(t testing.TB) []*corpus.Document {
	t.Helper()
	c, err := corpus.Load(context.Background(), []string{seeds}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return c.Docs
}

func count(t testing.TB, o Options, docs []*corpus.Document) *Counter {
	t.Helper()
	c := NewCounter(o)
	for _, d := range docs {
		c.Add(d)
	}
	return c
}

// naive is an independent, obviously correct counter: joined strings in maps.
type naive struct {
	count, docs map[string]int
	per         map[string]map[string]int // term -> period label -> count
}

func naiveCount(o Options, docs []*corpus.Document) naive {
	nv := naive{count: map[string]int{}, docs: map[string]int{}, per: map[string]map[string]int{}}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, s := range d.Sentences {
			for n := o.MinN; n <= o.MaxN; n++ {
				for i := 0; i+n <= len(s.Tokens); i++ {
					g := s.Tokens[i : i+n]
					if !o.Raw && (g[0].Stop || g[n-1].Stop) {
						continue
					}
					var ws []string
					for _, tk := range g {
						ws = append(ws, tk.Norm)
					}
					k := strings.Join(ws, " ")
					nv.count[k]++
					seen[k] = true
					if o.ByPeriod {
						if nv.per[k] == nil {
							nv.per[k] = map[string]int{}
						}
						nv.per[k][o.Unit.Label(d.Date)]++
					}
				}
			}
		}
		for k := range seen {
			nv.docs[k]++
		}
	}
	return nv
}

// compareNaive checks every term of r against the naive counts, both ways.
func compareNaive(t *testing.T, r *Result, nv naive) {
	t.Helper()
	if len(r.Terms) != len(nv.count) {
		t.Errorf("got %d terms, naive counter has %d", len(r.Terms), len(nv.count))
	}
	seen := map[string]bool{}
	bad := 0
	for _, tm := range r.Terms {
		if seen[tm.Term] {
			t.Errorf("term %q listed twice", tm.Term)
		}
		seen[tm.Term] = true
		if tm.Count != nv.count[tm.Term] || tm.Docs != nv.docs[tm.Term] {
			t.Errorf("%q: count %d docs %d, naive %d %d", tm.Term, tm.Count, tm.Docs, nv.count[tm.Term], nv.docs[tm.Term])
			bad++
		}
		if r.Periods != nil {
			for i, p := range r.Periods {
				if tm.Periods[i].Count != nv.per[tm.Term][p.Label] {
					t.Errorf("%q in %s: %d, naive %d", tm.Term, p.Label, tm.Periods[i].Count, nv.per[tm.Term][p.Label])
					bad++
				}
			}
		}
		if bad > 10 {
			t.Fatal("too many differences")
		}
	}
	for k := range nv.count {
		if !seen[k] {
			t.Errorf("naive counter has %q, result does not", k)
			if bad++; bad > 10 {
				t.Fatal("too many differences")
			}
		}
	}
}
