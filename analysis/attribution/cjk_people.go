package attribution

// The people a Chinese or Korean page names (cjk.go): the briefing's
// spokesperson, a title with a name, a body with a side, remembered once so
// a later short form ("王毅表示", "조 장관은") finds its person and side.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
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
func (c *cjkContext) named(subj string, writing byte) (cjkSpeaker, bool) {
	for _, p := range c.people {
		if subj == p.surface || strings.ReplaceAll(p.surface, " ", "") == subj && p.sp.person {
			return p.sp, true
		}
	}
	first, size := utf8.DecodeRuneInString(subj)
	head, rest := subj[:size], strings.TrimSpace(subj[size:])
	if writing == 'k' {
		// "다이 대사" for 다이빙, "마오 대변인" for 마오닝: the first word
		if f := strings.Fields(subj); len(f) >= 2 {
			head, rest = f[0], strings.Join(f[1:], " ")
		}
	}
	titles := zhTitles
	if writing == 'k' {
		titles = koTitles
	}
	demonstrative := head == "이" || head == "그" // "이 대통령" is Lee, "이 집행위원" this commissioner
	for _, ti := range titles {
		if rest != ti && !strings.HasSuffix(rest, " "+ti) && !(writing == 'k' && strings.HasSuffix(rest, ti) && isTitle(rest)) {
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
			if writing == 'k' && isTitle(r) || slices.Contains(titles, r) {
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
	if writing != 'k' && strings.ContainsAny(subj, "·・") && script.AllHan(strings.NewReplacer("·", "", "・", "").Replace(subj)) &&
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
	if writing != 'k' && script.AllHan(subj) && !strings.ContainsAny(subj, notInNames) {
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
