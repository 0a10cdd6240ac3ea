package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// tok is a token of the sentence being read, with what the attributor
// needs of it.
type tok struct {
	t      *corpus.Token
	e      *entry // nil for words the index does not know
	e2     *entry // for a possessive ("China's"): the entry of the word without 's
	cls    class
	cap    bool  // starts with a capital
	poss   bool  // ends in 's
	ing    bool  // ends in "ing": a participle ("saying")
	quoted bool  // inside quotation marks (or on a chrome line: see chrome)
	chrome bool  // on a line of page chrome or a headline: no speaker's words
	org    bool  // a word of an organization's name after "of" (see orgNames)
	inList bool  // after a comma inside such a name: the comma is no gap
	aside  bool  // an acronym in parentheses after the name it stands for
	gap    gap   // the punctuation between the previous token and this one
	ment   int32 // index+1 of the known mention covering it; 0 for none
	lw     string
}

// norm is the token's Token.Norm, stemmed with -stem: the key of the index.
func (k *tok) norm() string { return k.t.Norm }

// word is the token in lower case, never stemmed, for comparing with
// literal words ("and", "according").
func (k *tok) word() string { return k.lw }

// gap is the punctuation between two tokens.
type gap uint8

const (
	gComma   gap = 1 << iota // , (also a full-width one)
	gHard                    // anything that ends a noun phrase: quotes, colons, brackets, dashes
	gColon                   // :
	gNewline                 // a line break
	gQuote                   // a quotation mark
	gSemi                    // ; (also a full-width one): between clauses
)

// build fills w.toks for sentence s.
func (w *worker) build(raw string, s *corpus.Sentence, spans []qspan) {
	w.toks = w.toks[:0]
	prev := s.Start
	q := 0
	lineEnd, chrome := -1, false
	listAt := -1
	dateline := datelineEnd(raw[s.Start:s.End]) + s.Start
	for i := range s.Tokens {
		t := &s.Tokens[i]
		k := tok{t: t, lw: t.Norm}
		if w.x.stem && t.Kind == corpus.Word {
			k.lw = corpus.NormalizeWord(raw[t.Start:t.End])
		}
		if e := w.x.lookup(t); e != nil {
			k.e, k.cls = e, classOf(e, k.lw)
		} else if e := w.x.hyphenTitle(k.lw); e != nil {
			k.e, k.cls = e, e.cls
		}
		if t.Kind == corpus.Word {
			r, _ := utf8.DecodeRuneInString(raw[t.Start:t.End])
			k.cap = unicode.IsUpper(r)
			sur := raw[t.Start:t.End]
			k.poss = strings.HasSuffix(sur, "'s") || strings.HasSuffix(sur, "\u2019s")
			k.ing = len(sur) > 4 && strings.EqualFold(sur[len(sur)-3:], "ing")
			if k.poss {
				if k.e != nil && w.x.stem {
					// the stemmer cuts "'s" ("bank's" is "bank"): the
					// class of the word, not of the possessive's form
					k.cls |= classOf(k.e, stripPoss(k.lw))
				}
				if e := w.x.lookupNorm(stripPoss(t.Norm)); e != nil && e != k.e {
					k.e2 = e
					if k.e == nil {
						k.e, k.cls = e, classOf(e, stripPoss(k.lw))
					} else {
						k.cls |= classOf(e, stripPoss(k.lw))
					}
				}
			}
		}
		if prev < t.Start && t.Start <= len(raw) {
			k.gap = gapOf(raw[prev:t.Start])
		}
		for q < len(spans) && spans[q].end <= t.Start {
			q++
		}
		k.quoted = q < len(spans) && spans[q].start <= t.Start
		if t.Start > lineEnd {
			var line string
			line, lineEnd = lineAt(raw, t.Start)
			chrome = isChromeLine(line)
		}
		if chrome || t.Start < dateline {
			k.chrome, k.quoted = true, true
		}
		prev = t.End
		w.toks = append(w.toks, k)
		if f := i - 1; listAt < 0 && !chrome && f >= 0 && (f == 0 || wideGap(raw[s.Tokens[f-1].End:s.Tokens[f].Start])) &&
			w.toks[f].cap && listLabel(w.toks[f].lw, k.lw) {
			// "Related News", "Most Viewed": a list of links runs to the
			// end of the sentence
			listAt = f
		}
	}
	if listAt >= 0 {
		for k := listAt; k < len(w.toks); k++ {
			w.toks[k].chrome, w.toks[k].quoted = true, true
		}
	}
	w.photoCredits(raw, s)
	w.surnameHe()
	w.orgNames()
	w.acronymAsides(raw)
}

// surnameHe reads a capitalized "He" before a capitalized word the tables do
// not know as the surname it is, not the pronoun: "spokesperson He
// Yongqian said", "He Lifeng told reporters".
func (w *worker) surnameHe() {
	toks := w.toks
	for i := 0; i+1 < len(toks); i++ {
		k, next := &toks[i], &toks[i+1]
		if k.lw == "he" && k.cap && k.cls&cPron != 0 && !k.quoted && next.cap && next.e == nil && next.gap == 0 &&
			next.t.Kind == corpus.Word && !next.quoted {
			k.e, k.cls = nil, 0
		}
	}
}

// creditLabels label a photo's credit: "Photo: VCG", "Image: AFP".
var creditLabels = map[string]bool{"photo": true, "photos": true, "image": true, "images": true, "credit": true, "courtesy": true, "video": true}

// photoCredits marks a photo's credit run into a sentence as chrome, so
// that it is no subject: "Photo: VCG  China hopes ..." (a one-line page).
// The credit is a run of capitals ("VCG", "AFP", "KCNA"), or the
// capitalized words up to two spaces.
func (w *worker) photoCredits(raw string, s *corpus.Sentence) {
	toks := w.toks
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].cap || !creditLabels[toks[i].lw] || toks[i+1].gap&gColon == 0 || toks[i].quoted {
			continue
		}
		end := i + 1
		if isAcronym(raw[toks[end].t.Start:toks[end].t.End]) {
			for end+1 < len(toks) && end < i+4 && toks[end+1].gap&^gNewline == 0 && isAcronym(raw[toks[end+1].t.Start:toks[end+1].t.End]) {
				end++
			}
		} else {
			for end+1 < len(toks) && end < i+4 && toks[end+1].cap && !wideGap(raw[toks[end].t.End:toks[end+1].t.Start]) {
				end++
			}
			if end+1 < len(toks) && !wideGap(raw[toks[end].t.End:toks[end+1].t.Start]) {
				continue // no wide gap ends the credit: leave the sentence as it is
			}
		}
		for k := i; k <= end; k++ {
			w.toks[k].chrome, w.toks[k].quoted = true, true
		}
		i = end
	}
}

// wideGap reports whether the space between two tokens is more than one
// space on one line: two spaces, a tab or a line break, as between the
// links of a page's lists.
func wideGap(g string) bool {
	return strings.Contains(g, "  ") || strings.ContainsAny(g, "\t\n")
}

// listLabels are the headings of a page's lists of links: "Related News",
// "Most Viewed", "Read Next".
var listLabels = map[[2]string]bool{
	{"related", "news"}: true, {"related", "posts"}: true, {"related", "articles"}: true, {"related", "stories"}: true,
	{"related", "content"}: true, {"related", "links"}: true, {"related", "topics"}: true, {"related", "coverage"}: true,
	{"most", "viewed"}: true, {"most", "popular"}: true, {"most", "read"}: true, {"most", "shared"}: true,
	{"most", "commented"}: true, {"read", "next"}: true, {"read", "more"}: true, {"see", "also"}: true,
	{"more", "stories"}: true, {"top", "stories"}: true, {"latest", "news"}: true, {"editor's", "picks"}: true,
	{"you", "may"}: true, {"recommended", "stories"}: true, {"trending", "now"}: true, {"more", "news"}: true,
}

func listLabel(a, b string) bool { return listLabels[[2]string{a, b}] }

// gapOf classifies the text between two tokens.
func gapOf(s string) gap {
	var g gap
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ' ', '\t', '\r', '.', '\'', '-':
			if c == '-' && (i == 0 || i == len(s)-1 || s[i-1] != ' ') {
				continue // a hyphen inside a word
			}
			if c == '-' {
				g |= gHard // " - " is a dash
			}
		case '\n':
			g |= gNewline
		case ',':
			g |= gComma
		case ':':
			g |= gColon | gHard
		case '"':
			g |= gQuote | gHard
		case ';':
			g |= gHard | gSemi
		case '(', ')', '[', ']', '!', '?', '/':
			g |= gHard
		default:
			if c < utf8.RuneSelf {
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size - 1
			switch r {
			case '\u201c', '\u201d', '\u00ab', '\u00bb', '\u300c', '\u300d':
				g |= gQuote | gHard
			case '\u2014', '\u2013':
				g |= gHard
			case '\uff0c', '\u3001':
				g |= gComma
			case '\uff1a':
				g |= gColon | gHard
			case '\uff1b':
				g |= gHard | gSemi
			case '\uff08', '\uff09':
				g |= gHard
			}
		}
	}
	return g
}

func stripPoss(norm string) string {
	return strings.TrimSuffix(norm, "'s")
}

// isLineStart reports whether only spaces stand between the line's start
// (or the text's) and pos.
func isLineStart(raw string, pos int) bool {
	for i := pos - 1; i >= 0; i-- {
		switch raw[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// text is the speaker-name form of toks[a:b]: the surface of names and the
// normalized (lower-case, unstemmed) form of common words, leading determiners left out,
// separated by single spaces.
func (w *worker) text(raw string, a, b int) string {
	for a < b && w.toks[a].cls&cDet != 0 {
		a++
	}
	var sb strings.Builder
	for i := a; i < b; i++ {
		k := &w.toks[i]
		if sb.Len() > 0 {
			if k.inList {
				sb.WriteByte(',')
			}
			sb.WriteByte(' ')
		}
		if k.cap && (k.cls&(cGeneric|cDataNoun|cDocNoun|cDet) == 0 || k.ment > 0 || k.org) {
			sb.WriteString(raw[k.t.Start:k.t.End])
		} else {
			sb.WriteString(corpus.NormalizeWord(raw[k.t.Start:k.t.End])) // never stemmed
		}
	}
	return sb.String()
}

// lineAt returns the line of raw holding byte offset pos and the offset of
// its end.
func lineAt(raw string, pos int) (string, int) {
	a := strings.LastIndexByte(raw[:pos], '\n') + 1
	b := strings.IndexByte(raw[pos:], '\n')
	if b < 0 {
		b = len(raw)
	} else {
		b += pos
	}
	return raw[a:b], b
}

// maxChromeLine is the longest line (in bytes) read as chrome or a
// headline.
const maxChromeLine = 300

// isChromeLine reports whether a line is page chrome or a headline rather
// than a sentence of the article: a menu ("Home | About Us"), buttons
// ("【Print】【Close】"), a title, a dateline or a caption without the
// punctuation that ends a sentence. Its words are nobody's speech and name
// no speaker.
func isChromeLine(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	if strings.Contains(t, " | ") && !sentenceEnd(t) {
		return true // a menu, however long: "Related Posts ... Facebook | Instagram"
	}
	if len(t) > maxChromeLine {
		return false // an article without line breaks
	}
	if strings.Contains(t, " | ") || strings.Contains(t, "\u3010") {
		return true
	}
	if sentenceEnd(t) || strings.Contains(t, ".\u201d ") || strings.Contains(t, ".\" ") {
		return false // sentences, with a tag after them ("... Wang said. Enditem")
	}
	r, n := utf8.DecodeLastRuneInString(t)
	switch r {
	case '"', '\'', '\u201d', '\u2019':
		// a quotation closes a sentence after its own stop ('..., he
		// said, "We agree."'); headlines quote without one ("Wang Yi calls
		// for 'true multilateralism'")
		p, _ := utf8.DecodeLastRuneInString(t[:len(t)-n])
		return !strings.ContainsRune(".?!,\u2026\u3002", p)
	case '.', '?', '!', ':', ';', ')', '\u2026', '\u3002':
		return false
	}
	return true
}

// datelineEnd returns the offset in a sentence just after a dateline's
// agency credit ("SEOUL, March 10 (Yonhap) --", "Seoul (AFP) –") or a
// broadcast's lead tag ("[Anchor Lead]"), when the sentence runs on from the
// headline and chrome before it; 0 otherwise. What stands before is a
// headline, a byline or a menu: nobody's words.
func datelineEnd(s string) int {
	end := 0
	for off := 0; ; {
		i := strings.Index(s[off:], ") ")
		if i < 0 {
			break
		}
		i += off + 2
		rest := s[i:]
		// the credit is one capitalized word: "(Yonhap)", "(AFP)"
		open := strings.LastIndexByte(s[:i-2], '(')
		credit := ""
		if open >= 0 {
			credit = s[open+1 : i-2]
		}
		if credit != "" && !strings.ContainsAny(credit, " ,") && credit[0] >= 'A' && credit[0] <= 'Z' {
			for _, d := range []string{"-- ", "\u2013 ", "\u2014 ", "- "} {
				if strings.HasPrefix(rest, d) {
					end = i + len(d)
				}
			}
		}
		off = i
	}
	if end > 0 && !strings.Contains(s[:end], "(") {
		end = 0
	}
	if !strings.Contains(s, "Anchor") { // a fast scan spares three slow ones
		return end
	}
	for _, tag := range []string{"[Anchor Lead]", "[Anchor]", " Anchor: "} {
		if i := strings.LastIndex(s, tag); i > 0 && i+len(tag) > end {
			end = i + len(tag)
		}
	}
	return end
}

// abbreviations end in a period that ends no sentence.
var abbreviations = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "st": true, "gov": true, "gen": true, "vs": true, "u.s": true, "u.k": true}

// sentenceEnd reports whether a line holds the end of a sentence followed
// by more text: ". " after a word that is no abbreviation or initial ("S.
// Korea", "Dec. 12", "U.S. officials" end nothing).
func sentenceEnd(t string) bool {
	for off := 0; ; {
		i := strings.Index(t[off:], ". ")
		if i < 0 {
			return false
		}
		i += off
		off = i + 2
		j := i
		for j > 0 && t[j-1] != ' ' && t[j-1] != '(' {
			j--
		}
		w := strings.ToLower(t[j:i])
		if len(w) <= 1 || abbreviations[w] {
			continue
		}
		return true
	}
}
