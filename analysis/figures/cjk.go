package figures

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
)

// Chinese and Korean figures. A sentence written mostly in Han or Hangul is
// read by cjkScanner instead of the English scanner: numbers in digits
// (2989, 3.2, 1,234, fullwidth ２９８９), in Chinese numerals (两千九百八十九,
// 二十四点五) and mixed with scale characters (2989亿, 3.2万亿, 2천989억, 665만,
// 1조 2천억), then a unit (美元, 元, 달러, 원, %, 个百分点, %포인트, 人次, 명,
// 周年, 주년, 吨, 千瓦时, 个小时, 시간, 岁, 세, ㎞, 枚, 架次, 발 ...; 2至3成 is
// 20 to 30 %), native Korean numerals before a counter of a closed list
// (두 달, 세 차례, 열두 척, 석 달), the native day counts (사흘간, 열흘), weeks
// (2~3주), shares of counts (10곳 중 6곳: 60 %), with the qualifiers around them (约, 超过, 多,
// 以上, 약, 이상, 여), the direction of a change (增长, 下降, 증가, 감소) and
// "year on year" (同比, 전년 대비). Not figures: years and dates (2025年,
// 6月10日, 2025년 6월 10일, 2025-06-10), times (09:28), ordinals (第33届,
// 제33차), codes glued to Latin letters (G20, C919), a lone 一 (一个中国,
// 一带一路), single Chinese numerals with 个 (两个大局), the articles of laws
// (232条款, 무역확장법 232조), and the numbers of page chrome (评论 35, 阅读
// 2万, 조회수 1,234, 댓글 0, lines that begin 发布时间, 来源, 입력, copyright
// and tip lines, stock tickers: 코스피 4,012.37 ▲15.22). A number is never
// cut: "3.2%" is 3.2, never 2, and 第 covers the whole numeral after it
// (第十二次 yields nothing, not 二次). Also read: 대 counting aircraft,
// vehicles and machines (전투기 16대, 40대 이상이 필요; not an age group, 30대
// 남성, nor a ranking, 3대 교역국, nor a decade, 90년대), metric tons written t
// (180t으로), the pound sterling (英镑, 英鎊; 파운드 and 파운드화 with a scale:
// 5억 파운드); 参与 is a counter of page chrome before a space or colon
// (参与 3.4万), and KF-21 a model code.

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
		if script.IsHan(r) || script.IsHangul(r) {
			cjk++
		}
		i += n
	}
	return cjk > 0 && cjk*3 >= latin
}

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

// scan finds the figures of the sentence.
func (s *cjkScanner) scan() {
	if s.chromeLine() {
		return
	}
	s.periodMarks()
	for i := 0; i < len(s.rs); {
		r := s.rs[i]
		if script.IsHangul(r) {
			if f, next, ok := s.nativeAt(i); ok {
				s.out = append(s.out, f)
				i = next
				continue
			}
			if f, next, ok := s.koDaysAt(i); ok || next > i {
				if ok {
					s.out = append(s.out, f)
				}
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

// figureAt reads a figure whose number starts at rune i.
func (s *cjkScanner) figureAt(i int) (Figure, int, bool) {
	// a number glued to Latin letters is a code: G20, C919, 5G
	if i > 0 && s.rs[i-1] < utf8.RuneSelf && isLatin(s.rs[i-1]) {
		return Figure{}, s.skipNumber(i), false
	}
	// KF-21, F-35A: a model code with a hyphen
	if s.at(i-1) == '-' && isLatin(s.at(i-2)) {
		return Figure{}, s.skipNumber(i), false
	}
	// 第33届, 第十二次, 제33차: ordinals; 第 covers the whole numeral after it
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
	if !percentWords {
		if f, e, ok := s.fractionAt(start, n); ok {
			return f, e, true
		}
	}
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
	numEnd, ratio := n.end, false
	if n.more {
		f.Qualifier = "more than"
	}
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
				if unit.unit == "대" && s.koDaeNotCount(n, qualStart, e2) {
					return Figure{}, e2, false // 20~30대 남성: an age group
				}
				if unit.unit == "lb" {
					if !n.scaled && hi < 1e4 {
						return Figure{}, e2, false // 5~10파운드: no sterling without a scale
					}
					unit = &cjkUnit{"GBP", Money, 0} // 1억~2억 파운드
				}
				f.Unit, f.Kind, f.High = unit.unit, unit.kind, hi
				if unit.scale != 0 {
					f.Value *= unit.scale // 2至3成: the tenths of both bounds
				}
				f.Qualifier = "range to " + fmtNum(hi)
				k = e2
				goto located
			}
			if !n.big && !(n.digits && n.scaled) {
				return Figure{}, k, false // a bare number (二十一 of 二十一世纪): no figure
			}
			f.Kind = Count // 2989亿 alone
		} else {
			if u.unit == "个" {
				// 3个多小时, 两个半小时, 3个多月: a span of time with 多, 余 or 半 inside
				if v, q, e2, ok := s.spanAfterGe(e); ok {
					u = v
					if q == "half" {
						f.Value += 0.5
					} else if f.Qualifier == "" || f.Qualifier == "about" {
						f.Qualifier = q
					}
					e = e2
				}
			}
			if n.single && u.unit == "个" {
				return Figure{}, e, false // 两个大局, 三个代表: slogans, not figures
			}
			if !n.digits && !n.scaled && f.Value == 1 {
				return Figure{}, e, false // 一: the article, 一个中国
			}
			if s.hasAt(k, "세") && s.koGenerationBefore(qualStart) {
				return Figure{}, e, false // 재일교포 3세: the third generation, not an age
			}
			if u.unit == "대" && s.koDaeNotCount(n, qualStart, e) {
				return Figure{}, e, false // 5대 핵심 분야, 30대 남성: "the five major", an age group
			}
			if u.unit == "lb" {
				// 파운드 with a scale is sterling (5억 파운드); alone it may be
				// a mass or a rate (1파운드당): no figure
				if !n.scaled {
					return Figure{}, e, false
				}
				u = &cjkUnit{"GBP", Money, 0}
			}
			if u.unit == "%" && u.scale == 10 && (n.scaled || n.hasDecimal || n.value > 10) {
				return Figure{}, e, false // 成 counts tenths: 三成, 七成
			}
			f.Unit, f.Kind = u.unit, u.kind
			if u.scale != 0 {
				f.Value *= u.scale
			}
			if u.unit == "CNY" && s.hasAt(k, "元") && !s.hasAt(k, "元人民币") {
				// 新台幣9,495億元, 港幣500億元: the currency named before the number
				if c := s.currencyBefore(qualStart); c != "" {
					f.Unit = c
				}
			}
			k = e
			// 10곳 중 6곳: a share of a count, as a percent
			if m, e2, ok := s.ratioTail(k, f.Unit); ok && f.Kind == Count && m.value > 0 && m.value < f.Value {
				f = Figure{Value: m.value / f.Value * 100, Unit: "%", Kind: Percent}
				numEnd, ratio, k = m.end, true, e2
				goto located
			}
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
	if (f.Kind == Percent || f.Kind == PercentagePoints) && !ratio {
		s.direction(&f, qualStart, k)
	}
	f.Start, f.End = s.off[start], s.off[k]
	f.QualStart = s.off[qualStart]
	f.NumStart, f.NumEnd = s.off[n.start], s.off[numEnd]
	f.Text = s.text[f.Start:f.End]
	if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
		return Figure{}, k, false
	}
	return f, k, true
}

// spanAfterGe reads the rest of a span of time after 个 or 個 at rune e:
// 多小时, 余小时, 半小时, 多月, 半月 (3个多小时 is more than 3 hours, 两个半小时
// 2.5 hours). q is "more than" or "half".
func (s *cjkScanner) spanAfterGe(e int) (*cjkUnit, string, int, bool) {
	q := ""
	switch s.at(e) {
	case '多', '余', '餘':
		q = "more than"
	case '半':
		q = "half"
	default:
		return nil, "", e, false
	}
	for _, w := range []struct {
		w    string
		unit cjkUnit
	}{
		{"小时", cjkUnit{"hour", Duration, 0}}, {"小時", cjkUnit{"hour", Duration, 0}},
		{"钟头", cjkUnit{"hour", Duration, 0}}, {"鐘頭", cjkUnit{"hour", Duration, 0}},
		{"月", cjkUnit{"month", Duration, 0}},
	} {
		if s.hasAt(e+1, w.w) {
			u := w.unit
			return &u, q, e + 1 + runeLen(w.w), true
		}
	}
	return nil, "", e, false
}

// fractionAt reads a fraction whose denominator n starts the figure at
// rune start, written as a percent like "two-thirds" in English: 三分之一
// (one third, 33.3333 %), 五分之一 (20 %), 千分之三 (0.3 %), 3분의 1, 3분의1.
func (s *cjkScanner) fractionAt(start int, n cjkNum) (Figure, int, bool) {
	j := n.end
	switch {
	case s.hasAt(j, "分之"):
		j += 2
	case s.hasAt(j, "분의"):
		j += 2
		if s.at(j) == ' ' {
			j++
		}
	default:
		return Figure{}, 0, false
	}
	if !isDigitRune(s.at(j)) && cjkDigits[s.at(j)] == 0 && s.at(j) != '十' {
		return Figure{}, 0, false
	}
	m, ok := s.number(j)
	if !ok || n.value <= 0 || m.value <= 0 || m.value > n.value {
		return Figure{}, 0, false
	}
	f := Figure{Value: m.value / n.value * 100, Unit: "%", Kind: Percent}
	qualStart := start
	if q, w := s.qualBefore(start); q != "" {
		f.Qualifier, qualStart = q, start-w
	}
	k := m.end
	if q, w := s.qualAfter(k); q != "" && f.Qualifier == "" {
		f.Qualifier = q
		k += w
	}
	s.direction(&f, qualStart, k)
	f.Start, f.End = s.off[start], s.off[k]
	f.QualStart = s.off[qualStart]
	f.NumStart, f.NumEnd = s.off[n.start], s.off[m.end]
	f.Text = s.text[f.Start:f.End]
	return f, k, true
}

// currencyBefore is the currency named right before a number whose unit is
// written 元 after it: 新台幣9,495億元 is New Taiwan dollars, 港幣 Hong Kong
// dollars.
func (s *cjkScanner) currencyBefore(i int) string {
	j := i
	if s.at(j-1) == ' ' {
		j--
	}
	for _, c := range []struct{ w, unit string }{
		{"新台币", "TWD"}, {"新台幣", "TWD"}, {"台币", "TWD"}, {"台幣", "TWD"},
		{"港币", "HKD"}, {"港幣", "HKD"}, {"人民币", "CNY"}, {"人民幣", "CNY"},
	} {
		if s.endsAt(j, c.w) {
			return c.unit
		}
	}
	return ""
}

func isLatin(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// asciiUnitAt reports a Latin unit after a number: kWh, MW, GW, km, kg and
// t (metric tons: 180t으로).
func (s *cjkScanner) asciiUnitAt(k int) bool {
	for _, u := range []string{"kWh", "MW", "GW", "km", "kg", "t"} {
		if s.hasAt(k, u) && !isLatin(s.at(k+runeLen(u))) && !isDigitRune(s.at(k+runeLen(u))) {
			return true
		}
	}
	return false
}

// skipNumber is past the number at rune i, in digits or Chinese numerals
// (十二 of 第十二次, 一百零五 of 第一百零五届): never inside it.
func (s *cjkScanner) skipNumber(i int) int {
	j := i
	for j < len(s.rs) && (isDigitRune(s.rs[j]) || s.rs[j] == ',' || s.rs[j] == '.') {
		j++
	}
	if n, ok := s.number(i); ok && n.end > j {
		j = n.end
	}
	return j
}

func (s *cjkScanner) skipLatin(i int) int {
	for i < len(s.rs) && (isLatin(s.rs[i]) || isDigitRune(s.rs[i])) {
		i++
	}
	return i
}

// unitFollows reports a unit right after a number (spaces skipped).
func (s *cjkScanner) unitFollows(k int) bool {
	u, _ := s.unitAt(k)
	return u != nil
}

// unitAt reads a unit at rune k, after one space at most.
func (s *cjkScanner) unitAt(k int) (*cjkUnit, int) {
	glued := true
	if s.at(k) == ' ' && script.IsHangul(s.at(k+1)) {
		k++ // 665만 명, 2989억 달러
		glued = false
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
		if (w == "주" || w == "주일") && !(glued && s.smallIntBefore(k)) {
			continue // 300만 주, 500주: shares; 주 is a week after 2, 3, 12
		}
		// a Korean unit must end the word: 명의 is fine (a particle), 원칙 is not
		if script.IsHangul(s.at(k+l)) && !koParticleAt(s, k+l) && !(u.kind == Duration && koDurationSuffixAt(s, k+l)) {
			continue
		}
		return &u, k + l
	}
	return nil, k
}

// smallIntBefore reports one or two plain digits right before rune k, not
// part of a longer number (1,500, 2.5, 300만).
func (s *cjkScanner) smallIntBefore(k int) bool {
	j := k
	for j > 0 && isDigitRune(s.rs[j-1]) {
		j--
	}
	if d := k - j; d < 1 || d > 2 {
		return false
	}
	p := s.at(j - 1)
	return p != ',' && p != '.' && p != '，' && p != '．'
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
	if u.scale != 0 {
		if u.unit == "%" && u.scale == 10 && (n.scaled || n.hasDecimal || n.value > 10) {
			return 0, nil, k, false // 成 counts tenths: 2至3成, not 2至30成
		}
		return n.value * u.scale, u, e, true // 2至3成: 20 to 30 %
	}
	return n.value, u, e, true
}
