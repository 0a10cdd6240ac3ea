package phrases

// compile turns the words of a parsed pattern into match keys. Runs of plain
// words are folded together, so "Republic of Korea" in a pattern becomes the
// one key "south korea" as it does in text; each |-alternative is folded alone.
func compileSeq(seq []node, f folder, stem bool) []node {
	var out []node
	for i := 0; i < len(seq); {
		n := seq[i]
		switch n.kind {
		case nWord:
			if len(n.words) == 1 {
				j := i
				var run []string
				for j < len(seq) && seq[j].kind == nWord && len(seq[j].words) == 1 {
					run = append(run, seq[j].words[0])
					j++
				}
				for _, k := range f.wordKeys(run, stem) {
					out = append(out, node{kind: nWord, keys: []string{k}, words: []string{k}})
				}
				i = j
				continue
			}
			c := node{kind: nWord, words: n.words}
			seen := map[string]bool{}
			var multi [][]node // alternatives that fold to several keys (a Korean compound)
			for _, w := range n.words {
				ks := f.wordKeys([]string{w}, stem)
				if len(ks) == 1 && !seen[ks[0]] {
					seen[ks[0]] = true
					c.keys = append(c.keys, ks[0])
				} else if len(ks) > 1 {
					var seq []node
					for _, k := range ks {
						seq = append(seq, node{kind: nWord, keys: []string{k}, words: []string{k}})
					}
					multi = append(multi, seq)
				}
			}
			if len(multi) > 0 {
				if len(c.keys) > 0 {
					multi = append([][]node{{c}}, multi...)
				}
				out = append(out, node{kind: nChoice, alts: multi})
				break
			}
			out = append(out, c)
		case nOpt, nChoice, nNot:
			c := node{kind: n.kind, behind: n.behind}
			for _, a := range n.alts {
				ca := compileSeq(a, f, stem)
				c.alts = append(c.alts, ca)
				if n.kind == nNot {
					c.max = max(c.max, maxLen(ca))
				}
			}
			out = append(out, c)
		default:
			out = append(out, n)
		}
		i++
	}
	return out
}

// firstKeys lists the keys a match of seq can begin with; all is true when a
// match can begin with any word (never for a valid pattern, which cannot start
// with a gap, but kept for safety).
func firstKeys(seq []node) (keys []string, all bool) {
	for _, n := range seq {
		switch n.kind {
		case nWord:
			return append(keys, n.keys...), false
		case nGap:
			return keys, true
		case nNot:
			continue // matches no word
		case nOpt:
			k, a := firstKeys(n.alts[0])
			keys = append(keys, k...)
			if a {
				return keys, true
			}
		case nChoice:
			null := false
			for _, alt := range n.alts {
				k, a := firstKeys(alt)
				keys = append(keys, k...)
				if a {
					return keys, true
				}
				if nullable(alt) {
					null = true
				}
			}
			if !null {
				return keys, false
			}
		}
	}
	return keys, false
}

// ends appends to dst every position where a match of seq starting at one of
// the positions in from can end, within us. Positions are deduplicated.
func ends(seq []node, us []unit, from []int, sc *scratch) []int {
	cur := from
	for _, n := range seq {
		if len(cur) == 0 {
			return nil
		}
		nxt := sc.get(len(us) + 1)
		switch n.kind {
		case nWord:
			for _, p := range cur {
				if p < len(us) && hasKey(n.keys, us[p].key) {
					nxt = addPos(nxt, p+1)
				}
			}
		case nGap:
			for _, p := range cur {
				for k := n.min; k <= n.max && p+k <= len(us); k++ {
					nxt = addPos(nxt, p+k)
				}
			}
		case nOpt:
			nxt = append(nxt, cur...)
			for _, e := range ends(n.alts[0], us, cur, sc) {
				nxt = addPos(nxt, e)
			}
		case nChoice:
			for _, a := range n.alts {
				for _, e := range ends(a, us, cur, sc) {
					nxt = addPos(nxt, e)
				}
			}
		case nNot:
			for _, p := range cur {
				if !around(n, us, p, sc) {
					nxt = append(nxt, p) // cur holds no duplicates
				}
			}
		}
		cur = nxt
	}
	return cur
}

// around reports whether one of the alternatives of the negation n matches
// the units from position p on (or, looking behind, up to p).
func around(n node, us []unit, p int, sc *scratch) bool {
	if !n.behind {
		from := append(sc.get(1), p)
		for _, a := range n.alts {
			if len(ends(a, us, from, sc)) > 0 {
				return true
			}
		}
		return false
	}
	for s := max(0, p-n.max); s < p; s++ {
		from := append(sc.get(1), s)
		for _, a := range n.alts {
			for _, e := range ends(a, us, from, sc) {
				if e == p {
					return true
				}
			}
		}
	}
	return false
}

// maxLen is the largest number of units a match of seq can span.
func maxLen(seq []node) int {
	total := 0
	for _, n := range seq {
		switch n.kind {
		case nWord:
			total++
		case nGap:
			total += n.max
		case nOpt:
			total += maxLen(n.alts[0])
		case nChoice:
			m := 0
			for _, a := range n.alts {
				m = max(m, maxLen(a))
			}
			total += m
		}
	}
	return total
}

func hasKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

func addPos(s []int, p int) []int {
	for _, x := range s {
		if x == p {
			return s
		}
	}
	return append(s, p)
}

// scratch hands out position sets for ends from one buffer, so matching does
// not allocate per attempt. A set never holds more than len(us)+1 positions.
// A full buffer is replaced by one twice as large (the sets handed out stay
// in the old one), so the buffer grows to what the largest attempt needs and
// then serves every attempt: a long sentence and a pattern of many words
// once made a new buffer in every attempt.
type scratch struct{ buf []int }

func (s *scratch) get(n int) []int {
	if len(s.buf)+n > cap(s.buf) {
		s.buf = make([]int, 0, max(4096, 2*cap(s.buf), 4*n))
	}
	l := len(s.buf)
	s.buf = s.buf[:l+n]
	return s.buf[l : l : l+n]
}

func (s *scratch) reset() { s.buf = s.buf[:0] }
