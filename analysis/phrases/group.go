package phrases

import "sort"

// minCore is the smallest core a phrase needs to be grouped.
const minCore = 2

// group forms candidate families from the first top phrases. Each phrase, in
// rank order, joins the existing group whose leader it resembles most — core
// Jaccard similarity at least 0.5, or a word edit distance of at most a third
// of the longer phrase while sharing a core word — or leads a new group. A
// phrase's core is its stemmed content words without actor names and numbers.
// Phrases with a core of fewer than minCore words ("china is willing to")
// are not grouped, and groups of one phrase are not candidates. Leaders do not
// chain: a phrase is compared with leaders only.
func group(ps []Phrase, top int, docs [][]int32, coreOf []string) []Candidate {
	type grp struct {
		leader  int
		core    map[string]bool
		members []int
	}
	var groups []*grp
	cores := make([]map[string]bool, top)
	for i := 0; i < top; i++ {
		c := map[string]bool{}
		for _, id := range ps[i].ids {
			if w := coreOf[id]; w != "" {
				c[w] = true
			}
		}
		cores[i] = c
		if len(c) < minCore {
			continue
		}
		best, bestSim := -1, 0.0
		for gi, g := range groups {
			sim := jaccard(c, g.core)
			ok := sim >= 0.5
			if !ok && sim > 0 {
				a, b := ps[i].ids, ps[g.leader].ids
				ok = 3*editDistance(a, b) <= max(len(a), len(b))
			}
			if ok && sim > bestSim {
				best, bestSim = gi, sim
			}
		}
		if best < 0 {
			groups = append(groups, &grp{leader: i, core: c, members: []int{i}})
			continue
		}
		groups[best].members = append(groups[best].members, i)
	}
	var out []Candidate
	for _, g := range groups {
		if len(g.members) < 2 {
			continue
		}
		c := Candidate{Name: ps[g.leader].Text, Phrases: g.members}
		for w := range g.core {
			c.Core = append(c.Core, w)
		}
		sort.Strings(c.Core)
		seen := map[int32]bool{}
		for _, m := range g.members {
			c.Count += ps[m].Count
			for _, d := range docs[m] {
				seen[d] = true
			}
		}
		c.Docs = len(seen)
		out = append(out, c)
	}
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a], out[b]
		switch {
		case x.Docs != y.Docs:
			return x.Docs > y.Docs
		case len(x.Phrases) != len(y.Phrases):
			return len(x.Phrases) > len(y.Phrases)
		case x.Count != y.Count:
			return x.Count > y.Count
		}
		return x.Name < y.Name
	})
	for ci, c := range out {
		for _, m := range c.Phrases {
			ps[m].Candidate = ci
		}
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
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
