package phrases

import (
	"slices"
	"sort"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// Run finds the recurring phrases: n-grams of MinN..MaxN words within a
// sentence that occur in at least MinDocs documents, dropping every phrase
// nested in a longer recurring phrase with the same documents (keep-longest),
// and those with fewer than MinContent content words.
//
// Time and memory: n-grams are counted level by level, keyed by a 64-bit
// polynomial hash of their term IDs (collision chance about k²/2⁶⁵ for k
// distinct n-grams, under 10⁻⁵ for 10⁷). An (n+1)-gram is counted only when
// both its n-word prefix and suffix recur (they must, for it to recur; a flag
// per word position remembers which do), so
// each level costs one pass over the words: time O(words x (MaxN-MinN+1)),
// plus sorting 8 bytes per word once to find the recurring MinN-grams, which
// alone are counted at the first level; memory 13 bytes per word and
// O(recurring n-grams).
func (dc *Discoverer) Run() *Discovery {
	o := dc.opts
	res := &Discovery{Options: o, Docs: len(dc.docs), Tokens: dc.tokens, Words: dc.words,
		Seen: dc.seen, SeenTokens: dc.seenTokens, Sample: dc.sample(), Warnings: dc.warnings()}
	levels := make([]*level, o.MaxN+1)
	var h hasher
	rec := dc.recurring(o.MinN, o.MinDocs) // first level: recurring n-grams only
	// alive[di][i] says whether the (n-1)-gram at i recurs; pos[di][i] is the
	// gram counted at i in this level (-1 for none).
	alive := make([][]bool, len(dc.docs))
	pos := make([][]int32, len(dc.docs))
	for di := range dc.docs {
		alive[di] = make([]bool, len(dc.docs[di].seq))
		pos[di] = make([]int32, len(dc.docs[di].seq))
	}
	for n := o.MinN; n <= o.MaxN; n++ {
		lv := &level{idx: map[uint64]int32{}}
		for di := range dc.docs {
			d := &dc.docs[di]
			h.load(d.seq)
			dd := dayOf(d.date)
			al, ps := alive[di], pos[di]
			for i := range ps {
				ps[i] = -1
				if i+n > len(d.seq) || h.brk[i] < i+n || n > o.MinN && !(al[i] && al[i+1]) {
					continue
				}
				key := h.sum(i, n)
				if n == o.MinN && rec != nil {
					if _, ok := slices.BinarySearch(rec, key); !ok {
						continue
					}
				}
				ps[i] = lv.add(key, int32(di), int32(i), dd)
			}
		}
		rec = nil
		for di := range dc.docs {
			al, ps := alive[di], pos[di]
			for i, gi := range ps {
				al[i] = gi >= 0 && int(lv.grams[gi].docs) >= o.MinDocs
			}
		}
		lv.prune(o.MinDocs)
		levels[n] = lv
		if len(lv.grams) == 0 {
			break
		}
	}
	alive, pos = nil, nil
	// Keep-longest: a gram whose one-word-longer extension has the same
	// documents is nested in it.
	for n := o.MaxN; n > o.MinN; n-- {
		lv, sub := levels[n], levels[n-1]
		if lv == nil || sub == nil {
			continue
		}
		for gi := range lv.grams {
			g := &lv.grams[gi]
			win := dc.docs[g.firstDoc].seq[g.firstPos : int(g.firstPos)+n]
			for _, k := range []uint64{hashIDs(win[:n-1]), hashIDs(win[1:])} {
				if si, ok := sub.idx[k]; ok && sub.grams[si].docs == g.docs {
					sub.grams[si].nested = true
				}
			}
		}
	}
	for n := o.MinN; n < o.MaxN; n++ {
		if levels[n] == nil {
			continue
		}
		for _, g := range levels[n].grams {
			if g.nested {
				continue
			}
			if p, ok := dc.phrase(g, n); ok {
				res.Phrases = append(res.Phrases, p)
			}
		}
	}
	if top := levels[o.MaxN]; top != nil {
		for _, c := range dc.passages(top, o.MaxN) {
			if p, ok := dc.phrase(c.g, c.n); ok {
				res.Phrases = append(res.Phrases, p)
			}
		}
	}
	sort.Slice(res.Phrases, func(a, b int) bool {
		x, y := &res.Phrases[a], &res.Phrases[b]
		switch {
		case x.Docs != y.Docs:
			return x.Docs > y.Docs
		case x.Count != y.Count:
			return x.Count > y.Count
		case x.N != y.N:
			return x.N > y.N
		}
		return x.Text < y.Text
	})
	top := min(o.GroupTop, len(res.Phrases))
	docSets := dc.docLists(res.Phrases[:top])
	res.Candidates = group(res.Phrases, top, docSets, dc.core)
	return res
}

type passage struct {
	g gram
	n int
}

// passages joins the longest grams into whole repeated passages: a MaxN-gram
// followed, one word on in its first document, by another MaxN-gram with the
// same documents and count is the same passage going on, so overlapping
// windows of a long repeated passage are reported once, whole (N may then
// exceed MaxN).
func (dc *Discoverer) passages(lv *level, n int) []passage {
	order := make([]int, 0, len(lv.grams))
	for gi := range lv.grams {
		if !lv.grams[gi].nested {
			order = append(order, gi)
		}
	}
	sort.Slice(order, func(a, b int) bool {
		x, y := &lv.grams[order[a]], &lv.grams[order[b]]
		if x.firstDoc != y.firstDoc {
			return x.firstDoc < y.firstDoc
		}
		return x.firstPos < y.firstPos
	})
	absorbed := make([]bool, len(lv.grams))
	var out []passage
	for _, gi := range order {
		if absorbed[gi] {
			continue
		}
		g := lv.grams[gi]
		seq := dc.docs[g.firstDoc].seq
		length := n
		for pos := int(g.firstPos) + 1; pos+n <= len(seq) && seq[pos+n-1] >= 0; pos++ {
			ni, ok := lv.idx[hashIDs(seq[pos:pos+n])]
			if !ok || absorbed[ni] || lv.grams[ni].docs != g.docs || lv.grams[ni].count != g.count {
				break
			}
			absorbed[ni] = true
			length++
			g.lo, g.hi = min(g.lo, lv.grams[ni].lo), max(g.hi, lv.grams[ni].hi)
		}
		out = append(out, passage{g: g, n: length})
	}
	return out
}

// phrase turns a gram into a Phrase, or reports false when it has too few
// content words.
func (dc *Discoverer) phrase(g gram, n int) (Phrase, bool) {
	d := &dc.docs[g.firstDoc]
	ids := d.seq[g.firstPos : int(g.firstPos)+n]
	content := 0
	words := make([]string, n)
	for i, id := range ids {
		words[i] = dc.terms[id]
		if dc.content[id] {
			content++
		}
	}
	if content < dc.opts.MinContent {
		return Phrase{}, false
	}
	p := Phrase{Text: strings.Join(words, " "), N: n, Count: int(g.count), Docs: int(g.docs),
		First: g.lo.time(), Last: g.hi.time(), Candidate: -1, ids: ids}
	start, end := int(d.start[g.firstPos]), int(d.end[int(g.firstPos)+n-1])
	p.Example = Occurrence{Doc: d.id, Date: d.date, Variant: p.Text, Text: d.raw[start:end], Start: start, End: end}
	for _, s := range d.sents {
		if s.Start <= start && end <= s.End {
			p.Example.SentStart, p.Example.SentEnd = s.Start, s.End
			p.Example.Sentence = corpus.Excerpt(d.raw, s.Start, s.End, start, end, corpus.MaxExcerpt)
			break
		}
	}
	return p, true
}

// docLists finds the documents of each phrase in one more pass: phrases are
// indexed by the hash of their first MinN words and checked word by word.
func (dc *Discoverer) docLists(ps []Phrase) [][]int32 {
	out := make([][]int32, len(ps))
	k := dc.opts.MinN
	byPrefix := map[uint64][]int{}
	for i := range ps {
		h := hashIDs(ps[i].ids[:k])
		byPrefix[h] = append(byPrefix[h], i)
	}
	var h hasher
	for di := range dc.docs {
		seq := dc.docs[di].seq
		h.load(seq)
		for i := 0; i+k <= len(seq); i++ {
			if h.brk[i] < i+k {
				continue
			}
			for _, pi := range byPrefix[h.sum(i, k)] {
				ids := ps[pi].ids
				if i+len(ids) > len(seq) || !equalIDs(seq[i:i+len(ids)], ids) {
					continue
				}
				if l := out[pi]; len(l) == 0 || l[len(l)-1] != int32(di) {
					out[pi] = append(out[pi], int32(di))
				}
			}
		}
	}
	for i := range ps {
		ps[i].DocIDs = make([]string, len(out[i]))
		for k, di := range out[i] {
			ps[i].DocIDs[k] = dc.docs[di].id
		}
	}
	return out
}

// NewInPeriod lists the phrases first seen in one period.
type NewInPeriod struct {
	Label   string
	Phrases []int // indices into Discovery.Phrases, in rank order
}

// NewByPeriod groups the phrases by the period of their first dated
// occurrence, in time order; phrases seen only in undated documents come last
// under period.Undated. Every phrase has the minimum support (MinDocs).
func (d *Discovery) NewByPeriod(u period.Unit) []NewInPeriod {
	by := map[string][]int{}
	for i, p := range d.Phrases {
		l := u.Label(p.First)
		by[l] = append(by[l], i)
	}
	labels := make([]string, 0, len(by))
	for l := range by {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(a, b int) bool {
		if (labels[a] == period.Undated) != (labels[b] == period.Undated) {
			return labels[b] == period.Undated
		}
		return labels[a] < labels[b]
	})
	out := make([]NewInPeriod, len(labels))
	for i, l := range labels {
		out[i] = NewInPeriod{Label: l, Phrases: by[l]}
	}
	return out
}

func equalIDs(a, b []int32) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
