package attribution

// Chinese frames (cjk.go): a speech verb with its subject in its clause,
// sources ("据X报道") and data ("X数据显示"), joint statements, and the names
// that follow titles.

import (
	"strings"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
)

// zhFrame reads a Chinese sentence's frame: "据X报道/统计，" (according
// to), "X数据显示" (data), or a subject before a speech verb ("中方指出，",
// "外交部发言人毛宁10日在例行记者会上表示，", "”王毅说。", "他还表示").
func (c *cjkContext) zhFrame(text string) (cjkSpeaker, string, bool) {
	t := strings.TrimSpace(text)
	// "据X报道，……": the source, unless a frame inside names the speaker
	// ("据新华社报道，外交部发言人表示" is the spokesperson's)
	var acc cjkSpeaker
	haveAcc, from := false, 0
	t = strings.TrimPrefix(strings.TrimPrefix(t, "根"), "依") // "根據", "依据"
	if !strings.HasPrefix(t, "据") && !strings.HasPrefix(t, "據") {
		t = strings.TrimSpace(text)
	}
	if rest, ok := strings.CutPrefix(t, "据"); ok || strings.HasPrefix(t, "據") {
		if !ok {
			rest = strings.TrimPrefix(t, "據")
		}
		clause := rest
		if k := strings.IndexAny(clause, "，,："); k > 0 {
			clause = clause[:k]
		}
		verbs := []string{"报道", "報導", "报导", "统计", "統計", "消息", "数据", "數據", "数字", "數字", "资料", "資料", "介绍", "介紹", "透露", "显示", "顯示", "称", "稱", "了解", "表示", "公布", "发布", "發布"}
		// the verb that ends the clause ("据政府统计处数字": not the 统计 of
		// 统计处), else the first one
		at, verb := -1, ""
		for _, v := range verbs {
			if strings.HasSuffix(clause, v) && len(clause) > len(v) {
				at, verb = len(clause)-len(v), v
				break
			}
		}
		if at < 0 {
			for _, v := range verbs {
				if i := strings.Index(rest, v); i > 0 {
					at, verb = i, v
					break
				}
			}
		}
		if at > 0 && utf8.RuneCountInString(rest[:at]) <= 20 {
			if sp, ok := c.subject(strings.TrimSuffix(rest[:at], "的"), 'h'); ok {
				acc, haveAcc = sp, true
				from = len(t) - len(rest) + at + len(verb)
			}
		}
	}
	if sp, cue, ok := c.zhVerbFrame(t, from); ok {
		return sp, cue, true
	}
	if !haveAcc {
		// "记者从海关总署获悉": the body the reporter learned it from
		for _, f := range []string{"从", "從"} {
			i := strings.Index(t, f)
			if i < 0 {
				continue
			}
			rest := t[i+len(f):]
			for _, v := range []string{"获悉", "獲悉", "了解到", "得知"} {
				if k := strings.Index(rest, v); k > 0 && utf8.RuneCountInString(rest[:k]) <= 15 {
					if sp, ok := c.subject(rest[:k], 'h'); ok {
						return sp, "according to", true
					}
				}
			}
		}
	}
	if haveAcc {
		return acc, "according to", true
	}
	// "X数据显示", "商会上月底公布的调查显示": a data verb after a data noun
	for v := 0; v < len(t); {
		verb := ""
		for _, dv := range zhDataVerbs {
			if strings.HasPrefix(t[v:], dv) {
				verb = dv
				break
			}
		}
		if verb == "" {
			_, size := utf8.DecodeRuneInString(t[v:])
			v += size
			continue
		}
		before := t[:v]
		for _, adv := range []string{"则", "則", "亦", "也", "均", "都"} {
			before = strings.TrimSuffix(before, adv)
		}
		if strings.HasSuffix(before, "》") {
			// "中国英国商会发布的《……信心调查》显示": the publisher of the title
			if k := strings.LastIndex(before, "《"); k >= 0 {
				subj := stripPublished(clauseTail(before[:k]))
				if sp, ok := c.subject(subj, 'h'); ok {
					return sp, "data", true
				}
			}
		}
		for _, n := range zhDataNouns {
			if !strings.HasSuffix(before, n) {
				continue
			}
			subj := stripPublished(clauseTail(before[:len(before)-len(n)]))
			for _, dn := range zhDataNouns {
				subj = strings.TrimSuffix(subj, dn) // "欧盟商会调查报告显示"
			}
			if subj == "" {
				subj = n // "报告显示": the report named before
			}
			if sp, ok := c.subject(subj, 'h'); ok {
				return sp, "data", true
			}
			break
		}
		v += len(verb)
	}
	return c.zhJoint(t)
}

// stripPublished takes "上月底公布的", "去年发布的" off the end of a data
// source's phrase.
func stripPublished(s string) string {
	s = strings.TrimSuffix(s, "的")
	for _, v := range []string{"公布", "发布", "發布", "发表", "發表", "公佈", "出炉", "出爐", "进行", "進行", "开展", "開展"} {
		if t, ok := strings.CutSuffix(s, v); ok {
			return stripAdverbials(t)
		}
	}
	return s
}

// zhVerbFrame is the first speech verb at or after byte from of t with a
// subject before it in its clause.
func (c *cjkContext) zhVerbFrame(t string, from int) (cjkSpeaker, string, bool) {
	for i := from; i < len(t); {
		v := zhVerbAt(t, i)
		if v == "" {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
			continue
		}
		subj := stripAdverbials(clauseTail(t[:i]))
		if subj != "" {
			if sp, ok := c.pronoun(subj); ok {
				return sp, "said", true
			}
			if sp, ok := c.subject(subj, 'h'); ok {
				return sp, "said", true
			}
		}
		i += len(v)
	}
	return cjkSpeaker{}, "", false
}

// zhJoint reads a joint statement as a Chinese sentence's source.
func (c *cjkContext) zhJoint(t string) (cjkSpeaker, string, bool) {
	// a joint statement as the sentence's source: "双方发表联合声明，……",
	// "联合声明指出", "在联合声明中"
	for _, j := range []string{"联合声明", "聯合聲明", "共同声明", "共同聲明", "联合新闻公报", "聯合新聞公報"} {
		i := strings.Index(t, j)
		if i < 0 {
			continue
		}
		before, after := t[:i], t[i+len(j):]
		if k := strings.LastIndex(before, "《"); k >= 0 && strings.HasPrefix(after, "》") {
			// "双方发表了《……的联合声明》": the title is the statement's words
			if pre := before[:k]; strings.Contains(pre, "发表") || strings.Contains(pre, "發表") || strings.Contains(pre, "发布") ||
				strings.Contains(pre, "發布") || strings.Contains(pre, "签署") || strings.Contains(pre, "簽署") {
				return cjkSpeaker{name: Both, side: Both}, "joint statement", true
			}
		}
		if strings.HasSuffix(before, "发表") || strings.HasSuffix(before, "發表") || strings.HasSuffix(before, "发布") ||
			strings.HasSuffix(before, "發布") || strings.HasSuffix(before, "在") || zhVerbAt(after, 0) != "" ||
			strings.HasPrefix(after, "中") || strings.HasPrefix(after, "，") {
			return cjkSpeaker{name: Both, side: Both}, "joint statement", true
		}
	}
	return cjkSpeaker{}, "", false
}

// zhVerbAt is the speech verb at byte i of t, or "".
func zhVerbAt(t string, i int) string {
	if r, _ := utf8.DecodeRuneInString(t[i:]); !zhVerbStarts()[r] {
		return ""
	}
	if strings.HasPrefix(t[i:], "分析") || strings.HasPrefix(t[i:], "研判") || strings.HasPrefix(t[i:], "估计") || strings.HasPrefix(t[i:], "估計") {
		// "教授蔡明德分析，": before a comma only
		if r, _ := utf8.DecodeRuneInString(t[i+len("分析"):]); r == '，' || r == ',' || r == '：' {
			return t[i : i+len("分析")]
		}
	}
	if strings.HasPrefix(t[i:], "指") {
		// "李強又指，": Hong Kong papers' "pointed out", before a comma only
		if r, _ := utf8.DecodeRuneInString(t[i+len("指"):]); r == '，' || r == ',' || r == '：' {
			return "指"
		}
	}
	for _, v := range zhVerbs {
		if !strings.HasPrefix(t[i:], v) {
			continue
		}
		if not, ok := zhNotVerbAfter[v]; ok {
			if r, _ := utf8.DecodeRuneInString(t[i+len(v):]); strings.ContainsRune(not, r) {
				return ""
			}
		}
		if not, ok := zhNotVerbBefore[v]; ok && i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:i]); strings.ContainsRune(not, r) {
				return ""
			}
		}
		return v
	}
	return ""
}

// clauseTail is the end of s after its last clause mark or closing quote.
func clauseTail(s string) string {
	cut := 0
	for i, r := range s {
		switch r {
		case '，', '。', '：', '；', '！', '？', '”', '」', '』', '“', '「', '『', ',', ':', ';', '、', '\n':
			cut = i + utf8.RuneLen(r)
		}
	}
	return strings.TrimSpace(s[cut:])
}

// stripAdverbials takes a Chinese subject's time and place phrases off its
// end ("毛宁10日在例行记者会上" is "毛宁"; "王毅当天" is "王毅") and the
// adverbs before a verb ("他还", "中方也").
func stripAdverbials(s string) string {
	// "韩联社援引韩国关税厅数据", "《中央日报》援引盖洛普": the one quoted
	for _, q := range []string{"援引", "引述", "引用", "援用"} {
		if i := strings.LastIndex(s, q); i > 0 && i+len(q) < len(s) {
			s = s[i+len(q):]
			break
		}
	}
	// the one spoken to: "对《环球时报》记者", "對本報", "向媒体"
	for _, p := range []string{"对", "對", "向"} {
		if i := strings.LastIndex(s, p); i >= 6 && utf8.RuneCountInString(s[i:]) <= 13 {
			s = s[:i]
			break
		}
	}
	for {
		before := s
		for _, suf := range []string{"还", "還", "也", "并", "並", "则", "則", "再次", "进一步", "進一步", "同时", "同時", "此前", "日前", "近日", "当天", "當天", "当日", "當日", "今天", "昨天", "今日", "昨日", "随后", "隨後", "曾", "亦", "明确", "明確", "公开", "公開", "多次", "屡次", "屢次", "一再", "上周", "上週", "本周", "本週", "上月", "本月", "今年", "去年", "近期", "此間", "此间", "受访", "受訪", "刊文", "發文", "发文", "撰文", "网站", "網站", "均", "都", "皆", "又", "一贯", "一貫", "一直", "始终", "始終", "历来", "歷來", "坚决", "堅決", "则", "則", "更", "亦曾", "先后", "先後", "分别", "分別"} {
			s = strings.TrimSuffix(s, suf)
		}
		// "在……上/中/时/期间": a place or an occasion
		if i := strings.LastIndex(s, "在"); i > 0 {
			tail := s[i:]
			for _, e := range []string{"上", "中", "时", "時", "期间", "期間", "后", "後", "前", "之际", "之際"} {
				if strings.HasSuffix(tail, e) {
					s = s[:i]
					break
				}
			}
		}
		if i := strings.LastIndex(s, "接受"); i > 0 && (strings.HasSuffix(s, "采访") || strings.HasSuffix(s, "採訪") || strings.HasSuffix(s, "专访") || strings.HasSuffix(s, "專訪")) {
			s = s[:i]
		}
		// a date: "10日", "6月10日", "周二"
		s = trimDate(s)
		if s == before {
			return strings.TrimSpace(s)
		}
	}
}

// trimDate takes a trailing date ("6月10日", "10日", "周二", "週二") off s.
func trimDate(s string) string {
	for _, e := range []string{"日", "号", "號"} {
		if strings.HasSuffix(s, e) {
			k := len(s) - len(e)
			j := k
			for j > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:j])
				if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '月' || strings.ContainsRune("一二三四五六七八九十", r)) {
					break
				}
				j -= size
			}
			if j < k {
				return s[:j]
			}
		}
	}
	for _, p := range []string{"周", "週", "星期"} {
		if i := strings.LastIndex(s, p); i > 0 && utf8.RuneCountInString(s[i:]) == utf8.RuneCountInString(p)+1 {
			return s[:i]
		}
	}
	return s
}

// zhNameIn is the name after a Chinese title: a parenthesized Latin
// name ("哈特（Thomas Hart）"), a known name, else two or three Han
// characters up to the words of the frame; "" when none. It chooses between
// a name of two and one of three characters by how often each stands in
// the document doc ("凌激亦表示" is 凌激 when 凌激 recurs without 亦; "何咏前"
// stays whole when it recurs).
func zhNameIn(after, doc string) string {
	for _, open := range []string{"（", "("} {
		if strings.HasPrefix(after, open) || strings.Contains(after, open) && !strings.ContainsFunc(after[:strings.Index(after, open)], func(r rune) bool { return !script.IsHan(r) }) {
			in := after[strings.Index(after, open)+len(open):]
			if j := strings.IndexAny(in, "）)"); j > 0 && in[0] < 0x80 {
				return strings.TrimSpace(in[:j]) // "哈特（Thomas Hart）"
			}
		}
	}
	for _, nm := range cjkNameList() {
		if strings.HasPrefix(after, nm.surface) {
			return nm.surface
		}
	}
	if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(notNameStart, r) {
		return "" // "发言人能否介绍", "网友留言称"
	}
	if doc != "" {
		rs := []rune(after)
		if len(rs) >= 3 && script.AllHan(string(rs[:3])) {
			two, three := string(rs[:2]), string(rs[:3])
			n2, n3 := strings.Count(doc, two), strings.Count(doc, three)
			switch {
			case n3 >= 2 && n3 == n2:
				return three // "何咏前" every time
			case n3 < n2 && n2 >= 2:
				return two // "凌激" and "凌激亦"
			}
		}
	}
	if k := strings.IndexAny(after, "·・•"); k > 0 && script.AllHan(after[:k]) && utf8.RuneCountInString(after[:k]) <= 5 {
		// "卡洛斯·法瓦罗": a foreign name in Han, its parts joined by a dot
		rest := after[k:]
		_, size := utf8.DecodeRuneInString(rest)
		end := size
		for _, r := range rest[size:] {
			if !script.IsHan(r) || strings.ContainsRune(zhStops, r) {
				break
			}
			end += utf8.RuneLen(r)
		}
		if end > size {
			return after[:k+end]
		}
	}
	var b strings.Builder
	n := 0
	rs := []rune(after)
	for k, r := range rs {
		stop := strings.ContainsRune(zhStops, r) || r == '前' && k+1 < len(rs) && strings.ContainsRune("日天往", rs[k+1])
		if !script.IsHan(r) || stop && n >= 2 || n == 3 {
			break
		}
		b.WriteRune(r)
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}
