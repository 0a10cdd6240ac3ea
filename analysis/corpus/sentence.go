package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
)

// SplitSentences returns the sentence spans of raw[start:end], trimmed of
// surrounding space. It knows abbreviations ("U.S.", "Nov.", "No. 1", "Dr."),
// decimals and initials, and splits sentences run together without a space
// ("ties.After") unless the dot is part of a name like "News.Az".
func SplitSentences(raw string, start, end int) []Span {
	var out []Span
	s := start
	emit := func(e int) {
		a, b := trimSpace(raw, s, e)
		if b > a {
			out = append(out, Span{Start: a, End: b})
		}
		s = e
	}
	for i := start; i < end; {
		c := raw[i]
		if !maybeTerminator[c] {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			n := cjkTerminator(raw[i:end])
			if n > 0 && raw[i:i+n] == "．" && i+n < end && startsDigit(raw[i+n:]) {
				n = 0 // a fullwidth decimal point: ３．２
			}
			if n == 0 {
				i++
				continue
			}
			// 。！？；…: the run of them ("？！", "……") and the closing
			// quotes after it (」』”’) end the sentence, except an
			// ellipsis between Latin words ("and so on… the")
			j := i + n
			for m := cjkTerminator(raw[j:end]); m > 0; m = cjkTerminator(raw[j:end]) {
				j += m
			}
			k := skipClosers(raw, j, end)
			if raw[i:i+n] != "…" || cjkAround(raw, start, i, k, end) {
				emit(k)
			}
			i = k
			continue
		}
		j := i + 1
		for j < end && (raw[j] == '.' || raw[j] == '!' || raw[j] == '?') {
			j++ // "?!", "..."
		}
		k := skipClosers(raw, j, end) // closing quotes and brackets stay with the sentence
		if isBoundary(raw, start, i, j, k, end) {
			emit(k)
		}
		i = k
	}
	emit(end)
	return out
}

// maybeTerminator marks the bytes that can start a sentence terminator:
// '.', '!', '?' and the first bytes of the CJK terminators (cjkTerminator).
var maybeTerminator = [256]bool{'.': true, '!': true, '?': true, 0xE3: true, 0xEF: true, 0xE2: true}

// cjkTerminator is the length of the CJK sentence terminator that s begins
// with: the ideographic full stop 。, the fullwidth ！？；． and the
// ellipsis …; 0 when there is none.
func cjkTerminator(s string) int {
	if len(s) < 3 {
		return 0
	}
	switch s[:3] {
	case "。", "！", "？", "；", "．", "…":
		return 3
	}
	return 0
}

// startsDigit reports whether s begins with an ASCII or fullwidth digit.
func startsDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// cjkAround reports whether Han or Hangul stands right before raw[i] or
// right after raw[k] (spaces skipped): an ellipsis there ends a sentence.
func cjkAround(raw string, start, i, k, end int) bool {
	if i > start {
		r, _ := utf8.DecodeLastRuneInString(raw[start:i])
		if script.IsCJK(r) {
			return true
		}
	}
	for k < end {
		r, size := utf8.DecodeRuneInString(raw[k:])
		if unicode.IsSpace(r) {
			k += size
			continue
		}
		return script.IsCJK(r)
	}
	return i > start
}

// isBoundary decides whether the terminator raw[i:j] (followed by closers up to
// k) ends a sentence.
func isBoundary(raw string, start, i, j, k, end int) bool {
	if k >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(raw[k:])
	term := raw[i]
	if unicode.IsSpace(next) {
		if term != '.' || j-i > 1 {
			return nextStartsSentence(raw, k, end) || term != '.'
		}
		w := wordBefore(raw, start, i)
		switch {
		case w == "":
			return true
		case mayEnd[strings.ToLower(w)]:
			return nextStartsSentence(raw, k, end) && commonStarter(raw, k, end)
		case isInitial(w) || neverEnds[w] || dottedAbbrev(w):
			return false
		case moneyPrefixes[w] && digitNext(raw, k, end):
			return false // "worth Rs. 7 billion"
		}
		return nextStartsSentence(raw, k, end)
	}
	// No space after the terminator: a decimal, an abbreviation inside a word
	// ("U.S"), a domain ("News.Az"), or two sentences run together.
	if k > j { // closing quote then a letter: 'away,” he added.From'
		return unicode.IsUpper(next)
	}
	if script.IsCJK(next) {
		// "합의했다.양측은", "吗?他说": a CJK sentence needs no space
		prev, _ := utf8.DecodeLastRuneInString(raw[:i])
		return term != '.' || script.IsCJK(prev)
	}
	if term != '.' {
		return unicode.IsUpper(next) || isOpenQuote(next)
	}
	if isOpenQuote(next) {
		return true
	}
	if !unicode.IsUpper(next) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(raw[:i])
	if prev == ')' || prev == ']' {
		// "... Customs and Excise (GDCE).Cambodia's exports": a bracket
		// closes a sentence run into the next, when a word follows
		after := wordAfter(raw, k, end)
		_, size := utf8.DecodeRuneInString(after)
		second, _ := utf8.DecodeRuneInString(after[size:])
		return utf8.RuneCountInString(after) >= 2 && unicode.IsLower(second) && !domainSuffixes[strings.ToLower(after)]
	}
	if !unicode.IsLower(prev) && !unicode.IsDigit(prev) {
		return false // "U.S", "A.I."
	}
	w := wordBefore(raw, start, i)
	if len(w) < 2 && !unicode.IsDigit(prev) || neverEnds[w] {
		return false
	}
	after := wordAfter(raw, k, end)
	if acronymWord(after) && len(w) >= 3 && w == strings.ToLower(w) && unicode.IsLower(prev) && k+len(after) < end && raw[k+len(after)] == ' ' {
		return true // "stayed in place.US officials insist": an acronym opens the next sentence
	}
	if utf8.RuneCountInString(after) < 2 || domainSuffixes[strings.ToLower(after)] {
		return false
	}
	// the word after must look like a word: a capital then lower case
	_, size := utf8.DecodeRuneInString(after)
	second, _ := utf8.DecodeRuneInString(after[size:])
	return unicode.IsLower(second)
}

func skipClosers(raw string, j, end int) int {
	for j < end {
		r, size := utf8.DecodeRuneInString(raw[j:])
		switch r {
		case '"', '\'', ')', ']', '\u201d', '\u2019', '\u00bb', '」', '』', '）', '】', '〉', '》':
			j += size
			continue
		}
		break
	}
	return j
}

func isOpenQuote(r rune) bool { return r == '\u201c' || r == '"' || r == '\u2018' || r == '(' }

// nextStartsSentence reports whether the first non-space rune after k could
// begin a sentence: a capital letter, a digit, or an opening quote or bracket.
func nextStartsSentence(raw string, k, end int) bool {
	for k < end {
		r, size := utf8.DecodeRuneInString(raw[k:])
		if unicode.IsSpace(r) {
			k += size
			continue
		}
		return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpenQuote(r) || r == '-' || r == '\u2014' || r == '[' || strings.ContainsRune("▶►▷■□●○◆◇▲△•☞<‹〈《【", r) || script.IsHan(r) || script.IsHangul(r)
	}
	return true
}

// commonStarter reports whether the word after k is one that usually opens a
// sentence, used after abbreviations that may also end one ("Ltd. The ...").
func commonStarter(raw string, k, end int) bool {
	for k < end && (raw[k] == ' ' || raw[k] == '\n' || raw[k] == '\t' || raw[k] == '\r') {
		k++
	}
	return sentenceStarters[strings.ToLower(wordAfter(raw, k, end))]
}

func wordBefore(raw string, start, i int) string {
	b := i
	for b > start && i-b < 64 { // a word, not a run of dotted letters
		r, size := utf8.DecodeLastRuneInString(raw[start:b])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		b -= size
	}
	return strings.TrimLeft(raw[b:i], ".")
}

func wordAfter(raw string, k, end int) string {
	e := k
	for e < end && e-k < 64 {
		r, size := utf8.DecodeRuneInString(raw[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	return raw[k:e]
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// dottedAbbrev matches "U.S", "U.N", "e.g", "a.m": single letters joined by dots.
func dottedAbbrev(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, p := range strings.Split(w, ".") {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

func trimSpace(raw string, a, b int) (int, int) {
	for a < b {
		r, size := utf8.DecodeRuneInString(raw[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(raw[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return a, b
}

// neverEnds are abbreviations that are followed by more of the same sentence.
var neverEnds = setOf(`Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Capt Cmdr Adm Maj Sgt St Rev Hon
	Pres Amb Sec Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos no Vol vol vs
	Fig fig approx est Dept dept Mt Ft Ave Blvd Rd pp para Art art Sq cf viz al Nr nr`)

// moneyPrefixes are the dotted signs of currencies written before an amount
// ("Rs. 7 billion", "Tk. 500 crore"): no sentence ends there.
var moneyPrefixes = setOf(`Rs Re Rp Tk Ksh KSh Php Dhs`)

// digitNext reports whether the first rune after the spaces from k is a digit.
func digitNext(raw string, k, end int) bool {
	for k < end && (raw[k] == ' ' || raw[k] == '\t') {
		k++
	}
	return k < end && raw[k] >= '0' && raw[k] <= '9'
}

// mayEnd are abbreviations that often end a sentence too.
var mayEnd = setOf(`etc inc ltd co corp jr sr u.s u.k u.n plc bros llc`)

var sentenceStarters = setOf(`the a an it he she they we i in on at but and this that these those
	however meanwhile after before during since while when if as for his her their its our
	there here according both according also yet still so then thus moreover furthermore`)

// domainSuffixes end names like "News.Az" that are not two sentences. Words
// that also begin sentences ("In", "It", "Us") are left out on purpose.
var domainSuffixes = setOf(`az com net org cn kr jp ru uk io info gov edu tv fm eu`)

// acronymWord reports whether w is an acronym of two to five capitals
// ("US", "ASEAN").
func acronymWord(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
