package figures

import (
	"strings"
	"unicode"

	"github.com/dipstat/dipstat/analysis/corpus"
)

var stopwords = corpus.DefaultStopwords()

func stopword(w string) bool { return stopwords[w] }

var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// Words before a number that make it a label, not an amount.
var labelWords = map[string]bool{
	"no": true, "number": true, "exit": true, "highway": true, "route": true, "article": true, "chapter": true,
	"section": true, "page": true, "room": true, "flight": true, "resolution": true, "platform": true, "gate": true,
	"item": true, "vol": true, "version": true, "paragraph": true, "clause": true, "lane": true, "unit": true,
	"apartment": true, "suite": true, "building": true, "road": true, "street": true, "channel": true, "level": true,
	"grade": true, "class": true, "category": true, "episode": true, "season": true, "round": true, "stage": true,
	"boeing": true, "airbus": true, "model": true, "iphone": true, "windows": true, "tier": true, "phase": true,
	"part": true, "figure": true, "table": true, "line": true, "term": true, "no.": true, "nos": true,
}

// Determiners before a bare written number ("the two countries") make it a reference, not a figure.
var determiners = map[string]bool{
	"the": true, "these": true, "those": true, "both": true, "its": true, "their": true, "our": true,
	"his": true, "her": true, "my": true, "your": true, "all": true, "each": true, "every": true, "which": true,
	"whose": true, "other": true,
}

// Scraping debris: sizes of page elements.
var debrisUnits = map[string]bool{"px": true, "pt": true, "pts": true, "em": true, "rem": true, "dpi": true, "vh": true, "vw": true}

// Irregular plurals and collective nouns accepted as count units.
var pluralNouns = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "personnel": true, "staff": true, "police": true,
	"cattle": true, "sheep": true, "fish": true, "deer": true, "aircraft": true, "livestock": true, "youth": true,
	"troops": true, "feet": false, "teeth": true, "mice": true, "geese": true, "data": true,
}

// Words that never start or continue a count noun.
var notNouns = map[string]bool{
	"more": true, "most": true, "less": true, "per": true, "than": true, "percent": true,
	"ago": true, "earlier": true, "later": true, "before": true, "after": true, "since": true, "including": true,
	"like": true, "such": true, "among": true, "across": true, "via": true, "plus": true, "minus": true, "each": true,
	"every": true, "apiece": true, "year-on-year": true, "annually": true, "respectively": true, "alone": true,
	"already": true, "again": true, "yet": true, "still": true, "even": true, "well": true, "last": true, "next": true,
	"first": true, "million": true, "billion": true, "thousand": true, "trillion": true, "hundred": true,
	"us": true, "them": true, "it": true, "you": true, "those": true, "was": true, "is": true, "has": true, "this": true,
	"as": true, "yes": true, "also": true, "always": true, "perhaps": true, "whereas": true, "news": true,
	"today": true, "tomorrow": true, "yesterday": true, "onwards": true, "towards": true, "afterwards": true,
	"upwards": true, "downwards": true, "besides": true, "sometimes": true, "nearly": true, "almost": true, "about": true,
	"around": true, "roughly": true, "approximately": true, "said": true, "says": true,
	"outside": true, "inside": true, "apart": true, "away": true, "out": true, "back": true, "together": true,
	"versus": true, "vs": true, "against": true, "within": true, "without": true, "toward": true, "during": true,
	"until": true, "till": true, "whether": true, "unless": true, "although": true, "though": true,
}

// countNoun reads the count noun phrase after a number ("visits",
// "cooperation documents", "times"); up to three words ending in a plural.
func (s *scanner) countNoun(k int) (string, int) {
	var words []string
	for e := k; e < len(s.toks) && len(words) < 3; e++ {
		t := s.toks[e]
		if t.kind != tWord || !t.gap && e > k {
			break
		}
		if e == k && !t.gap {
			break
		}
		w := t.lower
		// a capitalized adjective may lead ("100,000 Chinese tourists") but a lower-case plural must end
		if isCapitalized(t.s) && len(words) < 2 && !stopword(w) && monthNames[w] == 0 && s.capitalizedThenPlural(e) {
			words = append(words, t.s)
			continue
		}
		if !isLowerAlpha(t.s) || stopword(w) || notNouns[w] || isNumberWord(w) || monthNames[w] != 0 ||
			strings.HasSuffix(w, "ly") && !pluralNouns[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && len(words) == 0 {
			break
		}
		if _, isUnit := unitWords[w]; isUnit && len(words) > 0 {
			break
		}
		if _, q := qualifierPhrases[w]; q {
			break
		}
		// followed by a hyphen compound ("people-to-people"): not a noun phrase we can read
		if nx := s.tok(e + 1); e+1 < len(s.toks) && !nx.gap && isDash(nx.s) {
			break
		}
		words = append(words, w)
		if isPlural(w) {
			return strings.Join(words, " "), e + 1
		}
	}
	return "", k
}

func isLowerAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

func isPlural(w string) bool {
	if v, ok := pluralNouns[w]; ok {
		return v
	}
	if notNouns[w] {
		return false
	}
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "ous", "'s", "’s"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return true
}

// accept applies the rules that tell a figure from a non-figure: years,
// dates, times, labels, codes, URLs, debris, pronoun "one" and references
// like "the two countries".
func (s *scanner) accept(f *Figure, num number, first, textStart, k int) bool {
	prev := s.tok(textStart - 1)
	hasPrev := textStart > 0
	hasNext := k < len(s.toks)
	nt := s.tok(num.start)
	nextAfterNum := s.tok(num.end)
	// years
	if s.isYear(num, *f, num.start) {
		return false
	}
	// dates: "Nov 1", "oct . 13", "1 May", "2023-01-10"
	if nt.kind == tNum && num.integer && num.value >= 1 && num.value <= 31 && !num.scaled && f.Kind == Count && f.Unit == "" {
		if hasPrev && monthNames[prev.lower] != 0 && prev.lower != "may" && prev.lower != "mar" || hasPrev && prev.s == "." && monthNames[s.tok(textStart-2).lower] != 0 {
			return false
		}
		if prev.lower == "may" && isCapitalized(prev.s) {
			return false
		}
		if m := monthNames[nextAfterNum.lower]; m != 0 && (nextAfterNum.lower != "may" && nextAfterNum.lower != "march" || isCapitalized(nextAfterNum.s)) {
			return false
		}
	}
	if nt.kind == tNum && hasPrev && isDash(prev.s) && !prev.gap && !nt.gap && s.tok(textStart-2).kind == tNum {
		return false // second part of a date or code: 2023-01-10
	}
	if nt.kind == tNum && isDash(nextAfterNum.s) && !nextAfterNum.gap && s.tok(num.end+1).kind == tNum && !s.tok(num.end+1).gap && f.Kind == Count && f.Unit == "" && !f.IsRange() {
		return false // 2013-14, a score, a code
	}
	// times: "2 pm", "2.13 am", "10:30", "6 p.m."
	if hasNext || num.end < len(s.toks) {
		w := nextAfterNum.lower
		if w == "am" || w == "pm" || (w == "a" || w == "p") && s.tok(num.end+1).s == "." || w == "o'clock" {
			return false
		}
	}
	if nextAfterNum.s == ":" && !nextAfterNum.gap && s.tok(num.end+1).kind == tNum || hasPrev && prev.s == ":" && !nt.gap && s.tok(textStart-2).kind == tNum {
		return false
	}
	// debris: "16 px"
	if debrisUnits[nextAfterNum.lower] || num.suffix != "" && debrisUnits[strings.ToLower(num.suffix)] {
		return false
	}
	// codes and identifiers: letters glued before ("A4", "F-16", "Covid-19"), URL context
	if nt.kind == tNum && textStart == num.start && hasPrev && !nt.gap {
		if prev.kind == tWord || strings.Contains("%=/?&#@_\\", prev.s) {
			return false
		}
		if isDash(prev.s) && !prev.gap && s.tok(textStart-2).kind == tWord && !s.tok(textStart-2).gap {
			return false
		}
		if isDash(prev.s) && !prev.gap && textStart >= 2 && s.tok(textStart-2).kind == tWord {
			return false
		}
	}
	if s.inURL(nt.start) {
		return false
	}
	// labels: "No. 1", "exit 436", "Article 5", "Section 301 tariffs"
	if f.Kind == Count && first == textStart && hasPrev && !num.written &&
		(f.Unit == "" || isCapitalized(prev.s)) && (labelWords[prev.lower] || prev.s == "." && labelWords[s.tok(textStart-2).lower]) {
		return false
	}
	// names: "Fortune 500 firms", "Top 10", "Group of 20", "Floor 12"; a phone "+82"
	if f.Kind == Count && first == textStart && hasPrev && textStart >= 2 && prev.kind == tWord && isCapitalized(prev.s) &&
		monthNames[prev.lower] == 0 && unitWords[prev.lower] == nil && !s.sentenceStart(textStart-1) {
		return false
	}
	if f.Kind == Count && first == textStart && prev.lower == "of" && textStart >= 2 && s.tok(textStart-2).s == "Group" {
		return false
	}
	if hasPrev && prev.s == "+" && !nt.gap {
		return false
	}
	if f.Kind == Count && num.written && !num.scaled {
		// the pronoun "one", and "the two countries"
		if num.value == 1 && (f.Unit == "" || num.end-num.start == 1 && nt.lower == "one" && !isPlural(f.Unit)) {
			return false
		}
		if first == textStart && hasPrev && determiners[prev.lower] {
			return false
		}
		if f.Unit == "" && num.value < 1 && first == textStart && !(textStart == 0 && k == len(s.toks)) {
			// "a half" alone in running text
			if nt.lower == "a" {
				return false
			}
		}
	}
	// "in the first 10 months of this year" is a period, not a duration
	if f.Kind == Duration && first == textStart && hasPrev && (prev.lower == "first" || prev.lower == "last" || prev.lower == "past") &&
		(s.tok(k).lower == "of" || s.tok(k).kind == tEnd || s.tok(k).isPunct() && s.tok(k).s != "(") {
		return false
	}
	// compounds: "two-way", "three-party", "2+2 dialogue"
	if f.Kind == Count && f.Unit == "" && isDash(nextAfterNum.s) && !nextAfterNum.gap && s.tok(num.end+1).kind == tWord && !s.tok(num.end+1).gap && !f.IsRange() {
		return false
	}
	if nextAfterNum.s == "+" && !nextAfterNum.gap && s.tok(num.end+1).kind == tNum || hasPrev && prev.s == "+" && !nt.gap && s.tok(textStart-2).kind == tNum {
		return false
	}
	// written numbers that are parts of names: "Five-Year Plan"
	if num.written && isCapitalized(nt.s) && isDash(nextAfterNum.s) && !nextAfterNum.gap && isCapitalized(s.tok(num.end+1).s) {
		return false
	}
	return true
}

// isYear reports whether the number reads as a year (and records it as a
// possible period): four plain digits 1000-2100 without a currency, unit or
// scale, unless a qualifier and a count noun make it a count ("more than 2000 people").
func (s *scanner) isYear(num number, f Figure, at int) bool {
	if !num.plainDigit || !num.integer || num.scaled || num.suffix != "" {
		return false
	}
	t := s.tok(at)
	if len(t.s) != 4 || num.value < 1000 || num.value > 2100 {
		return false
	}
	if f.Kind != Count {
		return false
	}
	if f.IsRange() || bounds(f) != "" {
		return false // "1000-5000", "above 1000": ranges and bounds of counts
	}
	s.years = append(s.years, yearMark{year: int(num.value), start: t.start, end: t.end})
	return true
}

// inURL reports whether byte offset at lies in a whitespace-delimited chunk that looks like a URL.
func (s *scanner) inURL(at int) bool {
	a := strings.LastIndexAny(s.text[:at], " \t\n\r")
	b := strings.IndexAny(s.text[at:], " \t\n\r")
	chunk := s.text[a+1:]
	if b >= 0 {
		chunk = s.text[a+1 : at+b]
	}
	return strings.Contains(chunk, "://") || strings.HasPrefix(chunk, "www.") || strings.Contains(chunk, "%2") && strings.Contains(chunk, "=")
}

// capitalizedThenPlural reports whether toks[e] starts one or two
// capitalized words followed by a lower-case plural ("North Korean defectors").
func (s *scanner) capitalizedThenPlural(e int) bool {
	for k := e + 1; k <= e+2 && k < len(s.toks); k++ {
		t := s.toks[k]
		if t.kind != tWord || !t.gap {
			return false
		}
		if isLowerAlpha(t.s) {
			return isPlural(t.lower) && !stopword(t.lower)
		}
		if !isCapitalized(t.s) {
			return false
		}
	}
	return false
}

// sentenceStart reports whether toks[i] begins the text or follows
// sentence punctuation or an opening quote.
func (s *scanner) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := s.toks[i-1]
	return p.kind == tSym && strings.ContainsAny(p.s, ".!?\"“(")
}
