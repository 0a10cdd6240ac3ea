package figures

// What the Chinese and Korean scanner (cjk.go) must not read as a figure:
// page chrome and stock-ticker lines, years, dates and times (2025年,
// 6월 10일, 2025.06.10, 09:28) and the numbers of laws' articles (232条款,
// 무역확장법 232조).

import "strings"

// chromeLine reports a sentence that is page chrome: a timestamp, source or
// byline line.
func (s *cjkScanner) chromeLine() bool {
	t := strings.TrimLeft(s.text, " \t【[(（")
	for _, w := range cjkChromeLine {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	for _, w := range cjkChromeSentence {
		if strings.Contains(t, w) {
			return true
		}
	}
	return s.tickerLine()
}

// tickerLine reports a line of stock tickers: an index or exchange rate
// named right before its value, which is followed by nothing, a change
// sign (▲, ▼, +, -), a bracket or the next ticker (코스피 4,012.37 ▲15.22
// (+0.38%), 上证指数 3,402.15 +12.33). A sentence about the index
// (코스피는 1.2% 상승, 코스피 2.5% 상승) is no ticker.
func (s *cjkScanner) tickerLine() bool {
	for _, name := range cjkTickers {
		for from := 0; ; {
			i := strings.Index(s.text[from:], name)
			if i < 0 {
				break
			}
			rest := strings.TrimLeft(s.text[from+i+len(name):], " \t:：")
			from += i + len(name)
			j := 0
			for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || j > 0 && (rest[j] == ',' || rest[j] == '.')) {
				j++
			}
			if j == 0 {
				continue
			}
			after := strings.TrimLeft(rest[j:], " \t")
			if after == "" {
				return true
			}
			for _, w := range append([]string{"▲", "▼", "△", "▽", "↑", "↓", "+", "-", "−", "(", "（"}, cjkTickers...) {
				if strings.HasPrefix(after, w) {
					return true
				}
			}
		}
	}
	return false
}

// notAFigure reports years, dates, times and the like: 2025年, 6月, 10日,
// 2025년, 6월 10일, 2025-06-10, 2025.06.10, 09:28.
func (s *cjkScanner) notAFigure(n cjkNum) bool {
	k := n.end
	next := s.at(k)
	if n.digits && !n.scaled && !n.hasDecimal {
		switch next {
		case '月', '日', '号', '號', '时', '時', '点', '點', '분', '초':
			return true
		case '시':
			return !s.hasAt(k, "시간") // 2시간 is a duration, 9시 a time
		case '월', '일':
			// 3일간 is a duration
			return !(next == '일' && s.hasAt(k, "일간"))
		case ':', '：':
			return isDigitRune(s.at(k + 1))
		case '-', '/', '–':
			return isDigitRune(s.at(k+1)) && !s.rangeAt(n) // 2025-06-10, 6/10
		}
		sp := k
		if next == ' ' {
			sp++
		}
		if (s.at(sp) == '년' || s.at(sp) == '年') && n.value >= 1000 && n.value <= 2200 {
			return true // a year
		}
		if n.value >= 1900 && n.value <= 2100 && n.end-n.start == 4 && !s.unitFollows(k) {
			return true // a year without 年
		}
		if s.at(n.start-1) == '-' || s.at(n.start-1) == '/' || s.at(n.start-1) == '.' && isDigitRune(s.at(n.start-2)) {
			return true // the second part of a date
		}
	}
	// 2025.06.10: a date written with dots (read as 2025.06, then .10)
	if n.digits && n.hasDecimal && next == '.' && isDigitRune(s.at(k+1)) {
		return true
	}
	if n.digits && s.at(n.start-1) == '.' && isDigitRune(s.at(n.start-2)) {
		return true
	}
	if !n.digits && (next == '月' || next == '日' || next == '号' || next == '號' || next == '时' || next == '時') {
		return true // 九月, 十日, 神舟二十一号
	}
	// Chinese numerals in words (一些, 统一, 进一步, 十分, 三星, 四川) are
	// decided by the unit.
	return s.lawArticle(n)
}

// lawArticle reports the number of a law's article or section, a label
// like 神舟二十一号: 232条款 and 232條款 (Section 232), and 232条, 301條
// or 232조 right after the name of a law (贸易扩展法232条, 무역확장법 232조).
func (s *cjkScanner) lawArticle(n cjkNum) bool {
	k := n.end
	if s.hasAt(k, "条款") || s.hasAt(k, "條款") || s.hasAt(k, "조항") || s.at(k) == ' ' && s.hasAt(k+1, "조항") {
		return true
	}
	if !n.digits {
		return false
	}
	p := n.start - 1
	if s.at(p) == ' ' {
		p--
	}
	if s.at(p) != '法' && s.at(p) != '법' {
		return false
	}
	switch {
	case s.at(k) == '条' || s.at(k) == '條' || s.at(k) == '款':
		return true
	case s.at(k-1) == '조' && n.end-n.start >= 2 && isDigitRune(s.at(k-2)):
		return true // 232조: read as a scale (10^12), a section here
	}
	return false
}

// rangeAt reports a range of months written with a dash (1-11月): not a date.
func (s *cjkScanner) rangeAt(n cjkNum) bool {
	j := n.end + 1
	for j < len(s.rs) && isDigitRune(s.rs[j]) {
		j++
	}
	return s.at(j) == '月' || s.at(j) == '월'
}

func (s *cjkScanner) skipDate(n cjkNum) int {
	k := n.end
	for k < len(s.rs) && (isDigitRune(s.rs[k]) || strings.ContainsRune("-/.:：年月日号년월일 ", s.rs[k])) {
		k++
	}
	return max(k, n.end)
}
