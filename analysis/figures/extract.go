package figures

import (
	"math"
	"strings"
	"unicode"
)

// raw is a figure found by the scanner, before context is attached.
type raw struct {
	f     Figure
	first int // index of the first token (qualifier included)
	text0 int // index of the first token of Text
	last  int // index after the last token
}

// scanner finds figures in one stretch of text (a sentence).
type scanner struct {
	text string
	toks []tok
	out  []raw
	// periods found while scanning (years, dates) with their token indexes
	years []yearMark
	floor int // subject search does not go left of this token (the previous figure)
}

// yearMark is a year or date that is not a figure but may be a period.
type yearMark struct {
	year       int
	start, end int // byte offsets
}

func newScanner(text string) *scanner { return &scanner{text: text, toks: lex(text)} }

// scan finds every figure in s.text.
func (s *scanner) scan() {
	for i := 0; i < len(s.toks); {
		r, next, ok := s.figureAt(i)
		if ok && next > i {
			s.out = append(s.out, r)
			i = next
			continue
		}
		if next > i {
			i = next
		} else {
			i++
		}
	}
	s.mergeBounds()
}

// mergeBounds joins "above 1000 and below 1500" into one range.
func (s *scanner) mergeBounds() {
	var out []raw
	for k := 0; k < len(s.out); k++ {
		a := s.out[k]
		if k+1 < len(s.out) {
			b := s.out[k+1]
			if (a.f.Qualifier == "more than" || a.f.Qualifier == "at least") && (b.f.Qualifier == "less than" || b.f.Qualifier == "at most") &&
				b.first == a.last+1 && s.toks[a.last].lower == "and" && a.f.Unit == b.f.Unit && b.f.Value > a.f.Value {
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

func (s *scanner) tok(i int) tok {
	if i < 0 || i >= len(s.toks) {
		return tok{kind: tEnd, gap: true}
	}
	return s.toks[i]
}

// attached reports whether toks[i] directly follows toks[i-1] with no space.
func (s *scanner) attached(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].gap }

// figureAt tries to read a figure starting at token i. On failure next may
// point past tokens that must not be read again (the parts of a date).
func (s *scanner) figureAt(i int) (raw, int, bool) {
	t := s.toks[i]
	if t.kind == tSym && !isDash(t.s) && currencySigns[t.s] == "" && t.s != "(" {
		return raw{}, i, false
	}
	// most words start no figure: only qualifiers, number words, "a"/"half",
	// currency codes and the short letters before "$" ("us $", "hk $") do
	if t.kind == tWord && len(t.s) > 4 && !qualFirst[t.lower] && !isNumberWord(t.lower) && t.lower != "minus" && t.lower != "quarter" {
		return raw{}, i, false
	}
	qual, j := qualifierAt(s.toks, i)
	if qual == "up" || qual == "down" {
		if q2, j2 := qualifierAt(s.toks, j); q2 != "" && q2 != "between" && q2 != "from" && q2 != "up" && q2 != "down" {
			qual, j = q2, j2
		}
	}
	rangeIntro := qual == "between" || qual == "from"
	if rangeIntro {
		// "from X to Y" after a change verb is a change, not a range
		if qual == "from" && i > 0 && changeVerbs[s.toks[i-1].lower] {
			rangeIntro = false
		}
		qual = ""
	}
	if j == len(s.toks) {
		return raw{}, i, false
	}
	textStart := j
	// accounting negative: ($99.99)
	paren := false
	if s.tok(j).s == "(" && j+1 < len(s.toks) && currencySigns[s.tok(j+1).s] != "" && !s.tok(j+1).gap {
		// "($99.99)" is an accounting negative, but "20 trillion won ($14.5
		// billion)" is a conversion of the figure before
		if n := len(s.out); n == 0 || s.out[n-1].last != j {
			paren = true
		}
		j++
		textStart = j
		if paren {
			textStart = j - 1
		}
	}
	neg, j2 := s.signAt(j)
	j = j2
	cur, _, j3 := s.currencyPrefixAt(j)
	j = j3
	if cur != "" {
		if n2, j4 := s.signAt(j); n2 {
			neg = !neg
			j = j4
		}
	}
	var num number
	ok, skip := false, j+1
	if qual != "" && s.tok(j).lower == "half" {
		num, ok = number{value: 0.5, base: 0.5, start: j, end: j + 1, written: true}, true
	} else {
		num, ok, skip = s.numberAt(j, cur != "")
	}
	if !ok {
		return raw{}, max(skip, i), false
	}
	if num.suffix == "th" {
		// ordinals: "30th anniversary", "32nd APEC"
		if neg || cur != "" || paren {
			return raw{}, num.end, false
		}
		f := Figure{Value: num.value, Kind: Ordinal}
		f.Start, f.End = s.toks[num.start].start, s.toks[num.end-1].end
		f.QualStart, f.NumStart, f.NumEnd = f.Start, f.Start, f.End
		f.Text = s.text[f.Start:f.End]
		return raw{f: f, first: num.start, text0: num.start, last: num.end}, num.end, true
	}
	if neg {
		num.value = -num.value
	}
	f := Figure{Value: num.value, Qualifier: qual}
	k := num.end
	var u *unit

	// ± uncertainty
	if s.tok(k).s == "±" || s.tok(k).s == "+/-" {
		if n2, ok2, _ := s.numberAt(k+1, false); ok2 {
			f.Qualifier = "±" + fmtNum(n2.value)
			k = n2.end
		}
	}
	if strings.HasPrefix(cur, "M") {
		cur = cur[1:]
		f.Value *= 1e6
	}
	if cur != "" {
		f.Unit, f.Kind = cur, Money
		// a currency name repeated after the number ("US$ 5 dollars") is part of it
		if uu, k2 := s.unitAt(k, num); uu != nil && uu.kind == Money && uu.scale == 0 {
			k = k2
		}
	} else if code, k2 := s.currencyCodeAfter(k); code != "" {
		if strings.HasPrefix(code, "M") {
			code = code[1:]
			f.Value *= 1e6
		}
		f.Unit, f.Kind = code, Money
		k = k2
		// "75 USD million"
		if sc, ok := scaleWords[s.tok(k).lower]; ok && sc >= 1e3 && !num.scaled {
			f.Value *= sc
			k++
		}
	} else if uu, k2 := s.unitAt(k, num); uu != nil {
		u = uu
		f.Unit, f.Kind = u.name, u.kind
		if u.scale != 0 {
			f.Value *= u.scale
		}
		k = k2
		// "pounds" with a scale word is money, else mass
		if u.name == "lb" && num.scaled && !num.written || u.name == "lb" && num.scaled && num.value >= 1e6 {
			f.Unit, f.Kind = "GBP", Money
		}
	} else if num.suffix != "" {
		// an attached suffix that is neither a scale nor a unit: "5G", "13F", "3D"
		return raw{}, num.end, false
	}
	// ages: "29 years old", "a 29-year-old", "six weeks of age"
	aged := false
	if f.Kind == Duration {
		aged = true
		switch {
		case s.tok(k).lower == "old":
			k++
		case isDash(s.tok(k).s) && !s.tok(k).gap && s.tok(k+1).lower == "old" && !s.tok(k+1).gap:
			k += 2
		case s.tok(k).lower == "of" && s.tok(k+1).lower == "age":
			k += 2
		default:
			aged = false
		}
	}
	// compound money: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50"
	if f.Kind == Money && cur == "" && (u == nil || u.scale == 0) && !num.scaled {
		k = s.cents(&f, k)
	}
	// "per kg", "per tonne" after money or a physical unit
	if f.Unit != "" && s.tok(k).lower == "per" {
		if u2, k2 := s.unitAt(k+1, number{}); u2 != nil && u2.kind != Money && u2.kind != Percent {
			f.Unit += "/" + u2.name
			if f.Kind != Money {
				f.Kind = Other
			}
			k = k2
		}
	}
	if f.Unit == "" {
		if noun, k2 := s.countNoun(k); noun != "" {
			f.Unit, f.Kind = noun, Count
			k = k2
		} else {
			f.Kind = Count
		}
	}
	if paren && s.tok(k).s == ")" {
		if !neg {
			f.Value = -f.Value
		}
		k++
	}
	// range: "20 to 30", "1000-5000", "between 20 and 30", "$350 per kg to $680 per kg"
	if hi, k2, unitFromHi, ok, lo := s.rangeAfter(k, rangeIntro, f, num); ok {
		if unitFromHi != nil {
			f.Unit, f.Kind = unitFromHi.name, unitFromHi.kind
			if unitFromHi.scale != 0 {
				lo *= unitFromHi.scale
			}
		}
		if hi < lo {
			lo, hi = hi, lo
		}
		f.Value, f.High = lo, hi
		f.Qualifier = "range to " + fmtNum(hi)
		k = k2
	} else if rangeIntro {
		// "between" or "from" without a second bound: "from $ 63.45"
		i = textStart
	}
	if pq, k2 := postQualifier(s.toks, k); pq != "" && (f.Qualifier == "" || f.Qualifier == "about") {
		f.Qualifier = pq
		k = k2
	}
	if f.Kind == Duration && (s.tok(i).lower == "over" || s.tok(i).lower == "under") && !aged {
		// "over five years" is a span of time, not a bound
		f.Qualifier = ""
		i = textStart
	}
	if !s.accept(&f, num, i, textStart, k) {
		return raw{}, num.end, false
	}
	f.Start = s.toks[textStart].start
	f.End = s.toks[k-1].end
	f.QualStart = s.toks[i].start
	f.NumStart = s.toks[num.start].start
	f.NumEnd = s.toks[num.end-1].end
	f.Text = s.text[f.Start:f.End]
	if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
		return raw{}, k, false
	}
	return raw{f: f, first: i, text0: textStart, last: k}, k, true
}

// signAt reads a minus sign ("-", "−", "minus") attached to the number.
func (s *scanner) signAt(j int) (bool, int) {
	t := s.tok(j)
	if t.kind == tWord && t.lower == "minus" && j+1 < len(s.toks) {
		return true, j + 1
	}
	if t.kind == tSym && (t.s == "-" || t.s == "−") && j+1 < len(s.toks) && !s.toks[j+1].gap &&
		(s.toks[j+1].kind == tNum) {
		// not the dash of "2013-14" or "F-16"
		if j > 0 && !t.gap && (s.toks[j-1].kind == tNum || s.toks[j-1].kind == tWord) {
			return false, j
		}
		return true, j + 1
	}
	// tokenized text: "- 20 degrees"
	if t.kind == tSym && (t.s == "-" || t.s == "−") && j+1 < len(s.toks) && s.toks[j+1].kind == tNum && (j == 0 || s.toks[j-1].kind == tWord && (s.toks[j-1].lower == "convert" || s.toks[j-1].lower == "is")) {
		return true, j + 1
	}
	return false, j
}

// currencyPrefixAt reads "$", "US$", "us $", "u.s $", "c $", "HK$", "RMB",
// "USD", "MUSD" before a number. It returns the ISO code ("" if none), the
// number of tokens of the prefix and the index after it.
func (s *scanner) currencyPrefixAt(j int) (string, int, int) {
	t := s.tok(j)
	if t.kind == tSym {
		if c := currencySigns[t.s]; c != "" {
			if next := s.tok(j + 1); next.kind == tNum || next.kind == tWord && isNumberWord(next.lower) || next.s == "-" {
				return c, 1, j + 1
			}
		}
		return "", 0, j
	}
	if t.kind != tWord {
		return "", 0, j
	}
	// letters then "$": us $, u.s $, u . s . $, c $, hk $, HK$
	var b strings.Builder
	k := j
	for k < len(s.toks) && k < j+5 {
		tk := s.toks[k]
		if tk.kind == tWord && len(tk.lower) <= 3 || tk.s == "." {
			if tk.s != "." {
				b.WriteString(tk.lower)
			} else {
				b.WriteString(".")
			}
			k++
			continue
		}
		break
	}
	if k < len(s.toks) && s.toks[k].s == "$" && k > j {
		p := strings.TrimSuffix(b.String(), ".")
		if c, ok := dollarPrefixes[p]; ok && (s.toks[k].gap == false || len(p) > 1 || p == "c") {
			if next := s.tok(k + 1); next.kind == tNum || next.kind == tWord && isNumberWord(next.lower) {
				return c, k + 1 - j, k + 1
			}
		}
	}
	// ISO codes before the number: "USD 200", "RMB 5 billion", "MUSD 30"
	next := s.tok(j + 1)
	if next.kind == tNum || next.kind == tWord && isNumberWord(next.lower) && next.lower != "one" {
		if c, ok := codeOf(t.s); ok {
			return c, 1, j + 1
		}
		if c, ok := millionCode(t.s); ok {
			return "M" + c, 1, j + 1
		}
	}
	return "", 0, j
}

// codeOf recognises an ISO currency code (upper case, or lower case in
// lower-cased text).
func codeOf(w string) (string, bool) {
	if c, ok := currencyCodes[w]; ok {
		return c, true
	}
	up := strings.ToUpper(w)
	if w == strings.ToLower(w) && up != "TRY" && up != "PHP" && up != "SAR" && up != "RUB" && up != "CAD" {
		if c, ok := currencyCodes[up]; ok {
			return c, true
		}
	}
	return "", false
}

// millionCode recognises "MUSD", "MEUR": millions of a currency.
func millionCode(w string) (string, bool) {
	if len(w) == 4 && (w[0] == 'M' || w[0] == 'm') {
		if c, ok := codeOf(w[1:]); ok && w[1:] != "try" {
			return c, true
		}
	}
	return "", false
}

// currencyCodeAfter reads an ISO code or a currency sign after a number.
func (s *scanner) currencyCodeAfter(k int) (string, int) {
	t := s.tok(k)
	if t.kind == tSym {
		if c := currencySigns[t.s]; c != "" && (!t.gap || c != "USD" || s.tok(k+1).kind != tNum) {
			return c, k + 1
		}
		return "", k
	}
	if t.kind != tWord {
		return "", k
	}
	if c, ok := codeOf(t.s); ok {
		return c, k + 1
	}
	if c, ok := millionCode(t.s); ok {
		return "M" + c, k + 1
	}
	return "", k
}

// cents merges "3 dollars 50 cents", "15 USD 50" into one amount.
func (s *scanner) cents(f *Figure, k int) int {
	j := k
	if s.tok(j).lower == "and" {
		j++
	}
	t := s.tok(j)
	if t.kind != tNum && !(t.kind == tWord && isNumberWord(t.lower)) {
		return k
	}
	n, ok, _ := s.numberAt(j, false)
	if !ok || n.scaled || n.value >= 100 || n.value != math.Trunc(n.value) || n.value < 1 {
		return k
	}
	e := n.end
	if w := s.tok(e).lower; w == "cents" || w == "cent" || w == "pence" {
		f.Value += n.value / 100
		return e + 1
	}
	// no sub-unit word: only at the end of a clause ("thirteen dollars forty five")
	nx := s.tok(e)
	if e >= len(s.toks) || nx.isPunct() || nx.lower == "more" || nx.lower == "less" {
		if s.tok(j).lower != "and" && s.tok(k).lower != "and" {
			f.Value += n.value / 100
			return e
		}
	}
	return k
}

// rangeAfter reads the upper bound of a range after a figure.
func (s *scanner) rangeAfter(k int, intro bool, f Figure, lo number) (float64, int, *unit, bool, float64) {
	c := s.tok(k)
	j := k + 1
	switch {
	case c.lower == "to" || c.lower == "through" || c.lower == "thru":
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
	return hi, e, fromHi, true, loV
}

func fmtNum(v float64) string { return formatFloat(v) }

func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// yearLike reports whether a number token reads as a year: 1000-2100, four plain digits.
func yearLike(t tok, n number) bool {
	return n.plainDigit && !n.scaled && n.suffix == "" && len(t.s) == 4 && n.value >= 1000 && n.value <= 2100
}
