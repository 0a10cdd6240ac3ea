package facet

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/dipstat/dipstat/analysis/stats"
	"github.com/dipstat/dipstat/analysis/terms"
)

// KeyPair is a keyness query between two facet values: "side=China:ROK"
// compares the words of China's sentences (the target) with ROK's (the
// reference).
type KeyPair struct {
	Facet          Facet
	Target, Ref    string
	TargetLabel    string // "side=China"
	ReferenceLabel string // "side=ROK"
}

// ParseKeyPair parses FACET=A:B. ok is false when s has no "=" (a period
// keyness, such as "latest"); err says what is wrong with one that has.
func ParseKeyPair(s string) (kp KeyPair, ok bool, err error) {
	name, pair, found := strings.Cut(s, "=")
	if !found {
		return kp, false, nil
	}
	f, err := Parse(name)
	if err != nil {
		return kp, true, err
	}
	a, b, found := strings.Cut(pair, ":")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if !found || a == "" || b == "" || a == b {
		return kp, true, fmt.Errorf("%q: want FACET=A:B with two different values, such as side=China:ROK", s)
	}
	return KeyPair{Facet: f, Target: a, Ref: b, TargetLabel: f.Name + "=" + a, ReferenceLabel: f.Name + "=" + b}, true, nil
}

// Keyness compares the terms of two facet values with G2, the log ratio
// and LRC, as terms.Result.Keyness compares periods: target and ref are
// the results (every term: Query.Top 0) of the counters of the two values.
// Direction is "only A", "more A", "more B" or "only B" (A the target);
// the terms more frequent in the target come first, then the others, each
// by G2; terms seen fewer than minCount times on both sides together are
// left out, and top > 0 keeps the top strongest of each direction.
func Keyness(kp KeyPair, target, ref *terms.Result, minCount, top int) *terms.Keyness {
	k := &terms.Keyness{Target: kp.TargetLabel, Reference: []string{kp.ReferenceLabel},
		TargetDocs: target.Docs, RefDocs: ref.Docs, TargetTokens: target.Tokens, RefTokens: ref.Tokens}
	type key struct {
		term string
		n    int
	}
	rows := map[key]*terms.KeyRow{}
	var order []key
	row := func(t terms.Term) *terms.KeyRow {
		kk := key{t.Term, t.N}
		r := rows[kk]
		if r == nil {
			r = &terms.KeyRow{Term: t.Term, N: t.N}
			rows[kk] = r
			order = append(order, kk)
		}
		return r
	}
	for _, t := range target.Terms {
		r := row(t)
		r.Target, r.TargetDocs = t.Count, t.Docs
	}
	for _, t := range ref.Terms {
		r := row(t)
		r.Ref, r.RefDocs = t.Count, t.Docs
	}
	c1, d1 := float64(k.TargetTokens), float64(k.RefTokens)
	var pos, neg []terms.KeyRow
	for _, kk := range order {
		r := rows[kk]
		if r.Target+r.Ref < max(minCount, 1) || c1 == 0 || d1 == 0 {
			continue
		}
		r.TargetPer10k = float64(r.Target) * 10000 / c1
		r.RefPer10k = float64(r.Ref) * 10000 / d1
		r.Key = stats.Keyness(float64(r.Target), float64(r.Ref), c1, d1)
		switch {
		case r.Ref == 0:
			r.Direction = "only " + kp.Target
		case r.Target == 0:
			r.Direction = "only " + kp.Ref
		case r.TargetPer10k >= r.RefPer10k:
			r.Direction = "more " + kp.Target
		default:
			r.Direction = "more " + kp.Ref
		}
		if r.TargetPer10k >= r.RefPer10k {
			pos = append(pos, *r)
		} else {
			neg = append(neg, *r)
		}
	}
	for _, rs := range []*[]terms.KeyRow{&pos, &neg} {
		slices.SortFunc(*rs, func(a, b terms.KeyRow) int {
			if a.G2 != b.G2 && !(math.IsNaN(a.G2) && math.IsNaN(b.G2)) {
				if a.G2 > b.G2 || math.IsNaN(b.G2) {
					return -1
				}
				return 1
			}
			return cmp.Or(strings.Compare(a.Term, b.Term), a.N-b.N)
		})
		if top > 0 && len(*rs) > top {
			*rs = (*rs)[:top]
		}
	}
	k.Rows = append(pos, neg...)
	return k
}
