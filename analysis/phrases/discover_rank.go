package phrases

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Kind is what a discovered phrase is.
type Kind string

const (
	KindFormula Kind = "formula" // a formula of diplomacy: scores at least the threshold
	KindActor   Kind = "actor"   // a name, title or institution ("chinese president xi jinping")
	KindGeneric Kind = "generic" // ordinary news English ("two countries", "statement")
	KindOther   Kind = "other"   // the rest: topics, places, page furniture
)

// Kinds are the kinds, in the order reports list them.
var Kinds = []Kind{KindFormula, KindActor, KindGeneric, KindOther}

// ParseKind reads a kind name, or "all" (returned as "").
func ParseKind(s string) (Kind, error) {
	if s == "all" {
		return "", nil
	}
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("phrases: unknown kind %q (formula, actor, generic, other or all)", s)
}

// Weights are the weights of the formula score: Score =
// 1/(1+exp(-Σ W[i]·Features[i])), and a phrase scoring at least Threshold is
// a formula (unless it names an actor).
type Weights struct {
	W         [numFeatures]float64
	Threshold float64
}

//go:embed discover_weights.txt
var weightsText string

// DiscoverWeights are the shipped weights, fit on the development set (see
// discover_weights.txt and docs/phrases.md).
var DiscoverWeights = sync.OnceValue(func() Weights {
	w, err := ParseWeights(weightsText)
	if err != nil {
		panic(err) // the embedded file is checked by a test
	}
	return w
})

// ParseWeights reads weights: one "name value" a line, names from
// FeatureNames or "threshold"; '#' starts a comment line.
func ParseWeights(text string) (Weights, error) {
	var w Weights
	w.Threshold = 0.5
	idx := map[string]int{}
	for i, n := range FeatureNames {
		idx[n] = i
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) != 2 {
			return w, fmt.Errorf("phrases: weights line %d: want name and value", line)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return w, fmt.Errorf("phrases: weights line %d: bad value %q", line, f[1])
		}
		if f[0] == "threshold" {
			w.Threshold = v
			continue
		}
		i, ok := idx[f[0]]
		if !ok {
			return w, fmt.Errorf("phrases: weights line %d: unknown feature %q", line, f[0])
		}
		w.W[i] = v
	}
	return w, nil
}

// Score is the formula score of features x.
func (w *Weights) Score(x []float64) float64 {
	z := 0.0
	for i, v := range x {
		z += w.W[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// assess scores a phrase and gives it its kind.
func (dc *Discoverer) assess(p *Phrase, w *Weights) {
	x := p.Features
	p.Score = w.Score(x)
	switch {
	case x[fNames] == 1, x[fCaps] >= 0.5 && x[fNames] > 0, p.N == 1 && x[fCaps] >= 0.8 && x[fAbstract] == 0:
		p.Kind = KindActor
	case x[fForeign] > 0 || p.N > dc.opts.MaxN+dc.opts.MaxN/2 || dc.chrome(p.ids) || dc.person(p.ids):
		// dipstat reads English; a long repeated passage is a quoted or
		// syndicated sentence, not a formula; nor is page chrome, nor a
		// clause about a person.
		p.Kind = KindOther
	case dc.newsFrame(p.ids) || dc.relationName(p.ids) || p.N == 1 && dc.commonPossessive(p.ids[0]):
		p.Kind = KindGeneric
	case p.Score >= w.Threshold:
		p.Kind = KindFormula
	case x[fRare] <= -1 && x[fCompound] == 0 && x[fNumber] == 0 && (p.N == 1 || x[fCaps] < 0.5):
		// Every content word at least 10 times a million in ordinary news,
		// and not a name: ordinary English is not capitalized in the middle
		// of a sentence, "Global South" and "Global Development Initiative"
		// are.
		p.Kind = KindGeneric
	default:
		p.Kind = KindOther
	}
}

// kindRank orders the kinds: formulas first.
func kindRank(k Kind) int {
	if k == KindFormula {
		return 0
	}
	return 1
}

// sortRanked sorts the phrases by rank, stably: the sort keys are copied
// into a compact array, sorted with the index as the last key (the order a
// stable sort gives), then the phrases moved into place once.
func sortRanked(ps []Phrase) {
	type key struct {
		kind           int
		score          float64
		docs, count, n int
		i              int32
	}
	keys := make([]key, len(ps))
	for i := range ps {
		p := &ps[i]
		keys[i] = key{kindRank(p.Kind), p.Score, p.Docs, p.Count, p.N, int32(i)}
	}
	slices.SortFunc(keys, func(x, y key) int {
		switch {
		case x.kind != y.kind:
			return cmp.Compare(x.kind, y.kind)
		case x.score != y.score:
			switch {
			case x.score > y.score:
				return -1
			case y.score > x.score:
				return 1
			}
			return cmp.Compare(x.i, y.i) // NaN: as sort.SliceStable with x.Score > y.Score took it
		case x.docs != y.docs:
			return cmp.Compare(y.docs, x.docs)
		case x.count != y.count:
			return cmp.Compare(y.count, x.count)
		case x.n != y.n:
			return cmp.Compare(y.n, x.n)
		}
		if c := strings.Compare(ps[x.i].Text, ps[y.i].Text); c != 0 {
			return c
		}
		return cmp.Compare(x.i, y.i)
	})
	// Move each phrase once, following the permutation's cycles.
	for start := range keys {
		if keys[start].i < 0 {
			continue
		}
		tmp := ps[start]
		j := start
		for {
			k := int(keys[j].i)
			keys[j].i = -1
			if k == start {
				ps[j] = tmp
				break
			}
			ps[j] = ps[k]
			j = k
		}
	}
}

// rank scores and sorts the phrases and groups the top GroupTop into
// candidate families; a phrase's variant count (the size of its family in a
// first grouping) joins its score, and the phrases are sorted and grouped
// again. The first grouping keeps a coordination with its sides, so that a
// phrase said in a coordination of recurring phrases ("decoupling" in
// "de-risking not decoupling") counts its wordings; the second splits them
// (see splitFrom), so that each side leads a candidate of its own.
func (dc *Discoverer) rank(res *Discovery) {
	ps := res.Phrases
	w := DiscoverWeights()
	if dc.opts.Weights != nil {
		w = *dc.opts.Weights
	}
	for i := range ps {
		dc.assess(&ps[i], &w)
	}
	sortRanked(ps)
	top := min(dc.opts.GroupTop, len(ps))
	dc.docLists(ps[:top])
	rare := dc.rareCores()
	lens := make([]int32, len(dc.docs)) // words per document, for group
	for di := range dc.docs {
		lens[di] = int32(len(dc.docs[di].seq))
	}
	for _, c := range group(ps, top, dc.core, dc.terms, rare, false, lens) {
		v := math.Log(float64(wordings(ps, c.Phrases)))
		for _, m := range c.Phrases {
			ps[m].Features[fVariants] = v
		}
	}
	for i := range ps {
		ps[i].Candidate = -1
		dc.assess(&ps[i], &w)
	}
	sortRanked(ps)
	var missing []int
	for i := range ps[:top] {
		if ps[i].DocIDs == nil {
			missing = append(missing, i)
		}
	}
	if len(missing) > 0 {
		sub := make([]Phrase, len(missing))
		for k, i := range missing {
			sub[k] = ps[i]
		}
		dc.docLists(sub)
		for k, i := range missing {
			ps[i].DocIDs, ps[i].docs, ps[i].at = sub[k].DocIDs, sub[k].docs, sub[k].at
		}
	}
	res.Candidates = group(ps, top, dc.core, dc.terms, rare, true, lens)
	for i := range ps[:top] {
		ps[i].at = nil
	}
	for i := range ps[:top] {
		ps[i].Periods = dc.periods(ps[i].docs)
	}
	for ci := range res.Candidates {
		c := &res.Candidates[ci]
		var all []int32
		for _, m := range c.Phrases {
			all = append(all, ps[m].docs...)
			if f := ps[m].First; !f.IsZero() && (c.First.IsZero() || f.Before(c.First)) {
				c.First = f
			}
			if l := ps[m].Last; l.After(c.Last) {
				c.Last = l
			}
		}
		c.Periods = dc.periods(all)
		c.Variants = variants(ps, c.Phrases)
	}
}

// variants returns the members of a candidate family (leader first) that
// are not a part of the leader's words (see Candidate.Variants).
func variants(ps []Phrase, members []int) []int {
	lead := ps[members[0]].ids
	out := []int{members[0]}
	for _, m := range members[1:] {
		if !containsSeq(lead, ps[m].ids) {
			out = append(out, m)
		}
	}
	return out
}

// wordings counts the wordings of a candidate family (members, leader
// first): the leader and each member of two words or more that does not
// hold the leader's words ("close neighbors who cannot move away" is a
// wording of "close neighbors that cannot be moved away"; "china and south
// korea are close neighbors" is "close neighbors" in a sentence, and
// "neighbors" one of its words, not other wordings).
func wordings(ps []Phrase, members []int) int {
	n := 1
	lead := ps[members[0]].ids
	for _, m := range members[1:] {
		if ids := ps[m].ids; len(ids) >= 2 && !containsSeq(ids, lead) {
			n++
		}
	}
	return n
}

// containsSeq reports whether s holds sub as consecutive words.
func containsSeq(s, sub []int32) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// rareCores are the core words of terms the reference list lacks (not
// actor names): marked words ("one-china", "denuclearization", "ironclad")
// that tie the phrases sharing them into one candidate family. A core word
// is rare only when none of the terms that share it is in the list:
// "principled" may be missing, "principles" is not, and their core word
// "principl" is common.
func (dc *Discoverer) rareCores() map[string]bool {
	m := map[string]bool{}
	for id, c := range dc.core {
		if c == "" || dc.info[id].actor || dc.info[id].number {
			continue
		}
		if i := strings.IndexByte(c, ' '); i >= 0 {
			c = c[:i] // a compound's own core, not its parts'
		}
		if dc.info[id].known {
			m[c] = false
		} else if _, seen := m[c]; !seen {
			m[c] = true
		}
	}
	for c, rare := range m {
		if !rare {
			delete(m, c)
		}
	}
	return m
}

// periods counts the months of the dated documents among docs.
func (dc *Discoverer) periods(docs []int32) int {
	seen := map[int]bool{}
	for _, di := range docs {
		if t := dc.docs[di].date; !t.IsZero() {
			seen[t.Year()*12+int(t.Month())] = true
		}
	}
	return len(seen)
}

// newsFrame reports whether a phrase is a frame of ordinary news English:
// a word of the newsroom or of reported speech (newsroomWords, reportWords)
// with nothing beside it but such words and words at least 10 times a
// million in ordinary news ("on condition of anonymity", "a regular press
// conference", "told reporters"), or the setting of a meeting, a phrase
// that begins with one of settingWords ("sidelines of the apec summit in
// gyeongju"). Such a phrase is generic whatever its score.
func (dc *Discoverer) newsFrame(ids []int32) bool {
	if settingWords[dc.terms[ids[0]]] {
		return len(ids) > 1 // "sidelines of the apec summit": the setting of a meeting
	}
	frame := false
	for _, id := range ids {
		if !dc.content[id] {
			continue
		}
		w := dc.terms[id]
		switch ti := &dc.info[id]; {
		case newsroomWords[w] || reportWords[w]:
			frame = true
		case ti.actor || ti.proper || !ti.known || ti.refPM < 10:
			return false
		}
	}
	return frame
}

// relationName reports whether a phrase names a relation by its sides
// only ("china-south korea relations", "south korea-japan ties", "bilateral
// relations"): the subject of the news, as "the two countries" is, not a
// formula.
func (dc *Discoverer) relationName(ids []int32) bool {
	last := len(ids) - 1
	if last < 1 || !relationWords[dc.terms[ids[last]]] {
		return false
	}
	for _, id := range ids[:last] {
		if dc.content[id] && !dc.info[id].actor && !relationKinds[dc.terms[id]] {
			return false
		}
	}
	return true
}

// commonPossessive reports whether a term is the possessive of a word at
// least 10 times a million in ordinary news ("today's", "country's",
// "world's"): alone, it is ordinary English, whatever its score. (An
// actor's possessive is the actor's: see possessive.)
func (dc *Discoverer) commonPossessive(id int32) bool {
	base, ok := possessiveOf(dc.terms[id])
	return ok && reference().perMillion(base) >= 10
}

// person reports whether a phrase names a person by title and name ("met
// chinese president xi jinping", "spokesperson lin jian said"): a title
// followed by a word the reference list lacks or knows as a name. Such a
// phrase is a clause about the person, or the person's mention, not a
// formula; one made of names and titles alone is an actor (see assess). An
// actor after a title is a country or a body, not a person ("spokesperson:
// china-south korea economic and trade cooperation is ... win-win").
func (dc *Discoverer) person(ids []int32) bool {
	for k := 0; k+1 < len(ids); k++ {
		if !dc.info[ids[k]].title {
			continue
		}
		next := &dc.info[ids[k+1]]
		if !dc.content[ids[k+1]] {
			continue // "professor of international relations"
		}
		if next.proper || !next.known && !next.compound && !next.number && !next.title {
			return true
		}
	}
	return false
}

// chrome reports whether a phrase is page chrome: a word of a site's
// furniture (chromeWords), with at most words that stand beside them
// (chromeWeak) and names of the site or its sections ("privacy policy",
// "rights reserved", "about dw").
func (dc *Discoverer) chrome(ids []int32) bool {
	n := 0
	for _, id := range ids {
		ti := &dc.info[id]
		switch {
		case !dc.content[id]:
		case ti.chrome:
			n++
		case ti.weak || ti.actor || ti.proper || ti.inst || !ti.known && !ti.compound && !ti.number:
		default:
			return false
		}
	}
	return n > 0
}
