package figures

import (
	"strconv"
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
	"para": true, "paras": true, "paragraphs": true, "pars": true, "graf": true, "grafs": true,
}

// Determiners before a bare written number ("the two countries") make it a reference, not a figure.
// possessiveDet count what they own ("my two containers"), except the
// parties ("our two countries"), as "all" does.
var possessiveDet = map[string]bool{"my": true, "your": true, "his": true, "her": true, "its": true, "our": true, "their": true}

var determiners = map[string]bool{
	"the": true, "these": true, "those": true, "both": true, "its": true, "their": true, "our": true,
	"his": true, "her": true, "my": true, "your": true, "all": true, "each": true, "every": true, "which": true,
	"whose": true, "other": true,
}

// Weekdays: "Tuesday (14)" is the 14th.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// dottedClock reports whether a number is a time of day written with a
// dot, as British pages write it: "11.47", "09.05".
func dottedClock(n string) bool {
	h, m, ok := strings.Cut(n, ".")
	if !ok || len(m) != 2 || len(h) < 1 || len(h) > 2 {
		return false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	return err1 == nil && err2 == nil && hh <= 23 && mm <= 59
}

// Time zones after a time of day: "0401 GMT", "1200 UTC".
var timeZones = map[string]bool{"GMT": true, "UTC": true, "KST": true, "JST": true, "CST": true, "EST": true, "EDT": true,
	"PST": true, "PDT": true, "BST": true, "CET": true, "CEST": true, "ET": true, "PT": true, "HKT": true, "SGT": true,
	"ICT": true, "AEST": true, "AEDT": true, "MSK": true, "IST": true, "WIB": true, "PHT": true, "Z": true}

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
	"first": true, "million": true, "billion": true, "thousand": true, "trillion": true, "quadrillion": true, "hundred": true,
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
		// "3 more towns", "two more agreements": the noun after "more" is counted
		if e == k && (w == "more" || w == "fewer") && s.tok(e+1).kind == tWord && s.tok(e+1).gap && s.tok(e+1).lower != "more" && s.tok(e+1).lower != "fewer" {
			if noun, e2 := s.countNoun(e + 1); noun != "" {
				return noun, e2
			}
			break
		}
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
	if s.chrome(f, num, first, textStart, k) {
		return false
	}
	// "a week later", "a ton of rice", "a million", "a dozen", "a quarter of":
	// an amount whose only number is the article is not a cited figure, unless
	// a bound states it ("fewer than a thousand") or it is the whole text
	if (nt.lower == "a" || nt.lower == "an") && nt.kind == tWord && num.end-num.start <= 2 && !num.share && !(textStart == 0 && k == len(s.toks)) &&
		(first == textStart || !num.scaled || s.tok(num.start+1).lower == "dozen") {
		return false
	}
	// "zero sum", "zero tariffs": a written zero counts nothing
	if f.Kind == Count && num.written && num.value == 0 && !(textStart == 0 && k == len(s.toks)) {
		return false
	}
	// dates: "Nov 1", "oct . 13", "1 May", "2023-01-10"
	if nt.kind == tNum && num.integer && num.value >= 1 && num.value <= 31 && !num.scaled && f.Kind == Count && f.Unit == "" {
		if hasPrev && monthNames[prev.lower] != 0 && prev.lower != "may" && prev.lower != "mar" || hasPrev && prev.s == "." && monthNames[s.tok(textStart-2).lower] != 0 {
			return false
		}
		if (prev.lower == "may" || prev.lower == "mar") && isCapitalized(prev.s) {
			return false
		}
		// the day after a weekday, as Brazilian and Portuguese papers write
		// it: "on Tuesday (14)"
		if prev.s == "(" && nextAfterNum.s == ")" && weekdays[s.tok(textStart-2).lower] {
			return false
		}
		if m := monthNames[nextAfterNum.lower]; m != 0 && (nextAfterNum.lower != "may" && nextAfterNum.lower != "march" || isCapitalized(nextAfterNum.s)) {
			return false
		}
	}
	// the second day of "from January 13 to 14, 2026", "Nov 3-5", "from Oct. 1 to 8"
	if nt.kind == tNum && num.integer && num.value >= 1 && num.value <= 31 && f.Kind == Count && f.Unit == "" && first == textStart &&
		(prev.lower == "to" || prev.lower == "and" || prev.lower == "through" || prev.lower == "till" || prev.lower == "until" || isDash(prev.s)) &&
		s.tok(textStart-2).kind == tNum && s.monthBefore(textStart-3) {
		return false
	}
	// a span of days before the month: "1 to 8 October", "between 3 and 5 November", "1-3 March 2024"
	if nt.kind == tNum && num.integer && f.IsRange() && f.Kind == Count && f.Unit == "" && num.value >= 1 && f.High <= 31 && f.High == float64(int(f.High)) && s.isMonth(k) {
		return false
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
	if nextAfterNum.s == ":" && !nextAfterNum.gap && s.tok(num.end+1).kind == tNum || hasPrev && prev.s == ":" && !prev.gap && textStart == num.start && !nt.gap && s.tok(textStart-2).kind == tNum {
		return false
	}
	// times with a zone: "0401 GMT", "1200 UTC", "17:05 JST", "11.47 GMT"
	if f.Kind == Count && f.Unit == "" && !num.scaled && timeZones[nextAfterNum.s] && (num.integer || dottedClock(s.toks[num.start].s)) {
		return false
	}
	// debris: "16 px"
	if debrisUnits[nextAfterNum.lower] || num.suffix != "" && debrisUnits[strings.ToLower(num.suffix)] {
		return false
	}
	if s.labelOrIdentifier(f, num, first, textStart) {
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
	// ("metro line 3 extends hours", "phase 2 trials": the number names the
	// line or the phase, whatever word follows it)
	if f.Kind == Count && first == textStart && hasPrev && !num.written &&
		(labelWords[prev.lower] || prev.s == "." && labelWords[s.tok(textStart-2).lower]) {
		return false
	}
	// names: "Fortune 500 firms", "Top 10", "Group of 20", "Floor 12"; a phone "+82"
	if f.Kind == Count && first == textStart && hasPrev && textStart >= 2 && prev.kind == tWord && isCapitalized(prev.s) &&
		monthNames[prev.lower] == 0 && (unitWords[prev.lower] == nil || s.tok(textStart-2).s == "&" && !prev.gap) && !s.sentenceStart(textStart-1) {
		return false // "S&P 500" too
	}
	if f.Kind == Count && first == textStart && prev.lower == "of" && textStart >= 2 && s.tok(textStart-2).s == "Group" {
		return false
	}
	if hasPrev && prev.s == "+" && !nt.gap {
		return false
	}
	// numbered items: the headlines of "Most read" lists ("1. Ghosn's lawyers
	// file ...", "2  Typhoon Trami leaves ..."), numbered answers ("A: 1.
	// Thirty years ago ..."): a small number followed by a headline (a
	// capitalized word, after "." or ")" or not) or by "." alone
	// ("2  Yen slips against dollar": a currency or a unit written with a
	// capital, as no sentence writes it, begins a headline too)
	// Under a list header the items are known whatever word ends the
	// headline before ("... prices edge up 3 Korean Air completes ...").
	if nt.kind == tNum && num.plainDigit && num.integer && num.value <= 30 && textStart == num.start &&
		(f.Kind == Count && (f.Unit == "" || isCapitalized(f.Unit)) || f.Kind != Ordinal && titleWord(s.tok(num.end))) {
		nx, dot := s.tok(num.end), false
		if nx.s == "." || nx.s == ")" {
			nx, dot = s.tok(num.end+1), true
		}
		if nx.kind == tEnd && dot || headlineStart(nx, dot) {
			// at the start of a line, after "A:" or the start of the sentence
			// with a dot ("1. Thirty years ago ..."), or next to the item
			// before or after it ("... holiday 2 Fujian aircraft carrier ... 3 GT Voice")
			if first == textStart && (s.atLineStart(num.start) || dot && (textStart == 0 || prev.s == ":") || !proseWord(prev.lower) && s.listNeighbour(num, dot)) ||
				s.headedList(num) {
				return false
			}
		}
	}
	// a name in quotes: "Chip 4", “Two Corridors, One Economic Belt”, the "six more" orientations
	if f.Kind == Count && num.written && first == textStart && s.quotedName(textStart) {
		return false
	}
	if f.Kind == Count && f.Unit == "" && first == textStart && isCapitalized(prev.s) && prev.kind == tWord && isQuote(nextAfterNum.s) && !nextAfterNum.gap {
		return false
	}
	// "two plus two" talks, like "2+2"
	if f.Kind == Count && f.Unit == "" && (nextAfterNum.lower == "plus" && isNumberToken(s.tok(num.end+1)) || prev.lower == "plus" && isNumberToken(s.tok(textStart-2))) {
		return false
	}
	// a year in words: "in the year two thousand and twenty-one"
	if f.Kind == Count && f.Unit == "" && num.written && num.value >= 1900 && num.value <= 2100 && num.value == float64(int(num.value)) && bounds(*f) == "" {
		s.years = append(s.years, yearMark{year: int(num.value), start: nt.start, end: s.tok(num.end - 1).end})
		return false
	}
	// "the five-year plan on economic and trade cooperation" names a plan
	if f.Kind == Duration && prev.lower == "the" && isDash(nextAfterNum.s) && !nextAfterNum.gap && planWords[s.tok(k).lower] {
		return false
	}
	if f.Kind == Count && num.written && !num.scaled && s.theParties(f, num, first, textStart, k) {
		return false
	}
	if f.Kind == Count && num.written && !num.scaled {
		// the pronoun "one", and "the two countries"
		if num.value == 1 && (f.Unit == "" || num.end-num.start == 1 && nt.lower == "one" && !isPlural(f.Unit)) {
			return false
		}
		// (the determiner of "the three-nation tour" is the tour's; "all
		// nine provinces" counts, "all three countries" are the parties)
		if first == textStart && hasPrev && determiners[prev.lower] && !(isDash(nextAfterNum.s) && !nextAfterNum.gap) &&
			(prev.lower != "all" && !possessiveDet[prev.lower] || partyNouns[f.Unit[strings.LastIndexByte(f.Unit, ' ')+1:]] || f.Unit == "") {
			return false
		}
		// "no one gains", "no two cases are alike": a negated quantifier
		// counts nothing
		if first == textStart && prev.lower == "no" && prev.kind == tWord {
			return false
		}
		if f.Unit == "" && num.value < 1 && first == textStart && !(textStart == 0 && k == len(s.toks)) {
			// "a half" alone in running text
			if nt.lower == "a" {
				return false
			}
		}
	}
	// "in the first 10 months of this year" is a period, not a duration;
	// "over the past 50 years," is a duration
	// and so is "the first 10 months to October" (what follows "the first
	// N months" only names the year or the month it ends)
	if f.Kind == Duration && first == textStart && hasPrev && (prev.lower == "first" || prev.lower == "last" || prev.lower == "past") &&
		(s.tok(k).lower == "of" && s.datesOf(k+1) || prev.lower == "first" && (s.tok(k).kind == tEnd || s.tok(k).isPunct() && s.tok(k).s != "(" || s.tok(textStart-2).lower == "the")) {
		return false
	}
	// "in the ten months to January 20", "for the 12 months through
	// March": a period that dates another figure
	if f.Kind == Duration && first == textStart && hasPrev && prev.lower == "the" && periodPreps[s.tok(textStart-2).lower] {
		if to := s.tok(k); (to.lower == "to" || to.lower == "through" || to.lower == "till" || to.lower == "until" || to.lower == "ending" || to.lower == "ended") &&
			(s.isMonth(k+1) || s.tok(k+1).kind == tNum && len(s.tok(k+1).s) == 4 || s.tok(k+1).lower == "the" && s.tok(k+2).lower == "end") {
			return false
		}
	}
	// "the first three quarters of this year": quarters of a year, a period
	// (read as a fraction, or as a count of quarters)
	if (f.Kind == Percent && num.written || f.Kind == Count && (f.Unit == "quarters" || f.Unit == "quarter")) &&
		first == textStart && hasPrev && (prev.lower == "first" || prev.lower == "last" || prev.lower == "past") {
		return false
	}
	// "FM93.9", "A320.5": the decimals of a code of letters and digits
	if hasPrev && prev.s == "." && !nt.gap && !prev.gap && textStart >= 2 && lettersAndDigits(s.toks[textStart-2].s) {
		return false
	}
	// "two-plus-two dialogue": the second number of the compound
	if hasPrev && isDash(prev.s) && !nt.gap && !prev.gap && s.tok(textStart-2).lower == "plus" {
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

// isMonth reports whether toks[i] is the name of a month ("October",
// "Oct", "Sept"); "may" and "march" only capitalized.
func (s *scanner) isMonth(i int) bool {
	t := s.tok(i)
	if t.kind != tWord || monthNames[t.lower] == 0 {
		return false
	}
	switch t.lower {
	case "may", "march", "mar":
		return isCapitalized(t.s)
	}
	return true
}

// monthBefore reports whether toks[i] is a month name or the dot of an
// abbreviated one ("Oct. 1").
func (s *scanner) monthBefore(i int) bool {
	return s.isMonth(i) || s.tok(i).s == "." && !s.tok(i).gap && s.isMonth(i-1)
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

// partyNouns name the parties of a relation: "the two countries", "two
// large countries like China and the United States", "as two major economies".
var partyNouns = map[string]bool{
	"countries": true, "nations": true, "sides": true, "leaders": true, "governments": true, "peoples": true,
	"neighbors": true, "neighbours": true, "economies": true, "powers": true, "koreas": true, "capitals": true,
	"militaries": true, "ministers": true, "presidents": true, "allies": true, "partners": true,
	"delegations": true, "states": true, "parties": true, "premiers": true, "counterparts": true,
	"giants": true, "rivals": true, "superpowers": true, "democracies": true, "friends": true,
}

// theParties reports whether a written "two" or "three" with a party noun
// names the parties of the relation rather than counting (after a
// determiner, "the two countries", accept rejects any written count): as
// an apposition or a role ("China and South Korea, two close neighbors,",
// "as two major economies", "between two countries"), before an example
// ("two large countries like China and the United States"), with a
// superlative or a possessive ("the world's two largest economies", "the
// two central banks"). "Lee visited three countries" and "visa-free entry
// for 15 countries" count.
func (s *scanner) theParties(f *Figure, num number, first, textStart, k int) bool {
	if num.value != 2 && num.value != 3 || first != textStart || f.Unit == "" {
		return false
	}
	sp := strings.LastIndexByte(f.Unit, ' ')
	head := f.Unit[sp+1:]
	if !partyNouns[head] && !(head == "Koreas" || strings.HasSuffix(f.Unit, "central banks")) {
		return false
	}
	for rest := f.Unit[:max(sp, 0)]; rest != ""; {
		w, r, _ := strings.Cut(rest, " ")
		if len(w) > 4 && strings.HasSuffix(w, "est") || w == "central" {
			return true // "two largest economies", "two biggest trading partners", "two central banks"
		}
		rest = r
	}
	prev := s.tok(textStart - 1)
	switch {
	case prev.lower == "as" || prev.lower == "between" || prev.s == ",":
		return true
	case strings.HasSuffix(prev.lower, "'s") || strings.HasSuffix(prev.lower, "’s"):
		return true
	case prev.lower == "are" || prev.lower == "were" || prev.lower == "remain" || prev.lower == "remained":
		// "We are two democracies", "they remain two neighbours"
		if p := s.tok(textStart - 2).lower; p == "we" || p == "they" {
			return true
		}
	}
	nx := s.tok(k)
	return nx.lower == "like" || nx.lower == "such" || nx.s == ","
}

// periodPreps open a period that dates a figure: "in the ten months to January".
var periodPreps = map[string]bool{"in": true, "for": true, "during": true, "over": true, "of": true}

// Words after "the N-year" that make it a plan's name, not a duration.
var planWords = map[string]bool{"plan": true, "plans": true, "programme": true, "program": true, "blueprint": true}

// proseWord reports whether w, before a number, makes it part of a
// sentence: a stopword ("to", "and", "said"), a linking verb or a qualifier.
func proseWord(w string) bool { return stopword(w) || linkWords[w] || qualifierPhrases[w] != "" }

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "「", "」", "《", "》":
		return true
	}
	return false
}

// isNumberToken reports whether t is digits or a number word.
func isNumberToken(t tok) bool { return t.kind == tNum || t.kind == tWord && isNumberWord(t.lower) }

// quotedName reports whether the written number at toks[i] opens a quoted
// name that a word follows: the "six more" orientations, “Two Corridors,
// One Economic Belt” framework, "two plus two" talks; or a dash or a colon
// that spells the name out: the spirit of "four goods" - good neighbors,
// good friends, .... A quoted sentence ("said “two people died”.") ends
// with other punctuation.
func (s *scanner) quotedName(i int) bool {
	q := s.tok(i - 1)
	if q.s != "“" && q.s != "\"" || s.toks[i].gap {
		return false
	}
	for e := i + 1; e < len(s.toks) && e <= i+8; e++ {
		if t := s.toks[e]; t.s == "”" || t.s == "\"" {
			nx := s.tok(e + 1)
			return nx.kind == tWord && nx.gap && !stopword(nx.lower) || (isDash(nx.s) || nx.s == ":") && s.tok(e+2).kind == tWord
		}
	}
	return false
}

// lettersAndDigits reports whether w has both ASCII letters and digits:
// "FM93", "A320".
func lettersAndDigits(w string) bool {
	letter, digit := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		}
	}
	return letter && digit
}

// datesOf reports whether toks[k] opens what a period "of" dates: "this
// year", "last year", "2025", "the year", "the century" ("the first 10
// months of this year"), not a thing ("the past 34 years of dialogue
// relations" is a duration).
func (s *scanner) datesOf(k int) bool {
	t := s.tok(k)
	switch t.lower {
	case "this", "last", "next", "the", "that", "its", "his", "her", "their", "fiscal", "each", "every":
		return true
	}
	return t.kind == tNum && len(t.s) == 4 || s.isMonth(k)
}
