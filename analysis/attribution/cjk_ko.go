package attribution

// Korean frames (cjk.go): a speech verb at the sentence's end, the phrase
// before the topic particle, sources ("X에 따르면"), agreements, headlines
// and the names before titles.

import (
	"strings"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
)

// koNameBefore is the name at the head of a Korean speaker's phrase
// ("조태열 외교부 장관", "김민준 고려대 교수"; "하워드 러트닉 상무장관" keeps
// both words of a foreign name), or "".
func koNameBefore(subj string) string {
	f := strings.Fields(subj)
	if len(f) < 2 {
		return ""
	}
	w := f[0]
	if i := strings.IndexAny(w, "(（"); i > 0 {
		// "허융첸(何咏前) 중국 상무부 대변인": the name in its own script
		if in := strings.TrimRight(w[i:], ")）"); utf8.RuneCountInString(in) > 1 {
			if _, size := utf8.DecodeRuneInString(in); script.AllHan(in[size:]) {
				return in[size:]
			}
		}
		w = w[:i]
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 5 || countryIn(w+" ") != "" || isBody(w) || isTitle(w) || koEnvoyPlace(w) || strings.HasSuffix(w, "의") {
		return "" // "서울의 한 당국자": a place, not a name
	}
	for _, x := range f {
		if x == "한" {
			return "" // "한 외교 소식통": an unnamed one
		}
	}
	for _, r := range w {
		if !script.IsHangul(r) {
			return ""
		}
	}
	_, korean := koreanName(w)
	if !korean && len(f) >= 3 && !isTitle(f[1]) && countryIn(f[1]+" ") == "" && !isBody(f[1]) && !koEnvoyPlace(f[1]) {
		return w + " " + f[1] // a foreign name of two words: "하워드 러트닉 상무장관"
	}
	if !korean && cjkNames[w] == "" && countryIn(f[1]+" ") == "" && !koEnvoyPlace(f[1]) {
		return "" // "포스코 관계자": a company's official, not a person named 포스코; "쩐반민 베트남 부총리" is a name
	}
	return w
}

// koFrame reads a Korean sentence's frame: a joint statement ("공동성명"),
// "X에 따르면" (according to), a speech verb at the end after a
// quotation's ending ("…라고 밝혔다") or an agreement ("…하기로 했다",
// "합의했다"), whose speaker is the phrase before a topic or subject
// particle ("왕이 중국 외교부장은") ahead of any quotation, or a pronoun
// ("그는").
func (c *cjkContext) koFrame(text string) (cjkSpeaker, string, bool) {
	t := strings.TrimSpace(text)
	end := strings.TrimRight(t, ".。!?\"”' ")
	verb := ""
	for _, v := range koVerbList() {
		if strings.HasSuffix(end, v) {
			verb = v
			break
		}
	}
	body := strings.TrimSpace(strings.TrimSuffix(end, verb))
	if verb == "" && (strings.Contains(t, "기로 했") || strings.Contains(t, "기로 합의")) {
		verb, body = "했다", "기로" // "두 정상은 …이어가기로 했지만, …": an agreement inside the sentence
	}
	agreed := verb != "" && (strings.HasPrefix(verb, "합의") || strings.HasPrefix(verb, "공감") || strings.HasPrefix(verb, "모았") ||
		strings.HasPrefix(verb, "재확인") || strings.HasPrefix(verb, "약속") || strings.HasPrefix(verb, "명시") || strings.HasPrefix(verb, "다짐") ||
		strings.HasSuffix(body, "기로"))
	speech := verb != ""
	if strings.HasPrefix(verb, "모았") && !strings.HasSuffix(body, "뜻을") && !strings.HasSuffix(body, "의견을") {
		speech, agreed = false, false // only "뜻을/의견을 모았다" is an agreement
	}
	if (verb == "했다" || verb == "했습니다" || verb == "물었다" || verb == "물었습니다") && !strings.HasSuffix(body, "고") && !agreed {
		speech = false // only a quotation's ending makes 했다 speech: "…라고 했다"
	}
	if !speech && koQuoting(t) {
		// "…'이웃'이라고 부르며 … 드러냈다": a quotation's ending inside
		speech = true
	}
	if speech {
		if sp, cue, ok := c.koSubject(t, agreed); ok {
			return sp, cue, true
		}
		if koQuoting(t) && c.haveLast && !agreed && !koHasTopic(t) {
			// "이어 "……"며 "……"고 했다": no subject, the last speaker goes on
			return c.last, "continued", true
		}
	}
	if sp, ok := c.koAccording(t); ok {
		return sp, "according to", true
	}
	if sp, ok := c.koHeadline(t); ok {
		return sp, "quote", true
	}
	return koJoint(t)
}

// koQuoting reports whether a Korean sentence holds a quotation's ending:
// a closing quotation mark before 고, 라고 or 이라고 ("…"고 말했다,
// '…'이라고 부르며).
func koQuoting(t string) bool {
	for _, q := range []string{"\"", "”", "'", "’"} {
		for _, e := range []string{"고 ", "라고 ", "이라고 ", "며 ", "라며 ", "이라며 ", "고,", "라고,"} {
			if strings.Contains(t, q+e) {
				return true
			}
		}
	}
	return strings.Contains(t, "다고 ") || strings.Contains(t, "라고 ")
}

// koSubject is the speaker of a Korean frame: the phrase before the first
// topic or subject particle ahead of any quotation, or a pronoun.
func (c *cjkContext) koSubject(t string, agreed bool) (cjkSpeaker, string, bool) {
	words := strings.Fields(t)
	for k, wd := range words {
		if strings.ContainsAny(wd, "“\"‘'") {
			break
		}
		stem, ok := koTopic(wd)
		if !ok {
			continue
		}
		if k == 0 || k == 1 && (words[0] == "또" || words[0] == "이어") {
			if sp, ok := c.pronoun(stem + "는"); ok {
				return sp, "said", true
			}
		}
		from := max(0, k-3)
		phrase := strings.Join(append(append([]string{}, words[from:k]...), stem), " ")
		if koPair(phrase) {
			return cjkSpeaker{name: Both, side: Both}, "agreed", true // "한일 정상은 …하기로 합의했다", "세 장관은 …"
		}
		if sp, ok := c.subject(phrase, 'k'); ok {
			if agreed && sp.side != Both {
				continue
			}
			return sp, "said", true
		}
	}
	return cjkSpeaker{}, "", false
}

// koHasTopic reports whether a word with a topic or subject particle
// stands before the sentence's first quotation: a subject of its own, not
// the last speaker going on.
func koHasTopic(t string) bool {
	for _, wd := range strings.Fields(t) {
		if strings.ContainsAny(wd, "“\"‘'") {
			return false
		}
		if _, ok := koTopic(wd); ok {
			return true
		}
	}
	return false
}

// koPair reports whether a Korean phrase names the two (or three) parties
// together: "양국 정상", "두 장관", "한일 정상", "한중일 3국".
func koPair(phrase string) bool {
	f := strings.Fields(phrase)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	for _, h := range []string{"정상", "장관", "외교장관", "3국", "양국", "양측", "정부"} {
		if !strings.HasSuffix(last, h) {
			continue
		}
		if len(f) == 1 && (last == "양국" || last == "양측" || last == "3국") {
			return true
		}
		head := strings.TrimSuffix(last, h)
		if len(f) >= 2 {
			head = f[len(f)-2]
		}
		switch head {
		case "양", "양국", "두", "세", "한일", "한중", "한미", "중일", "한중일", "한미일", "북미", "미중", "미일", "3국", "양측":
			return true
		}
	}
	return false
}

// koAccording reads a Korean source: "X에 따르면", "X 집계로(는)",
// "X 통계로는", "X 자료에 따르면".
func (c *cjkContext) koAccording(t string) (cjkSpeaker, bool) {
	for _, m := range []string{"에 따르면", " 집계로는", " 집계로", " 집계에 따르면", " 통계로는", " 통계에 따르면", " 조사 결과"} {
		i := strings.Index(t, m)
		if i <= 0 {
			continue
		}
		phrase := strings.TrimSuffix(strings.TrimSuffix(lastWords(t[:i], 4), " 자료"), " 발표")
		if sp, ok := c.subject(phrase, 'k'); ok {
			return sp, true
		}
	}
	return cjkSpeaker{}, false
}

// koHeadline reads a Korean headline's speaker before a quotation: `李
// 대통령 "…"`, `中 외교부 "…"`, `北 김여정 "…"`, `한일 정상 "…"`.
func (c *cjkContext) koHeadline(t string) (cjkSpeaker, bool) {
	i := strings.IndexAny(t, "\"“")
	if i <= 0 {
		return cjkSpeaker{}, false
	}
	before := strings.TrimRight(t[:i], " ")
	if cut := strings.LastIndexAny(before, "…]】|>"); cut >= 0 {
		before = before[cut+1:]
	}
	f := strings.Fields(before)
	if len(f) == 0 || len(f) > 3 {
		return cjkSpeaker{}, false
	}
	for k, w := range f {
		if v, ok := koHanja[w]; ok {
			f[k] = v
		} else if utf8.RuneCountInString(w) == 1 && script.AllHan(w) {
			// 李 대통령, 習: a family name in Hanja; the person named before
			r, _ := utf8.DecodeRuneInString(w)
			for _, p := range c.people {
				if strings.ContainsRune(p.surface, r) || cjkNames[w] != "" {
					f[k] = p.surface
					break
				}
			}
			if canon, ok := koHanjaNames[w]; ok {
				f[k] = canon
			}
		}
	}
	phrase := strings.Join(f, " ")
	if koPair(phrase) {
		return cjkSpeaker{name: Both, side: Both}, true
	}
	if sp, ok := c.named(phrase, 'k'); ok {
		return sp, true
	}
	return c.subject(phrase, 'k')
}

// koJoint reads a joint statement as a Korean sentence's source
// ("공동성명에서", "공동성명은").
func koJoint(t string) (cjkSpeaker, string, bool) {
	for _, j := range []string{"공동성명", "공동 성명", "공동선언", "공동 선언", "공동 언론발표", "공동발표문"} {
		if strings.Contains(t, j) {
			return cjkSpeaker{name: Both, side: Both}, "joint statement", true
		}
	}
	return cjkSpeaker{}, "", false
}

// koTopic strips a topic or subject particle from a Korean word ("장관은",
// "측은", "정부가"), reporting whether it had one.
func koTopic(w string) (string, bool) {
	w = strings.TrimRight(w, ",")
	for _, p := range []string{"께서는", "께서", "은", "는", "이", "가"} {
		if s, ok := strings.CutSuffix(w, p); ok && s != "" {
			if p == "는" && adnominal(s) {
				return "", false // "추진하는", "있는": a verb's form before a noun
			}
			if p == "이" || p == "가" {
				// "이" ends many names and words: read it as a particle only
				// after a title, a body or a side word
				if !koHead(s) {
					return "", false
				}
			}
			return s, true
		}
	}
	return "", false
}

// adnominal reports whether s, before 는, is a verb's stem ("추진하",
// "있", "이라") rather than a noun.
func adnominal(s string) bool {
	for _, e := range []string{"하", "되", "있", "없", "라", "다", "시", "오", "주", "보", "지", "나", "가"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// koHead reports whether s ends with a title, a body or a side word, after
// which 이/가 is a subject particle.
func koHead(s string) bool {
	for _, t := range koTitles {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	for _, b := range cjkBodies {
		if strings.HasSuffix(s, b.word) {
			return true
		}
	}
	return strings.HasSuffix(s, "측") || strings.HasSuffix(s, "양국")
}
