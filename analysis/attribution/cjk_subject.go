package attribution

// Who a Chinese or Korean speaker's phrase names (cjk.go): a side word, a
// known name, a title with a name, a body, an unnamed speaker or a country.
// The people a page names for their later short forms are in cjk_people.go.

import (
	"strings"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
)

// subject reads a speaker's phrase: a side word ("中方", "양측"), a known
// name, a title with a name ("外交部发言人毛宁", "조태열 외교부 장관"), a body
// ("外交部", "관세청"), an unnamed speaker ("专家", "전문가"), a country
// ("韩国", "미국"). Its side is the table's for a known name, else the
// country named in the phrase, else the publisher's. ok is false when the
// phrase is none of these.
func (c *cjkContext) subject(subj string, writing byte) (cjkSpeaker, bool) {
	subj = strings.TrimSpace(subj)
	for _, p := range []string{"针对", "針對", "关于", "關於", "对于", "對於", "围绕", "圍繞", "就"} {
		if strings.HasPrefix(subj, p) {
			return cjkSpeaker{}, false // "针对美方……": what is spoken of, not who speaks
		}
	}
	n := utf8.RuneCountInString(subj)
	if n == 0 || n > 30 || strings.Contains(subj, "版权") || strings.Contains(subj, "版權") || strings.Contains(subj, "저작권") {
		return cjkSpeaker{}, false // a copyright line
	}
	for _, doc := range []string{"新闻稿", "新聞稿", "公告", "通报", "通報", "社论", "社論", "文章"} {
		if x, ok := strings.CutSuffix(subj, doc); ok && x != "" {
			for _, pub := range []string{"发布的", "發布的", "发表的", "發表的", "公布的", "的", ""} {
				if y, ok := strings.CutSuffix(x, pub); ok && y != "" {
					return c.subject(stripAdverbials(y), writing) // "商务部发布的新闻稿": the ministry
				}
			}
		}
	}
	switch subj {
	case "声明", "聲明", "该声明", "該聲明", "公报", "公報", "성명", "성명서":
		// "……发表联合声明。声明指出，": the statement named before
		if strings.Contains(c.raw, "联合声明") || strings.Contains(c.raw, "聯合聲明") || strings.Contains(c.raw, "共同声明") ||
			strings.Contains(c.raw, "联合公报") || strings.Contains(c.raw, "공동성명") {
			return cjkSpeaker{name: Both, side: Both}, true
		}
		if c.haveLast {
			return c.last, true
		}
	case "报告", "報告", "调查", "調查", "民调", "民調", "数据", "數據", "统计", "統計", "报道", "報導", "보고서", "조사":
		if c.haveLast {
			return c.last, true // "报告显示": the report of the source named before
		}
	}
	for _, sw := range cjkSideWords {
		if subj == sw.word || strings.HasSuffix(subj, sw.word) && n-utf8.RuneCountInString(sw.word) <= 2 {
			if sw.side == Both {
				return cjkSpeaker{name: Both, side: Both}, true
			}
			return cjkSpeaker{name: sw.speaker, side: sw.side}, true
		}
	}
	side := countryIn(subj)
	if i := strings.Index(subj, "《"); i >= 0 {
		if j := strings.Index(subj[i:], "》"); j > 0 && bodyName(subj) == "" && lastTitleAt(subj) < 0 {
			// "日本《读卖新闻》": a newspaper speaks
			name := subj[i+len("《") : i+j]
			s := side
			if s == "" {
				s = Unknown
			}
			return cjkSpeaker{name: name, side: s}, true
		}
	}
	for _, nm := range cjkNameList() {
		if strings.Contains(subj, nm.surface) {
			if s := c.x.nameSide(nm.canon); s != "" {
				side = s
			}
			return cjkSpeaker{name: nm.canon, side: side, person: true}, true
		}
	}
	if sp, ok := c.named(subj, writing); ok {
		return sp, true
	}
	body := bodyName(subj)
	bodySide := side
	if bs, ok := bodySides[body]; ok {
		// "中国美国商会" is American, whatever country its name begins with
		bodySide = bs
		if bs == Unknown {
			bodySide = ""
		}
		side = bodySide
	}
	if bodySide == "" {
		bodySide = c.homeOr("")
		if bodySide == "Hong Kong" && body != "" && body != "government" && body != "authorities" {
			bodySide = "China" // a Hong Kong paper's "外交部" is the nation's
		}
	}
	if bodySide == "US" {
		if n, ok := usBodies[body]; ok {
			body = n // "미 국방부": the Pentagon
		}
	}
	switch {
	case (body == "government" || body == "authorities") && bodySide != "":
		body = demonym(bodySide) + " " + body
	case (body == "Embassy" || body == "Consulate General") && side != "":
		body = side + " " + body // "주한 미국대사관": US Embassy
	}
	titles := zhTitles
	if writing == 'k' {
		titles = koTitles
	}
	ti, i := lastTitle(subj, titles)
	if i >= 0 {
		var name string
		if writing == 'k' {
			if !koGroups[ti] {
				name = koNameBefore(subj) // "지원 단체들": a group has no name before it
			}
		} else {
			name = zhNameIn(subj[i+len(ti):], c.raw)
		}
		if side == "" {
			side = titleSides[ti]
		}
		if side != "" {
			bodySide = side
		}
		if name != "" {
			sp := cjkSpeaker{name: name, side: bodySide, person: true}
			if han := hanBefore(subj[i+len(ti):]); han != "" && name[0] < 0x80 {
				c.people = append(c.people, cjkPerson{han, sp, ""}) // "艾伦（Alan Baker）" ... "艾伦说"
			}
			hangul := "" // "쑨하이타오(孫海濤) … 부부장": its Hangul form, for "쑨 부부장"
			if f := strings.Fields(subj); writing == 'k' && len(f) > 0 {
				if k := strings.IndexAny(f[0], "(（"); k > 0 && f[0][:k] != name {
					hangul = f[0][:k]
				}
			}
			if romanizes(name, bodySide) {
				sp.name = romanizedFor(name, bodySide) // a Japanese name in Hangul stays as written
			}
			if known, ok := c.knownName(name); ok {
				sp.name = known
			}
			c.people = append(c.people, cjkPerson{name, sp, ti})
			if hangul != "" {
				c.people = append(c.people, cjkPerson{hangul, sp, ti})
			}
			if strings.Contains(ti, "发言人") || strings.Contains(ti, "發言人") || ti == "대변인" {
				c.spokesperson, c.hasSpokesperson = sp, true
			}
			return sp, true
		}
		// unnamed: "Foreign Ministry spokesperson", "State Department
		// official", "South Korean expert"
		noun := unnamedEnglish[ti]
		switch {
		case body != "" && (noun == "" || strings.HasSuffix(body, noun)):
			name = body
		case body != "":
			name = body + " " + noun
		case noun != "" && side != "":
			name = demonym(side) + " " + noun
		case noun != "":
			name = noun
		default:
			name = subj
		}
		if body != "" {
			c.rememberBody(subj, cjkSpeaker{name: name, side: bodySide}, side != "")
		}
		return cjkSpeaker{name: name, side: bodySide}, true
	}
	if body != "" {
		sp := cjkSpeaker{name: body, side: bodySide}
		c.rememberBody(subj, sp, side != "")
		return sp, true
	}
	if side != "" && n <= 8 {
		// "韩国", "韩国贸易协会", "미국은": a country, or a body of its
		name := subj
		for _, c := range cjkCountries {
			if strings.TrimSpace(c.word) == subj {
				name = side
			}
		}
		return cjkSpeaker{name: name, side: side}, true
	}
	return cjkSpeaker{}, false
}

// demonym is the adjective of a side, as English news writes it before
// "government" or "official".
func demonym(side string) string {
	switch side {
	case "China":
		return "Chinese"
	case "ROK":
		return "South Korean"
	case "DPRK":
		return "North Korean"
	case "Japan":
		return "Japanese"
	case "Russia":
		return "Russian"
	case "Taiwan":
		return "Taiwanese"
	case "Vietnam":
		return "Vietnamese"
	case "Philippines":
		return "Philippine"
	}
	if d, ok := demonyms[side]; ok {
		return d
	}
	return side
}

// lastTitleAt is the offset of the last Chinese title in s, or -1.
func lastTitleAt(s string) int {
	_, i := lastTitle(s, zhTitles)
	return i
}

// hanBefore is the run of Han characters that opens s, before a bracket.
func hanBefore(s string) string {
	i := strings.IndexAny(s, "（(")
	if i <= 0 || !script.AllHan(s[:i]) {
		return ""
	}
	return s[:i]
}

// romanizes reports whether a name of a speaker of this side is written
// as its own language writes it: Hangul for Korea's, Han for China's,
// Taiwan's, Hong Kong's (a Chinese name in Hangul, "왕쥔", is a
// transcription, not a Korean name).
func romanizes(name, side string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	if script.IsHangul(r) {
		return side == "" || side == "ROK" || side == "DPRK" || side == Unknown
	}
	return side == "" || side == "China" || side == "Taiwan" || side == "Hong Kong" || side == "Singapore" || side == Unknown
}

// lastTitle is the title of titles that stands last in subj (the one
// right before a Chinese name: "副主委兼發言人梁文傑") and its byte offset, or
// -1.
func lastTitle(subj string, titles []string) (string, int) {
	best, at := "", -1
	for _, t := range titles {
		if i := strings.LastIndex(subj, t); i > at || i == at && i >= 0 && len(t) > len(best) {
			best, at = t, i
		}
	}
	return best, at
}

// koEnvoyPlace reports whether w says where an envoy serves ("주한",
// "주중", "주미", "주일").
func koEnvoyPlace(w string) bool {
	switch w {
	case "주한", "주중", "주미", "주일", "주북", "주러":
		return true
	}
	return false
}

// isTitle reports whether w is a Korean or Chinese title.
func isTitle(w string) bool {
	for _, t := range koTitles {
		if w == t || strings.HasSuffix(w, t) && utf8.RuneCountInString(w) <= utf8.RuneCountInString(t)+5 {
			return true
		}
	}
	return false
}

// countryIn is the side of the first country named in s, not counting one
// that says where an envoy serves ("驻韩国", "주한").
func countryIn(s string) string {
	best, at := "", len(s)+1
	for _, sw := range cjkSideWords {
		if i := strings.Index(s, sw.word); i >= 0 && i < at && sw.side != Both {
			best, at = sw.side, i
		}
	}
	for _, c := range cjkCountries {
		from := 0
		for {
			i := strings.Index(s[from:], c.word)
			if i < 0 {
				break
			}
			i += from
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if strings.HasSuffix(c.word, " ") && i > 0 && r != ' ' {
				from = i + len(c.word)
				continue // "의미 " is no "미 "
			}
			after := s[i+len(c.word):]
			if strings.HasPrefix(after, "研究") || strings.HasPrefix(after, "연구") || strings.HasPrefix(after, "학") || strings.HasPrefix(after, "问题") || strings.HasPrefix(after, "問題") || strings.HasPrefix(after, "학과") || koGlued(c.word, after) {
				from = i + len(c.word)
				continue // "日本研究所", "러시아연구소", "인도남아시아팀장": what a scholar studies
			}
			if r != '驻' && r != '駐' && i < at {
				best, at = c.side, i
				break
			}
			from = i + len(c.word)
		}
	}
	return best
}

// koGlued reports whether a Korean country's name runs into a word of a
// field of study or a desk ("인도남아시아팀장"), which says what a speaker
// studies, not whom he speaks for ("한국수출입은행", "미국대사관" are the
// country's).
func koGlued(word, after string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	a, _ := utf8.DecodeRuneInString(after)
	if !script.IsHangul(r) || !script.IsHangul(a) {
		return false
	}
	w := after
	if i := strings.IndexAny(w, " \t\n"); i >= 0 {
		w = w[:i]
	}
	for _, field := range []string{"팀", "연구", "학과", "담당", "전문", "센터"} {
		if strings.Contains(w, field) {
			return true // "인도남아시아팀장": a field of study or a desk
		}
	}
	return false // "한국수출입은행", "미국대사관": the country's own
}

// isBody reports whether w is the name of a body of cjkBodies.
func isBody(w string) bool {
	for _, b := range cjkBodies {
		if w == b.word {
			return true
		}
	}
	return false
}

// bodyName is the English name of the body s names, the last one when it
// names several ("美國商務部普查局" is the Census Bureau; "外交部发言人" the
// Foreign Ministry spokesperson), or "".
func bodyName(s string) string {
	best, end, n := "", -1, 0
	for _, b := range cjkBodies {
		if i := strings.LastIndex(s, b.word); i >= 0 {
			if after := s[i+len(b.word):]; after != "" && !koBodyEnd(after) {
				continue // "당국자" is an official, not 당국
			}
			if e := i + len(b.word); e > end || e == end && len(b.word) > n {
				best, end, n = b.name, e, len(b.word)
			}
		}
	}
	return best
}

// koBodyEnd reports whether what follows a body's Korean name ends it: not
// a Hangul syllable, or a particle ("외교부는", "외교부의").
func koBodyEnd(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if !script.IsHangul(r) {
		return true
	}
	w := after
	if i := strings.IndexAny(w, " \t\n"); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "은", "는", "이", "가", "의", "도", "에", "를", "을", "와", "과", "로", "측", "에서", "에서는", "와의", "과의", "장관", "대변인":
		return true
	}
	return false
}

// lastWords is the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}
