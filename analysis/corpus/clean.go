package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// cleaned is what cleaning finds in a raw text: a date from the header or a
// dateline, the spans it masks, and the paragraphs that remain.
type cleaned struct {
	date    time.Time
	removed []Span
	paras   []Span
	notes   []string
	credit  string // the first agency credit line, as written
	inline  []Span // masked spans inside paragraphs, whose tokens are dropped
	title   string // from Markdown front matter
}

var (
	// headerRe finds a " date YYYY-MM-DD " header in any case, with any
	// Unicode spaces (no-break, thin, ideographic) around it.
	headerRe     = regexp.MustCompile(`^[\s\p{Zs}\x{feff}]*(?i:date):?[\t\p{Zs}]+([^\s\p{Zs}]+)`)
	wellFormedRe = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$`)
	datelineRe   = regexp.MustCompile(`^([A-Z][\p{L}.'\- ]{1,40}),\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b\s*(?:\(\w+\)\s*)?[-\x{2013}\x{2014}:]*\s*`)
	yearRe       = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)
	// inlineCreditRe finds an agency credit inside a sentence:
	// ", News.Az reports, citing Xinhua".
	inlineCreditRe = regexp.MustCompile(`,\s*([A-Z][A-Za-z]+\.(?i:az|com|net|org|cn|kr|ru|uk))\s+reports?(?:,\s*citing\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)?`)
)

// cleanText masks the date header (or, in Markdown, the front matter),
// debris, credits and disclaimers of raw and returns the paragraphs left.
func cleanText(raw string, markdown bool) cleaned {
	var c cleaned
	pos := 0
	if fm, ok := c.frontMatter(raw, markdown); ok {
		pos = fm
	} else if m := headerRe.FindStringSubmatchIndex(raw); m != nil {
		val := raw[m[2]:m[3]]
		if looksLikeDate(val) {
			end := m[1]
			if d, ok := parseISODate(val); ok {
				c.date = d
			} else {
				c.notes = append(c.notes, "malformed date header "+quote(val)+dateProblem(val))
			}
			c.removed = append(c.removed, Span{Start: 0, End: end, Why: "date header"})
			pos = end
		}
	}
	// Classify lines; a paragraph is a run of kept, non-blank lines.
	paraStart := -1
	lastKept := -1
	flush := func() {
		if paraStart >= 0 {
			c.paras = append(c.paras, Span{Start: paraStart, End: lastKept})
			paraStart = -1
		}
	}
	inDisclaimer := false
	for pos < len(raw) {
		nl := strings.IndexByte(raw[pos:], '\n')
		lineEnd := len(raw)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		a, b := trimSpace(raw, pos, lineEnd)
		line := raw[a:b]
		switch {
		case a == b:
			flush()
			inDisclaimer = false
		case inDisclaimer && !endsDisclaimer(line):
			c.removed = append(c.removed, Span{Start: a, End: b, Why: "disclaimer"})
		default:
			inDisclaimer = false
			if why := junkLine(line); why != "" {
				flush()
				c.removed = append(c.removed, Span{Start: a, End: b, Why: why})
				inDisclaimer = why == "disclaimer"
				if why == "credit" && c.credit == "" && !strings.HasPrefix(noticeForm(line), "©") { // a photo's credit names no agency of the article
					c.credit = creditName(line)
				}
				break
			}
			if paraStart < 0 {
				paraStart = a
			}
			lastKept = b
		}
		pos = lineEnd + 1
	}
	flush()
	c.dateline(raw)
	if c.date.IsZero() {
		c.cjkDate(raw)
	}
	for _, p := range c.paras {
		if !strings.Contains(raw[p.Start:p.End], " report") {
			continue // cheap test before the regexp
		}
		for _, m := range inlineCreditRe.FindAllStringSubmatchIndex(raw[p.Start:p.End], -1) {
			sp := Span{Start: p.Start + m[0], End: p.Start + m[1], Why: "credit"}
			c.removed = append(c.removed, sp)
			c.inline = append(c.inline, sp)
			if c.credit == "" {
				c.credit = raw[p.Start+m[2] : p.Start+m[3]]
			}
		}
	}
	return c
}

// dateline masks a dateline ("Gyeongju, Nov 1") at the start of the first
// paragraph and, when the document has no date header, dates the document
// from it if the year is known from elsewhere in the document: exactly one
// plausible year is mentioned.
func (c *cleaned) dateline(raw string) {
	if len(c.paras) == 0 {
		return
	}
	p := &c.paras[0]
	m := datelineRe.FindStringSubmatchIndex(raw[p.Start:p.End])
	if m == nil {
		return
	}
	c.removed = append(c.removed, Span{Start: p.Start, End: p.Start + m[1], Why: "dateline"})
	month, day := raw[p.Start+m[4]:p.Start+m[5]], raw[p.Start+m[6]:p.Start+m[7]]
	p.Start += m[1]
	if !c.date.IsZero() {
		return
	}
	years := map[string]bool{}
	for _, y := range yearRe.FindAllString(raw, -1) {
		years[y] = true
	}
	if len(years) != 1 {
		c.notes = append(c.notes, "dateline "+quote(month+" "+day)+" has no year elsewhere in the document; left undated")
		return
	}
	for y := range years {
		if d, err := time.Parse("2006 Jan 2", y+" "+month[:3]+" "+day); err == nil {
			c.date = d
			c.notes = append(c.notes, "dated from dateline "+quote(month+" "+day)+" and the year "+y+" in the text")
		}
	}
}

// frontMatter reads the YAML front matter of a Markdown text: a first line
// "---", "key: value" lines, and a closing "---" or "...". Its date and
// title are taken, and the whole block is masked. It returns where the text
// after it starts, and false when raw has none.
func (c *cleaned) frontMatter(raw string, markdown bool) (int, bool) {
	body := strings.TrimPrefix(raw, "\ufeff")
	if !markdown || !strings.HasPrefix(body, "---") {
		return 0, false
	}
	start := len(raw) - len(body)
	first, rest, ok := strings.Cut(body, "\n")
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return 0, false
	}
	pos := start + len(first) + 1
	for rest != "" {
		line, next, _ := strings.Cut(rest, "\n")
		end := pos + len(strings.TrimRight(line, "\r"))
		switch l := strings.TrimRight(line, " \t\r"); {
		case l == "---" || l == "...":
			c.removed = append(c.removed, Span{Start: start, End: end, Why: "front matter"})
			return end, true
		case l != "" && l[0] != ' ' && l[0] != '\t' && l[0] != '#':
			key, val, _ := strings.Cut(l, ":")
			c.frontMatterField(strings.ToLower(strings.TrimSpace(key)), unquote(strings.TrimSpace(val)))
		}
		pos += len(line) + 1
		rest = next
	}
	c.date, c.title = time.Time{}, ""
	c.notes = []string{"front matter has no closing ---; read as text"}
	return 0, false
}

// frontMatterField keeps the date and title of a front matter line.
func (c *cleaned) frontMatterField(key, val string) {
	switch key {
	case "date":
		if d, ok := ParseDate(val); ok {
			c.date = d
		} else {
			c.notes = append(c.notes, "malformed date "+quote(val)+" in front matter"+dateProblem(val))
		}
	case "title":
		c.title = val
	}
}

// unquote removes the quotes around a YAML scalar.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

func looksLikeDate(s string) bool {
	if s == "" || !unicode.IsDigit(rune(s[0])) {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsDigit(r) }) >= 0 && len(s) <= 20
}

func parseISODate(s string) (time.Time, bool) {
	m := wellFormedRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil || d.Year() < minYear || d.Year() > maxYear {
		return time.Time{}, false
	}
	return d, true
}

// Dates with a year outside minYear-maxYear are taken for typing errors.
const minYear, maxYear = 1900, 2200

// dateProblem says why ParseDate refused s, to follow the quoted value in a
// warning: " (want YYYY-MM-DD)" when it is not in that form, or ": " and
// the reason when it is: a year out of range or not a calendar date.
func dateProblem(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	m := wellFormedRe.FindStringSubmatch(s)
	if m == nil {
		return " (want YYYY-MM-DD)"
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	switch {
	case y < minYear || y > maxYear:
		return fmt.Sprintf(": year %d is outside the accepted range %d-%d", y, minYear, maxYear)
	case mo < 1 || mo > 12:
		return fmt.Sprintf(": not a calendar date (there is no month %d)", mo)
	case day < 1:
		return fmt.Sprintf(": not a calendar date (there is no day %d)", day)
	}
	days := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return fmt.Sprintf(": not a calendar date (%s %d has %d days)", time.Month(mo), y, days)
}

// ParseDate reads a date as written in metadata: YYYY-MM-DD (or with / or .),
// optionally followed by a time as in RFC 3339.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if d, err := time.Parse(time.RFC3339, s); err == nil && d.Year() >= minYear && d.Year() <= maxYear {
		return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	return parseISODate(s)
}

// junkLine says why a whole line is not article text, or "" when it is.
func junkLine(line string) string {
	if len(line) > 200 {
		return ""
	}
	if why := cjkJunkLine(line); why != "" {
		return why
	}
	lower := strings.ToLower(line)
	notice := noticeForm(lower)
	for _, p := range disclaimerPrefixes {
		if strings.HasPrefix(notice, p) {
			if p == "©" && photoCredit(lower) {
				return "credit"
			}
			return "disclaimer"
		}
	}
	ws := strings.FieldsFunc(lower, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '/' })
	// a site's call to subscribe or sign up, a line of its own: "Subscribe
	// to X PLUS to get access to ... & other 70+ titles."
	if len(ws) <= 30 {
		for _, p := range promoPrefixes {
			if strings.HasPrefix(lower, p) {
				return "furniture"
			}
		}
		// "Download the BERNAMA app from Google Play ...", and a site's
		// social accounts: "Facebook : @bernamaofficial, @bernamatv"
		if strings.HasPrefix(lower, "download ") && strings.Contains(lower, " app") || socialHandles(ws) {
			return "furniture"
		}
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 0 {
		return "debris"
	}
	if len(ws) <= 8 {
		for _, w := range ws {
			if w == "px" || strings.HasSuffix(w, "px") && len(w) > 2 && w[0] >= '0' && w[0] <= '9' {
				return "debris"
			}
		}
		widget := true
		for _, w := range ws {
			w = strings.Trim(w, ":.,!·•-+")
			if w != "" && !widgetWords[w] && utf8.RuneCountInString(w) > 1 {
				widget = false
				break
			}
		}
		if widget {
			return "debris"
		}
	}
	if isCredit(lower, ws) {
		return "credit"
	}
	if menuLine(line) {
		return "menu"
	}
	return ""
}

// noticeForm is a line as its copyright notice reads: Korean sites write
// "ⓒ" for "©", some in brackets ("[ⓒ Hankyoreh. All rights reserved.]").
func noticeForm(line string) string {
	return strings.TrimLeft(strings.ReplaceAll(line, "ⓒ", "©"), "[")
}

// socialHandles reports whether half the words or more of a line, two at
// least, are accounts ("@bernamatv,"): a site's list of its own.
func socialHandles(ws []string) bool {
	n := 0
	for _, w := range ws {
		if len(w) > 1 && w[0] == '@' {
			n++
		}
	}
	return n >= 2 && 2*n >= len(ws)
}

// photoCredit reports whether a line that begins with "©" credits a photo
// ("© Sputnik / Sergei Voronin / Go to the mediabank", "© AFP 2024"): short,
// and reserving no rights. Pages put such credits under their pictures, in
// the middle of the story: read as a copyright notice, which runs to the next
// blank line, it took every line after it on a page saved without blank
// lines.
func photoCredit(lower string) bool {
	return len(strings.Fields(lower)) <= 12 && !strings.Contains(lower, "rights") && !strings.Contains(lower, "reserved")
}

func isCredit(lower string, ws []string) bool {
	if len(ws) > 6 {
		return false
	}
	t := strings.Trim(lower, " .()[]-\u2014\u2013")
	if agencies[t] {
		return true
	}
	for _, p := range creditPrefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	// a bare domain-like credit: "News.Az", "globaltimes.cn"
	if len(ws) == 1 {
		if i := strings.LastIndexByte(t, '.'); i > 0 && domainSuffixes[t[i+1:]] {
			return true
		}
	}
	return false
}

var disclaimerPrefixes = []string{"disclaimer", "(disclaimer", "the views expressed", "(the views expressed",
	"the views and opinions expressed", "copyright ©", "copyright (c)", "©", "all rights reserved",
	"this post has been auto-published", "this story has not been edited", "(this story has not been edited",
	"(only the headline of this report", "unauthorized reproduction", "unauthorised reproduction"}

// promoPrefixes open a site's calls to subscribe, sign up or install its
// app, which are no article text when they make a line of their own.
var promoPrefixes = []string{"subscribe to ", "subscribe now", "sign up for ", "sign up to ", "sign up now", "download our app",
	"download the app", "get the app", "already a subscriber", "become a member", "become a subscriber", "support our journalism",
	"to continue reading", "this article is for subscribers", "get unlimited access", "follow us ", "follow us:",
	"our standards:"}

var creditPrefixes = []string{"source:", "sources:", "editor:", "editors:", "edited by", "reporting by",
	"written by", "photo:", "photo by", "file photo", "(source:", "credit:", "image:", "with inputs from",
	"additional reporting"}

var agencies = setOf(`news.az xinhua yonhap afp reuters ap kyodo tass ria bloomberg cgtn cna
	bernama antara xinhuanet globaltimes apa trend azertac`)

var widgetWords = setOf(`share print email e-mail tweet facebook twitter x whatsapp linkedin
	telegram weibo wechat copy link font size comments comment reddit pinterest save bookmark
	listen read more advertisement subscribe a aa text article close menu + - ↺ − zoom
	reset increase decrease print-friendly shares views`)

// creditName is the agency named by a credit line: "Source: Xinhua" is Xinhua.
func creditName(line string) string {
	t := strings.Trim(line, " .()[]-\u2014\u2013")
	if i := strings.IndexByte(t, ':'); i >= 0 {
		t = strings.TrimSpace(t[i+1:])
	}
	return t
}

func quote(s string) string { return "\"" + s + "\"" }

// endsDisclaimer reports whether line starts something else after a
// disclaimer that no blank line closed: a heading in capitals ("MOST READ")
// or a numbered list item ("1. Senate probe ..."), the page chrome that
// often follows one.
func endsDisclaimer(line string) bool {
	if i := 0; len(line) > 2 {
		for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i > 0 && i < len(line)-1 && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
			return true
		}
	}
	if len(line) > 40 || len(strings.Fields(line)) > 5 {
		return false
	}
	letters := false
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsUpper(r)
	}
	return letters
}
