package phrases

import (
	"sort"

	"github.com/dipstat/dipstat/analysis/period"
)

// Run finds the recurring phrases and ranks them as formulas.
//
//  1. Count: n-grams of 1..MaxN words within a sentence that occur in at
//     least MinDocs documents (see count).
//  2. Candidates (see candidates): the recurring n-grams of MinN..MaxN words
//     that neither begin nor end with a function word (so "and long-term
//     development of" is read as "long-term development"), with whole
//     repeated passages longer than MaxN; a candidate nested in a longer one
//     is folded into it unless it also occurs on its own, outside every
//     longer candidate kept, in at least MinDocs documents (the C-value
//     idea).
//  3. Features, kinds and scores (see features, kindOf, score): cohesion,
//     spread, shape, reported speech, reference frequency; each phrase gets
//     a kind (formula, actor, generic, other) and a formula score from
//     weights fit offline. Ranking never looks at the formula lexicon.
//  4. Rank: formulas first, by score; candidate families group the variants
//     of the top GroupTop phrases (see group), whose variant counts then
//     join their scores.
//
// Time and memory: n-grams are counted level by level, keyed by a 64-bit
// polynomial hash of their term IDs (collision chance about k²/2⁶⁵ for k
// distinct n-grams, under 10⁻⁵ for 10⁷). An (n+1)-gram is counted only when
// both its n-word prefix and suffix recur (they must, for it to recur; a byte
// per word position remembers the longest recurring n-gram there), so each
// level costs one pass over the words; folding costs one more pass per
// length, over the positions where a long enough n-gram recurs. The bigrams
// are first hashed into sorted arrays (8 bytes per word, for a moment) so
// that only the recurring ones are counted. The prefix hashes of every
// document are computed once (8 bytes per word, until folding ends). The
// passes over the words, and making the phrases, run on shards of the
// documents in parallel, one per core (see shards); what they count is
// merged in document order, so the result is the same on any number of
// cores. Memory: about 22 bytes per word while counting and folding, and
// O(recurring n-grams).
func (dc *Discoverer) Run() *Discovery {
	o := dc.opts
	res := &Discovery{Options: o, Docs: len(dc.docs), Tokens: dc.tokens, Words: dc.words,
		Seen: dc.seen, SeenTokens: dc.seenTokens, Sample: dc.sample(), Warnings: dc.warnings()}
	shards := dc.shards()
	pf := dc.prefixes(shards)
	levels, reach := dc.count(shards, pf)
	cands := dc.candidates(levels, reach, shards, pf)
	reach, pf = nil, nil
	dc.entropy(levels, cands)
	// The phrases of the candidates kept, in order, made on the shards of
	// the list in parallel.
	var kept []int32
	for ci := range cands.list {
		if cands.list[ci].kept {
			kept = append(kept, int32(ci))
		}
	}
	made := make([]Phrase, len(kept))
	ok := make([]bool, len(kept))
	parallel(split(len(kept), len(shards)), func(_ int, sh shard) {
		for k := sh.lo; k < sh.hi; k++ {
			made[k], ok[k] = dc.phrase(cands.list[kept[k]], levels)
		}
	})
	for k := range made {
		if ok[k] {
			if res.Phrases == nil {
				res.Phrases = made[:0] // nil when there are none, as before
			}
			res.Phrases = append(res.Phrases, made[k])
		}
	}
	levels, cands = nil, nil
	dc.rank(res)
	return res
}

// count counts the recurring n-grams of 1..MaxN words: levels[n] holds those
// of n words in at least MinDocs documents. reach[di][i] is the length of
// the longest recurring n-gram at word i of document di (1 byte per word),
// so that later passes skip the words where nothing long enough starts.
func (dc *Discoverer) count(shards []shard, pf *prefixes) (levels []*level, reach [][]uint8) {
	o := dc.opts
	levels = make([]*level, o.MaxN+1)
	// The recurring bigrams first, while the arrays below are not there
	// yet: their hashes take 8 bytes per word for a moment.
	var rec2 *gramIndex
	if o.MaxN >= 2 {
		rec2 = dc.recurring(2, o.MinDocs, shards, pf)
	}
	reach = make([][]uint8, len(dc.docs))
	// reach[di][i] >= n-1 says that the (n-1)-gram at i recurs; pos[di][i]
	// is the gram counted at i in this level (-1 for none).
	pos := make([][]int32, len(dc.docs))
	for di := range dc.docs {
		pos[di] = make([]int32, len(dc.docs[di].seq))
		reach[di] = make([]uint8, len(dc.docs[di].seq))
	}
	parts := make([]*level, len(shards))
	for n := 1; n <= o.MaxN; n++ {
		var rec *gramIndex
		if n == 2 {
			rec, rec2 = rec2, nil // the recurring bigrams only
		}
		parallel(shards, func(s int, sh shard) {
			lv := &level{}
			for di := sh.lo; di < sh.hi; di++ {
				d := &dc.docs[di]
				pre := pf.pre[di]
				dd := dayOf(d.date)
				r, ps := reach[di], pos[di]
				for i := range ps {
					ps[i] = -1
					// a word, or n words whose two (n-1)-word parts recur
					// (so they are in one sentence)
					if i+n > len(d.seq) || n == 1 && d.seq[i] < 0 || n > 1 && !(int(r[i]) >= n-1 && int(r[i+1]) >= n-1) {
						continue
					}
					key := pf.sum(pre, i, n)
					if rec != nil {
						if _, ok := rec.get(key); !ok {
							continue
						}
					}
					ps[i] = lv.add(key, int32(di), int32(i), dd)
				}
			}
			parts[s] = lv
		})
		lv := parts[0]
		remaps := make([][]int32, len(shards))
		for s := 1; s < len(shards); s++ {
			remaps[s] = lv.merge(parts[s])
			parts[s] = nil
		}
		parallel(shards, func(s int, sh shard) {
			remap := remaps[s]
			for di := sh.lo; di < sh.hi; di++ {
				ps, r := pos[di], reach[di]
				for i, gi := range ps {
					if gi < 0 {
						continue
					}
					if remap != nil {
						gi = remap[gi]
						ps[i] = gi
					}
					if int(lv.grams[gi].docs) >= o.MinDocs {
						r[i] = uint8(n)
					}
				}
			}
		})
		lv.prune(o.MinDocs)
		levels[n] = lv
		if len(lv.grams) == 0 {
			break
		}
	}
	return levels, reach
}

// docLists finds the documents of each phrase in one more pass (see
// locate) and sets DocIDs.
func (dc *Discoverer) docLists(ps []Phrase) {
	for i, occ := range dc.locate(ps) {
		var docs []int32
		for _, o := range occ {
			if len(docs) == 0 || docs[len(docs)-1] != o.doc {
				docs = append(docs, o.doc)
			}
		}
		ps[i].docs, ps[i].at = docs, occ
		ps[i].DocIDs = make([]string, len(docs))
		for k, di := range docs {
			ps[i].DocIDs[k] = dc.docs[di].id
		}
	}
}

type place struct{ doc, pos int32 }

// locate finds every occurrence of each phrase in one pass: phrases are
// listed by their first word and checked word by word; the shards of the
// documents are searched in parallel and their lists joined in order.
func (dc *Discoverer) locate(ps []Phrase) [][]place {
	// head[id] is the first phrase beginning with term id, next[pi] the
	// phrase after pi (-1 ends a list).
	head := make([]int32, len(dc.terms))
	for id := range head {
		head[id] = -1
	}
	next := make([]int32, len(ps))
	for i := len(ps) - 1; i >= 0; i-- {
		first := ps[i].ids[0]
		next[i], head[first] = head[first], int32(i)
	}
	shards := dc.shards()
	parts := make([][][]place, len(shards))
	parallel(shards, func(s int, sh shard) {
		out := make([][]place, len(ps))
		for di := sh.lo; di < sh.hi; di++ {
			seq := dc.docs[di].seq
			for i, id := range seq {
				if id < 0 {
					continue
				}
				for pi := head[id]; pi >= 0; pi = next[pi] {
					ids := ps[pi].ids
					if i+len(ids) > len(seq) || !equalIDs(seq[i:i+len(ids)], ids) {
						continue
					}
					out[pi] = append(out[pi], place{int32(di), int32(i)})
				}
			}
		}
		parts[s] = out
	})
	out := parts[0]
	for _, part := range parts[1:] {
		for pi, occ := range part {
			out[pi] = append(out[pi], occ...)
		}
	}
	return out
}

// Span is where a phrase occurs: a document and a byte span of its text.
type Span struct {
	Doc        string
	Start, End int
}

// Spans lists where each phrase of a Discovery made by this Discoverer
// occurs, in input order (for evaluation and concordances).
func (dc *Discoverer) Spans(ps []Phrase) [][]Span {
	out := make([][]Span, len(ps))
	for i, occ := range dc.locate(ps) {
		n := len(ps[i].ids)
		for _, o := range occ {
			d := &dc.docs[o.doc]
			out[i] = append(out[i], Span{Doc: d.id, Start: int(d.span.start(int(o.pos))), End: int(d.span.end(int(o.pos) + n - 1))})
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
