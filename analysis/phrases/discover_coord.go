package phrases

// Coordinated phrases: "de-risking not decoupling", "mutual respect and
// mutual benefit", "uphold multilateralism and an open world economy" join
// two phrases that are each said on their own too. Such a coordination is a
// phrase of its own, but it is not a wording of either side: in the final
// grouping (see group), a phrase that is one side of it does not join its
// candidate family, nor does the coordination join the family of one of
// its sides, so that "de-risking" and "decoupling", said together and
// apart, lead two candidates, and the coordination a third.

// coordinators are the words that join the sides of a coordination.
var coordinators = setOf(`and or nor not`)

// coordSide is one side of a coordinated phrase: ids[lo:hi], the word
// joining it to the next side (for the last side, "").
type coordSide struct {
	lo, hi int
	conj   string
}

// coordSides splits a phrase at its coordinators; nil when it has fewer
// than two sides with a core word.
func coordSides(ids []int32, terms, coreOf []string) []coordSide {
	var out []coordSide
	lo := 0
	for i := 0; i <= len(ids); i++ {
		if i < len(ids) && !coordinators[terms[ids[i]]] {
			continue
		}
		conj := ""
		if i < len(ids) {
			conj = terms[ids[i]]
		}
		if coreCount(ids[lo:i], coreOf) == 0 {
			if len(out) > 0 && i < len(ids) {
				// "A and not B", "A or and": the words between join too
				out[len(out)-1].conj = conj
			}
			lo = i + 1
			continue
		}
		out = append(out, coordSide{lo: lo, hi: i, conj: conj})
		lo = i + 1
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// coreCount is the number of words of ids with a core word.
func coreCount(ids []int32, coreOf []string) int {
	n := 0
	for _, id := range ids {
		if coreOf[id] != "" {
			n++
		}
	}
	return n
}

// splitFrom reports whether y is one side of the coordination x (with
// sides, from coordSides; nil when x is none): the core words y shares
// with x are all on one side of it, y has none of the words only the other
// sides have, and a side next to it recurs on its own
// (holds a phrase of recurs) and is a phrase of its own size: both sides
// have two core words or more, or they are contrasted ("de-risking not
// decoupling"). "consultation" is no side of "dialogue and consultation",
// and "core interests" none of "core interests and major concerns" unless
// "major concerns" recurs on its own.
func splitFrom(x []int32, sides []coordSide, y []int32, coreOf []string, recurs func([]int32) bool) bool {
	if sides == nil {
		return false
	}
	yc, _ := cores(y, coreOf)
	sc := make([]map[string]bool, len(sides))
	for k, s := range sides {
		sc[k], _ = cores(x[s.lo:s.hi], coreOf)
	}
	for k, s := range sides {
		in, out := false, false
		for w := range yc {
			switch {
			case sc[k][w]:
				in = true
			default:
				for j := range sides {
					if j != k && sc[j][w] {
						out = true
					}
				}
			}
		}
		if !in || out {
			continue
		}
		// the neighbouring sides, and the word between
		for _, j := range []int{k - 1, k + 1} {
			if j < 0 || j >= len(sides) {
				continue
			}
			conj := sides[min(j, k)].conj
			t := sides[j]
			if conj != "not" && (coreCount(x[s.lo:s.hi], coreOf) < 2 || coreCount(x[t.lo:t.hi], coreOf) < 2) {
				continue
			}
			if recurs(x[t.lo:t.hi]) {
				return true
			}
		}
	}
	return false
}

// recurring returns a test of whether a run of words holds a recurring
// phrase that is no actor's name with at least two core words (or all of
// them, when the run has fewer).
func recurring(ps []Phrase, coreOf []string) func([]int32) bool {
	known := map[uint64]bool{}
	for i := range ps {
		if ps[i].Kind != KindActor && coreCount(ps[i].ids, coreOf) > 0 {
			known[hashIDs(ps[i].ids)] = true
		}
	}
	return func(run []int32) bool {
		need := min(2, coreCount(run, coreOf))
		for a := range run {
			for b := a + 1; b <= len(run); b++ {
				if coreCount(run[a:b], coreOf) >= need && known[hashIDs(run[a:b])] {
					return true
				}
			}
		}
		return false
	}
}
