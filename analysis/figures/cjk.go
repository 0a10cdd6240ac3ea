package figures

import (
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Chinese and Korean figures. A sentence written mostly in Han or Hangul is
// read by cjkScanner instead of the English scanner: numbers in digits
// (2989, 3.2, 1,234, fullwidth ２９８９), in Chinese numerals (两千九百八十九,
// 二十四点五) and mixed with scale characters (2989亿, 3.2万亿, 2천989억, 665만,
// 1조 2천억), then a unit (美元, 元, 달러, 원, %, 个百分点, %포인트, 人次, 명,
// 周年, 주년, 吨, 千瓦时 ...), with the qualifiers around them (约, 超过, 多,
// 以上, 약, 이상, 여), the direction of a change (增长, 下降, 증가, 감소) and
// "year on year" (同比, 전년 대비). Not figures: years and dates (2025年,
// 6月10日, 2025년 6월 10일, 2025-06-10), times (09:28), ordinals (第33届,
// 제33차), codes glued to Latin letters (G20, C919), a lone 一 (一个中国,
// 一带一路), single Chinese numerals with 个 (两个大局), and the numbers of page
// chrome (评论 35, 阅读 2万, 조회수 1,234, 댓글 0, lines that begin 发布时间,
// 来源, 입력). A number is never cut: "3.2%" is 3.2, never 2.

// cjkShare is the share of Han and Hangul among the letters of a sentence
// from which it is read as Chinese or Korean.
func isCJKSentence(s string) bool {
	cjk, latin := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isHanRune(r) || isHangulRune(r) {
			cjk++
		}
		i += n
	}
	return cjk > 0 && cjk*3 >= latin
}

func isHanRune(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && unicode.Is(unicode.Han, r)
}

func isHangulRune(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// cjkScanner reads the figures of one sentence.
type cjkScanner struct {
	text  string
	rs    []rune
	off   []int // off[i] is the byte offset of rs[i]; off[len(rs)] == len(text)
	out   []Figure
	marks []mark
	date  time.Time
}

func newCJKScanner(text string, date time.Time) *cjkScanner {
	s := &cjkScanner{text: text, date: date}
	for i, r := range text {
		s.rs = append(s.rs, r)
		s.off = append(s.off, i)
	}
	s.off = append(s.off, len(text))
	return s
}

func (s *cjkScanner) at(i int) rune {
	if i < 0 || i >= len(s.rs) {
		return 0
	}
	return s.rs[i]
}

// hasAt reports whether the runes from i spell w.
func (s *cjkScanner) hasAt(i int, w string) bool {
	if i < 0 || i >= len(s.rs) {
		return false
	}
	return strings.HasPrefix(s.text[s.off[i]:], w)
}

// endsAt reports whether the runes before i spell w.
func (s *cjkScanner) endsAt(i int, w string) bool {
	if i <= 0 || i > len(s.rs) {
		return false
	}
	return strings.HasSuffix(s.text[:s.off[i]], w)
}

func runeLen(w string) int { return utf8.RuneCountInString(w) }

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
	single     bool // one Chinese numeral character and no scale (两, 五)
	hasDecimal bool
}

// scan finds the figures of the sentence.
func (s *cjkScanner) scan() {
	if s.chromeLine() {
		return
	}
	s.periodMarks()
	for i := 0; i < len(s.rs); {
		r := s.rs[i]
		if isHangulRune(r) {
			if f, next, ok := s.nativeAt(i); ok {
				s.out = append(s.out, f)
				i = next
				continue
			}
		}
		if !isDigitRune(r) && cjkDigits[r] == 0 && r != '十' && r != '百' && !s.hasAt(i, "百分之") {
			i++
			continue
		}
		f, next, ok := s.figureAt(i)
		if ok {
			s.out = append(s.out, f)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
}

// chromeLine reports a sentence that is page chrome: a timestamp, source or
// byline line.
func (s *cjkScanner) chromeLine() bool {
	t := strings.TrimLeft(s.text, " \t【[(（")
	for _, w := range cjkChromeLine {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
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
		if sc, ok := cjkSmallScales[r]; ok && (!isHangulRune(r) || haveCurrent && n.digits) {
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
		if sc, ok := cjkBigScales[r]; ok && (!isHangulRune(r) || any) {
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
			n.scaled = true
			j++
			// Korean writes the groups apart: "1조 2천억"
			if isHangulRune(r) && s.at(j) == ' ' && isDigitRune(s.at(j+1)) && s.groupFollows(j+1) {
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

// figureAt reads a figure whose number starts at rune i.
func (s *cjkScanner) figureAt(i int) (Figure, int, bool) {
	// a number glued to Latin letters is a code: G20, C919, 5G
	if i > 0 && s.rs[i-1] < utf8.RuneSelf && isLatin(s.rs[i-1]) {
		return Figure{}, s.skipNumber(i), false
	}
	// 第33届, 제33차: ordinals
	if s.at(i-1) == '第' || s.at(i-1) == '제' {
		return Figure{}, s.skipNumber(i), false
	}
	percentWords := false
	start := i
	if s.hasAt(i, "百分之") {
		percentWords = true
		i += 3
	}
	n, ok := s.number(i)
	if !ok {
		return Figure{}, i + 1, false
	}
	k := n.end
	if n.digits && k < len(s.rs) && s.rs[k] < utf8.RuneSelf && isLatin(s.rs[k]) && !s.asciiUnitAt(k) {
		return Figure{}, s.skipLatin(k), false // 5G, 3D
	}
	// 前10个月, 首8個月, 头两个月: "the first ten months", a period
	if p := s.at(start - 1); (p == '前' || p == '首' || p == '头' || p == '頭') && (s.hasAt(n.end, "个月") || s.hasAt(n.end, "個月")) {
		return Figure{}, n.end + 2, false
	}
	if s.notAFigure(n) {
		return Figure{}, s.skipDate(n), false
	}
	if s.chromeBefore(start) || s.chromeAfter(k) {
		return Figure{}, k, false
	}
	f := Figure{Value: n.value}
	// qualifiers before: 约 665万, 약 665만
	qualStart := start
	if q, w := s.qualBefore(start); q != "" {
		f.Qualifier, qualStart = q, start-w
	}
	if percentWords {
		f.Unit, f.Kind = "%", Percent
	} else {
		// a qualifier between number and unit: 665万多人次, 1만여 명
		if q, w := s.qualAfter(k); q != "" && q != "about" && w == 1 {
			if u, _ := s.unitAt(k + w); u != nil {
				f.Qualifier = q
				k += w
			}
		}
		u, e := s.unitAt(k)
		if u == nil {
			if hi, unit, e2, ok := s.rangeTail(k); ok && unit != nil {
				// 2.5至3%: the unit is written once, after the upper bound
				f.Unit, f.Kind, f.High = unit.unit, unit.kind, hi
				f.Qualifier = "range to " + fmtNum(hi)
				k = e2
				goto located
			}
			if !n.scaled {
				return Figure{}, k, false // a bare number: no figure
			}
			f.Kind = Count // 2989亿 alone
		} else {
			if n.single && u.unit == "个" {
				return Figure{}, e, false // 两个大局, 三个代表: slogans, not figures
			}
			if !n.digits && !n.scaled && n.value == 1 {
				return Figure{}, e, false // 一: the article, 一个中国
			}
			f.Unit, f.Kind = u.unit, u.kind
			if u.scale != 0 {
				f.Value *= u.scale
			}
			k = e
		}
	}
	if f.Kind == Duration && f.Unit == "year" && !s.hasAt(n.end, "周年") && !s.hasAt(n.end, "週年") && !s.hasAt(n.end, "주년") {
		// 2025年 is a year (handled above); 10年 a span of time, but only
		// with 来, 间, 간, 이상 or a verb of time after it is it read as one
		if n.value >= 1000 {
			return Figure{}, k, false
		}
	}
	// 2.5%至3%, 3-5个百分点: a range, valued at its lower bound
	if f.High == 0 {
		if hi, unit, e2, ok := s.rangeTail(k); ok && (unit == nil || unit.unit == f.Unit) && hi > f.Value {
			f.High = hi
			f.Qualifier = "range to " + fmtNum(hi)
			k = e2
		}
	}
located:
	if q, w := s.qualAfter(k); q != "" && (f.Qualifier == "" || f.Qualifier == "about") {
		f.Qualifier = q
		k += w
	}
	if f.Kind == Percent || f.Kind == PercentagePoints {
		s.direction(&f, qualStart, k)
	}
	f.Start, f.End = s.off[start], s.off[k]
	f.QualStart = s.off[qualStart]
	f.NumStart, f.NumEnd = s.off[n.start], s.off[n.end]
	f.Text = s.text[f.Start:f.End]
	if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
		return Figure{}, k, false
	}
	return f, k, true
}

func isLatin(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// asciiUnitAt reports a Latin unit after a number: kWh, MW, GW, km, %p.
func (s *cjkScanner) asciiUnitAt(k int) bool {
	for _, u := range []string{"kWh", "MW", "GW", "km"} {
		if s.hasAt(k, u) && !isLatin(s.at(k+runeLen(u))) {
			return true
		}
	}
	return false
}

func (s *cjkScanner) skipNumber(i int) int {
	for i < len(s.rs) && (isDigitRune(s.rs[i]) || s.rs[i] == ',' || s.rs[i] == '.') {
		i++
	}
	return i
}

func (s *cjkScanner) skipLatin(i int) int {
	for i < len(s.rs) && (isLatin(s.rs[i]) || isDigitRune(s.rs[i])) {
		i++
	}
	return i
}

// notAFigure reports years, dates, times and the like: 2025年, 6月, 10日,
// 2025년, 6월 10일, 2025-06-10, 2025.06.10, 09:28.
func (s *cjkScanner) notAFigure(n cjkNum) bool {
	k := n.end
	next := s.at(k)
	if n.digits && !n.scaled && !n.hasDecimal {
		switch next {
		case '月', '日', '号', '號', '时', '時', '点', '點', '분', '초', '시':
			return true
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
	if !n.digits && (next == '月' || next == '日' || next == '号' || next == '时') {
		return true // 九月, 十日
	}
	// Chinese numerals in words: 一些, 统一, 进一步, 十分, 三星, 四川
	if !n.digits && !n.scaled && n.single {
		return false // decided by the unit
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

// unitFollows reports a unit right after a number (spaces skipped).
func (s *cjkScanner) unitFollows(k int) bool {
	u, _ := s.unitAt(k)
	return u != nil
}

func (s *cjkScanner) skipDate(n cjkNum) int {
	k := n.end
	for k < len(s.rs) && (isDigitRune(s.rs[k]) || strings.ContainsRune("-/.:：年月日号년월일 ", s.rs[k])) {
		k++
	}
	return max(k, n.end)
}

// unitAt reads a unit at rune k, after one space at most.
func (s *cjkScanner) unitAt(k int) (*cjkUnit, int) {
	if s.at(k) == ' ' && isHangulRune(s.at(k+1)) {
		k++ // 665만 명, 2989억 달러
	}
	for l := min(cjkUnitMax, len(s.rs)-k); l >= 1; l-- {
		w := s.text[s.off[k]:s.off[k+l]]
		u, ok := cjkUnits[w]
		if !ok {
			continue
		}
		bad := false
		for _, not := range cjkNotUnitAfter[w] {
			if s.hasAt(k, not) {
				bad = true
			}
		}
		if bad {
			continue
		}
		// a Korean unit must end the word: 명의 is fine (a particle), 원칙 is not
		if isHangulRune(s.at(k+l)) && !koParticleAt(s, k+l) {
			continue
		}
		return &u, k + l
	}
	return nil, k
}

// koParticleAt reports a Korean particle or ending at rune k (after a
// unit): 명이, 달러를, 건의, 명으로.
func koParticleAt(s *cjkScanner, k int) bool {
	for _, p := range []string{"으로", "에서", "이나", "이며", "이다", "씩", "의", "이", "가", "을", "를", "은", "는", "로", "에", "와", "과", "도", "만", "로", "여", "이상", "가량", "안팎", "넘", "증가", "감소", "늘", "줄", "상승", "하락", "대", "까지", "다", "였", "라", "씩", "으", "어치"} {
		if s.hasAt(k, p) {
			return true
		}
	}
	return false
}

func (s *cjkScanner) qualBefore(i int) (string, int) {
	j := i
	if s.at(j-1) == ' ' {
		j--
	}
	for _, q := range cjkQualBefore {
		if s.endsAt(j, q.w) {
			return q.q, i - j + runeLen(q.w)
		}
	}
	return "", 0
}

func (s *cjkScanner) qualAfter(k int) (string, int) {
	j := k
	if s.at(j) == ' ' && isHangulRune(s.at(j+1)) {
		j++
	}
	for _, q := range cjkQualAfter {
		if s.hasAt(j, q.w) {
			// 多 of 多边, 余 of 其余: only before a unit, a particle or punctuation
			if q.w == "多" || q.w == "余" || q.w == "餘" || q.w == "여" {
				if j != k {
					continue
				}
				after := s.at(j + 1)
				if isHanRune(after) && !s.unitFollows(j+1) || isHangulRune(after) && !s.unitFollows(j+1) && after != '명' {
					continue
				}
			}
			return q.q, j - k + runeLen(q.w)
		}
	}
	return "", 0
}

// chromeBefore reports a counter word right before the number: 评论 35,
// 조회수 1,234, 阅读2万.
func (s *cjkScanner) chromeBefore(i int) bool {
	j := i
	for j > 0 && (s.rs[j-1] == ' ' || s.rs[j-1] == ':' || s.rs[j-1] == '：' || s.rs[j-1] == '(' || s.rs[j-1] == '（') {
		j--
	}
	for _, w := range cjkChrome {
		if s.endsAt(j, w) {
			return true
		}
	}
	return false
}

// chromeAfter reports a counter word right after the number: 35条评论, 1.2万阅读.
func (s *cjkScanner) chromeAfter(k int) bool {
	for _, w := range []string{"条评论", "條評論", "评论", "評論", "阅读", "閱讀", "人阅读", "次浏览", "명이 읽", "개의 댓글"} {
		if s.hasAt(k, w) || s.at(k) == ' ' && s.hasAt(k+1, w) {
			return true
		}
	}
	return false
}

// direction sets up or down, and year on year, on a percent.
func (s *cjkScanner) direction(f *Figure, qualStart, k int) {
	dir := ""
	// Chinese: the verb before (同比增长3.2%), within four runes
	for d := 0; d <= 4 && dir == ""; d++ {
		for _, v := range cjkUpVerbs {
			if s.endsAt(qualStart-d, v) {
				dir = "up"
			}
		}
		for _, v := range cjkDownVerbs {
			if dir == "" && s.endsAt(qualStart-d, v) {
				dir = "down"
			}
		}
	}
	// Korean: the verb after (3.2% 증가한)
	if dir == "" {
		j := k
		if s.at(j) == ' ' {
			j++
		}
		for _, v := range cjkUpVerbs {
			if isHangulRune([]rune(v)[0]) && s.hasAt(j, v) {
				dir = "up"
			}
		}
		for _, v := range cjkDownVerbs {
			if dir == "" && isHangulRune([]rune(v)[0]) && s.hasAt(j, v) {
				dir = "down"
			}
		}
	}
	yoy := false
	from := max(0, qualStart-12)
	before := s.text[s.off[from]:s.off[qualStart]]
	for _, w := range cjkYearOnYear {
		if strings.Contains(before, w) {
			yoy = true
		}
	}
	if f.Qualifier != "" && f.Qualifier != "up" && f.Qualifier != "down" {
		if yoy {
			f.Qualifier += ", year on year"
		}
		return
	}
	switch {
	case dir != "" && yoy:
		f.Qualifier = dir + ", year on year"
	case dir != "":
		f.Qualifier = dir
	case yoy:
		f.Qualifier = "year on year"
	}
}

// subject is the words before the figure back to the previous punctuation
// or figure, less the verbs and qualifiers right before it: 双边贸易额 of
// 双边贸易额同比增长3.2%, 양국 교역액 of 양국 교역액은 2천989억 달러.
func (s *cjkScanner) subject(f Figure, floor int) string {
	end := f.QualStart
	start := end
	for start > floor {
		r, n := utf8.DecodeLastRuneInString(s.text[:start])
		if unicode.IsPunct(r) || r == '\n' || isDigitRune(r) {
			break
		}
		start -= n
		if end-start > 60 {
			break
		}
	}
	// a period before the figure is not part of its subject: 1~11월 양국 교역액
	for _, m := range s.marks {
		if m.end > start && m.end <= end {
			start = m.end
		}
	}
	sub := strings.TrimSpace(s.text[start:end])
	for changed := true; changed; {
		changed = false
		for _, w := range append(append([]string{"同比", "达到", "达", "為", "为", "是", "约", "共", "累计", "总计", "已", "전년 대비", "은", "는", "이", "가", "을", "를", "도", "로"}, cjkUpVerbs...), cjkDownVerbs...) {
			if strings.HasSuffix(sub, w) && len(sub) > len(w) {
				sub = strings.TrimSpace(strings.TrimSuffix(sub, w))
				changed = true
			}
		}
	}
	if utf8.RuneCountInString(sub) > 16 {
		rs := []rune(sub)
		sub = string(rs[len(rs)-16:])
	}
	return sub
}

// cjkFigures finds the figures of the sentence text[sp.Start:sp.End] written
// in Chinese or Korean, with offsets into text.
func cjkFigures(text string, start, end int, doc string, date time.Time) []Figure {
	sent := text[start:end]
	s := newCJKScanner(sent, date)
	s.scan()
	if len(s.out) == 0 {
		return nil
	}
	clean := collapseSpace(sent)
	out := make([]Figure, 0, len(s.out))
	floor := 0
	for k, f := range s.out {
		f.Subject = s.subject(f, floor)
		// a change right after a figure (达2989亿美元，同比增长3.2%) is of that figure
		if k > 0 && (f.Kind == Percent || f.Kind == PercentagePoints) && utf8.RuneCountInString(f.Subject) <= 2 {
			f.Subject = out[k-1].Subject
		}
		floor = f.End
		if f.Kind != Duration {
			f.Period = s.periodOf(f, k)
			// the change of the figure before it (同比增长3.2%) is of its period
			if f.Period == "" && k > 0 && (f.Kind == Percent || f.Kind == PercentagePoints) {
				f.Period = out[k-1].Period
			}
		}
		f.Sentence = clean
		f.Doc, f.Date = doc, date
		f.Start += start
		f.End += start
		f.NumStart += start
		f.NumEnd += start
		f.QualStart += start
		out = append(out, f)
	}
	return out
}

// rangeTail reads the upper bound of a range after a figure ending at k:
// 至, 到, -, ~ or ～, a number, and its unit if written.
func (s *cjkScanner) rangeTail(k int) (float64, *cjkUnit, int, bool) {
	switch s.at(k) {
	case '至', '到', '-', '~', '～', '–':
	default:
		return 0, nil, k, false
	}
	if !isDigitRune(s.at(k+1)) && cjkDigits[s.at(k+1)] == 0 {
		return 0, nil, k, false
	}
	n, ok := s.number(k + 1)
	if !ok || s.notAFigure(n) {
		return 0, nil, k, false
	}
	u, e := s.unitAt(n.end)
	if u == nil {
		return n.value, nil, n.end, true
	}
	return n.value, u, e, true
}

// nativeAt reads a native Korean numeral and its counter at rune i, at
// the start of a word: 세 차례, 두 명.
func (s *cjkScanner) nativeAt(i int) (Figure, int, bool) {
	if i > 0 && isHangulRune(s.rs[i-1]) {
		return Figure{}, i, false
	}
	for w, v := range koNative {
		l := runeLen(w)
		if !s.hasAt(i, w) || s.at(i+l) != ' ' {
			continue
		}
		u, e := s.unitAt(i + l)
		if u == nil || u.kind != Count || u.unit == "배" || u.unit == "대" {
			continue
		}
		f := Figure{Value: v, Unit: u.unit, Kind: Count}
		f.Start, f.End = s.off[i], s.off[e]
		f.QualStart, f.NumStart, f.NumEnd = f.Start, f.Start, s.off[i+l]
		f.Text = s.text[f.Start:f.End]
		return f, e, true
	}
	return Figure{}, i, false
}
