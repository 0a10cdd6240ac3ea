package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/script"
)

// Who speaks in Chinese and Korean sentences. The English rules read
// tokens, titles and names in English word order; a Chinese sentence puts
// its speaker before a speech verb with no space ("外交部发言人毛宁10日表示，"),
// a Korean one before a topic particle and its verb at the end ("왕이 중국
// 외교부장은 …라고 말했다"). cjkDocument reads those sentences on their own
// and replaces what the English pass gave them.

// cjkSpeaker is a speaker found in a Chinese or Korean sentence.
type cjkSpeaker struct {
	name, side string
	person     bool // a person, not a body or a side
}

// cjkScript is 'h' for a sentence written mostly in Han, 'k' mostly in
// Hangul, 0 otherwise (English, or too little of either).
func cjkScript(s string) byte {
	han, hangul, latin := 0, 0, 0
	for _, r := range s {
		switch {
		case script.IsHangul(r):
			hangul++
		case script.IsHan(r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case hangul > 0 && 2*hangul >= latin/3 && hangul >= han:
		return 'k'
	case han > 0 && 2*han >= latin/3:
		return 'h'
	}
	return 0
}

// cjkState is what a Chinese or Korean sentence's frame, or the turn it
// stands in, says of its speaker.
type cjkState struct {
	sp    cjkSpeaker
	ok    bool
	cue   string
	para  int
	label bool // a Q&A turn
	cont  int  // sentences continued since the frame (see cjkContinue)
	line  bool // a turn whose label opened a line
}

// cjkContinue is how many sentences after a framed one, in its paragraph,
// are still the speaker's ("王毅表示，……。中方愿……。").
const cjkContinue = 2

// cjkDocument attributes d's Chinese and Korean sentences in out (from
// the English pass), in order: a sentence's own frame, a Q&A label's turn,
// a quotation closed (or opened) by a framed sentence, the rest of a
// Chinese paragraph whose sentence before had a frame, else the narrator.
// home is the publisher's side ("" when unknown).
func (w *worker) cjkDocument(d *corpus.Document, out []Attribution, home string) {
	raw := d.Raw
	if h := cjkHome(raw); h != "" {
		home = h // "中央社 CNA" is Taiwan's, not Singapore's CNA
	}
	if home == "" {
		// a page in simplified Chinese is the mainland's, one in Korean the
		// ROK's, unless it names its outlet
		switch d.Lang {
		case "zh-Hans":
			home = "China"
		case "ko":
			home = "ROK"
		}
	}
	c := cjkContext{home: home, x: w.x, raw: raw}
	c.remember(raw)
	var turn cjkState
	frames := make([]cjkState, len(d.Sentences))
	writing := make([]byte, len(d.Sentences))
	para := 0
	for si := range d.Sentences {
		s := d.Sentences[si]
		if si > 0 && hasNewline(raw[d.Sentences[si-1].End:s.Start]) {
			para++
		}
		text := raw[s.Start:s.End]
		writing[si] = cjkScript(text)
		if writing[si] == 0 {
			continue
		}
		lineStart := isLineStart(raw, s.Start)
		labelled := false
		if turn.ok && !turn.line && para > turn.para {
			turn.ok = false // a turn opened inside a line ends with its paragraph
		}
		if lineStart || c.inlineLabel(text, si > 0 && endsQuestion(raw[d.Sentences[si-1].Start:d.Sentences[si-1].End])) {
			// a label opens a line, or a sentence of a transcript saved on
			// one line ("…有何评论？ 毛宁：…")
			if sp, rest, ok := c.label(text); ok {
				turn = cjkState{sp: sp, ok: true, cue: "transcript", para: para, label: true, line: lineStart}
				text = rest
				c.transcript = true
				c.labels++
				labelled = true
				if sp.name != Journalist && sp.name != Narrator {
					c.last, c.haveLast = sp, true
					if !c.hasSpokesperson && sp.person {
						c.spokesperson, c.hasSpokesperson = sp, true // the one who answers at a briefing
					}
				}
			} else if lineStart && turn.ok && para > turn.para && cjkTurnEnds(text) {
				turn.ok = false
			}
		}
		sp, cue, ok := c.frame(text, writing[si])
		if turn.ok && lineStart && para > turn.para && c.labels < 3 && !labelled {
			turn.ok = false // one question and its answer inside an article: the answer's paragraph only
		}
		if ok && turn.ok && lineStart && para > turn.para && turn.sp.name != Journalist && sp.name != turn.sp.name && !isSideSpeaker(sp) {
			turn.ok = false // "……研究员周立新认为，", "据海关总署统计": the article's again, not the answer's
		}
		if ok && turn.ok && (turn.sp.side == sp.side && (sp.name == sp.side || isSideSpeaker(sp)) ||
			turn.sp.name == Journalist && (sp.name == Both || sp.name == sp.side || isSideSpeaker(sp))) {
			// "中方一贯主张……" in a Chinese spokesperson's answer is the
			// spokesperson's; "中方如何评价？", "双方同意……" in a reporter's
			// question the reporter's
			ok = false
		}
		if ok {
			frames[si] = cjkState{sp: sp, ok: true, cue: cue, para: para}
			if cue != "according to" && cue != "data" && sp.name != Both {
				c.last, c.haveLast = sp, true
			}
		} else if turn.ok {
			frames[si] = turn
			frames[si].para = para
		} else {
			frames[si].para = para
		}
	}
	for si := range d.Sentences {
		if writing[si] == 0 || frames[si].ok {
			continue
		}
		if sp, ok := quotedBy(raw, d.Sentences, si, frames); ok {
			frames[si] = cjkState{sp: sp, ok: true, cue: "quote", para: frames[si].para}
			continue
		}
		// "王毅表示，……。双方应……。": the rest of the paragraph is still his
		if si == 0 {
			continue
		}
		if p := frames[si-1]; p.ok && !p.label && p.para == frames[si].para && writing[si] == 'h' && p.cont < cjkContinue &&
			p.cue != "according to" && p.cue != "joint statement" {
			frames[si] = cjkState{sp: p.sp, ok: true, cue: "continued", para: p.para, cont: p.cont + 1}
		}
	}
	for si := range d.Sentences {
		if writing[si] == 0 {
			continue
		}
		f := frames[si]
		if !f.ok || f.sp.name == Narrator {
			out[si] = narrator
			continue
		}
		side := f.sp.side
		if side == "" {
			side = Unknown
		}
		out[si] = Attribution{Speaker: f.sp.name, Side: side, Cue: f.cue}
	}
}

// isSideSpeaker reports whether sp is a side word's speaker ("Chinese side").
func isSideSpeaker(sp cjkSpeaker) bool {
	for _, sw := range cjkSideWords {
		if sp.name == sw.speaker {
			return true
		}
	}
	return false
}

// quoteDepth is how far the quotation marks of s open (“ 「 『) more than
// they close.
func quoteDepth(s string) int {
	return strings.Count(s, "“") + strings.Count(s, "「") + strings.Count(s, "『") -
		strings.Count(s, "”") - strings.Count(s, "」") - strings.Count(s, "』")
}

// quotedBy is the speaker of the quotation sentence si stands in, within
// its paragraph: the frame of the sentence the quotation closes in, else
// of the one it opened in.
func quotedBy(raw string, ss []corpus.Sentence, si int, frames []cjkState) (cjkSpeaker, bool) {
	depth := 0
	start := si
	for j := si - 1; j >= 0 && frames[j].para == frames[si].para; j-- {
		depth += quoteDepth(raw[ss[j].Start:ss[j].End])
		start = j
	}
	text := strings.TrimSpace(raw[ss[si].Start:ss[si].End])
	opens := strings.HasPrefix(text, "“") || strings.HasPrefix(text, "「") || strings.HasPrefix(text, "『")
	if depth <= 0 && !opens {
		return cjkSpeaker{}, false
	}
	if depth < 0 {
		depth = 0
	}
	for j := si; j < len(ss) && frames[j].para == frames[si].para; j++ {
		if depth += quoteDepth(raw[ss[j].Start:ss[j].End]); depth <= 0 {
			if frames[j].ok {
				return frames[j].sp, true
			}
			// "“……。……。”王毅说。": the frame may stand alone after the
			// closing mark
			if k := j + 1; k < len(ss) && frames[k].ok && frames[k].para == frames[si].para && utf8.RuneCountInString(raw[ss[k].Start:ss[k].End]) <= 40 {
				return frames[k].sp, true
			}
			break
		}
	}
	for j := si - 1; j >= start; j-- {
		if frames[j].ok {
			return frames[j].sp, true
		}
	}
	return cjkSpeaker{}, false
}

// cjkHome is the side of a Chinese or Korean outlet named in the page's
// first lines ("新华社北京6月10日电", "(서울=연합뉴스)"), or "".
func cjkHome(raw string) string {
	head := raw[:min(len(raw), 400)]
	for len(head) > 0 && !utf8.ValidString(head) {
		head = head[:len(head)-1]
	}
	best, at := "", len(head)
	for _, o := range cjkOutlets {
		if i := strings.Index(head, o.name); i >= 0 && i < at {
			best, at = o.side, i
		}
	}
	return best
}

// cjkContext is what the frames of a document share: the publisher's
// side, the table, and the last speaker a frame named.
type cjkContext struct {
	home       string
	x          *index
	raw        string // the document's text
	last       cjkSpeaker
	haveLast   bool
	transcript bool // a Q&A label was read
	labels     int  // Q&A labels read so far
	// spokesperson is the briefing's spokesperson, the speaker of "答："
	spokesperson    cjkSpeaker
	hasSpokesperson bool
	// people are the persons the document has named in full, for its
	// later short forms ("시 주석" after "시진핑", "王部长" after "外交部长王毅")
	people []cjkPerson
}

// cjkPerson is a person a document names: as written, the speaker's name
// (canonical when known) and side.
type cjkPerson struct {
	surface string
	sp      cjkSpeaker
	title   string // the title it was named with, if any ("대통령")
}

// label reads a Q&A line's label ("记者：", "毛宁：", "答：", "[앵커]",
// "기자:"): the speaker of the turn it opens and the text after it.
func (c *cjkContext) label(text string) (cjkSpeaker, string, bool) {
	t := strings.TrimLeft(text, " \t")
	if strings.HasPrefix(t, "[") || strings.HasPrefix(t, "【") || strings.HasPrefix(t, "<") || strings.HasPrefix(t, "〈") || strings.HasPrefix(t, "‹") || strings.HasPrefix(t, "《") {
		closer := map[byte]string{'[': "]", '<': ">"}[t[0]]
		if closer == "" {
			_, size := utf8.DecodeRuneInString(t)
			closer = map[string]string{"【": "】", "〈": "〉", "‹": ">", "《": "》"}[t[:size]]
		}
		end := strings.Index(t, closer)
		if end < 0 || end > 60 {
			return cjkSpeaker{}, "", false
		}
		tag := strings.TrimSpace(t[1:end])
		rest := strings.TrimLeft(t[end+len(closer):], " ")
		switch {
		case tag == "앵커" || tag == "기자" || tag == "리포트" || tag == "記者" || tag == "记者" || tag == "旁白" || tag == "主持人":
			return cjkSpeaker{name: Narrator, side: Narrator}, rest, true
		case strings.HasPrefix(tag, "인터뷰") || strings.HasPrefix(tag, "녹취") || strings.HasPrefix(tag, "싱크"):
			// "<인터뷰> 김민준 (교수)" or "[인터뷰: 김민준 / 교수]": the person who speaks
			who := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(tag, "인터뷰"), "녹취"), "싱크"), " :：")
			if who == "" {
				who = rest
				if nl := strings.IndexAny(who, "\n"); nl >= 0 {
					who = who[:nl]
				}
				rest = ""
				// "<인터뷰> 이재명 (대통령) : "……"": the speaker, then the words
				if k := strings.IndexAny(who, ":："); k > 0 {
					rest = who[k+1:]
					who = who[:k]
				}
			}
			sp, ok := c.subject(strings.NewReplacer("(", " ", ")", " ", "/", " ", "（", " ", "）", " ").Replace(who), 'k')
			if !ok {
				return cjkSpeaker{name: romanized(strings.TrimSpace(who)), side: c.homeOr("")}, rest, true
			}
			return sp, rest, true
		}
		return cjkSpeaker{}, "", false
	}
	if r, ok := strings.CutPrefix(t, "▲"); ok {
		if i := strings.Index(r, " = "); i > 0 && utf8.RuneCountInString(r[:i]) <= 12 {
			// a briefing's box: "▲ 기자 = …", "▲ 마오 대변인 = …"
			tag, rest := strings.TrimSpace(r[:i]), r[i+len(" = "):]
			if tag == "기자" || strings.HasSuffix(tag, "기자") || tag == "记者" || tag == "問" || tag == "问" {
				return cjkSpeaker{name: Journalist, side: Press}, rest, true
			}
			if sp, ok := c.named(tag, 'k'); ok {
				return sp, rest, true
			}
			if sp, ok := c.subject(tag, 'k'); ok {
				return sp, rest, true
			}
		}
	}
	if r, ok := strings.CutPrefix(t, "▶"); ok {
		// a Korean paper's Q&A: "-질문" lines, "▶답변" lines
		return c.answerer(), strings.TrimSpace(r), true
	}
	if (strings.HasPrefix(t, "-") || strings.HasPrefix(t, "–")) && strings.Contains(c.raw, "▶") {
		return cjkSpeaker{name: Journalist, side: Press}, strings.TrimLeft(t, "-– "), true
	}
	i := strings.IndexAny(t, ":：")
	if i <= 0 || i > 30 {
		return cjkSpeaker{}, "", false
	}
	tag := strings.TrimSpace(t[:i])
	_, size := utf8.DecodeRuneInString(t[i:])
	rest := t[i+size:]
	switch {
	case tag == "问" || tag == "問" || tag == "질문" || tag == "문" || tag == "Q" || tag == "有记者问" || tag == "有記者問" ||
		(strings.HasSuffix(tag, "记者") || strings.HasSuffix(tag, "記者") || strings.HasSuffix(tag, "기자")) && utf8.RuneCountInString(tag) <= 8 && !strings.ContainsAny(tag, " \u3000"):
		// "记者：", "新华社记者：", "기자:"; "記者 陳冠宇：" is a reporter's stand-up
		return cjkSpeaker{name: Journalist, side: Press}, rest, true
	case tag == "答" || tag == "답" || tag == "답변" || tag == "A":
		return c.answerer(), rest, true
	case tag == "旁白" || tag == "主播" || tag == "主持人" || tag == "앵커" || tag == "내레이션" ||
		strings.HasPrefix(tag, "记者 ") || strings.HasPrefix(tag, "記者 ") || strings.HasPrefix(tag, "기자 "):
		return cjkSpeaker{name: Narrator, side: Narrator}, rest, true
	}
	if utf8.RuneCountInString(tag) > 12 || strings.HasPrefix(tag, "·") || strings.HasPrefix(tag, "•") {
		return cjkSpeaker{}, "", false // "· 德国经济界：……": a related link
	}
	for _, o := range cjkOutlets {
		if tag == o.name || strings.HasPrefix(tag, o.name) && utf8.RuneCountInString(tag) <= utf8.RuneCountInString(o.name)+2 {
			return cjkSpeaker{name: Journalist, side: Press}, rest, true // "中国新闻周刊：" asks
		}
	}
	if sp, ok := c.subject(tag, cjkScript(tag)); ok && sp.name != "" {
		return sp, rest, true
	}
	return cjkSpeaker{}, "", false
}

// answerer is the speaker of an answer ("答：", "▶"): the briefing's
// spokesperson, else the last person a frame named, else a spokesperson of
// the publisher's side.
func (c *cjkContext) answerer() cjkSpeaker {
	if c.hasSpokesperson {
		return c.spokesperson
	}
	if c.haveLast {
		return c.last
	}
	return cjkSpeaker{name: "spokesperson", side: c.homeOr("")}
}

// inlineLabel reports whether a sentence inside a line may open with a
// Q&A label: after a question, or in a transcript, when a short tag and a
// colon open it.
func (c *cjkContext) inlineLabel(text string, afterQuestion bool) bool {
	if !afterQuestion && !c.transcript {
		return false
	}
	t := strings.TrimSpace(text)
	i := strings.IndexAny(t, ":：")
	return i > 0 && utf8.RuneCountInString(t[:i]) <= 12
}

// endsQuestion reports whether a sentence ends with a question mark.
func endsQuestion(s string) bool {
	s = strings.TrimRight(s, " \u3000\"”」’")
	return strings.HasSuffix(s, "？") || strings.HasSuffix(s, "?")
}

// homeOr is the publisher's side, else side.
func (c *cjkContext) homeOr(side string) string {
	if c.home != "" {
		return c.home
	}
	return side
}

// cjkTurnEnds reports whether a paragraph opens with a frame of its own
// or a headline's shape, so that a Q&A turn is over.
func cjkTurnEnds(text string) bool {
	return strings.Contains(text, "表示") || strings.Contains(text, "밝혔다") || strings.Contains(text, "말했다")
}

// frame finds the speaker of a Chinese ('h') or Korean ('k') sentence.
func (c *cjkContext) frame(text string, writing byte) (cjkSpeaker, string, bool) {
	if writing == 'k' {
		return c.koFrame(text)
	}
	return c.zhFrame(text)
}

// pronoun is the last speaker when subj is a pronoun ("他", "她", "그는").
func (c *cjkContext) pronoun(subj string) (cjkSpeaker, bool) {
	switch subj {
	case "他", "她", "其", "그", "그는", "그녀는", "그는 또", "그는 이어", "그녀":
		if c.haveLast {
			return c.last, true
		}
	}
	return cjkSpeaker{}, false
}
