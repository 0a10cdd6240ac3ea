package figures

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"
)

// raw is a figure found by the scanner, before context is attached.
type raw struct {
	f     Figure
	first int // index of the first token (qualifier included)
	text0 int // index of the first token of Text
	last  int // index after the last token
	// scaled: the number has a scale word or suffix ("60 billion", "$2.2T")
	scaled bool
}

// scanner finds figures in one stretch of text (a sentence).
type scanner struct {
	text string
	toks []tok
	out  []raw
	// periods found while scanning (years, dates) with their token indexes
	years []yearMark
	floor int // subject search does not go left of this token (the previous figure)
	// lineStart tells whether text begins a line of its document (Extract's
	// text does; a sentence in the middle of a line does not)
	lineStart bool
	// doc is the whole document and off the offset of text in it: a list
	// of headlines runs across sentences
	doc string
	off int
}

// yearMark is a year or date that is not a figure but may be a period.
type yearMark struct {
	year       int
	start, end int // byte offsets
}

// scanners keeps scanners, with their token slices, for reuse.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// release clears s, so that it holds no text, and puts it back in scanners.
func (s *scanner) release() {
	clear(s.toks[:cap(s.toks)])
	clear(s.out[:cap(s.out)])
	s.reset("")
	scanners.Put(s)
}

// reset makes s a scanner of text, reusing the memory of its slices.
func (s *scanner) reset(text string) {
	s.text = text
	if need := len(text)/4 + 4; cap(s.toks) < need {
		s.toks = make([]tok, 0, need)
	}
	s.toks = appendTokens(s.toks[:0], text)
	s.out = s.out[:0]
	s.years = s.years[:0]
	s.floor = 0
	s.lineStart = true
	s.doc, s.off = text, 0
}

// atLineStart reports whether toks[i] is the first token of a line.
func (s *scanner) atLineStart(i int) bool {
	for b := s.toks[i].start - 1; b >= 0; b-- {
		switch s.text[b] {
		case '\n', '\r':
			return true
		case ' ', '\t':
			continue
		}
		return false
	}
	return s.lineStart
}

// scan finds every figure in s.text.
func (s *scanner) scan() {
	for i := 0; i < len(s.toks); {
		if !mayStartFigure(&s.toks[i]) {
			i++
			continue
		}
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
	s.sameCurrency()
}

// tourStops are the places of a tour written as a compound with its
// number ("a four-nation tour"), with the unit they count; tourWords the
// journeys.
var (
	tourStops = map[string]string{"nation": "nations", "country": "countries", "city": "cities", "state": "states", "stop": "stops", "leg": "legs"}
	tourWords = map[string]bool{"tour": true, "tours": true, "trip": true, "trips": true, "visit": true, "visits": true,
		"swing": true, "journey": true, "voyage": true, "roadshow": true}
)

func (s *scanner) tok(i int) tok {
	if i < 0 || i >= len(s.toks) {
		return tok{kind: tEnd, gap: true}
	}
	return s.toks[i]
}

// figureAt tries to read a figure starting at token i, where
// mayStartFigure holds. On failure next may point past tokens that must
// not be read again (the parts of a date).
func (s *scanner) figureAt(i int) (raw, int, bool) {
	qual, j := qualifierAt(s.toks, i)
	if qual == "up" || qual == "down" {
		if q2, j2 := qualifierAt(s.toks, j); q2 != "" && q2 != "between" && q2 != "from" && q2 != "up" && q2 != "down" {
			qual, j = q2, j2
		}
	}
	rangeIntro := qual == "between" || qual == "from"
	change := false
	if rangeIntro {
		// "from X to Y" after a change verb ("rose sharply from 5% to 7%")
		// is a change, two figures, not a range
		if qual == "from" && s.changeBefore(i) {
			rangeIntro, change = false, true
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
		if n := len(s.out); (n == 0 || s.out[n-1].last < j-1) && !s.endsAmount(j-1) {
			paren = true
		}
		j++
		textStart = j
		if paren {
			textStart = j - 1
		}
	}
	neg, j2 := s.signAt(j)
	if !neg && j2 > j && textStart == j {
		textStart = j2 // "plus or minus 2.8 percentage points": the figure is 2.8 pp
	}
	j = j2
	cur, _, j3 := s.currencyPrefixAt(j)
	j = j3
	if cur == "" && j == 0 && s.tok(0).kind == tNum {
		// "worth Rs. 500 crore": the sentence was split after "Rs."
		cur = s.prefixBefore()
	}
	if cur != "" {
		if n2, j4 := s.signAt(j); n2 {
			neg = !neg
			j = j4
		}
	}
	if cur == "" && !neg {
		// a year said as broadcasters say it: "twenty-sixteen", "nineteen ninety-two"
		if y, e, ok := s.spokenYear(j); ok {
			s.years = append(s.years, yearMark{year: y, start: s.toks[j].start, end: s.toks[e-1].end})
			return raw{}, e, false
		}
	}
	var num number
	ok, skip := false, j+1
	var share *unit // "two-tenths of a percentage point": the unit after the fraction
	shareEnd := 0
	if cur == "" && !paren {
		if v, numEnd, e, u, ok2 := s.shareOfUnit(j); ok2 {
			if neg {
				v = -v
			}
			num = number{value: v, base: v, start: j, end: numEnd, written: true, share: true}
			share, shareEnd, ok = u, e, true
		}
	}
	switch {
	case share != nil:
		// read by shareOfUnit
	case qual != "" && s.tok(j).lower == "half" && s.halfOf(j):
		num, ok = number{value: 0.5, base: 0.5, start: j, end: j + 1, written: true}, true
	default:
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
	if neg && !num.share {
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
	if strings.HasPrefix(cur, millionsMark) {
		cur = cur[1:]
		f.Value *= 1e6
	}
	if share != nil {
		f.Unit, f.Kind = share.name, share.kind
		k = shareEnd
	} else if cur != "" {
		f.Unit, f.Kind = cur, Money
		// a currency name repeated after the number ("US$ 5 dollars") is part of it
		if uu, k2 := s.unitAt(k, num); uu != nil && uu.kind == Money && uu.scale == 0 {
			k = k2
		}
	} else if code, k2 := s.currencyCodeAfter(k); code != "" {
		if strings.HasPrefix(code, millionsMark) {
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
	// dong and rupiah are written with dots between thousands: "10.000₫", "Rp 12.500"
	if f.Kind == Money && (f.Unit == "VND" || f.Unit == "IDR") && !num.scaled && num.end == num.start+1 {
		if v, ok := dotGrouped(s.toks[num.start].s); ok {
			f.Value = v
			if neg {
				f.Value = -v
			}
		}
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
	// "per kg", "per tonne", "$15.4/hour" after money or a physical unit;
	// "per day" after an amount of a thing ("1.1 million barrels per day",
	// as "500,000 barrels a year") is the period of the amount, not its
	// unit, while "per hour" after a length makes a speed
	if f.Unit != "" && (s.tok(k).lower == "per" || s.tok(k).s == "/" && !s.tok(k).gap && !s.tok(k+1).gap && s.tok(k+1).kind == tWord) {
		if u2, k2 := s.unitAt(k+1, number{}); u2 != nil && u2.kind != Money && u2.kind != Percent &&
			!(u2.kind == Duration && s.tok(k).lower == "per" && f.Kind != Money && f.Kind != Length && f.Kind != Duration) {
			f.Unit += "/" + u2.name
			if f.Kind != Money {
				f.Kind = Other
			}
			k = k2
		}
	}
	if f.Unit == "" && (num.integer || num.written) && !num.scaled && !num.fraction && num.value >= 1 && num.value == math.Trunc(num.value) {
		// "1 in 5", "one in every four", "three out of every ten firms": a ratio, as a percent
		if d, k2, ok := s.ratioAt(k, num.value); ok {
			f.Value, f.Unit, f.Kind = 100*num.value/d, "%", Percent
			k = k2
		}
	} else if f.Unit == "" && num.fraction && num.value <= 1 && !(textStart == 0 && k == len(s.toks)) {
		// "two-thirds of exports", "three quarters": a share, as a percent
		// (alone, as the whole text, a fraction stays a number)
		f.Value, f.Unit, f.Kind = 100*num.value, "%", Percent
	}
	// "1,445.2 per dollar", "150.3 to the dollar", "1,300 against the dollar": an exchange rate
	if f.Unit == "" && (s.tok(k).lower == "per" || (s.tok(k).lower == "to" || s.tok(k).lower == "against") && s.tok(k+1).lower == "the") {
		at := k + 1
		if s.tok(k).lower != "per" {
			at++
		}
		if u2, k2 := s.unitAt(at, number{}); u2 != nil && u2.kind == Money && u2.scale == 0 {
			f.Unit, f.Kind = "per "+u2.name, Other
			k = k2
		}
	}
	// "a four-nation tour", "the three-country trip": the places visited
	if f.Unit == "" && num.written && isDash(s.tok(k).s) && !s.tok(k).gap && !s.tok(k+1).gap && tourWords[s.tok(k+2).lower] {
		if noun := tourStops[s.tok(k+1).lower]; noun != "" {
			f.Unit, f.Kind = noun, Count
			k += 2
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
	if hi, k2, unitFromHi, ok, lo := s.rangeAfter(k, rangeIntro, f, num); ok && !(change && s.tok(k).lower == "to") {
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
	// "exports fell 3.5%", "grew by 2 percentage points": the direction of a change
	if (f.Kind == Percent || f.Kind == PercentagePoints) && f.Qualifier == "" && i > 0 && !change {
		v := i - 1
		if s.toks[v].lower == "by" && v > 0 {
			v--
		}
		switch {
		case upVerbs[s.toks[v].lower]:
			f.Qualifier = "up"
		case downVerbs[s.toks[v].lower]:
			f.Qualifier = "down"
		}
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
	return raw{f: f, first: i, text0: textStart, last: k, scaled: num.scaled}, k, true
}

// prefixBefore returns the currency of a local prefix written with a dot
// ("Rs.", "Rp.", "Tk.") that ends the sentence before this one, which a
// sentence splitter may take for the end of a sentence; "" if there is none.
func (s *scanner) prefixBefore() string {
	b := s.off
	for b > 0 && asciiSpace(s.doc[b-1]) {
		b--
	}
	if b == 0 || s.doc[b-1] != '.' {
		return ""
	}
	a := b - 1
	for a > 0 && asciiLetter(s.doc[a-1]) {
		a--
	}
	if a > 0 && s.doc[a-1] != ' ' && s.doc[a-1] != '(' && s.doc[a-1] != '\n' {
		return ""
	}
	return localPrefixes[s.doc[a:b-1]]
}

// dotGrouped reads "10.000" or "1.250.000", digits grouped by three with
// dots, as a whole number.
func dotGrouped(d string) (float64, bool) {
	parts := strings.Split(d, ".")
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 || !isAllDigits(parts[0]) {
		return 0, false
	}
	v := 0.0
	for i, p := range parts {
		if i > 0 && len(p) != 3 || !isAllDigits(p) {
			return 0, false
		}
		for k := 0; k < len(p); k++ {
			v = v*10 + float64(p[k]-'0')
		}
	}
	return v, true
}

// spokenYear reads a year written as it is said, at toks[j]: "nineteen" or
// "twenty", a hyphen or a space, then ten to ninety-nine ("twenty-sixteen",
// "twenty twenty-one", "nineteen ninety-two"). Followed by a unit or a
// plural noun it is no year ("twenty fifteen-minute breaks").
func (s *scanner) spokenYear(j int) (int, int, bool) {
	var century int
	switch s.tok(j).lower {
	case "twenty":
		century = 20
	case "nineteen":
		century = 19
	default:
		return 0, j, false
	}
	k := j + 1
	if isDash(s.tok(k).s) && !s.tok(k).gap && !s.tok(k+1).gap {
		k++
	} else if !s.tok(k).gap {
		return 0, j, false
	}
	w := s.tok(k)
	if w.kind != tWord {
		return 0, j, false
	}
	y := 0
	if v, ok := smallNumbers[w.lower]; ok && v >= 10 {
		y = int(v)
		k++
	} else if v, ok := tensNumbers[w.lower]; ok {
		y = int(v)
		k++
		if isDash(s.tok(k).s) && !s.tok(k).gap && !s.tok(k+1).gap {
			if u, ok := smallNumbers[s.tok(k+1).lower]; ok && u >= 1 && u <= 9 {
				y += int(u)
				k += 2
			}
		}
	} else {
		return 0, j, false
	}
	if nx := s.tok(k); nx.kind == tWord && (unitFirst[nx.lower] || isLowerAlpha(nx.s) && isPlural(nx.lower)) || isDash(nx.s) && !nx.gap {
		return 0, j, false
	}
	return century*100 + y, k, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// signAt reads a minus sign ("-", "−", "minus") attached to the number.
func (s *scanner) signAt(j int) (bool, int) {
	t := s.tok(j)
	if t.kind == tWord && t.lower == "minus" && j+1 < len(s.toks) {
		if j >= 2 && s.toks[j-1].lower == "or" && s.toks[j-2].lower == "plus" {
			return false, j + 1 // "a margin of error of plus or minus 2.8 percentage points"
		}
		return true, j + 1
	}
	if t.kind == tSym && (t.s == "-" || t.s == "−") && j+1 < len(s.toks) && !s.toks[j+1].gap &&
		(s.toks[j+1].kind == tNum) {
		// not the dash of "2013-14" or "F-16", nor of "75 -300mm" (a dash between two numbers)
		if j > 0 && (!t.gap && s.toks[j-1].kind == tWord || s.toks[j-1].kind == tNum) {
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

// endsAmount reports whether token k can end an amount that dipstat did not
// read as one ("Sh180 billion ($1.39 billion)"): a number, a scale word or a
// currency's name. A bracketed amount after it (or one word after a figure:
// "9,000 kwacha ($340)") converts that amount, and is no accounting
// negative.
func (s *scanner) endsAmount(k int) bool {
	t := s.tok(k)
	if t.kind == tNum || scaleWords[t.lower] > 0 || suffixScale[t.s] > 0 {
		return true
	}
	u := unitWords[t.lower]
	return u != nil && u.kind == Money
}
