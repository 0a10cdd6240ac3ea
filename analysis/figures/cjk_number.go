package figures

import "github.com/dipstat/dipstat/analysis/internal/script"

// Reading the number of a Chinese or Korean figure: digits, Chinese
// numerals and scale characters (see cjk.go).

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func digitVal(r rune) float64 {
	if r >= '０' && r <= '９' {
		return float64(r - '０')
	}
	return float64(r - '0')
}

// cjkNum is a number read at a position.
type cjkNum struct {
	value      float64
	start, end int  // runes
	digits     bool // written with digits (else Chinese numerals)
	scaled     bool // has a scale character (万, 亿, 천 ...)
	big        bool // has a scale character of a section (万, 亿, 만, 억 ...)
	more       bool // 多 or 余 before the scale: 3500多万 ("more than 35 million")
	single     bool // one Chinese numeral character and no scale (两, 五)
	hasDecimal bool
}

// number reads a number at rune i: digits with separators and scale
// characters, or Chinese numerals ("百分之" handled by the caller).
func (s *cjkScanner) number(i int) (cjkNum, bool) {
	n := cjkNum{start: i}
	var total, section, current float64
	haveCurrent, any := false, false
	j := i
	for j < len(s.rs) {
		r := s.rs[j]
		// 3500多万, 二十多亿, 1000余万: "more than" between a number and its scale
		if (r == '多' || r == '余' || r == '餘') && any && cjkBigScales[s.at(j+1)] != 0 && !script.IsHangul(s.at(j+1)) {
			n.more = true
			j++
			continue
		}
		switch {
		case isDigitRune(r):
			// digits with "," thousands and "." decimals: 1,234.5
			k := j
			v := 0.0
			for k < len(s.rs) {
				c := s.rs[k]
				if isDigitRune(c) {
					v = v*10 + digitVal(c)
					k++
					continue
				}
				if (c == ',' || c == '，') && k+3 < len(s.rs)+1 && k+1 < len(s.rs) && isDigitRune(s.at(k+1)) && isDigitRune(s.at(k+2)) && isDigitRune(s.at(k+3)) && !isDigitRune(s.at(k+4)) {
					k++
					continue
				}
				break
			}
			if (s.at(k) == '.' || s.at(k) == '．') && isDigitRune(s.at(k+1)) {
				k++
				scale := 0.1
				for k < len(s.rs) && isDigitRune(s.rs[k]) {
					v += digitVal(s.rs[k]) * scale
					scale /= 10
					k++
				}
				n.hasDecimal = true
			}
			if haveCurrent { // two numbers in a row: stop before the second
				return s.finish(n, total, section, current, j)
			}
			current, haveCurrent, any = v, true, true
			n.digits = true
			j = k
			continue
		case cjkDigits[r] != 0 || r == '零' || r == '〇':
			if n.digits && !s.scaledSoFar(total, section) {
				return s.finish(n, total, section, current, j)
			}
			d := cjkDigits[r]
			if haveCurrent && !n.digits {
				current = current*10 + d // 二〇二五
			} else {
				current, haveCurrent = d, true
			}
			any = true
			j++
			// 点: decimals in numerals, 二十四点五
			if s.at(j) == '点' || s.at(j) == '點' {
				if _, ok := cjkDigits[s.at(j+1)]; ok {
					k := j + 1
					scale := 0.1
					frac := 0.0
					for k < len(s.rs) {
						dd, ok := cjkDigits[s.rs[k]]
						if !ok {
							break
						}
						frac += dd * scale
						scale /= 10
						k++
					}
					section += current + frac
					current, haveCurrent = 0, false
					n.hasDecimal = true
					j = k
				}
			}
			continue
		}
		if sc, ok := cjkSmallScales[r]; ok && (!script.IsHangul(r) || haveCurrent && n.digits) {
			if s.unitStartsAt(j) {
				break
			}
			if !haveCurrent {
				if n.digits || r != '十' && r != '百' || any {
					if !any {
						return n, false
					}
				}
				current = 1
			}
			section += current * sc
			current, haveCurrent, any = 0, false, true
			n.scaled = true
			j++
			continue
		}
		if sc, ok := cjkBigScales[r]; ok && (!script.IsHangul(r) || any) {
			if s.unitStartsAt(j) || !any {
				break
			}
			if r == '万' && s.at(j+1) == '一' && !isDigitRune(s.at(j+2)) {
				break // 万一: "in case"
			}
			section += current
			if section == 0 && total > 0 {
				total *= sc // 万亿
			} else {
				total += section * sc
			}
			section, current, haveCurrent = 0, 0, false
			n.scaled, n.big = true, true
			j++
			// Korean writes the groups apart: "1조 2천억"
			if script.IsHangul(r) && s.at(j) == ' ' && isDigitRune(s.at(j+1)) && s.groupFollows(j+1) {
				j++
			}
			continue
		}
		break
	}
	if !any {
		return n, false
	}
	return s.finish(n, total, section, current, j)
}

func (s *cjkScanner) scaledSoFar(total, section float64) bool { return total != 0 || section != 0 }

// groupFollows reports whether digits at j are followed by a Korean scale
// syllable: the next group of "1조 2천억".
func (s *cjkScanner) groupFollows(j int) bool {
	for j < len(s.rs) && (isDigitRune(s.rs[j]) || s.rs[j] == ',' || s.rs[j] == '.') {
		j++
	}
	return hangulScale(s.at(j))
}

func (s *cjkScanner) finish(n cjkNum, total, section, current float64, end int) (cjkNum, bool) {
	n.value = total + section + current
	n.end = end
	n.single = !n.digits && !n.scaled && end-n.start == 1
	return n, end > n.start
}

// unitStartsAt reports a unit that begins with a scale character: 千瓦,
// 千瓦时, 兆瓦, 千米, 百分点.
func (s *cjkScanner) unitStartsAt(j int) bool {
	for _, u := range []string{"千瓦", "兆瓦", "千米", "千克", "百分点", "百分點", "百姓", "千万不", "百分之"} {
		if s.hasAt(j, u) {
			return true
		}
	}
	return false
}
