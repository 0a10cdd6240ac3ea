package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
)

// What surrounds a Chinese or Korean figure: its qualifiers, the page
// chrome around it, the direction of a change and its subject (see cjk.go).

func (s *cjkScanner) qualBefore(i int) (string, int) {
	j := i
	if s.at(j-1) == ' ' {
		j--
	}
	for _, q := range cjkQualBefore {
		if s.endsAt(j, q.w) {
			// a Korean qualifier is a word of its own: 약 25㎏, not 마약 25㎏
			if script.IsHangul([]rune(q.w)[0]) && script.IsHangul(s.at(j-runeLen(q.w)-1)) {
				continue
			}
			return q.q, i - j + runeLen(q.w)
		}
	}
	return "", 0
}

func (s *cjkScanner) qualAfter(k int) (string, int) {
	j := k
	if s.at(j) == ' ' && script.IsHangul(s.at(j+1)) {
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
				if script.IsHan(after) && !s.unitFollows(j+1) || script.IsHangul(after) && !s.unitFollows(j+1) && after != '명' {
					continue
				}
			}
			return q.q, j - k + runeLen(q.w)
		}
	}
	return "", 0
}

// chromeBefore reports a counter word right before the number: 评论 35,
// 조회수 1,234, 阅读2万, 参与 3.4万 (参与 with a space or colon only).
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
	if j < i {
		for _, w := range cjkChromeSpaced {
			if s.endsAt(j, w) {
				return true
			}
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
			if script.IsHangul([]rune(v)[0]) && s.hasAt(j, v) {
				dir = "up"
			}
		}
		for _, v := range cjkDownVerbs {
			if dir == "" && script.IsHangul([]rune(v)[0]) && s.hasAt(j, v) {
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
