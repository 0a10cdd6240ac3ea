package figures

// Korean words of the Chinese and Korean scanner (cjk.go): native numerals
// before counters (두 달, 세 번), native day counts (사흘), ages, decades and
// machines counted with 대, ratios (10곳 중 6곳) and the qualifiers around them.

import (
	"math"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
)

// koGenerationBefore reports the words of emigrants before N세, which is
// then a generation (동포 2세, 재일교포 3세), not an age.
func (s *cjkScanner) koGenerationBefore(i int) bool {
	j := i
	if s.at(j-1) == ' ' {
		j--
	}
	for _, w := range []string{"교포", "동포", "이민", "이민자", "입양인"} {
		if s.endsAt(j, w) {
			return true
		}
	}
	return false
}

// koDaeNotCount reports 대 after a number n (its figure starting at rune
// qualStart, 대 ending at rune e) that counts no aircraft, vehicles or
// machines: an age group, a decade of years of life (30대 남성, 20대 청년,
// 40대 중반, 40대 이상 여성, 20~30대 남성, 20대와 30대가), or "the N major"
// before a noun (3대 교역국, 5대 핵심 분야). After the name of a machine
// (전투기 16대, 차량 20대 파손, 전투기 F-35A 20대) or before a qualifier
// (40대 이상이 필요, 10대 가량) 대 counts.
func (s *cjkScanner) koDaeNotCount(n cjkNum, qualStart, e int) bool {
	if s.koMachineBefore(qualStart) {
		return false
	}
	decade := n.digits && !n.scaled && !n.hasDecimal && n.value >= 10 && n.value <= 90 && math.Mod(n.value, 10) == 0
	j := e
	if s.at(j) == ' ' {
		j++
	}
	if decade && s.koAgeWordAt(j) {
		return true // 30대 남성, 40대 중반
	}
	for _, q := range []string{"이상", "이하", "미만"} {
		if s.hasAt(j, q) {
			a := j + runeLen(q)
			if s.at(a) == ' ' {
				a++
			}
			return decade && s.koAgeWordAt(a) // 40대 이상 여성; 40대 이상이 필요
		}
	}
	if decade && s.koDecadesIn() {
		return true // 20대와 30대가, 20·30대의: age groups
	}
	if s.at(e) == ' ' && script.IsHangul(s.at(e+1)) {
		for _, q := range cjkQualAfter {
			if s.hasAt(e+1, q.w) {
				return false // 10대 가량, 20대 넘게
			}
		}
		for _, q := range []string{"정도", "규모", "씩", "분량"} {
			if s.hasAt(e+1, q) {
				return false
			}
		}
		return true // 5대 핵심 분야, 3대 교역국: "the five major"
	}
	return false
}

// koAgeWords are the words of people and of a time of life after an age
// group written N대 (30대 남성, 40대 중반).
var koAgeWords = []string{"남성", "여성", "남자", "여자", "남녀", "청년", "청소년", "젊은", "중년", "장년", "노인", "노년",
	"주부", "직장인", "가장", "부부", "환자", "응답자", "유권자", "연령", "세대", "층", "초반", "중반", "후반",
	"이용자", "소비자", "근로자", "구직자", "인구", "국민", "시민", "여행객", "관광객", "학생"}

// koAgeWordAt reports one of koAgeWords as the word at rune j (a particle
// may follow: 30대 남성이, 40대 중반의).
func (s *cjkScanner) koAgeWordAt(j int) bool {
	for _, w := range koAgeWords {
		if s.hasAt(j, w) {
			e := j + runeLen(w)
			if !script.IsHangul(s.at(e)) || koParticleAt(s, e) || runeLen(w) > 1 {
				return true
			}
		}
	}
	return false
}

// koDecadesIn reports two or more age groups written N대 (a round N from 10
// to 90) in the sentence: 20대와 30대, 20·30대, 20대 41%, 30대 38%.
func (s *cjkScanner) koDecadesIn() bool {
	c := 0
	for i := 0; i+2 < len(s.rs); i++ {
		if isDigitRune(s.rs[i]) && s.rs[i] != '0' && s.rs[i+1] == '0' && s.rs[i+2] == '대' && !isDigitRune(s.at(i-1)) &&
			!(script.IsHangul(s.at(i+3)) && !koParticleAt(s, i+3)) {
			c++
		}
	}
	return c >= 2
}

// koMachineNouns name aircraft, vehicles and machines, counted with 대.
var koMachineNouns = []string{"전투기", "항공기", "여객기", "비행기", "수송기", "정찰기", "폭격기", "초계기", "공격기", "훈련기",
	"무인기", "헬기", "헬리콥터", "드론", "차량", "자동차", "승용차", "화물차", "전기차", "수소차", "장갑차", "전차", "탱크",
	"트럭", "버스", "열차", "기관차", "발사대", "발사차량", "자주포", "로봇", "컴퓨터", "서버", "장비", "기계", "설비", "기기",
	"단말기", "휴대전화", "휴대폰", "스마트폰", "카메라", "레이더", "원심분리기", "엔진", "굴착기", "크레인", "선박", "기체"}

// koMachineBefore reports the name of a machine as the word before rune i,
// a particle or a model code between (전투기 16대, 전투기를 16대,
// 전투기 F-35A 20대).
func (s *cjkScanner) koMachineBefore(i int) bool {
	j := i
	if s.at(j-1) == ' ' {
		j--
	}
	// a model code: F-35A, KF-21, K2
	k := j
	for k > 0 && (s.rs[k-1] < utf8.RuneSelf && (isLatin(s.rs[k-1]) || isDigitRune(s.rs[k-1]) || s.rs[k-1] == '-')) {
		k--
	}
	if k < j && s.at(k-1) == ' ' {
		j = k - 1
	}
	for _, w := range koMachineNouns {
		if s.endsAt(j, w) {
			return true
		}
		for _, p := range []string{"은", "는", "이", "가", "을", "를", "도"} {
			if s.endsAt(j, w+p) {
				return true
			}
		}
	}
	return false
}

// ratioTail reads the second count of a Korean ratio after a count ending
// at rune k: " 중 6곳" of "10곳 중 6곳", " 중에서 4명" of "5명 중에서 4명",
// with the same counter as the first (unit).
func (s *cjkScanner) ratioTail(k int, unit string) (cjkNum, int, bool) {
	j := k
	if s.at(j) == ' ' {
		j++
	}
	if !s.hasAt(j, "중") {
		return cjkNum{}, k, false
	}
	j++
	switch {
	case s.hasAt(j, "에서"):
		j += 2
	case s.at(j) == '에':
		j++
	}
	if s.at(j) == ' ' {
		j++
	}
	if !isDigitRune(s.at(j)) {
		return cjkNum{}, k, false
	}
	m, ok := s.number(j)
	if !ok || s.notAFigure(m) {
		return cjkNum{}, k, false
	}
	u, e := s.unitAt(m.end)
	if u == nil || u.unit != unit || u.kind != Count {
		return cjkNum{}, k, false
	}
	return m, e, true
}

// koDaysAt reads a native Korean number of days at rune i, a duration:
// 하루, 이틀, 사흘 ... 열흘, 보름, as a word of its own, with 간, 동안 or a
// particle after it (사흘간의, 닷새 동안, 열흘 넘게). 째 makes an ordinal
// (이틀째), 하루 with 평균, 최대, 에, 종일 or a count after it a rate or an
// idiom (하루 평균 3만 명, 하루에 두 번, 하루 두 차례, 하루 종일), and two
// in a row (하루 이틀) a vague guess: no figures; next is past the words
// skipped.
func (s *cjkScanner) koDaysAt(i int) (Figure, int, bool) {
	if i > 0 && script.IsHangul(s.rs[i-1]) {
		return Figure{}, i, false
	}
	v, l := 0.0, 0
	for w, d := range koNativeDays {
		if s.hasAt(i, w) {
			v, l = d, runeLen(w)
		}
	}
	if l == 0 {
		return Figure{}, i, false
	}
	e := i + l
	if script.IsHangul(s.at(e)) && !koParticleAt(s, e) && !s.hasAt(e, "간") && !s.hasAt(e, "동안") {
		return Figure{}, i, false // 하루빨리, 이레째, 보름달
	}
	if s.at(e) == ' ' {
		if l2 := s.koDaysWordAt(e + 1); l2 > 0 {
			return Figure{}, e + 1 + l2, false // 하루 이틀, 사흘 나흘
		}
	}
	if v == 1 {
		for _, w := range []string{" 평균", " 최대", " 최소", " 종일", "에", "도", "당"} {
			if s.hasAt(e, w) {
				return Figure{}, e, false
			}
		}
		if s.endsAt(i, "지난 ") {
			return Figure{}, e, false
		}
		if s.at(e) == ' ' && isDigitRune(s.at(e+1)) {
			return Figure{}, e, false // 하루 3만 명, 하루 8시간: a rate per day
		}
		if _, _, ok := s.nativeAt(e + 1); ok && s.at(e) == ' ' {
			return Figure{}, e, false // 하루 두 차례: twice a day
		}
	}
	f := Figure{Value: v, Unit: "day", Kind: Duration}
	return s.qualified(f, i, e, l)
}

// koDaysWordAt is the length in runes of a native Korean number of days
// starting at rune i, 0 if none.
func (s *cjkScanner) koDaysWordAt(i int) int {
	for w := range koNativeDays {
		if s.hasAt(i, w) {
			return runeLen(w)
		}
	}
	return 0
}

// koParticleAt reports a Korean particle or ending at rune k (after a
// unit): 명이, 달러를, 건의, 명으로.
func koParticleAt(s *cjkScanner, k int) bool {
	if s.at(k) == '인' && !script.IsHangul(s.at(k+1)) {
		return true // the copula: 60주년인 올해
	}
	for _, p := range []string{"으로", "에서", "이나", "이며", "이다", "입니", "인데", "인지", "뿐", "밖에", "씩", "의", "이", "가", "을", "를", "은", "는", "로", "에", "와", "과", "도", "만", "로", "여", "이상", "가량", "안팎", "넘", "증가", "감소", "늘", "줄", "상승", "하락", "대", "까지", "다", "였", "라", "씩", "으", "어치"} {
		if s.hasAt(k, p) {
			return true
		}
	}
	return false
}

// koDurationSuffixAt reports the suffixes of a span of time at rune k:
// 3개월간, 2시간동안, 5년째.
func koDurationSuffixAt(s *cjkScanner, k int) bool {
	return s.hasAt(k, "간") || s.hasAt(k, "동안") || s.hasAt(k, "째")
}

// qualified gives a Korean word figure f, its number's l runes at i and its
// unit ending at e, the qualifiers before and after it ("약", "가까이"), its
// offsets and its text.
func (s *cjkScanner) qualified(f Figure, i, e, l int) (Figure, int, bool) {
	qualStart := i
	if q, w := s.qualBefore(i); q != "" {
		f.Qualifier, qualStart = q, i-w
	}
	if q, w := s.qualAfter(e); q != "" && (f.Qualifier == "" || f.Qualifier == "about") {
		f.Qualifier = q
		e += w
	}
	f.Start, f.End = s.off[i], s.off[e]
	f.QualStart, f.NumStart, f.NumEnd = s.off[qualStart], s.off[i], s.off[i+l]
	f.Text = s.text[f.Start:f.End]
	return f, e, true
}

// nativeAt reads a native Korean numeral and its counter at rune i, at
// the start of a word: 세 차례, 두 명, 두 달, 열두 번. The counter is one of
// koNativeCounters, after one space, and ends its word (a particle may
// follow: 두 달간, 세 차례의); qualifiers around it are read as after
// digits (약 두 달, 세 차례 이상, 세 시간 가까이).
func (s *cjkScanner) nativeAt(i int) (Figure, int, bool) {
	if i > 0 && script.IsHangul(s.rs[i-1]) {
		return Figure{}, i, false
	}
	v, l := s.koNativeNumber(i)
	monthOnly := false
	if l == 0 {
		for w, mv := range koNativeMonth {
			if s.hasAt(i, w) {
				v, l, monthOnly = mv, runeLen(w), true
			}
		}
	}
	if l == 0 || s.at(i+l) != ' ' {
		return Figure{}, i, false
	}
	c := i + l + 1
	var u cjkUnit
	e := 0
	for w, cu := range koNativeCounters {
		cl := runeLen(w)
		if !s.hasAt(c, w) || c+cl <= e {
			continue
		}
		if script.IsHangul(s.at(c+cl)) && !koParticleAt(s, c+cl) && !(cu.kind == Duration && koDurationSuffixAt(s, c+cl)) {
			continue
		}
		if w == "번" && s.hasAt(c, "번째") {
			continue // 두 번째: an ordinal
		}
		if monthOnly && w != "달" {
			continue // 석, 넉: only in 석 달, 넉 달
		}
		u, e = cu, c+cl
	}
	if e == 0 {
		return Figure{}, i, false
	}
	if v == 1 && (s.endsAt(i, "다시 ") || s.endsAt(i, "또 ") || s.endsAt(i, "지난 ") || s.at(e) == '도' || u.unit == "year" && s.hasAt(c, "해")) {
		// 다시 한 번 (once again), 한 명도 (not one), 지난 한 달 (the past
		// month), 한 해 (a year, the year): idioms
		return Figure{}, e, false
	}
	f := Figure{Value: v, Unit: u.unit, Kind: u.kind}
	return s.qualified(f, i, e, l)
}

// koNativeNumber reads a native Korean numeral at rune i: its value and
// length in runes (0 if none). 열 takes a unit numeral glued after it
// (열한 11, 열두 12).
func (s *cjkScanner) koNativeNumber(i int) (float64, int) {
	best, bl := 0.0, 0
	for w, v := range koNative {
		if l := runeLen(w); l > bl && s.hasAt(i, w) {
			best, bl = v, l
		}
	}
	if best == 10 && bl == 1 {
		for w, v := range koNative {
			if l := runeLen(w); v < 10 && s.hasAt(i+1, w) && s.at(i+1+l) == ' ' {
				return 10 + v, 1 + l
			}
		}
	}
	return best, bl
}
