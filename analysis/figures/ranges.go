package figures

import "strings"

// rangeAfter reads the upper bound of a range after a figure.
func (s *scanner) rangeAfter(k int, intro bool, f Figure, lo number) (float64, int, *unit, bool, float64) {
	c := s.tok(k)
	j := k + 1
	switch {
	case c.lower == "to" || c.lower == "through" || c.lower == "thru" || c.s == "~" && !c.gap:
	case isDash(c.s) && (!c.gap || s.tok(k+1).gap) && !(c.gap && !s.tok(k+1).gap && s.tok(k+1).kind == tNum && f.Unit != "" && intro):
	case c.lower == "and" && intro:
	default:
		return 0, k, nil, false, 0
	}
	// same currency sign repeated
	if f.Kind == Money {
		if cur, _, j2 := s.currencyPrefixAt(j); cur != "" {
			j = j2
		}
	}
	neg, j2 := s.signAt(j)
	if neg {
		j = j2
	}
	n, ok, _ := s.numberAt(j, f.Kind == Money)
	if !ok || n.suffix == "th" {
		return 0, k, nil, false, 0
	}
	hi := n.value
	if neg {
		hi = -hi
	}
	e := n.end
	var fromHi *unit
	if f.Unit == "" || f.Kind == Count {
		if uu, e2 := s.unitAt(e, n); uu != nil {
			fromHi = uu
			e = e2
			if uu.scale != 0 {
				hi *= uu.scale
			}
		} else if code, e2 := s.currencyCodeAfter(e); code != "" {
			fromHi = &unit{name: code, kind: Money}
			e = e2
		} else if f.Kind == Count && f.Unit != "" {
			return 0, k, nil, false, 0
		}
	} else if uu, e2 := s.unitAt(e, n); uu != nil {
		if uu.name != f.Unit {
			return 0, k, nil, false, 0
		}
		e = e2
		if uu.scale != 0 {
			hi *= uu.scale
		}
	} else if code, _ := s.currencyCodeAfter(e); code != "" && code != f.Unit {
		return 0, k, nil, false, 0
	} else if code == "" && f.Kind != Money {
		// a bound with its unit, then a number with a noun of its own, is a
		// change and its new level: "rose 11 percent to 8,900 trains"
		if noun, _ := s.countNoun(e); noun != "" {
			return 0, k, nil, false, 0
		}
	}
	if f.Kind == Money && f.Unit != "" && strings.Contains(f.Unit, "/") {
		if s.tok(e).lower == "per" {
			if u2, e2 := s.unitAt(e+1, number{}); u2 != nil {
				e = e2
			}
		}
	}
	// "2 to 3 million": the scale word of the upper bound applies to both
	loV := f.Value
	if !lo.scaled && n.scaled && lo.value <= n.base && lo.value > 0 {
		loV *= n.value / n.base
	}
	// years and dates are not ranges of figures
	if !intro && (hi < loV && !(hi < 0 && loV < 0)) {
		return 0, k, nil, false, 0
	}
	if yearLike(s.tok(lo.start), lo) && (yearLike(s.tok(n.start), n) || len(s.tok(n.start).s) == 2 && n.plainDigit) {
		return 0, k, nil, false, 0
	}
	// "from $5 billion in 1992 to $362.3 billion": a year, then the next figure
	if yearLike(s.tok(lo.start), lo) && f.Unit == "" && yearPrepositions[s.tok(lo.start-1).lower] {
		return 0, k, nil, false, 0
	}
	return hi, e, fromHi, true, loV
}

func fmtNum(v float64) string { return formatFloat(v) }

// yearLike reports whether a number token reads as a year: 1000-2100, four plain digits.
func yearLike(t tok, n number) bool {
	return n.plainDigit && !n.scaled && n.suffix == "" && len(t.s) == 4 && n.value >= 1000 && n.value <= 2100
}

// Words before a year: "in 1992", "since 2015".
var yearPrepositions = map[string]bool{"in": true, "since": true, "until": true, "till": true, "year": true, "by": true}
