package phrases

import (
	"slices"
	"strings"
)

// minCore is the smallest core a phrase needs to be grouped.
const minCore = 2

// group forms candidate families from the first top phrases, which must have
// their document lists. Each phrase, in rank order, joins the existing group
// (of names, or of the other kinds) whose leader it resembles most — core
// Jaccard similarity at least 0.5, one core holding the other, a shared rare
// word (one whose inflections the reference list all lacks: "one-china
// principle" and "one-china policy"), or a word edit distance of at most a
// third of the longer phrase while sharing a core word — or leads a new
// group. A phrase's core is its content words' inflection keys (see
// inflectionKey; a hyphenated word counts by its parts) without actor names
// and numbers; a core of fewer than minCore words joins only the same core
// ("decoupling" and "decouple") or a shared rare word. Before all that, a
// phrase at least half of whose occurrences have at least half their words
// covered by a leader's occurrences joins its group: it is another cut of
// the same words. Phrases without a core word are not grouped otherwise.
// Leaders do not chain: a phrase is compared with leaders only. Candidates
// are in the order of their leaders. With split, no rule joins a phrase to
// a coordination it is one side of, nor a coordination to its side ("de-risking"
// and "de-risking not decoupling": see splitFrom).
func group(ps []Phrase, top int, coreOf, terms []string, rare map[string]bool, split bool, lens []int32) []Candidate {
	type grp struct {
		leader  int
		core    []int32 // see cores: interned, sorted (see coreSets)
		rare    []int32 // the rare ones of its own core words
		members []int
	}
	sets := newCoreSets(coreOf, rare)
	var groups []*grp
	// A side of a coordination is not its wording (see splitFrom): sides
	// are the coordinations' sides, when split.
	var sides [][]coordSide
	var recurs func([]int32) bool
	if split {
		sides = make([][]coordSide, top)
		for i := range sides {
			sides[i] = coordSides(ps[i].ids, terms, coreOf)
		}
		recurs = recurring(ps, coreOf)
	}
	// apart reports whether phrase i is a side of the coordination that
	// leads group g, or g's leader a side of phrase i.
	apart := func(i int, g *grp) bool {
		if !split {
			return false
		}
		a, b := ps[i].ids, ps[g.leader].ids
		return splitFrom(b, sides[g.leader], a, coreOf, recurs) || splitFrom(a, sides[i], b, coreOf, recurs)
	}
	// cover[doc][pos] is the group whose leader's occurrence covers the
	// word (the best-ranked such leader), -1 for none.
	cover := newCoverIdx(lens)
	// tally counts per group: in, the words of one occurrence each group
	// covers; votes, the occurrences each group covers at least half of.
	in, votes := newTally(top), newTally(top)
	overlap := func(i int) int {
		n, occ, most := len(ps[i].ids), len(ps[i].at), 0
		for k, o := range ps[i].at {
			// the group whose leaders cover most of the occurrence's
			// words, if they cover at least half
			for k := int(o.pos); k < int(o.pos)+n; k++ {
				if g := cover.get(o.doc, k); g >= 0 {
					in.add(g)
				}
			}
			best, bestN := in.best()
			if 2*bestN >= n {
				votes.add(best)
				most = max(most, votes.n[best])
			}
			if 2*(most+occ-k-1) < occ {
				votes.best() // no group can have half the votes: reset
				return -1
			}
		}
		b, bestN := votes.best()
		best := int(b)
		if 2*bestN < len(ps[i].at) || best >= 0 && (ps[groups[best].leader].Kind == KindActor) != (ps[i].Kind == KindActor) {
			return -1
		}
		if best >= 0 && apart(i, groups[best]) {
			return -1
		}
		return best
	}
	lead := func(i, g int) {
		for _, o := range ps[i].at {
			cover.set(o.doc, int(o.pos), int(o.pos)+len(ps[i].ids), int32(g))
		}
	}
	for i := 0; i < top; i++ {
		// A phrase most of whose occurrences overlap a leader's is another
		// cut of the same words: "move away from each other" and "close
		// neighbors who cannot move away".
		if g := overlap(i); g >= 0 {
			groups[g].members = append(groups[g].members, i)
			continue
		}
		c, own := sets.of(ps[i].ids)
		if len(c) == 0 {
			continue
		}
		best, bestSim := -1, 0.0
		for gi, g := range groups {
			if (ps[g.leader].Kind == KindActor) != (ps[i].Kind == KindActor) {
				continue // names group with names, phrases with phrases
			}
			// jaccard, subset and sharesRare over the sets as sorted IDs
			inter := intersection(c, g.core)
			sim := float64(inter) / float64(len(c)+len(g.core)-inter)
			var ok bool
			if len(c) < minCore || len(g.core) < minCore {
				ok = sim == 1 || intersection(own, g.rare) > 0
			} else {
				ok = sim >= 0.5 || inter == len(c) || inter == len(g.core) || intersection(own, g.rare) > 0
				if !ok && sim > 0 {
					a, b := ps[i].ids, ps[g.leader].ids
					ok = 3*editDistance(a, b) <= max(len(a), len(b))
				}
			}
			// (a side of a coordination is not its wording: checked last,
			// on the groups it would join)
			if ok && sim > bestSim && !apart(i, g) {
				best, bestSim = gi, sim
			}
		}
		if best < 0 {
			lead(i, len(groups))
			groups = append(groups, &grp{leader: i, core: c, rare: own, members: []int{i}})
			continue
		}
		groups[best].members = append(groups[best].members, i)
	}
	out := make([]Candidate, 0, len(groups))
	for ci, g := range groups {
		l := &ps[g.leader]
		c := Candidate{Name: l.Text, Phrases: g.members, Kind: l.Kind, Score: l.Score}
		for _, id := range l.ids {
			if coreOf[id] != "" && !slices.Contains(c.Core, terms[id]) {
				c.Core = append(c.Core, terms[id])
			}
		}
		seen := map[int32]bool{}
		for _, m := range g.members {
			c.Count += ps[m].Count
			for _, d := range ps[m].docs {
				seen[d] = true
			}
			ps[m].Candidate = ci
		}
		c.Docs = len(seen)
		out = append(out, c)
	}
	return out
}

// cores are the core words of a phrase for its similarity to others (a
// hyphenated compound counts by its parts, so that "supply-chain
// resilience" is as near to "industrial and supply chains" as "supply chain
// resilience" is) and its words' own core words, which a rare word is (see
// rareCores).
func cores(ids []int32, coreOf []string) (sim, own map[string]bool) {
	sim, own = map[string]bool{}, map[string]bool{}
	for _, id := range ids {
		f := strings.Fields(coreOf[id])
		if len(f) == 0 {
			continue
		}
		own[f[0]] = true
		if len(f) > 1 {
			f = f[1:]
		}
		for _, w := range f {
			sim[w] = true
		}
	}
	return sim, own
}

// coreSets interns core words, for group: a phrase's core words (see
// cores) as sorted IDs, and its own core words that are rare.
type coreSets struct {
	coreOf []string
	rare   map[string]bool
	ids    map[string]int32
	terms  map[int32]termCores
}

type termCores struct {
	sim  []int32
	own  int32 // -1 for none
	rare bool  // own is a rare word
}

func newCoreSets(coreOf []string, rare map[string]bool) *coreSets {
	return &coreSets{coreOf: coreOf, rare: rare, ids: map[string]int32{}, terms: map[int32]termCores{}}
}

func (cs *coreSets) intern(w string) int32 {
	id, ok := cs.ids[w]
	if !ok {
		id = int32(len(cs.ids))
		cs.ids[w] = id
	}
	return id
}

// of returns the core words of a phrase (cores' sim) and its own core words
// that are rare, each sorted.
func (cs *coreSets) of(ids []int32) (sim, rareOwn []int32) {
	for _, id := range ids {
		tc, ok := cs.terms[id]
		if !ok {
			tc.own = -1
			if f := strings.Fields(cs.coreOf[id]); len(f) > 0 {
				tc.own, tc.rare = cs.intern(f[0]), cs.rare[f[0]]
				if len(f) > 1 {
					f = f[1:]
				}
				for _, w := range f {
					tc.sim = append(tc.sim, cs.intern(w))
				}
			}
			cs.terms[id] = tc
		}
		sim = append(sim, tc.sim...)
		if tc.rare {
			rareOwn = append(rareOwn, tc.own)
		}
	}
	slices.Sort(sim)
	slices.Sort(rareOwn)
	return slices.Compact(sim), slices.Compact(rareOwn)
}

// intersection counts the IDs two sorted sets share.
func intersection(a, b []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// editDistance is the Levenshtein distance between word sequences.
func editDistance(a, b []int32) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// coverIdx holds, per document and word, the group that covers it plus one
// (0 for none; see group), a document's words allocated when first set.
type coverIdx struct {
	lens []int32 // words per document
	docs [][]int32
}

func newCoverIdx(lens []int32) *coverIdx {
	return &coverIdx{lens: lens, docs: make([][]int32, len(lens))}
}

func (c *coverIdx) get(doc int32, k int) int32 {
	if d := c.docs[doc]; d != nil {
		return d[k] - 1
	}
	return -1
}

// set gives the words from..to of doc to group g where no group has them.
func (c *coverIdx) set(doc int32, from, to int, g int32) {
	d := c.docs[doc]
	if d == nil {
		d = make([]int32, c.lens[doc])
		c.docs[doc] = d
	}
	for k := from; k < to; k++ {
		if d[k] == 0 {
			d[k] = g + 1
		}
	}
}

// tally counts per group.
type tally struct {
	n       []int
	touched []int32
}

func newTally(groups int) *tally { return &tally{n: make([]int, groups)} }

func (t *tally) add(g int32) {
	if t.n[g] == 0 {
		t.touched = append(t.touched, g)
	}
	t.n[g]++
}

// best returns the group counted most (the lowest of a tie) and its count,
// or -1 and 0 when none was counted, and resets the tally.
func (t *tally) best() (int32, int) {
	best, bestN := int32(-1), 0
	for _, g := range t.touched {
		if c := t.n[g]; c > bestN || c == bestN && g < best {
			best, bestN = g, c
		}
		t.n[g] = 0
	}
	t.touched = t.touched[:0]
	return best, bestN
}
