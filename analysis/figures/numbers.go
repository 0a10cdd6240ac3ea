package figures

import (
	"math"
	"strconv"
	"strings"
)

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensNumbers = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// Fraction words after a cardinal ("two thirds", "one sixth") and their denominators.
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
	"ninths": 9, "tenth": 10, "tenths": 10, "fourth": 4, "fourths": 4,
}

// number is a parsed amount.
type number struct {
	value      float64
	base       float64 // value before a scale word or suffix
	start, end int     // token range [start, end)
	written    bool
	scaled     bool // a scale word or suffix was applied
	small      bool // a bare written number below 20 ("two", "one")
	integer    bool // digits without a decimal point or separators
	plainDigit bool // digits only, no separators (candidate year)
	fraction   bool // a written fraction with a cardinal numerator ("two-thirds", "one quarter"), no scale word
	share      bool // a fraction of one percent or percentage point ("two-tenths of a"), read by shareOfUnit
	suffix     string
}

// parseDigits reads a digit token (with "," or "." separators) as a float.
// A comma followed by exactly three digits is a thousands separator.
func parseDigits(s string) (float64, bool) {
	s2 := s
	if strings.Count(s, ",") > 0 {
		parts := strings.Split(s, ",")
		if indianGrouping(parts) {
			s2 = strings.ReplaceAll(s, ",", "")
			goto parse
		}
		for _, p := range parts[1:] {
			q, _, _ := strings.Cut(p, ".")
			if len(q) != 3 {
				// "1,5" in European notation or a list: take as decimal comma only when one comma.
				if len(parts) == 2 && !strings.Contains(s, ".") {
					s2 = parts[0] + "." + parts[1]
					goto parse
				}
				return 0, false
			}
		}
		s2 = strings.ReplaceAll(s, ",", "")
	}
	if strings.Count(s2, ".") > 1 {
		return 0, false
	}
parse:
	v, err := strconv.ParseFloat(s2, 64)
	return v, err == nil
}

// indianGrouping reports whether the comma-separated parts of a number are
// grouped the Indian way, by lakhs and crores: "12,34,567.89", "1,00,000"
// (the last group of three digits, the ones before it of two).
func indianGrouping(parts []string) bool {
	if len(parts) < 3 || len(parts[0]) == 0 || len(parts[0]) > 2 {
		return false
	}
	for i, p := range parts {
		if i == len(parts)-1 {
			p, _, _ = strings.Cut(p, ".")
			return len(p) == 3 && isAllDigits(p)
		}
		if i > 0 && len(p) != 2 || !isAllDigits(p) {
			return false
		}
	}
	return false
}

// wordValue classifies a lower-case word of a written-out number.
func isNumberWord(w string) bool {
	if _, ok := smallNumbers[w]; ok {
		return true
	}
	if _, ok := tensNumbers[w]; ok {
		return true
	}
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion", "quadrillion", "dozen", "lakh", "crore":
		return true
	}
	return false
}

// parseWritten reads a written-out number starting at toks[i]:
// "two hundred and two thousand", "twenty-one trillion", "five and a half
// million", "three quarters", "a dozen", "half million", "one million and a half".
func parseWritten(toks []tok, i int) (number, bool) {
	var total, cur float64
	lastScale := 0.0
	n := number{start: i, written: true}
	j := i
	words := 0
	any := false
	decimal := false // "two point five": a decimal read, only a scale word may follow
	// "a"/"an" counts as one only before a scale word, "dozen" or "half".
	if j < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an") && j+1 < len(toks) {
		nx := toks[j+1].lower
		switch nx {
		case "hundred", "thousand", "million", "billion", "trillion", "quadrillion", "dozen":
			cur = 1
			j++
			any = true
		case "half", "quarter":
			// handled below as a fraction of one
			if nx == "half" {
				cur = 0.5
			} else {
				cur = 0.25
			}
			j += 2
			any = true
			words++
			if j < len(toks) {
				if s, ok := scaleWords[toks[j].lower]; ok && s >= 1e3 && toks[j].lower != "thousands" {
					total += cur * s
					cur = 0
					lastScale = s
					n.scaled = true
					j++
				}
			}
			n.value = total + cur
			n.end = j
			return n, true
		default:
			return n, false
		}
	}
	// "half a million"
	if j+2 < len(toks) && toks[j].lower == "half" && (toks[j+1].lower == "a" || toks[j+1].lower == "an") {
		if s, ok := scaleWords[toks[j+2].lower]; ok && s >= 1e3 && !strings.HasSuffix(toks[j+2].lower, "s") {
			n.value, n.end, n.scaled = 0.5*s, j+3, true
			return n, true
		}
	}
	if j < len(toks) && (toks[j].lower == "half" || toks[j].lower == "quarter") && j+1 < len(toks) {
		if s, ok := scaleWords[toks[j+1].lower]; ok && s >= 1e3 && !strings.HasSuffix(toks[j+1].lower, "s") {
			f := 0.5
			if toks[j].lower == "quarter" {
				f = 0.25
			}
			n.value, n.end, n.scaled = f*s, j+2, true
			return n, true
		}
	}
	for j < len(toks) {
		t := toks[j]
		w := t.lower
		if t.kind != tWord {
			// "two-thirds"
			if isDash(t.s) && any && !t.gap && j+1 < len(toks) && !toks[j+1].gap && cur > 0 && cur < 20 && total == 0 {
				if d, ok := fractionWords[toks[j+1].lower]; ok && strings.HasSuffix(toks[j+1].lower, "s") || ok && cur == 1 {
					cur /= d
					j += 2
					words++
					n.fraction = true
					break
				}
			}
			// "two-point-five", "three-point-one"
			if isDash(t.s) && any && !t.gap && lastScale == 0 && cur == math.Trunc(cur) && j+2 < len(toks) && toks[j+1].lower == "point" && !toks[j+1].gap && isDash(toks[j+2].s) && !toks[j+2].gap {
				if v, e, ok := pointDecimal(toks, cur, j+3, true); ok {
					cur, j = v, e
					words++
					decimal = true
					break
				}
			}
			// hyphen inside "twenty-one" or "fifty - two"
			if isDash(t.s) && any && j+1 < len(toks) && words > 0 {
				if v, ok := smallNumbers[toks[j+1].lower]; ok && v < 10 && cur >= 20 && int(cur)%10 == 0 {
					j++
					continue
				}
			}
			// "a seventy-billion-won fund": a hyphen before a scale word
			if isDash(t.s) && any && !t.gap && words > 0 && j+1 < len(toks) && !toks[j+1].gap && lastScale == 0 {
				if sc := scaleWords[toks[j+1].lower]; sc >= 1e3 && !strings.HasSuffix(toks[j+1].lower, "s") {
					j++
					continue
				}
			}
			// "three million, two hundred & forty"
			if (t.s == "&") && any && j+1 < len(toks) && isNumberWord(toks[j+1].lower) {
				j++
				continue
			}
			if t.s == "," && any && lastScale >= 1e3 && cur == 0 && j+1 < len(toks) && isNumberWord(toks[j+1].lower) && !toks[j+1].isScaleOnly() {
				j++
				continue
			}
			break
		}
		if v, ok := smallNumbers[w]; ok {
			if any && cur != 0 && int(cur)%100 != 0 && !(int(cur)%10 == 0 && cur >= 20 && v < 10) {
				break
			}
			cur += v
		} else if v, ok := tensNumbers[w]; ok {
			if any && cur != 0 && int(cur)%100 != 0 {
				break
			}
			cur += v
		} else if w == "hundred" {
			if cur == 0 {
				if any {
					break
				}
				cur = 1
			}
			cur *= 100
		} else if w == "dozen" || w == "dozens" && any {
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		} else if s, ok := scaleWords[w]; ok && s >= 1e3 && (w == "thousand" || w == "million" || w == "billion" || w == "trillion" || w == "quadrillion" || w == "lakh" || w == "crore") {
			if !any {
				break
			}
			if cur == 0 && lastScale != 0 && s > lastScale {
				// "one lakh crore", "one thousand million": the scale of the scale
				total *= s
				lastScale = s
				n.scaled = true
				any = true
				words++
				j++
				continue
			}
			if cur == 0 {
				cur = 1
			}
			if lastScale != 0 && s >= lastScale {
				total = (total + cur) * s
			} else {
				total += cur * s
			}
			cur = 0
			lastScale = s
			n.scaled = true
		} else if w == "point" && any && lastScale == 0 && cur == math.Trunc(cur) && t.gap {
			// "two point five percent", "one point eight trillion won"
			v, e, ok := pointDecimal(toks, cur, j+1, false)
			if !ok {
				break
			}
			cur, j = v, e
			words++
			decimal = true
			break
		} else if w == "and" && any && j+1 < len(toks) {
			nx := toks[j+1].lower
			if (nx == "a" || nx == "an") && j+2 < len(toks) && (toks[j+2].lower == "half" || toks[j+2].lower == "quarter") {
				f := 0.5
				if toks[j+2].lower == "quarter" {
					f = 0.25
				}
				if cur == 0 && lastScale != 0 {
					total += f * lastScale
				} else {
					cur += f
				}
				j += 3
				words++
				continue
			}
			if isNumberWord(nx) && !toks[j+1].isScaleOnly() && lastScale+cur > 0 {
				j++
				continue
			}
			break
		} else if d, ok := fractionWords[w]; ok && any && cur > 0 && cur < 20 && total == 0 && lastScale == 0 {
			// "three quarters", "one sixth"; "one third" but not "the fourth"
			if (w == "fourth" || w == "fifth" || w == "third" || w == "sixth" || w == "tenth") && cur != 1 {
				break
			}
			// "for three quarters" counts quarters of a year; "three quarters
			// of", "three quarters billion" and a lone "three quarters" are fractions
			if w == "quarters" && j+1 < len(toks) && toks[j+1].lower != "of" && !(toks[j+1].kind == tWord && scaleWords[toks[j+1].lower] >= 1e3) {
				break
			}
			// "two quarters of contraction": halves are written "half"
			if (w == "quarters" || w == "fourths") && int(cur)%2 == 0 {
				break
			}
			cur /= d
			n.scaled = false
			n.fraction = true
			j++
			words++
			any = true
			// "three quarters billion"
			if j < len(toks) {
				if s, ok := scaleWords[toks[j].lower]; ok && s >= 1e3 && !strings.HasSuffix(toks[j].lower, "s") {
					total += cur * s
					cur = 0
					lastScale = s
					n.scaled = true
					n.fraction = false
					j++
				}
			}
			break
		} else {
			break
		}
		any = true
		words++
		j++
	}
	if !any {
		return n, false
	}
	if decimal && j < len(toks) {
		// "one point eight trillion won"
		if s, ok := scaleWords[toks[j].lower]; ok && s >= 1e3 && !strings.HasSuffix(toks[j].lower, "s") {
			total, cur = cur*s, 0
			n.scaled = true
			j++
		}
	}
	// trim a dangling "and"/"," consumed before a non-number
	n.value = total + cur
	n.end = j
	n.small = !n.scaled && n.value < 20 && words == 1
	return n, true
}

// digitWords are the words of the digits after a spoken decimal point.
var digitWords = map[string]byte{"zero": '0', "oh": '0', "one": '1', "two": '2', "three": '3', "four": '4',
	"five": '5', "six": '6', "seven": '7', "eight": '8', "nine": '9'}

// pointDecimal reads the digit words after a spoken decimal point at
// toks[i] ("five" of "two point five", "five six" of "two point five six";
// hyphenated: "five" of "two-point-five") and returns whole plus that
// fraction. The decimal must be followed by what makes it an amount: a
// scale word or the first word of a unit or currency ("percent",
// "trillion", "dollars"), so "at one point five countries" is no decimal.
func pointDecimal(toks []tok, whole float64, i int, hyphen bool) (float64, int, bool) {
	var b [40]byte
	d := strconv.AppendFloat(b[:0], whole, 'f', -1, 64)
	d = append(d, '.')
	j := i
	for j < len(toks) && len(d) < cap(b) {
		// spaced digits each follow a space ("two point five six"),
		// hyphenated ones a hyphen ("eight-point-three-eight")
		t := toks[j]
		c, ok := digitWords[t.lower]
		if !ok || t.kind != tWord || t.gap == hyphen {
			break
		}
		d = append(d, c)
		j++
		if hyphen && j+1 < len(toks) && isDash(toks[j].s) && !toks[j].gap && !toks[j+1].gap {
			if _, ok := digitWords[toks[j+1].lower]; ok {
				j++
			}
		}
	}
	if j == i || j >= len(toks) || !pointFollower(toks[j]) {
		return 0, i, false
	}
	v, err := strconv.ParseFloat(string(d), 64)
	if err != nil {
		return 0, i, false
	}
	return v, j, true
}

// pointFollower reports whether t, after a spoken decimal ("two point five
// percent", "1 point 5 billion"), makes it an amount: a scale word, a unit
// or currency word, or a percent sign.
func pointFollower(t tok) bool {
	if _, ok := scaleWords[t.lower]; ok {
		return true
	}
	return unitFirst[t.lower] || t.s == "%" || currencySigns[t.s] != ""
}

// isScaleOnly reports whether the token is a bare scale word ("million").
func (t tok) isScaleOnly() bool {
	switch t.lower {
	case "thousand", "million", "billion", "trillion", "quadrillion", "hundred":
		return true
	}
	return false
}
