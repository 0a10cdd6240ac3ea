package attribution

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Some documents have one speaker as a whole, named in their heading: a
// joint statement, declaration or fact sheet speaks for both sides ("Joint
// Statement of the ASEAN-China Special Summit", "JOINT FACT SHEET ON ..."),
// and a spokesperson's statement or answers to journalists for the body
// that issues them ("Statement by the Spokesperson of the Chinese Embassy
// in the US", "Embassy Spokesperson Answers Journalists' Questions"). Their
// sentences without a frame of their own are that speaker's rather than the
// narrator's; the heading lines and the page chrome above them stay the
// narrator's.

// headingWords is the longest line read as a heading: a line of more words
// is the body.
const headingWords = 30

// headingLines is how many lines at a document's start are read for a
// heading.
const headingLines = 12

// docSpeaker is the speaker of a whole document: ok is false for a
// document that has none; body is the byte offset of the line after its
// heading.
type docSpeaker struct {
	sp   speaker
	body int
	ok   bool
}

// documentSpeaker reads the heading lines of d.
func (w *worker) documentSpeaker(d *corpus.Document) docSpeaker {
	raw := d.Raw
	off, side := 0, ""
	for n := 0; n < headingLines && off < len(raw); n++ {
		end := strings.IndexByte(raw[off:], '\n')
		if end < 0 {
			end = len(raw)
		} else {
			end += off
		}
		line := raw[off:end]
		if n := len(strings.Fields(line)); n > headingWords || n > 8 && strings.HasSuffix(strings.TrimSpace(line), ".") {
			break // the body: a long line, or a sentence ("In the joint statement, the sides reaffirmed ... era.")
		}
		if side == "" {
			side = w.lineSide(d, off, end)
		}
		low := strings.ToLower(line)
		if isJointHeading(low) {
			return docSpeaker{sp: speaker{name: Both, side: Both, actor: -1, joint: true}, body: end, ok: true}
		}
		if name, ok := spokespersonHeading(low); ok {
			if side == "" {
				side = Unknown
			}
			return docSpeaker{sp: speaker{name: name, side: side, actor: -1, person: true, named: true}, body: end, ok: true}
		}
		off = end + 1
	}
	return docSpeaker{}
}

// isJointHeading reports whether a heading line (lower case) titles a joint
// document.
func isJointHeading(low string) bool {
	for _, p := range []string{"joint statement", "joint declaration", "joint press statement", "joint fact sheet", "joint communique", "joint communiqué", "joint vision statement", "joint readout"} {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// spokespersonHeading reports whether a heading line (lower case) titles a
// spokesperson's statement or answers, and names the speaker: "Embassy
// spokesperson", "Foreign Ministry spokesperson" or "spokesperson". A menu
// entry ("Spokesperson's Remarks") is no heading.
func spokespersonHeading(low string) (string, bool) {
	if !strings.Contains(low, "spokesperson") && !strings.Contains(low, "spokesman") && !strings.Contains(low, "spokeswoman") {
		return "", false
	}
	if strings.Contains(low, "|") || strings.Contains(low, ">") {
		return "", false
	}
	found := false
	for _, p := range []string{"answers", "answered", "statement", "remarks by", "remarks on", "attributable", "comments on", "responds", "questions"} {
		if strings.Contains(low, p) {
			found = true
			break
		}
	}
	if !found {
		return "", false
	}
	switch {
	case strings.Contains(low, "embassy"):
		return "Embassy spokesperson", true
	case strings.Contains(low, "consulate"):
		return "Consulate spokesperson", true
	case strings.Contains(low, "ministry"):
		return "Foreign Ministry spokesperson", true
	}
	return "spokesperson", true
}

// lineSide returns the first side named in the sentences of d that start
// in [from, to), or "".
func (w *worker) lineSide(d *corpus.Document, from, to int) string {
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if s.End <= from {
			continue
		}
		if s.Start >= to {
			break
		}
		w.build(d.Raw, s, nil)
		w.scanMentions(d.Raw)
		for mi := range w.ments {
			m := &w.ments[mi]
			if m.b <= m.a || w.toks[m.a].t.Start < from || w.toks[m.a].t.Start >= to {
				continue
			}
			if m.side >= 0 && len(w.x.groups[m.g].actors) == 0 {
				return w.x.sides[m.side]
			}
			if g := &w.x.groups[m.g]; len(g.actors) > 0 {
				if side := w.x.actors[g.actors[0]].Side; side != "" {
					return side
				}
			}
		}
	}
	return ""
}

// homeLines is how many bytes at a document's start are read for its
// outlet.
const homeBytes = 600

// homeSide is the side of the outlet that published d, when the first
// lines name one the table knows ("Yonhap News Agency", "(Kyodo)",
// "CGTN"); "" otherwise. A named speaker the text gives no side (a
// spokesperson, a ministry or a person without titles) speaks for it.
func (w *worker) homeSide(d *corpus.Document) (string, int32) {
	head := d.Raw[:min(len(d.Raw), homeBytes)]
	// the words of the head in order, each looked up by its first word
	// among the outlets' names: the first that matches, as written (or in
	// any case for names of five bytes or more), is the outlet
	for i := 0; i < len(head); {
		if !wordStart(head, i) {
			i++
			continue
		}
		e := firstWordEnd(head, i)
		for _, mi := range w.x.mediaFirst[strings.ToLower(head[i:e])] {
			m := &w.x.media[mi]
			end := i + len(m.name)
			if end > len(head) || !wordBoundary(head, i, end) {
				continue
			}
			if an, ok := w.acr[head[i:end]]; ok && an.name != w.x.actors[m.actor].Name {
				continue // "PNA" that the article spells out as its own body, not the Philippine News Agency
			}
			if head[i:end] == m.name || len(m.name) >= 5 && strings.EqualFold(head[i:end], m.name) {
				if globalOutlets[w.x.actors[m.actor].Name] {
					return "", m.actor // a world outlet's story is as often about another country
				}
				return w.x.actors[m.actor].Side, m.actor
			}
		}
		i = max(e, i+1)
	}
	return "", -1
}

// outletNameSide is the side an outlet the table does not know names in
// its own name, read in the page's first 200 bytes: a side's word and a
// newspaper's noun, at most one capitalized word between ("Nepali Times",
// "Taiwan News", "The Korea Bizwire", "Vietnam Investment Review"); ""
// when none, or when two sides are named so.
func (w *worker) outletNameSide(raw string) string {
	head := raw[:min(len(raw), 200)]
	if strings.HasPrefix(head, " date ") {
		if nl := strings.IndexByte(head, '\n'); nl >= 0 {
			head = raw[nl+1 : min(len(raw), nl+1+200)]
		}
	}
	side := int16(-1)
	// the items of a menu ("Contact Us | News") are apart: read each
	// stretch between bars, line breaks or wide gaps on its own
	for _, item := range mastheadItems.Split(head, -1) {
		words := strings.Fields(item)
		for i, wd := range words {
			sd, ok := w.x.sideWord[strings.ToLower(wd)]
			if !ok || !unicode.IsUpper([]rune(wd)[0]) || len(wd) <= 3 && strings.ToUpper(wd) != wd {
				continue // "Us" of "Contact Us" is no "US"
			}
			for k := i + 1; k < len(words) && k <= i+2; k++ {
				n := words[k]
				if !unicode.IsUpper([]rune(n)[0]) {
					break
				}
				if mastheadNouns[strings.ToLower(n)] {
					if side >= 0 && side != sd {
						return ""
					}
					side = sd
					break
				}
			}
		}
	}
	if side < 0 {
		return ""
	}
	return w.x.sides[side]
}

// mastheadItems separates the items of a page's first lines.
var mastheadItems = regexp.MustCompile(`\||\n|\s{2,}`)

// mastheadNouns end a newspaper's or a news site's name.
var mastheadNouns = map[string]bool{"times": true, "post": true, "herald": true, "tribune": true, "daily": true, "news": true,
	"journal": true, "gazette": true, "standard": true, "chronicle": true, "observer": true, "express": true, "star": true,
	"today": true, "bulletin": true, "monitor": true, "mail": true, "inquirer": true, "telegraph": true, "mirror": true,
	"bizwire": true, "review": true, "weekly": true, "shimbun": true, "ilbo": true, "insider": true, "sun": true}

// globalOutlets report the world from bureaus abroad: their articles' bodies
// and analysts named without a side are not their own country's ("Japan's
// Ministry of Finance" in Bloomberg is "the Ministry of Finance").
var globalOutlets = map[string]bool{"Bloomberg": true, "CNN": true, "BBC": true, "Financial Times": true,
	"Wall Street Journal": true, "New York Times": true, "Washington Post": true, "The Economist": true,
	"Al Jazeera": true, "Politico": true, "Nikkei Asia": true, "South China Morning Post": true, "Voice of America": true,
	"Radio Free Asia": true, "Axios": true, "CNBC": true, "NPR": true, "MercoPress": true,
	"Asia Times": true, "East Asia Forum": true, "Eurasianet": true, "bne IntelliNews": true}

// wordStart reports whether a word starts at byte i of s: a letter or a
// digit after none.
func wordStart(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	if i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(p) && !unicode.IsDigit(p)
}

// firstWordEnd is the end of the word that starts at byte i of s: letters,
// digits and the marks inside names ("News.Az", "Yonhap's" ends before
// the apostrophe's s only with it).
func firstWordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !(r == '.' || r == '-' || r == '&') || r == '.' && (j+n >= len(s) || s[j+n] == ' ') {
			break
		}
		j += n
	}
	return j
}

// takesHome reports whether a speaker without a side takes the outlet's: a
// person named in capitals ("Yoon Min-ho") or a government body
// ("government", "Defense Ministry", "Democratic Party", "Department of
// Foreign Affairs", "Bureau of Statistics"; not "agency": the
// international ones are many); not a pronoun,
// nor an unnamed group ("analysts", "economist").
func takesHome(sp speaker) bool {
	if sp.side != Unknown && sp.side != "" || sp.joint || sp.name == "" || sp.name == Unknown {
		return false
	}
	switch sp.name {
	case "he", "she", "they", "it", Journalist, Narrator:
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(sp.name)) {
		switch f {
		case "ministry", "government", "party", "court", "assembly", "cabinet", "spokesperson", "office", "administration",
			"official", "officials", "presidential", "department", "bureau", "council", "authority", "committee", "commission",
			"treasury", "board", "body", "lobby", "watchdog", "regulator", "utility", "directorate",
			"institute", "institution", "association", "chamber", "federation", "foundation", "university", "group", "center", "centre":
			return true
		case "agency", "secretariat": // "the Fisheries Agency", not the International Energy Agency
			return !internationalName(sp.name)
		}
	}
	if !sp.person {
		return false
	}
	for _, f := range strings.Fields(sp.name) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// mastheadWords are the words of a government body's name: the first line
// of its website ("Ministry of Foreign Affairs of Japan", "Office of the
// President, Republic of Korea") names whose site it is.
var mastheadWords = map[string]bool{"ministry": true, "office": true, "embassy": true, "department": true,
	"consulate": true, "cabinet": true, "government": true, "mission": true}

// mastheadSide is the side of a government website's masthead, its first
// line: a name in title case of at most 14 words with a body's word
// ("U.S. DEPARTMENT of STATE"); "" for anything else (a headline has lower
// case words).
func (w *worker) mastheadSide(d *corpus.Document) string {
	raw := d.Raw
	a := 0
	for a < len(raw) && (raw[a] == ' ' || raw[a] == '\n' || raw[a] == '\r' || raw[a] == '\t') {
		a++
	}
	b := strings.IndexByte(raw[a:], '\n')
	if b < 0 {
		return ""
	}
	line := raw[a : a+b]
	if strings.HasPrefix(line, "date ") { // the corpus format's date line
		a += b + 1
		if b = strings.IndexByte(raw[a:], '\n'); b < 0 {
			return ""
		}
		line = raw[a : a+b]
	}
	body, n := false, 0
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.Is(unicode.Latin, r) {
			continue // "대통령실 Office of the President"
		}
		n++
		low := strings.ToLower(f)
		if mastheadWords[low] {
			body = true
		}
		if unicode.IsLower(r) && low != "of" && low != "the" && low != "and" && low != "in" && low != "for" && low != "to" {
			return ""
		}
	}
	if !body || n > 14 {
		return ""
	}
	return w.lineSide(d, a, a+b)
}

// datelineSide is the side of the place a wire story is filed from, when
// the outlet gives none (an international agency, a masthead several
// countries share): "TOKYO (AP) —", "CANBERRA, Australia (ABC) -",
// "SEOUL, March 10 (Yonhap) --". Its bodies named without a side ("the
// Cabinet Office said") are that country's. "" when there is no dateline
// near the top or its place is no side's.
func (w *worker) datelineSide(raw string) string {
	head := raw[:min(len(raw), 3000)]
	for off := 0; ; {
		i := strings.Index(head[off:], ") ")
		if i < 0 {
			return ""
		}
		i += off
		off = i + 2
		open := strings.LastIndexByte(head[:i], '(')
		if open < 0 || i-open > 24 {
			continue
		}
		credit := head[open+1 : i]
		if credit == "" || strings.ContainsAny(credit, " ,") || credit[0] < 'A' || credit[0] > 'Z' {
			continue
		}
		rest, dash := head[i+2:], false
		for _, d := range []string{"-- ", "\u2013 ", "\u2014 ", "- "} {
			dash = dash || strings.HasPrefix(rest, d)
		}
		if !dash {
			continue
		}
		line := head[:open]
		if nl := strings.LastIndexByte(line, '\n'); nl >= 0 {
			line = line[nl+1:]
		}
		parts := strings.Split(line, ",")
		if sd := w.placeSide(strings.Fields(parts[0])); sd != "" {
			return sd
		}
		if len(parts) > 1 {
			return w.placeSide(strings.Fields(parts[1]))
		}
		return ""
	}
}

// placeSide is the side whose name ends words ("NEW DELHI", "Australia"):
// the last three, two or one of them.
func (w *worker) placeSide(words []string) string {
	for n := min(3, len(words)); n >= 1; n-- {
		if sd, ok := w.x.sideWord[strings.ToLower(strings.Join(words[len(words)-n:], " "))]; ok {
			return w.x.sides[sd]
		}
	}
	return ""
}

// internationalName reports whether a body's name says it is no country's:
// "International Energy Agency", "World Food Programme", "Asian Development
// Bank".
func internationalName(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		switch f {
		case "international", "world", "global", "united", "asian", "european", "african", "regional", "atomic",
			"trilateral", "multilateral", "intergovernmental":
			return true
		}
	}
	return false
}

// publisher is the side of the outlet or body that published d and the
// outlet's actor (-1 if none): a known outlet in the first lines
// (homeSide), a body's masthead, or a side named in an outlet's own name.
// The acronyms of d must have been scanned.
func (w *worker) publisher(d *corpus.Document) (string, int32) {
	home, outlet := w.homeSide(d)
	if home == "" {
		home = w.mastheadSide(d)
	}
	if home == "" && outlet < 0 {
		home = w.outletNameSide(d.Raw)
	}
	return home, outlet
}
