package phrases

import (
	"math"
	"slices"
	"sort"
)

// cand is a candidate phrase: a recurring n-gram whose first and last words
// are not function words, or a whole repeated passage longer than MaxN.
type cand struct {
	gi      int32 // its gram at lvl (for a passage, its first window)
	n       int32 // words
	off     int16 // words trimmed from the front of a passage's first window
	lvl     int8  // the level of its gram
	passage bool
	kept    bool // not folded into a longer candidate
	occCounts
	sl, sr      float64
	count, docs int32 // of a passage (a gram's are in the gram)
	lo, hi      day
}

// occCounts count the occurrences of a candidate (see occurrence).
type occCounts struct {
	// own and ownDocs count the occurrences outside every longer candidate
	// kept (C-value's independent frequency) and their documents.
	own, ownDocs, lastDoc int32
	rep                   int32 // occurrences in reported speech
	quoted                int32 // occurrences inside quotation marks
	article               int32 // occurrences right after an article
	afterNum              int32 // occurrences right after a number (a unit: "terawatt-hours of electricity")
	caps, capsOf          int32 // occurrences with every content word capitalized, of capsOf that can tell
}

// add adds the counts b made over documents after all of c's.
func (c *occCounts) add(b *occCounts) {
	c.own += b.own
	c.ownDocs += b.ownDocs
	if b.lastDoc >= 0 {
		c.lastDoc = b.lastDoc
	}
	c.rep += b.rep
	c.quoted += b.quoted
	c.article += b.article
	c.afterNum += b.afterNum
	c.caps += b.caps
	c.capsOf += b.capsOf
}

// candSet holds the candidates and, per level, the candidate of each gram.
type candSet struct {
	list []cand
	at   [][]int32 // at[n][gi]: index into list, or -1
}

// window returns the term IDs of a gram of n words.
func (dc *Discoverer) window(g *gram, n int) []int32 {
	return dc.docs[g.firstDoc].seq[g.firstPos : int(g.firstPos)+n]
}

// edges reports whether ids may form a phrase: no function word at either
// end, and at least min(MinContent, len) content words.
func (dc *Discoverer) edges(ids []int32) bool {
	if !dc.info[ids[0]].edge || !dc.info[ids[len(ids)-1]].edge {
		return false
	}
	if dc.subject(ids) {
		return false
	}
	content := 0
	for _, id := range ids {
		if dc.content[id] {
			content++
		}
	}
	return content >= min(dc.opts.MinContent, len(ids))
}

// candidates finds the candidates and folds each into the longer ones kept
// unless it occurs on its own in at least MinDocs documents: lengths are
// taken longest first, and one pass over the words per length marks where the
// candidates kept so far reach (ends) and counts each shorter candidate's
// occurrences outside them.
func (dc *Discoverer) candidates(levels []*level, reach [][]uint8, shards []shard, pf *prefixes) *candSet {
	o := dc.opts
	cs := &candSet{at: make([][]int32, o.MaxN+1)}
	top := o.MaxN
	for top > 0 && (levels[top] == nil || len(levels[top].grams) == 0) {
		top--
	}
	var inPassage []bool // windows of the top level absorbed by a passage
	passFirst := map[int32]int32{}
	if top == o.MaxN && top > 0 {
		inPassage = make([]bool, len(levels[top].grams))
		for _, p := range dc.passages(levels[top], top) {
			first := &levels[top].grams[p.windows[0]]
			ids := dc.docs[first.firstDoc].seq[first.firstPos : int(first.firstPos)+p.n]
			lead, trail := 0, 0
			for lead < len(ids) && !dc.info[ids[lead]].edge {
				lead++
			}
			for trail < len(ids)-lead && !dc.info[ids[len(ids)-1-trail]].edge {
				trail++
			}
			n := p.n - lead - trail
			if n <= o.MaxN || !dc.edges(ids[lead:len(ids)-trail]) {
				continue
			}
			for _, w := range p.windows {
				inPassage[w] = true
			}
			passFirst[p.windows[0]] = int32(len(cs.list))
			cs.list = append(cs.list, cand{lvl: int8(top), gi: p.windows[0], off: int16(lead), n: int32(n), passage: true, kept: true,
				count: first.count, docs: first.docs, lo: p.lo, hi: p.hi, occCounts: occCounts{lastDoc: -1}})
		}
	}
	npass := len(cs.list)
	// The grams that are candidates, marked 0 first and counted, so that
	// the list is allocated once.
	more := 0
	for n := o.MinN; n <= top; n++ {
		lv := levels[n]
		cs.at[n] = make([]int32, len(lv.grams))
		for gi := range lv.grams {
			cs.at[n][gi] = -1
			if n == o.MaxN && inPassage[gi] {
				continue
			}
			if dc.edges(dc.window(&lv.grams[gi], n)) {
				cs.at[n][gi] = 0
				more++
			}
		}
	}
	cs.list = slices.Grow(cs.list, more)
	from := make([]int, top+1) // from[n]: the first candidate of n words
	for n := o.MinN; n <= top; n++ {
		from[n] = len(cs.list)
		for gi, ci := range cs.at[n] {
			if ci == 0 {
				cs.at[n][gi] = int32(len(cs.list))
				cs.list = append(cs.list, cand{lvl: int8(n), gi: int32(gi), n: int32(n), occCounts: occCounts{lastDoc: -1}})
			}
		}
	}
	// covers reports whether the gram gi of n words marks where kept
	// candidates reach: a kept candidate, or a window of a passage.
	covers := func(n int, gi int32) bool {
		if n == o.MaxN && inPassage != nil && inPassage[gi] {
			return true
		}
		ci := cs.at[n][gi]
		return ci >= 0 && cs.list[ci].kept
	}
	// ends[di][i] is how far (in words, at most 255) the longest kept
	// candidate starting at word i reaches: the words a shorter candidate
	// occurs in on its own are those no kept occurrence before reaches past.
	ends := make([][]uint8, len(dc.docs))
	// quoted[di] has a bit per word inside quotation marks.
	quoted := make([][]uint64, len(dc.docs))
	// grams[di][i] is the gram at word i of the length the last pass took,
	// if it looked it up (a candidate's, or a passage's window), else -1:
	// the next pass reads there which kept candidates mark ends.
	grams := make([][]int32, len(dc.docs))
	// caps[di] has a bit per word that begins with a capital letter.
	caps := make([][]uint64, len(dc.docs))
	parallel(shards, func(_ int, sh shard) {
		for di := sh.lo; di < sh.hi; di++ {
			ends[di] = make([]uint8, len(dc.docs[di].seq))
			quoted[di] = dc.quotedWords(di)
			caps[di] = dc.capsWords(di)
			grams[di] = make([]int32, len(dc.docs[di].seq))
		}
	})
	arts := dc.articles()
	isEdge := make([]bool, len(dc.info)) // per term: dc.info's edge, compact
	for id := range isEdge {
		isEdge[id] = dc.info[id].edge
	}
	// covered[gi] is covers(n+1, gi) in the pass of length n.
	var covered []bool
	for n := top; n >= o.MinN; n-- {
		mark := n + 1 // the level whose kept candidates now mark ends
		if mark > top {
			mark = 0
		}
		// The first shard counts into the candidates, the others into
		// counts of their own (the passages', then this level's), added
		// after.
		to := len(cs.list)
		if n < top {
			to = from[n+1]
		}
		local := make([][]occCounts, len(shards))
		parallel(shards, func(s int, sh shard) {
			counts := func(ci int32) *occCounts { return &cs.list[ci].occCounts }
			if s > 0 {
				loc := make([]occCounts, npass+to-from[n])
				for k := range loc {
					loc[k].lastDoc = -1
				}
				local[s] = loc
				counts = func(ci int32) *occCounts {
					if int(ci) < npass {
						return &loc[ci]
					}
					return &loc[npass+int(ci)-from[n]]
				}
			}
			for di := sh.lo; di < sh.hi; di++ {
				d := &dc.docs[di]
				seq, end, rd, pre := d.seq, ends[di], reach[di], pf.pre[di]
				reached, sent, sentStart := int32(-1), 0, 0
				prev := grams[di]
				for i := range seq {
					if seq[i] < 0 {
						sent++
						sentStart = i + 1
						continue
					}
					// the gram of mark words here, found by the pass of
					// that length
					if mark > 0 {
						if gi := prev[i]; gi >= 0 && covered[gi] {
							end[i] = max(end[i], uint8(mark))
						}
					}
					prev[i] = -1
					reached = max(reached, int32(i)+int32(end[i]))
					if int(rd[i]) < n {
						continue // no recurring n-gram starts here
					}
					edge := isEdge[seq[i]] && isEdge[seq[i+n-1]]
					if !edge && (n != o.MaxN || inPassage == nil) {
						continue // not a candidate, nor a passage's window
					}
					gi, ok := levels[n].idx.get(pf.sum(pre, i, n))
					if !ok {
						continue
					}
					prev[i] = gi
					if n == o.MaxN && len(passFirst) > 0 {
						if pi, ok := passFirst[gi]; ok {
							dc.occurrence(counts(pi), di, i, n, sent, sentStart, true, quoted[di], caps[di], arts)
						}
					}
					if !edge || cs.at[n][gi] < 0 {
						continue
					}
					dc.occurrence(counts(cs.at[n][gi]), di, i, n, sent, sentStart, reached < int32(i+n), quoted[di], caps[di], arts)
				}
			}
		})
		for _, loc := range local[1:] {
			for k := range loc {
				ci := k
				if k >= npass {
					ci = from[n] + k - npass
				}
				cs.list[ci].add(&loc[k])
			}
		}
		for _, ci := range cs.at[n] {
			if ci >= 0 {
				c := &cs.list[ci]
				c.kept = int(c.ownDocs) >= o.MinDocs
			}
		}
		covered = make([]bool, len(cs.at[n]))
		for gi := range covered {
			covered[gi] = covers(n, int32(gi))
		}
	}
	return cs
}

// occurrence counts one occurrence of c at seq[i:i+n] of document di, in
// sentence sent starting at unit sentStart; own says it lies outside every
// longer candidate kept. quoted and caps are the document's bits of
// quotedWords and capsWords, arts the term IDs of articles.
func (dc *Discoverer) occurrence(c *occCounts, di, i, n, sent, sentStart int, own bool, quoted, caps []uint64, arts [3]int32) {
	d := &dc.docs[di]
	if own {
		c.own++
		if c.lastDoc != int32(di) {
			c.lastDoc = int32(di)
			c.ownDocs++
		}
	}
	if d.rep[sent] {
		c.rep++
	}
	if quoted[i/64]&(1<<(i%64)) != 0 {
		c.quoted++
	}
	if i > sentStart {
		if w := d.seq[i-1]; w == arts[0] || w == arts[1] || w == arts[2] {
			c.article++
		}
		if dc.info[d.seq[i-1]].number {
			c.afterNum++
		}
	}
	checked, upper := 0, true
	for k := i; k < i+n; k++ {
		id := d.seq[k]
		if !dc.content[id] || k == sentStart || dc.info[id].particle {
			continue // a sentence's first word is capitalized anyway; "von" is not
		}
		checked++
		if caps[k/64]&(1<<(k%64)) == 0 {
			upper = false
			break
		}
	}
	if checked > 0 {
		c.capsOf++
		if upper {
			c.caps++
		}
	}
}

// quotedWords returns a bit per word of document di, set for the words
// inside quotation marks (a sentence's quotation left open before the word:
// an odd number of straight quotes, or more opening curly quotes than
// closing ones).
func (dc *Discoverer) quotedWords(di int) []uint64 {
	d := &dc.docs[di]
	out := make([]uint64, (len(d.seq)+63)/64)
	sent, from, straight, open := 0, 0, 0, 0
	if len(d.sents) > 0 {
		from = d.sents[0].Start
	}
	for i, id := range d.seq {
		if id < 0 {
			sent++
			from, straight, open = d.sents[sent].Start, 0, 0
			continue
		}
		for _, r := range d.raw[from:d.span.start(i)] {
			switch r {
			case '"':
				straight++
			case '“':
				open++
			case '”':
				open--
			}
		}
		from = int(d.span.start(i))
		if straight%2 == 1 || open > 0 {
			out[i/64] |= 1 << (i % 64)
		}
	}
	return out
}

// capsWords returns a bit per word of document di, set for the words that
// begin with an upper-case letter (see capitalized).
func (dc *Discoverer) capsWords(di int) []uint64 {
	d := &dc.docs[di]
	out := make([]uint64, (len(d.seq)+63)/64)
	for i, id := range d.seq {
		if id >= 0 && capitalized(d.raw, int(d.span.start(i))) {
			out[i/64] |= 1 << (i % 64)
		}
	}
	return out
}

// articles are the term IDs of "the", "a" and "an" (-2 for one not seen).
func (dc *Discoverer) articles() [3]int32 {
	out := [3]int32{-2, -2, -2}
	for k, w := range []string{"the", "a", "an"} {
		if id, ok := dc.ids[w]; ok {
			out[k] = id
		}
	}
	return out
}

type passage struct {
	windows []int32 // the grams of the top level it joins, in order
	n       int
	lo, hi  day
}

// passages joins the longest grams into whole repeated passages: a MaxN-gram
// followed, one word on in its first document, by another MaxN-gram with the
// same documents and count is the same passage going on. Only passages of
// more than one window are returned.
func (dc *Discoverer) passages(lv *level, n int) []passage {
	order := make([]int, len(lv.grams))
	for gi := range order {
		order[gi] = gi
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
		p := passage{windows: []int32{int32(gi)}, n: n, lo: g.lo, hi: g.hi}
		for pos := int(g.firstPos) + 1; pos+n <= len(seq) && seq[pos+n-1] >= 0; pos++ {
			ni, ok := lv.idx.get(hashIDs(seq[pos : pos+n]))
			if !ok || absorbed[ni] || lv.grams[ni].docs != g.docs || lv.grams[ni].count != g.count {
				break
			}
			absorbed[ni] = true
			p.windows = append(p.windows, ni)
			p.n++
			if w := lv.grams[ni]; w.lo != 0 && (p.lo == 0 || w.lo < p.lo) {
				p.lo = w.lo
			}
			p.hi = max(p.hi, lv.grams[ni].hi)
		}
		if len(p.windows) > 1 {
			out = append(out, p)
		}
	}
	return out
}

// entropyScale is the fixed point of the sums of entropy: exact below
// 2^53/entropyScale, about 1.4e11, a phrase seen a billion times.
const entropyScale = 1 << 16

// entropy adds up, for each candidate shorter than MaxN, c·ln c over its
// recurring one-word extensions on either side (the grams of the next
// level), for its branching entropy (see branching).
func (dc *Discoverer) entropy(levels []*level, cs *candSet) {
	for n := dc.opts.MinN; n < dc.opts.MaxN; n++ {
		if levels[n+1] == nil || cs.at[n] == nil {
			break
		}
		for gi := range levels[n+1].grams {
			g := &levels[n+1].grams[gi]
			ids := dc.window(g, n+1)
			// rounded to a multiple of 1/entropyScale, so that the sums are
			// exact and do not depend on the order of the grams (the order of
			// the documents)
			cl := math.Round(float64(g.count)*math.Log(float64(g.count))*entropyScale) / entropyScale
			if si, ok := levels[n].idx.get(hashIDs(ids[:n])); ok && cs.at[n][si] >= 0 {
				cs.list[cs.at[n][si]].sr += cl
			}
			if si, ok := levels[n].idx.get(hashIDs(ids[1:])); ok && cs.at[n][si] >= 0 {
				cs.list[cs.at[n][si]].sl += cl
			}
		}
	}
}

// branching is the entropy (nats) of the words next to a phrase of count
// occurrences on one side, given sum, c·ln c over its recurring extensions:
// the other occurrences (a rare neighbour, or a sentence's edge) count as
// neighbours seen once each.
func branching(count int32, sum float64) float64 {
	c := float64(count)
	return max(0, math.Log(c)-sum/c)
}

// subject reports whether ids begin with a clause's subject of names and
// its copula ("china and south korea are close neighbors"): a formula is
// what is said of the names, and the phrase from after the copula stands
// for it.
func (dc *Discoverer) subject(ids []int32) bool {
	for k, id := range ids[:len(ids)-1] {
		ti := &dc.info[id]
		switch {
		case ti.copula:
			return k > 0
		case ti.actor || ti.proper || !ti.edge:
		default:
			return false
		}
	}
	return false
}
