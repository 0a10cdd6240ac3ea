package figures

import (
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
	suffix     string
}

// parseDigits reads a digit token (with "," or "." separators) as a float.
// A comma followed by exactly three digits is a thousands separator.
func parseDigits(s string) (float64, bool) {
	s2 := s
	if strings.Count(s, ",") > 0 {
		parts := strings.Split(s, ",")
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

// wordValue classifies a lower-case word of a written-out number.
func isNumberWord(w string) bool {
	if _, ok := smallNumbers[w]; ok {
		return true
	}
	if _, ok := tensNumbers[w]; ok {
		return true
	}
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore":
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
	// "a"/"an" counts as one only before a scale word, "dozen" or "half".
	if j < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an") && j+1 < len(toks) {
		nx := toks[j+1].lower
		switch nx {
		case "hundred", "thousand", "million", "billion", "trillion", "dozen":
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
					break
				}
			}
			// hyphen inside "twenty-one" or "fifty - two"
			if isDash(t.s) && any && j+1 < len(toks) && words > 0 {
				if _, ok := smallNumbers[toks[j+1].lower]; ok && cur >= 20 && int(cur)%10 == 0 {
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
		} else if s, ok := scaleWords[w]; ok && s >= 1e3 && (w == "thousand" || w == "million" || w == "billion" || w == "trillion" || w == "lakh" || w == "crore") {
			if !any {
				break
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
			cur /= d
			n.scaled = false
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
	// trim a dangling "and"/"," consumed before a non-number
	n.value = total + cur
	n.end = j
	n.small = !n.scaled && n.value < 20 && words == 1
	return n, true
}

// isScaleOnly reports whether the token is a bare scale word ("million").
func (t tok) isScaleOnly() bool {
	switch t.lower {
	case "thousand", "million", "billion", "trillion", "hundred":
		return true
	}
	return false
}
