package attribution

// Who a Chinese or Korean speaker's phrase names (cjk.go): a side word, a
// known name, a title with a name, a body, an unnamed speaker or a country,
// and the people a page names for their later short forms.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rememberSpokesperson finds the briefing's spokesperson a document names
// anywhere ("商务部新闻发言人何咏前", "마오닝 중국 외교부 대변인"), for "答：".
func (c *cjkContext) rememberSpokesperson(raw string) {
	for _, ti := range []string{"发言人", "發言人"} {
		for from := 0; ; {
			i := strings.Index(raw[from:], ti)
			if i < 0 {
				break
			}
			from += i + len(ti)
			if name := zhNameIn(raw[from:min(len(raw), from+40)], raw); name != "" && !strings.ContainsAny(name, notInNames) {
				sp := cjkSpeaker{name: romanizedFor(name, c.homeOr(Unknown)), side: c.homeOr(Unknown), person: true}
				if canon, ok := cjkNames[name]; ok {
					sp.name, sp.side = canon, c.x.nameSide(canon)
				}
				c.spokesperson, c.hasSpokesperson = sp, true
				return
			}
		}
	}
	if i := strings.Index(raw, " 대변인"); i > 0 {
		// the name nearest before "… 대변인" ("박소연 통일부 대변인")
		words := strings.Fields(raw[max(0, i-60):i])
		for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
			if canon, ok := cjkNames[words[k]]; ok {
				c.spokesperson, c.hasSpokesperson = cjkSpeaker{name: canon, side: c.x.nameSide(canon), person: true}, true
				return
			}
			if name, ok := koreanName(words[k]); ok && utf8.RuneCountInString(words[k]) == 3 && !isBody(words[k]) && !isTitle(words[k]) && countryIn(words[k]+" ") == "" {
				c.spokesperson, c.hasSpokesperson = cjkSpeaker{name: name, side: c.homeOr(Unknown), person: true}, true
				return
			}
		}
	}
}

// remember adds the known names a document's text holds to its people.
func (c *cjkContext) remember(raw string) {
	c.rememberSpokesperson(raw)
	c.rememberKorean(raw)
	if strings.Contains(raw, "조선중앙통신") {
		c.people = append(c.people, cjkPerson{"통신", cjkSpeaker{name: "KCNA", side: "DPRK"}, ""}) // "통신은"
	}
	// the known names the page holds, in one pass over it
	first := cjkNameFirst()
	seen := map[string]bool{}
	for i, r := range raw {
		for _, nm := range first[r] {
			if !seen[nm.surface] && strings.HasPrefix(raw[i:], nm.surface) {
				seen[nm.surface] = true
			}
		}
	}
	for _, nm := range cjkNameList() {
		if seen[nm.surface] {
			c.people = append(c.people, cjkPerson{nm.surface, cjkSpeaker{name: nm.canon, side: c.x.nameSide(nm.canon), person: true}, ""})
		}
	}
}

// rememberKorean adds the Korean names a page introduces with a title within
// three words after them ("여한구 산업통상자원부 통상교섭본부장", "구윤철 경제부총리")
// to its people, so that "여 본부장", "구 부총리" later are theirs.
func (c *cjkContext) rememberKorean(raw string) {
	if !strings.ContainsFunc(raw, func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }) {
		return
	}
	words := strings.Fields(raw)
	// which words are titles (their particles off), once
	titled := make([]string, len(words))
	for j, w := range words {
		t := strings.TrimRight(w, ",.")
		if isTitle(t) {
			titled[j] = t
			continue
		}
		for _, p := range []string{"께서는", "에게", "과", "와", "은", "는", "이", "가", "의", "도", "을", "를"} {
			if x, ok := strings.CutSuffix(t, p); ok && isTitle(x) {
				titled[j] = x // "대통령과", "장관은"
				break
			}
		}
	}
	for k, w := range words {
		if k+1 >= len(words) || titled[k+1] == "" && (k+2 >= len(words) || titled[k+2] == "") && (k+3 >= len(words) || titled[k+3] == "") {
			continue // no title within three words
		}
		name, ok := koreanName(w)
		known := cjkNames[w]
		if known != "" {
			name, ok = known, true
		}
		if !ok || isTitle(w) || isBody(w) {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+3; j++ {
			t := titled[j]
			if t == "" || koGroups[t] {
				continue
			}
			side := countryIn(strings.Join(words[k+1:j+1], " ") + " ")
			if side == "" {
				side = titleSides[t]
			}
			if side == "" {
				side = c.homeOr(Unknown)
			}
			if known != "" {
				c.people = append(c.people, cjkPerson{w, cjkSpeaker{name: known, side: c.x.nameSide(known), person: true}, t})
			} else if (side == "ROK" || side == "DPRK" || side == Unknown) && utf8.RuneCountInString(w) == 3 {
				// three syllables: a Korean name; "고노" may be a Japanese one
				c.people = append(c.people, cjkPerson{w, cjkSpeaker{name: name, side: side, person: true}, t})
			}
			break
		}
	}
}

// named reads a short form of a person the document named before: a
// family name and a title ("시 주석", "조 장관", "王部长", "李外长"), a
// name as written before ("梁文傑"), or a bare Chinese name ("陈斌华").
func (c *cjkContext) named(subj string, script byte) (cjkSpeaker, bool) {
	for _, p := range c.people {
		if subj == p.surface || strings.ReplaceAll(p.surface, " ", "") == subj && p.sp.person {
			return p.sp, true
		}
	}
	first, size := utf8.DecodeRuneInString(subj)
	head, rest := subj[:size], strings.TrimSpace(subj[size:])
	if script == 'k' {
		// "다이 대사" for 다이빙, "마오 대변인" for 마오닝: the first word
		if f := strings.Fields(subj); len(f) >= 2 {
			head, rest = f[0], strings.Join(f[1:], " ")
		}
	}
	titles := zhTitles
	if script == 'k' {
		titles = koTitles
	}
	demonstrative := head == "이" || head == "그" // "이 대통령" is Lee, "이 집행위원" this commissioner
	for _, ti := range titles {
		if rest != ti && !strings.HasSuffix(rest, " "+ti) && !(script == 'k' && strings.HasSuffix(rest, ti) && isTitle(rest)) {
			continue
		}
		for i := len(c.people) - 1; i >= 0; i-- {
			p := &c.people[i]
			if !p.sp.person || demonstrative && (p.title == "" || !strings.HasSuffix(rest, p.title) && !strings.HasSuffix(p.title, rest)) {
				continue
			}
			if strings.HasPrefix(p.surface, head) || slices.Contains(strings.Fields(p.surface), head) || strings.ReplaceAll(p.surface, " ", "") == head {
				return p.sp, true // "헤그세스 장관" for 피트 헤그세스
			}
		}
	}
	// "이 당국자", "그 관계자", "该负责人", "这位学者": the one named before
	for _, dem := range []string{"이 ", "그 ", "该", "該", "这位", "這位", "此位"} {
		if r, ok := strings.CutPrefix(subj, dem); ok {
			r = strings.TrimSpace(r)
			if script == 'k' && isTitle(r) || slices.Contains(titles, r) {
				// the last one named with this title ("이 집행위원": the
				// commissioner), else the last speaker
				for i := len(c.people) - 1; i >= 0; i-- {
					if p := c.people[i]; p.title != "" && (p.title == r || strings.HasSuffix(p.title, r) || strings.HasSuffix(r, p.title)) {
						return p.sp, true
					}
				}
				if c.haveLast {
					return c.last, true
				}
				return cjkSpeaker{}, false
			}
		}
	}
	if script != 'k' && strings.ContainsAny(subj, "·・") && allHan(strings.NewReplacer("·", "", "・", "").Replace(subj)) &&
		lastTitleAt(subj) < 0 && countryIn(subj) == "" && bodyName(subj) == "" && utf8.RuneCountInString(subj) <= 12 {
		// "苏吉托·哈迪": a foreign name in Han, the side its first mention gives
		side := c.introduced(subj)
		if side == "" {
			side = c.homeOr(Unknown)
		}
		sp := cjkSpeaker{name: subj, side: side, person: true}
		c.people = append(c.people, cjkPerson{subj, sp, ""})
		return sp, true
	}
	if script != 'k' && allHan(subj) && !strings.ContainsAny(subj, notInNames) {
		n := utf8.RuneCountInString(subj)
		if n >= 2 && n <= 3 && strings.ContainsRune(zhSurnames, first) || n >= 2 && n <= 4 && c.introduced(subj) != "" {
			// a person: the side of the country named just before the
			// name's first mention ("日本外相岩屋毅"), else the publisher's
			side := c.introduced(subj)
			if side == "" {
				side = c.homeOr(Unknown)
			}
			sp := cjkSpeaker{name: romanizedFor(subj, side), side: side, person: true}
			c.people = append(c.people, cjkPerson{subj, sp, ""})
			return sp, true
		}
	}
	return cjkSpeaker{}, false
}

// introduced is the side of the country named within a few characters
// before the first mention of name in the document ("日本外相岩屋毅"), or "".
func (c *cjkContext) introduced(name string) string {
	// the first of its mentions (five at most) that a country, or a body and
	// a title, stands right before ("陳茂波晤王文濤" says nothing of 王文濤;
	// "拜會商務部部長王文濤" does)
	for from, n := 0, 0; n < 5; n++ {
		i := strings.Index(c.raw[from:], name)
		if i < 0 {
			return ""
		}
		i += from
		from = i + len(name)
		a := i
		for k := 0; k < 10 && a > 0; k++ {
			_, size := utf8.DecodeLastRuneInString(c.raw[:a])
			a -= size
		}
		phrase := clauseTail(c.raw[a:i])
		for _, m := range []string{"同", "与", "與", "和", "会见", "會見", "会晤", "會晤", "接见", "接見"} {
			if k := strings.LastIndex(phrase, m); k >= 0 {
				phrase = phrase[k+len(m):] // "王毅同澳大利亚外长黄英贤": the one met
			}
		}
		if phrase == "" {
			continue
		}
		if ti, t := lastTitle(phrase, zhTitles); t >= 0 && t+len(ti) == len(phrase) {
			// "商務部部長王文濤", "日本外相岩屋毅": the phrase the title ends
			saved := len(c.people)
			sp, ok := c.subject(phrase+name, 'h')
			c.people = c.people[:saved]
			if ok && sp.side != Unknown && sp.side != "" {
				return sp.side
			}
		}
		if side := countryIn(phrase); side != "" {
			return side
		}
	}
	return ""
}

// subject reads a speaker's phrase: a side word ("中方", "양측"), a known
// name, a title with a name ("外交部发言人毛宁", "조태열 외교부 장관"), a body
// ("外交部", "관세청"), an unnamed speaker ("专家", "전문가"), a country
// ("韩国", "미국"). Its side is the table's for a known name, else the
// country named in the phrase, else the publisher's. ok is false when the
// phrase is none of these.
func (c *cjkContext) subject(subj string, script byte) (cjkSpeaker, bool) {
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
					return c.subject(stripAdverbials(y), script) // "商务部发布的新闻稿": the ministry
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
	if sp, ok := c.named(subj, script); ok {
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
	if script == 'k' {
		titles = koTitles
	}
	ti, i := lastTitle(subj, titles)
	if i >= 0 {
		var name string
		if script == 'k' {
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
			if f := strings.Fields(subj); script == 'k' && len(f) > 0 {
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

// rememberBody lets a body named with its country ("주한 러시아대사관") speak
// for it when named alone later ("대사관은").
func (c *cjkContext) rememberBody(subj string, sp cjkSpeaker, sided bool) {
	if !sided {
		return
	}
	for _, b := range cjkBodies {
		// an embassy is one country's; "外交部" named alone later may be
		// the publisher's own ministry again
		if (b.name == "Embassy" || b.name == "Consulate General") && strings.Contains(subj, b.word) && b.word != subj {
			c.people = append(c.people, cjkPerson{b.word, sp, ""})
		}
	}
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
	if i <= 0 || !allHan(s[:i]) {
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
	if unicode.Is(unicode.Hangul, r) {
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
	if !unicode.Is(unicode.Hangul, r) || !unicode.Is(unicode.Hangul, a) {
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
	if !unicode.Is(unicode.Hangul, r) {
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

// allHan reports whether s is all Han characters.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// lastWords is the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// knownName is the canonical name of a name of cjkNames.
func (c *cjkContext) knownName(name string) (string, bool) {
	canon, ok := cjkNames[name]
	return canon, ok
}

// nameSide is the side of the table's actor with this canonical name, or
// "".
func (x *index) nameSide(name string) string {
	if s, ok := cjkNameSides[name]; ok {
		return s
	}
	x.namesOnce.Do(func() {
		x.names = make(map[string]string, len(x.actors))
		for _, a := range x.actors {
			if _, ok := x.names[a.Name]; !ok {
				x.names[a.Name] = a.Side
			}
		}
	})
	return x.names[name]
}
