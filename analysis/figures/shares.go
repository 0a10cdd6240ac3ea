package figures

import (
	"math"
	"strings"
)

// Shares of a unit and ratios: "a quarter of a percentage point", "3 in 10",
// "one out of every five".

// shareOfUnit reads a fraction of one percent or percentage point at
// toks[j], which wire copy writes in words: "two-tenths of a percentage
// point" (0.2 pp), "three-quarters of a percentage point", "half a
// percentage point", "a quarter of a percentage point", "a tenth of a
// percent", "one-half of one percent", "a quarter percentage point". It
// returns the value, the index where the unit starts, the index after the
// unit, and the unit.
func (s *scanner) shareOfUnit(j int) (float64, int, int, *unit, bool) {
	k := j
	v := 0.0
	article := func(i int) bool { w := s.tok(i).lower; return w == "a" || w == "an" || w == "one" }
	switch t := s.tok(j); {
	case t.lower == "half":
		v = 0.5
		k++
		if s.isWord(k, "of") {
			k++
		}
		if !article(k) {
			return 0, j, j, nil, false
		}
		k++
	case article(j):
		k++
		if isDash(s.tok(k).s) && !s.tok(k).gap && !s.tok(k+1).gap {
			k++
		}
		w := s.tok(k).lower
		d, ok := fractionWords[w]
		if !ok || strings.HasSuffix(w, "s") {
			return 0, j, j, nil, false
		}
		v = 1 / d
		k++
		if s.isWord(k, "of") {
			if !article(k + 1) {
				return 0, j, j, nil, false
			}
			k += 2
		}
	default:
		n, ok := smallNumbers[t.lower]
		if !ok || n < 2 || n > 9 {
			return 0, j, j, nil, false
		}
		k++
		if isDash(s.tok(k).s) && !s.tok(k).gap && !s.tok(k+1).gap {
			k++
		}
		w := s.tok(k).lower
		d, ok := fractionWords[w]
		if !ok || !strings.HasSuffix(w, "s") || d <= n {
			return 0, j, j, nil, false
		}
		v = n / d
		k++
		if s.isWord(k, "of") {
			if !article(k + 1) {
				return 0, j, j, nil, false
			}
			k += 2
		}
	}
	if s.tok(k).lower == "percentage" && !s.isWord(k+1, "point") && !s.isWord(k+1, "points") {
		return 0, j, j, nil, false
	}
	u, e := s.unitAt(k, number{})
	if u == nil || u.kind != Percent && u.kind != PercentagePoints {
		return 0, j, j, nil, false
	}
	return v, k, e, u, true
}

// ratioAt reads the denominator of a ratio after a whole numerator num at
// toks[k]: "in 5", "in every four", "out of 10", "out of every ten". A bare
// "in" takes only 2-100 and 1000 ("1 in 5", "one in 20", not "3 in 2024",
// nor "two in 30 days"); "every"
// and "out of" make any larger whole number a denominator.
func (s *scanner) ratioAt(k int, num float64) (float64, int, bool) {
	j := k
	explicit := false
	switch {
	case s.tok(j).lower == "in":
		j++
	case s.tok(j).lower == "out" && s.tok(j+1).lower == "of":
		j += 2
		explicit = true
	default:
		return 0, k, false
	}
	if s.tok(j).lower == "every" {
		j++
		explicit = true
	}
	d, ok, _ := s.numberAt(j, false)
	if !ok || d.suffix != "" || d.scaled || d.fraction || d.value <= num || d.value != math.Trunc(d.value) || d.start != j {
		return 0, k, false
	}
	// "one in 20 said" too, but not "two in 30 days"
	if !explicit && !(d.value <= 10 || d.value == 100 || d.value == 1000 || d.value <= 100 && !s.timeUnitAt(d.end)) || explicit && d.value > 1e6 {
		return 0, k, false
	}
	// "3 in 10 Americans" yes; "one in 2024" is a year, kept out above
	return d.value, d.end, true
}

// timeUnitAt reports whether toks[k] is a unit of time ("days", "years").
func (s *scanner) timeUnitAt(k int) bool {
	u, _ := s.unitAt(k, number{})
	return u != nil && u.kind == Duration
}
