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
		// "rose 27 per cent to 4.3 million": a share, then a level
		if f.Kind == Percent && n.scaled {
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

// changeBefore reports whether the "from" at toks[i] opens a change,
// "from X to Y" as two figures, rather than a range: a verb or noun of
// change governs it, right before it ("rose sharply from 5% to 7%") or
// earlier in its clause ("cut the tariffs on Indian goods from 50% to
// 15%", "expand the plant in Karawang, West Java, from 10 GWh to 30 GWh"),
// and no word of a range stands between them ("prices rose, ranging from
// 3 to 5 percent"). The clause ends, going back, at ";", ":", a sentence's
// end, the figure before or after 15 words.
func (s *scanner) changeBefore(i int) bool {
	floor := 0
	if n := len(s.out); n > 0 {
		floor = s.out[n-1].last
	}
	for p := i - 1; p >= floor && p >= i-15; p-- {
		t := s.toks[p]
		if t.kind == tSym && (t.s == ";" || t.s == ":" || t.s == "." || t.s == "?" || t.s == "!") {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if rangeWords[t.lower] {
			return false
		}
		if changeVerbs[t.lower] {
			return true
		}
	}
	return false
}

// rangeWords before "from" make "from X to Y" a range: "ranged from 80,000
// to 95,000 dong", "estimates vary from 3 to 5".
var rangeWords = map[string]bool{"range": true, "ranges": true, "ranged": true, "ranging": true, "vary": true, "varies": true,
	"varied": true, "varying": true, "anywhere": true, "somewhere": true, "spanning": true, "between": true}

// mergeBounds joins "above 1000 and below 1500" into one range.
func (s *scanner) mergeBounds() {
	out := s.out[:0] // in place: out never passes k
	for k := 0; k < len(s.out); k++ {
		a := s.out[k]
		if k+1 < len(s.out) {
			b := s.out[k+1]
			if (a.f.Qualifier == "more than" || a.f.Qualifier == "at least") && (b.f.Qualifier == "less than" || b.f.Qualifier == "at most") &&
				b.first == a.last+1 && (s.toks[a.last].lower == "and" || s.toks[a.last].lower == "but") && a.f.Unit == b.f.Unit && b.f.Value > a.f.Value {
				a.f.High = b.f.Value
				a.f.Qualifier = "range to " + fmtNum(b.f.Value)
				a.f.End = b.f.End
				a.f.NumEnd = b.f.NumEnd
				a.f.Text = s.text[a.f.Start:a.f.End]
				a.last = b.last
				out = append(out, a)
				k++
				continue
			}
		}
		out = append(out, a)
	}
	s.out = out
}
