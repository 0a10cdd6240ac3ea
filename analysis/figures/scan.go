package figures

import (
	"strconv"
	"strings"
)

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// numberAt reads a number at toks[j]: digits with separators, fractions,
// suffixes and scale words, or a written-out number. skip is the index to
// resume at when the tokens are a non-figure (a decade, a time, a date).
func (s *scanner) numberAt(j int, money bool) (number, bool, int) {
	t := s.tok(j)
	switch t.kind {
	case tNum:
		return s.digitsAt(j, money)
	case tWord:
		// "more than half people"; but "nearly half of all visitors", like
		// "half of", is a vague share, not a figure
		if t.lower == "half" && j > 0 && s.halfOf(j) {
			if _, ok := qualifierPhrases[s.toks[j-1].lower]; ok {
				return number{value: 0.5, base: 0.5, start: j, end: j + 1, written: true}, true, j + 1
			}
		}
		n, ok := parseWritten(s.toks, j)
		if ok {
			n.base = n.value
			return n, ok, j + 1
		}
		// "a gallon", "an acre": one of a physical unit
		if (t.lower == "a" || t.lower == "an") && s.tok(j+1).kind == tWord {
			if u, _ := s.unitAt(j+1, number{}); u != nil && (u.kind == Mass || u.kind == Length || u.kind == Area || u.family == "volume") && len(s.tok(j+1).s) > 2 {
				return number{value: 1, base: 1, start: j, end: j + 1, written: true}, true, j + 1
			}
		}
		return n, false, j + 1
	}
	return number{}, false, j + 1
}

func (s *scanner) isWord(i int, w string) bool { return s.tok(i).lower == w }

// halfOf reports whether a bounded "half" at toks[j] counts the plural noun
// after it ("more than half people"). "nearly half of all visitors",
// "nearly half said", "about half an hour" are no figures: a bare half is not.
func (s *scanner) halfOf(j int) bool {
	t := s.tok(j + 1)
	return t.kind == tWord && t.gap && isLowerAlpha(t.s) && isPlural(t.lower) && !stopword(t.lower)
}

func (s *scanner) digitsAt(j int, money bool) (number, bool, int) {
	t := s.toks[j]
	v, ok := parseDigits(t.s)
	if !ok {
		// "1.250.000": thousands grouped with dots, as dong and rupiah are written
		if v, ok = dotGrouped(t.s); !ok {
			return number{}, false, j + 1
		}
	}
	n := number{start: j, value: v, plainDigit: isAllDigits(t.s), integer: !strings.Contains(t.s, ".")}
	e := j + 1
	// "2½ hours", "3¾ percent": a vulgar fraction glued to the digits
	if f := vulgarFractions[s.tok(e).s]; f != 0 && !s.tok(e).gap && isAllDigits(t.s) {
		v += f
		e++
		n.plainDigit, n.integer = false, false
	}
	// space-grouped thousands: "1 234 567", "10 000 dollars"
	if n.plainDigit && len(t.s) <= 3 {
		for {
			g := s.tok(e)
			if g.kind == tNum && g.gap && len(g.s) == 3 && isAllDigits(g.s) && s.tok(e+1).s != "/" && !(s.tok(e+1).kind == tWord && !s.tok(e+1).gap && ordinalSuffix(s.tok(e+1).lower)) {
				gv, _ := strconv.ParseFloat(g.s, 64)
				v = v*1000 + gv
				e++
				n.plainDigit = false
				continue
			}
			break
		}
	}
	// tokenized text writes decimals with spaces: "46 . 8 million", "6 . 2 %"
	if n.plainDigit && s.tok(e).s == "." && s.tok(e).gap && s.tok(e+1).kind == tNum && s.tok(e+1).gap && isAllDigits(s.tok(e+1).s) {
		if dv, err := strconv.ParseFloat(t.s+"."+s.tok(e+1).s, 64); err == nil {
			v = dv
			e += 2
			n.plainDigit, n.integer = false, false
		}
	}
	// spoken decimals in digits: "1 point 5 percent", "2 point 5 billion dollars"
	if n.plainDigit && s.tok(e).lower == "point" && s.tok(e).gap && s.tok(e+1).kind == tNum && s.tok(e+1).gap && isAllDigits(s.tok(e+1).s) && pointFollower(s.tok(e+2)) {
		if dv, err := strconv.ParseFloat(t.s+"."+s.tok(e+1).s, 64); err == nil {
			v = dv
			e += 2
			n.plainDigit, n.integer = false, false
		}
	}
	// fractions: "10 1/2", "1/4"
	if g := s.tok(e); g.kind == tNum && g.gap && n.integer && s.tok(e+1).s == "/" && !s.tok(e+1).gap && s.tok(e+2).kind == tNum && !s.tok(e+2).gap {
		a, _ := strconv.ParseFloat(g.s, 64)
		b, _ := strconv.ParseFloat(s.tok(e+2).s, 64)
		if commonDenominator(b) && a < b && isAllDigits(g.s) && isAllDigits(s.tok(e+2).s) {
			v += a / b
			e += 3
			n.plainDigit = false
		}
	} else if g := s.tok(e); g.s == "/" && !g.gap && s.tok(e+1).kind == tNum && !s.tok(e+1).gap {
		b, _ := strconv.ParseFloat(s.tok(e+1).s, 64)
		if n.plainDigit && isAllDigits(s.tok(e+1).s) && commonDenominator(b) && v < b && v <= 3 && !(s.tok(e+2).s == "/") {
			v /= b
			e += 2
			n.plainDigit = false
			n.integer = false
		} else {
			// a date, a score or a ratio: 11/5, 20/2030
			return number{}, false, e + 2
		}
	}
	n.base = v
	// attached suffix
	if w := s.tok(e); w.kind == tWord && !w.gap {
		switch {
		case ordinalSuffix(w.lower):
			n.value, n.end, n.suffix = v, e+1, "th"
			return n, true, e + 1
		case w.s == "s" || w.s == "S" || w.lower == "ies":
			return number{}, false, e + 1 // 1960s
		case w.lower == "am" || w.lower == "pm" || w.lower == "h" && s.tok(e+1).kind == tNum:
			return number{}, false, e + 1
		case suffixScale[w.s] != 0 && !(w.s == "K" && strings.Contains(t.s, ".") && len(t.s)-strings.Index(t.s, ".") > 2):
			v *= suffixScale[w.s]
			n.scaled = true
			e++
			e = s.scaleDot(e)
		case (w.s == "m" || w.s == "b") && s.millionNoun(e+1):
			// "1.5m visitors", "300m yuan": millions, not metres
			v *= moneySuffixScale[w.s]
			n.scaled = true
			e++
		case money && moneySuffixScale[w.s] != 0:
			v *= moneySuffixScale[w.s]
			n.scaled = true
			e++
		default:
			n.suffix = w.s
		}
	}
	// hyphenated: "$12-billion", "₱35-billion modernization allocation"
	if d := s.tok(e); isDash(d.s) && !d.gap && n.suffix == "" && !n.scaled {
		if w := s.tok(e + 1); w.kind == tWord && !w.gap && !strings.HasSuffix(w.lower, "s") && scaleWords[w.lower] >= 1e3 {
			v *= scaleWords[w.lower]
			n.scaled = true
			e += 2
			e = s.scaleDot(e)
		}
	}
	// separated scale words: "2 million", "10 bln", "2.33 k", "13 lakh"
	if w := s.tok(e); w.kind == tWord && w.gap && n.suffix == "" && !n.scaled {
		if sc, ok := scaleWords[w.lower]; ok && (!strings.HasSuffix(w.lower, "s") || w.lower == "dozens") || w.s == "k" {
			if w.s == "k" {
				sc = 1e3
			}
			v *= sc
			n.scaled = true
			e++
			// a larger scale word after it multiplies: "1.5 lakh crore",
			// "30 thousand crore", "5 hundred thousand"
			for w2 := s.tok(e); w2.kind == tWord && w2.gap && !strings.HasSuffix(w2.lower, "s") && scaleWords[w2.lower] > sc && scaleWords[w2.lower] >= 1e3; w2 = s.tok(e) {
				sc = scaleWords[w2.lower]
				v *= sc
				e++
			}
			e = s.scaleDot(e)
			if s.isWord(e, "and") && (s.isWord(e+1, "a") || s.isWord(e+1, "an")) && s.isWord(e+2, "half") {
				v += 0.5 * sc
				e += 3
			}
		}
	}
	n.value, n.end = v, e
	return n, true, e
}

// scaleDot takes the dot of an abbreviated scale word ("$550 bil.", "Rs 5
// mil.") into the number: toks[e-1] is the scale word.
func (s *scanner) scaleDot(e int) int {
	if dottedScales[s.tok(e-1).lower] && s.tok(e).s == "." && !s.tok(e).gap {
		return e + 1
	}
	return e
}

func ordinalSuffix(w string) bool { return w == "st" || w == "nd" || w == "rd" || w == "th" }

var durationAdjectives = map[string]bool{"consecutive": true, "straight": true, "successive": true, "full": true, "more": true, "additional": true, "extra": true}

// unitAt matches a unit at toks[k]; it returns nil when there is none.
func (s *scanner) unitAt(k int, num number) (*unit, int) {
	if k >= len(s.toks) {
		return nil, k
	}
	// hyphen compounds: "3-inch", "six-mile", "12-cent", "one-yen"
	if isDash(s.toks[k].s) && !s.toks[k].gap && k+1 < len(s.toks) && !s.toks[k+1].gap && s.toks[k+1].kind == tWord {
		// "Five-Year Plan" is a name
		if num.written && isCapitalized(s.tok(num.start).s) && isCapitalized(s.toks[k+1].s) {
			return nil, k
		}
		k++
	}
	if durationAdjectives[s.tok(k).lower] && s.tok(k).gap && !(durationAdjectives[s.tok(k+1).lower] && durationAdjectives[s.tok(k+2).lower]) {
		if u, e := s.unitAt(k+1, number{}); u != nil && u.kind == Duration {
			return u, e
		}
	}
	t := s.toks[k]
	// bare C and F are temperatures only in clear positions: "-10C", "30 C outside"
	if t.s == "C" || t.s == "F" {
		nx := s.tok(k + 1)
		end := k+1 >= len(s.toks)
		okPunct := nx.kind == tSym && strings.Contains(".,!);:", nx.s) && (k+2 >= len(s.toks) || s.tok(k+2).gap)
		if !t.gap && (end || okPunct) || t.gap && (end || nx.gap && nx.kind == tWord || okPunct) {
			if t.s == "C" {
				return unitByName("°C"), k + 1
			}
			return unitByName("°F"), k + 1
		}
		return nil, k
	}
	if t.s == "%" {
		nx := s.tok(k + 1)
		if k+1 < len(s.toks) && !nx.gap && (nx.kind == tNum || nx.kind == tWord) {
			return nil, k // URL escape: %25, %2D
		}
	}
	if t.s == "K" && !t.gap && num.suffix == "K" {
		return unitByName("K"), k + 1
	}
	if !unitFirst[t.lower] {
		return nil, k
	}
	// the words from k on, hyphens between them skipped ("kilowatt-hours"),
	// and the index after each: the candidates of n words are their prefixes
	var lwBuf, exBuf [8]string
	var endBuf [8]int
	lw, ex, ends := lwBuf[:0], exBuf[:0], endBuf[:0]
	for e := k; e < len(s.toks) && len(lw) < maxUnitWords; e++ {
		tk := s.toks[e]
		if len(lw) > 0 && isDash(tk.s) && !tk.gap && e+1 < len(s.toks) && !s.toks[e+1].gap && s.toks[e+1].kind == tWord {
			continue
		}
		if tk.kind == tNum {
			break
		}
		lw = append(lw, tk.lower)
		ex = append(ex, tk.s)
		ends = append(ends, e+1)
	}
	var keyBuf [64]byte
	for n := len(lw); n >= 1; n-- {
		e := ends[n-1]
		if u, ok := unitExact[string(joinWords(keyBuf[:0], ex[:n]))]; ok {
			if n == 1 && len(t.s) == 1 && t.kind == tWord && !s.singleLetterOK(k) {
				continue
			}
			return u, e
		}
		key := joinWords(keyBuf[:0], lw[:n])
		if u, ok := unitWords[string(key)]; ok {
			if n == 1 && len(t.s) == 1 && !s.singleLetterOK(k) && t.s != "%" && t.s != "°" {
				continue
			}
			if string(key) == "p" && t.gap {
				continue
			}
			if string(key) == "percentage" && (s.isWord(e, "point") || s.isWord(e, "points")) {
				continue
			}
			// "2 mins" etc are fine; a unit word must not run into more letters: "kmh" handled by table
			return u, e
		}
	}
	return nil, k
}

// joinWords appends words to b separated by single spaces, like strings.Join.
func joinWords(b []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}

// singleLetterOK reports whether a one-letter unit ("t", "m", "L", "W")
// stands alone: attached to the number, or followed by a space or punctuation.
func (s *scanner) singleLetterOK(k int) bool {
	nx := s.tok(k + 1)
	if k+1 >= len(s.toks) {
		return true
	}
	if !nx.gap && (nx.kind == tWord || nx.kind == tNum || nx.s == "." && s.tok(k+2).kind == tWord && !s.tok(k+2).gap || nx.s == "-" || nx.s == "/") {
		return false
	}
	return true
}

func isCapitalized(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// millionNoun reports whether toks[k] is a currency name or a plural count
// noun, which makes an attached "m" mean million ("1.5m visitors").
func (s *scanner) millionNoun(k int) bool {
	t := s.tok(k)
	if t.kind != tWord || !t.gap {
		return false
	}
	if u, ok := unitWords[t.lower]; ok {
		return u.kind == Money
	}
	if _, ok := codeOf(t.s); ok {
		return true
	}
	if isLowerAlpha(t.s) && isPlural(t.lower) && !stopword(t.lower) && !notNouns[t.lower] {
		return true
	}
	// one modifier before the plural noun: "4.3m Chinese tourists", "1.2m
	// foreign visitors"
	n := s.tok(k + 1)
	return n.kind == tWord && n.gap && !stopword(t.lower) && unitWords[t.lower] == nil &&
		isLowerAlpha(n.s) && isPlural(n.lower) && !stopword(n.lower) && !notNouns[n.lower] && unitWords[n.lower] == nil
}

// commonDenominator reports whether b is the denominator of a fraction
// written as an amount ("1/2", "3/4", "1/10"); "9/11" and "24/7" are not.
func commonDenominator(b float64) bool {
	switch b {
	case 2, 3, 4, 5, 8, 10, 16:
		return true
	}
	return false
}

// vulgarFractions are the fraction characters written after digits.
var vulgarFractions = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅛": 0.125, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8}
