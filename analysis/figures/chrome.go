package figures

import (
	"strconv"
	"strings"
)

// Page chrome around the story: the counters news sites print, reading
// times, photo numbers, and numbered lists of headlines ("Most read").

// Page chrome: the labels and nouns of the counters that news sites print
// around an article (comments, views, shares, likes; in English, Korean and
// Chinese widgets), reading times and photo numbers.
var (
	// a label before the number: "Comments 12", "Views: 5,421", "조회수 1,204", "评论 35"
	counterLabels = map[string]bool{
		"comments": true, "comment": true, "views": true, "view": true, "shares": true, "share": true,
		"likes": true, "like": true, "replies": true, "reply": true, "reactions": true, "reads": true,
		"retweets": true, "reposts": true, "recommend": true, "recommends": true, "bookmarks": true,
		"recommended": true, "viewed": true, "shared": true, "liked": true, "commented": true, "read": true,
		"조회수": true, "조회": true, "댓글": true, "공유": true, "추천": true, "좋아요": true, "공감": true, "스크랩": true,
		"싫어요": true, "비공감": true, "在看": true, "喜欢": true, "跟帖": true, "参与": true, "点评": true,
		"评论": true, "阅读": true, "点赞": true, "转发": true, "收藏": true, "浏览": true, "分享": true, "赞": true,
		"评论数": true, "阅读量": true, "浏览量": true, "阅读数": true, "点击": true, "点击量": true, "留言": true,
		"回复": true, "評論": true, "閱讀": true, "點贊": true, "轉發": true, "瀏覽": true,
		// other languages of the region's and the world's sites: Indonesian
		// and Malay ("Dilihat: 1,842"), Vietnamese ("Lượt xem: 3.210",
		// "Bình luận (4)"), Japanese, Spanish and Portuguese, French,
		// German, Russian
		"dilihat": true, "dibaca": true, "komentar": true, "dibagikan": true, "disukai": true, "tontonan": true,
		"xem": true, "luận": true, "thích": true, "閲覧": true, "閲覧数": true, "コメント": true, "いいね": true,
		"visitas": true, "vistas": true, "lecturas": true, "comentarios": true, "comentários": true, "visualizações": true,
		"leituras": true, "compartilhamentos": true, "vues": true, "lectures": true, "commentaires": true, "partages": true,
		"aufrufe": true, "kommentare": true, "просмотры": true, "просмотров": true, "комментарии": true,
		// a share bar's targets with their counts: "Share | Facebook | X | Email | 12"
		"email": true, "e-mail": true, "facebook": true, "twitter": true, "whatsapp": true, "linkedin": true,
		"telegram": true, "kakaotalk": true, "weibo": true, "wechat": true, "tweet": true,
	}
	// a noun after the number: "1,234 comments", "1.2K views"
	counterNouns = map[string]bool{
		"comments": true, "comment": true, "views": true, "view": true, "shares": true, "share": true,
		"likes": true, "like": true, "replies": true, "reply": true, "reactions": true, "reaction": true,
		"reads": true, "retweets": true, "reposts": true, "upvotes": true, "bookmarks": true,
		"photos": true, "images": true, "videos": true, "pictures": true, "slides": true,
	}
	// "Photo 1 of 5", "Page 2 of 3": positions in a gallery or a listing
	positionLabels = map[string]bool{"photo": true, "photos": true, "image": true, "images": true, "slide": true, "list": true, "item": true,
		"picture": true, "pictures": true, "page": true, "video": true, "사진": true, "图": true, "图片": true}
	// the words of a posting time: "Updated 3 hours ago"
	postedWords = map[string]bool{"updated": true, "posted": true, "published": true, "edited": true, "modified": true,
		"uploaded": true, "입력": true, "수정": true, "更新": true, "发布": true, "發布": true}
	// "3 min read", "5-minute read", "4 min listen"
	readingUnits = map[string]bool{"min": true, "mins": true, "minute": true, "minutes": true}
	readingVerbs = map[string]bool{"read": true, "listen": true, "watch": true}
	// "Reading time: 4 min", "Listening time 6 minutes"
	readingLabels = map[string]bool{"reading": true, "read": true, "listening": true, "listen": true, "watching": true, "watch": true}
	// separators of the items of a byline or a widget: "1 hour ago · 3 min read"
	chromeSeps = map[string]bool{"|": true, "·": true, "•": true, "ㅣ": true, "｜": true}
	// what may stand between a counter label and its number: "Comments (34)", "Views: 12", "Views - 2418"
	labelSeps = map[string]bool{"(": true, "（": true, ":": true, "：": true, "[": true, "|": true, "-": true, "–": true}
)

// The classes of chromeWords.
const (
	cwLabel    = 1 << iota // counterLabels
	cwPosition             // positionLabels
	cwNoun                 // counterNouns
	cwReading              // readingUnits
	cwPosted               // postedWords
)

// chromeWords merges the word lists of page chrome, so that one look-up
// tells all the classes of a word.
var chromeWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, c := range []struct {
		words map[string]bool
		class uint8
	}{{counterLabels, cwLabel}, {positionLabels, cwPosition}, {counterNouns, cwNoun}, {readingUnits, cwReading}, {postedWords, cwPosted}} {
		for w := range c.words {
			m[w] |= c.class
		}
	}
	return m
}()

// chromeClass is the chromeWords class of toks[i], 0 for any other token.
func (s *scanner) chromeClass(i int) uint8 {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return 0
	}
	return chromeWords[s.toks[i].lower]
}

// chrome reports whether a count or duration is page chrome: a counter
// ("1,234 comments", "Comments (34)", "Share 1.2K", "조회수 1,204", "评论
// 35"), a reading time ("3 min read"), a posting time ("Updated 3 hours
// ago") or a photo number ("Photo 1 of 5"). A counter noun in a sentence
// ("the post drew 1,234 comments") is a figure: a lower-case word before
// the number keeps it.
func (s *scanner) chrome(f *Figure, num number, first, textStart, k int) bool {
	if f.Kind != Count && f.Kind != Duration {
		return false
	}
	// "Updated about 2 hours ago": a posting time may be approximate
	if f.Kind == Duration && first != textStart && s.tok(k).lower == "ago" && s.chromeClass(first-1)&cwPosted != 0 {
		return true
	}
	if first != textStart {
		return false
	}
	// "Reading time: 4 min", "Read time 3 minutes"
	if p := textStart - 1; p >= 1 && labelSeps[s.toks[p].s] && s.toks[p-1].lower == "time" && readingLabels[s.tok(p-2).lower] ||
		p >= 1 && s.toks[p].lower == "time" && readingLabels[s.toks[p-1].lower] {
		return true
	}
	e := num.end
	if e < len(s.toks) && isDash(s.toks[e].s) && !s.toks[e].gap {
		e++
	}
	if readingVerbs[s.tok(e+1).lower] && s.chromeClass(e)&cwReading != 0 {
		return true
	}
	// a counter after the reading time: "5-minute read 412"
	if f.Unit == "" && textStart >= 2 && readingVerbs[s.toks[textStart-1].lower] && s.chromeClass(textStart-2)&cwReading != 0 {
		return true
	}
	// "Listen (5 min)", "Read (3 min)": a widget's time
	if p := textStart - 1; p >= 1 && (s.toks[p].s == "(" || s.toks[p].s == ":") && readingLabels[s.toks[p-1].lower] && isCapitalized(s.toks[p-1].s) {
		return true
	}
	// "Listen to this article | 5 mins", "Listen to this article 7 mins": a
	// listening time
	if f.Kind == Duration && f.Unit == "minute" && textStart >= 2 && (chromeSeps[s.toks[textStart-1].s] || s.toks[textStart-1].lower == "article") {
		for p := textStart - 2; p >= 0 && p >= textStart-6; p-- {
			if readingLabels[s.toks[p].lower] {
				return true
			}
		}
	}
	// "... inflection point — 2 hours ago": a posting time in digits,
	// hours or minutes ago, after a dash ("He left 3 hours ago" is prose)
	if f.Kind == Duration && !num.written && (f.Unit == "hour" || f.Unit == "minute") && s.tok(k).lower == "ago" && textStart > 0 && isDash(s.toks[textStart-1].s) {
		return true
	}
	// "Updated 3 hours ago", "Posted 2 days ago", "| 1 hour ago ·"
	if f.Kind == Duration {
		return s.tok(k).lower == "ago" && (s.chromeClass(textStart-1)&cwPosted != 0 || textStart > 0 && chromeSeps[s.toks[textStart-1].s] || s.atLineStart(textStart))
	}
	if f.Unit == "" {
		p := textStart - 1
		if p >= 0 && labelSeps[s.toks[p].s] {
			p--
		}
		// counters write "1.2K" or "2万", never "5 million": "shares 5 million" is prose
		if c := s.chromeClass(p); c&(cwLabel|cwPosition) != 0 && !(num.scaled && s.tok(num.start+1).gap) {
			return true
		}
		// the "5" of "Photo 1 of 5"
		if textStart >= 3 && s.toks[textStart-1].lower == "of" && s.toks[textStart-2].kind == tNum && s.chromeClass(textStart-3)&cwPosition != 0 {
			return true
		}
		// "1 of 4 | Secretary of State ...": a gallery's counter before
		// its caption, both numbers
		if s.tok(num.end).lower == "of" && s.tok(num.end+1).kind == tNum && chromeSeps[s.tok(num.end+2).s] ||
			textStart >= 2 && s.toks[textStart-1].lower == "of" && s.toks[textStart-2].kind == tNum && chromeSeps[s.tok(num.end).s] {
			return true
		}
	}
	// "Recommended Stories list of 4 items"
	if f.Unit == "items" && textStart >= 2 && s.toks[textStart-1].lower == "of" && s.toks[textStart-2].lower == "list" {
		return true
	}
	isNoun := false
	if f.Unit == "" {
		isNoun = s.chromeClass(num.end)&cwNoun != 0
	} else {
		isNoun = chromeWords[f.Unit]&cwNoun != 0
	}
	if isNoun {
		if num.scaled && s.tok(num.start+1).kind == tWord && !s.tok(num.start+1).gap {
			return true // "1.2K views"
		}
		pt := s.tok(textStart - 1)
		// "2:15 pm 1,067 Views": a counter's noun written with a capital
		// is a widget's label, whatever stands before the number
		if nt := s.tok(num.end); f.Unit == "" && nt.kind == tWord && isCapitalized(nt.s) && !s.sentenceStart(num.end) {
			return true
		}
		return textStart == 0 || pt.kind != tWord || !isLowerAlpha(pt.s)
	}
	return false
}

// headlineStart reports whether t can begin a headline of a list: a
// capitalized word or a brand like "iPhone", "[" ("[Herald Interview]") or
// an opening quote; after "1." also a number ("1. 3 dead as storm hits").
func headlineStart(t tok, dot bool) bool {
	return t.kind == tWord && (isCapitalized(t.s) || innerCapital(t.s)) || t.s == "[" || t.s == "“" || t.s == "\"" || t.s == "‘" || t.s == "'" ||
		dot && t.kind == tNum && t.gap
}

// innerCapital reports whether a word that begins in lower case has a
// capital inside: "iPhone", "eBay".
func innerCapital(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// listNeighbour reports whether num is one of three numbers in a row that
// stand near each other (in its sentence or the ones around it) in the shape
// of a list of headlines: digits, then maybe "." or ")", spaces and a
// capitalized word, "[" or a quote ("1 Chinese tourists make ... 2 Fujian
// aircraft carrier ... 3 GT Voice", "2. Kospi ends higher 3. [Herald
// Interview]"). Two are enough when both have the dot ("Related: 1. China,
// US agree ... 2. Xi meets Biden"), not otherwise ("13 Japanese and 14
// Chinese"). A number after a word of a sentence ("rose to 12.") is no item.
func (s *scanner) listNeighbour(num number, dot bool) bool {
	v := int(num.value)
	at := s.off + s.toks[num.start].start
	w := s.doc[max(0, at-400):min(len(s.doc), at+400)]
	var found, dotted [5]bool // v-2 ... v+2
	for d := -2; d <= 2; d++ {
		if n := v + d; d != 0 && n >= 1 {
			found[d+2], dotted[d+2] = listItemIn(w, strconv.Itoa(n))
		}
	}
	if dot && (dotted[1] || dotted[3]) {
		return true
	}
	return found[1] && (found[3] || found[0]) || found[3] && found[4]
}

// listItemIn reports whether w holds the number ns in the shape of a list
// item, and whether such an item has the dot ("2. Xi meets Biden").
func listItemIn(w, ns string) (found, dotted bool) {
	for i := 0; ; {
		k := strings.Index(w[i:], ns)
		if k < 0 {
			return found, dotted
		}
		k += i
		i = k + len(ns)
		if k > 0 && (strings.IndexByte("0123456789.,$", w[k-1]) >= 0 || asciiLetter(w[k-1])) {
			continue
		}
		// the word before: "rose to 12.", "13 Japanese and 14 Chinese" are prose
		b := k
		for b > 0 && asciiSpace(w[b-1]) {
			b--
		}
		a := b
		for a > 0 && asciiLetter(w[a-1]) {
			a--
		}
		if a < b && proseWord(strings.ToLower(w[a:b])) {
			continue
		}
		e, dot := k+len(ns), false
		if e < len(w) && (w[e] == '.' || w[e] == ')') {
			e, dot = e+1, true
		}
		sp := e
		for e < len(w) && asciiSpace(w[e]) {
			e++
		}
		if e == sp || e >= len(w) {
			continue
		}
		if c := w[e]; c >= 'A' && c <= 'Z' || c == '[' || c == '"' || c == '\'' || strings.HasPrefix(w[e:], "“") || strings.HasPrefix(w[e:], "‘") ||
			dot && c >= '0' && c <= '9' || c >= 'a' && c <= 'z' && innerCapital(w[e:e+wordLen(w[e:])]) {
			found = true
			dotted = dotted || dot
		}
	}
}

// listHeaders head the lists of headlines that pages print beside an
// article, in lower case.
var listHeaders = []string{"most read", "most popular", "most viewed", "most shared", "most commented", "popular now",
	"trending", "top stories", "related news", "related stories", "related articles", "latest news", "editor's picks", "you may also like"}

// headedList reports whether num is an item of a numbered list of
// headlines under a list header ("Most Popular 1 Samsung unveils ... 2
// Seoul apartment prices edge up 3 Korean Air ..."): after the last header
// within 600 bytes before it, the items 1 to num-1 stand in order, each a
// number followed by a headline, and nothing but the items stands between
// the header and the 1. A headline may end in any word ("edge up"), so the
// word before an item does not matter here.
func (s *scanner) headedList(num number) bool {
	v := int(num.value)
	at := s.off + s.toks[num.start].start
	w := s.doc[max(0, at-600):at]
	lw := strings.ToLower(w)
	h := -1
	for _, hd := range listHeaders {
		if i := strings.LastIndex(lw, hd); i >= 0 && i+len(hd) > h {
			h = i + len(hd)
		}
	}
	if h < 0 {
		return false
	}
	rest := w[h:]
	lead := len(rest) - len(strings.TrimLeft(rest, " \t\r\n:|"))
	if v == 1 {
		return lead == len(rest)
	}
	pos := lead
	for n := 1; n < v; n++ {
		ns := strconv.Itoa(n)
		if !strings.HasPrefix(rest[pos:], ns) {
			// the items after the first follow a headline
			if n == 1 {
				return false
			}
			i := itemIndex(rest[pos:], ns)
			if i < 0 {
				return false
			}
			pos += i
		}
		e, ok := headlineAfter(rest, pos+len(ns))
		if !ok {
			return false
		}
		pos = e
	}
	return true
}

// itemIndex is the index in w of the first ns that stands alone (no digit,
// letter, "." or "," glued before it) and begins a headline; -1 if none.
func itemIndex(w, ns string) int {
	for i := 0; ; {
		k := strings.Index(w[i:], ns)
		if k < 0 {
			return -1
		}
		k += i
		i = k + len(ns)
		if k > 0 && (strings.IndexByte("0123456789.,$", w[k-1]) >= 0 || asciiLetter(w[k-1])) {
			continue
		}
		if _, ok := headlineAfter(w, k+len(ns)); ok {
			return k
		}
	}
}

// headlineAfter reports whether a headline begins at w[e:] after an item's
// number: maybe "." or ")", spaces, then a capital, "[" or a quote. It
// returns the index of the headline's first byte.
func headlineAfter(w string, e int) (int, bool) {
	if e < len(w) && (w[e] == '.' || w[e] == ')') {
		e++
	}
	sp := e
	for e < len(w) && asciiSpace(w[e]) {
		e++
	}
	if e == sp || e >= len(w) {
		return e, false
	}
	c := w[e]
	return e, c >= 'A' && c <= 'Z' || c == '[' || c == '"' || c == '\'' || strings.HasPrefix(w[e:], "“") || strings.HasPrefix(w[e:], "‘") ||
		c >= 'a' && c <= 'z' && innerCapital(w[e:e+wordLen(w[e:])])
}

// titleWord reports whether t is a word written with a capital and then
// lower case ("Yen", "Dollar"), not a code ("USD").
func titleWord(t tok) bool {
	if t.kind != tWord || !isCapitalized(t.s) || len(t.s) < 2 {
		return false
	}
	return t.s[1] >= 'a' && t.s[1] <= 'z'
}

// wordLen is the length of the ASCII letters at the start of w.
func wordLen(w string) int {
	n := 0
	for n < len(w) && asciiLetter(w[n]) {
		n++
	}
	return n
}
