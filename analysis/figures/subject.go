package figures

import "strings"

// Verbs and prepositions that link a measured noun phrase to its figure:
// "trade volume reached $298.9 billion", "emissions by 760,000 tons",
// "capacity of 109 megawatts".
var linkWords = map[string]bool{
	"reached": true, "reach": true, "reaches": true, "reaching": true, "totaled": true, "totalled": true,
	"totaling": true, "totalling": true, "totals": true, "total": true, "hit": true, "hits": true, "stood": true,
	"stands": true, "stand": true, "was": true, "were": true, "is": true, "are": true, "been": true, "be": true,
	"amounted": true, "amounting": true, "amounts": true, "rose": true, "fell": true, "grew": true, "increased": true,
	"decreased": true, "dropped": true, "declined": true, "climbed": true, "jumped": true, "surged": true,
	"soared": true, "slipped": true, "tumbled": true, "recorded": true, "registered": true, "posted": true,
	"expanded": true, "shrank": true, "of": true, "by": true, "at": true, "to": true, "for": true, "in": true,
	"with": true, "has": true, "have": true, "had": true, "will": true, "would": true, "hitting": true,
	"nearing": true, "exceed": true,
	// verbs that take the figure as object: "the plant will generate 1.2 billion kWh"
	"generate": true, "generates": true, "generated": true, "produce": true, "produces": true, "produced": true,
	"invest": true, "invested": true, "attract": true, "attracted": true, "create": true, "created": true,
	"export": true, "exported": true, "import": true, "imported": true, "provide": true, "provided": true,
	"cover": true, "covers": true, "covered": true, "run": true, "runs": true, "saw": true, "see": true, "sees": true,
	"cost": true, "costs": true, "paid": true, "pay": true, "spend": true, "spent": true, "employ": true,
	"employs": true, "hold": true, "holds": true, "handle": true, "handled": true, "handles": true,
	"receive": true, "received": true, "welcomed": true, "hosted": true, "sold": true, "bought": true,
	"raised": true, "earned": true, "save": true, "saved": true, "saves": true, "add": true, "added": true,
	"adds": true, "attracts": true, "grown": true, "risen": true, "fallen": true, "doubled": true, "tripled": true,
	"over": true, "during": true, "within": true, "topped": true, "worth": true, "capped": true, "limited": true, "valued": true, "takes": true, "took": true, "take": true, "carry": true, "carried": true,
}

// Time expressions that are never the measured thing.
var timeWords = map[string]bool{"on-year": true, "year-on-year": true, "on-month": true, "month-on-month": true,
	"quarter-on-quarter": true, "on-quarter": true, "y-o-y": true, "yoy": true, "annually": true, "year": true}

// Words between a preposition and a duration: "over the next five years".
var timeDeterminers = map[string]bool{"the": true, "next": true, "past": true, "last": true, "coming": true, "previous": true, "following": true, "recent": true}

// Link words that are also nouns and may end a noun phrase ("the total").
var nounLinks = map[string]bool{"total": true, "amounts": true, "cost": true, "costs": true, "import": true, "export": true, "run": true, "hit": true, "stand": true}

// Qualifiers that are verbs themselves ("exchanges exceeded 6.65 million visits").
var verbQualifiers = map[string]bool{"exceeded": true, "exceeds": true, "exceed": true, "surpassed": true, "topped": true, "tops": true, "surpasses": true, "exceeding": true}

// subject finds the noun phrase a figure measures; see doc.go for the rules.
func (s *scanner) subject(r raw, prev []Figure, floor int) string {
	s.floor = floor
	sub := s.subjectRule(r, prev)
	// "20 trillion won ($14.5 billion)", "from $6.4 billion ... to $362.3
	// billion": a figure right after one of the same kind measures the same thing
	if sub == "" && len(prev) > 0 && (prev[len(prev)-1].Kind == r.f.Kind && r.first-floor <= 4 || r.first-floor <= 6 && s.tok(r.first-1).lower == "to") {
		sub = prev[len(prev)-1].Subject
	}
	return sub
}

func (s *scanner) subjectRule(r raw, prev []Figure) string {
	floor := s.floor
	f := r.f
	if f.Kind == Ordinal {
		return s.npRight(r.last, 7, true)
	}
	if f.Kind == Duration && s.tok(r.last).lower == "since" {
		if np := s.npRight(r.last+1, 6, true); np != "" {
			return np
		}
	}
	linked := verbQualifiers[s.tok(r.first).lower]
	j := r.first - 1
	// "worth barely Rs 1,300 crore", "seek an additional ₱5 billion": an
	// adverb or "additional" before the figure is no part of what it measures
	// (skipped only on the way to a link word)
	near := j
	if j > floor && s.figureModifier(j) && linkWords[s.toks[j-1].lower] {
		j--
	}
	if j >= floor && figureAdjectives[s.toks[j].lower] {
		near = j - 1
	}
	// "over the next five years", "in the past 33 years"
	for j >= floor && timeDeterminers[s.toks[j].lower] && f.Kind == Duration {
		j--
	}
	for skipped := 0; j >= floor && skipped < 3 && linkWords[s.toks[j].lower]; skipped++ {
		linked = true
		j--
	}
	if linked {
		if np := s.npLeft(j); np != "" {
			return np
		}
	}
	if s.tok(r.last).lower == "of" {
		if np := s.npRight(r.last+1, 4, false); np != "" {
			return np
		}
	}
	if (f.Kind == Percent || f.Kind == PercentagePoints) && len(prev) > 0 {
		return prev[len(prev)-1].Subject
	}
	if f.Kind == Count && f.Unit != "" && f.Unit != "times" {
		return f.Unit
	}
	if !linked {
		np := s.npLeft(near)
		// "has visited China more than 20 times": the verb says what is counted
		if f.Unit == "times" && np != "" {
			j := r.first - 1
			for j > s.floor && s.toks[j].kind == tWord && s.isContent(j) && !strings.HasSuffix(s.toks[j].lower, "ed") {
				j--
			}
			if j >= s.floor && s.toks[j].kind == tWord && strings.HasSuffix(s.toks[j].lower, "ed") && j < r.first-1 {
				return s.text[s.toks[j].start:s.toks[r.first-1].end]
			}
		}
		return np
	}
	return ""
}

// figureModifier reports whether toks[j], right before a figure, is an
// adverb of the figure ("barely", "only", "reportedly").
func (s *scanner) figureModifier(j int) bool {
	t := s.toks[j]
	if t.kind != tWord || !isLowerAlpha(t.s) {
		return false
	}
	switch t.lower {
	case "only", "just", "merely", "barely", "fully":
		return true
	}
	return len(t.lower) > 5 && strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower]
}

// Adjectives of a figure ("an additional ₱5 billion"), never its subject.
var figureAdjectives = map[string]bool{"additional": true, "extra": true, "further": true}

// Words ending in -ly that are nouns or adjectives of the measured thing.
var lyNouns = map[string]bool{"supply": true, "family": true, "assembly": true, "monopoly": true, "anomaly": true,
	"quarterly": true, "monthly": true, "weekly": true, "yearly": true, "daily": true, "friendly": true, "elderly": true,
	"italy": true, "july": true, "rally": true, "reply": true}

// npLeft collects the noun phrase that ends at toks[j], going left: content
// words, possessives, hyphen compounds, and "of"/"to" between content words.
func (s *scanner) npLeft(j int) string {
	end := -1
	start := -1
	content := 0
	for ; j >= s.floor && content < 5; j-- {
		t := s.toks[j]
		if t.kind == tSym {
			// keep hyphen compounds and possessive apostrophes together: "two-way investment"
			if (isDash(t.s) || t.s == "'" || t.s == "’") && !t.gap && start >= 0 && j > 0 && s.toks[j-1].kind == tWord && s.toks[j].end == s.toks[start].start {
				start = j
				if isDash(t.s) && j-1 >= s.floor {
					j--
					start = j
				}
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		w := t.lower
		if (w == "of" || w == "to") && start >= 0 && j > 0 && s.toks[j-1].kind == tWord && s.isContent(j-1) {
			start = j
			continue
		}
		// "tourists visiting South Korea": a participle after a noun stays in the phrase
		if strings.HasSuffix(w, "ing") && !ingNouns[w] && start >= 0 && j > s.floor && s.isContent(j-1) &&
			!strings.HasSuffix(s.toks[j-1].lower, "ing") && !linkWords[s.toks[j-1].lower] {
			start = j
			continue
		}
		if !s.isContent(j) || linkWords[w] && !nounLinks[w] {
			break
		}
		if strings.HasSuffix(w, "ed") && start >= 0 && j > 0 && !(s.toks[j-1].lower == "a" || s.toks[j-1].lower == "an" || s.toks[j-1].lower == "the") {
			break
		}
		if strings.HasSuffix(w, "ed") && start < 0 {
			break
		}
		if end < 0 {
			end = j
		}
		start = j
		content++
	}
	if end < 0 {
		return ""
	}
	for start <= end && (s.toks[start].lower == "of" || s.toks[start].lower == "to" || s.toks[start].kind == tSym) {
		start++
	}
	if start > end || start == end && (s.toks[start].lower == "first" || s.toks[start].lower == "year") {
		return ""
	}
	if timeWords[strings.ToLower(s.text[s.toks[start].start:s.toks[end].end])] {
		return "" // "5.8 percent on-year to US$57.3 billion"
	}
	// "trade volume between the two countries": the head is before the preposition
	p := start - 1
	for p >= s.floor && (determiners[s.toks[p].lower] || isNumberWord(s.toks[p].lower)) {
		p--
	}
	if p > s.floor && p < start && headPrepositions[s.toks[p].lower] {
		if outer := s.npLeft(p - 1); outer != "" {
			return outer
		}
	}
	return s.text[s.toks[start].start:s.toks[end].end]
}

// Prepositions after a measured noun: "trade between", "investment in", "exports to".
var headPrepositions = map[string]bool{"between": true, "among": true, "with": true, "from": true, "in": true, "to": true, "into": true}

// npRight collects the noun phrase starting at toks[j], going right. With
// names set, capitalized words and "of"/"the" inside are kept ("anniversary
// of the establishment of diplomatic ties", "APEC Economic Leaders' Meeting").
func (s *scanner) npRight(j, maxTok int, names bool) string {
	for j < len(s.toks) && (s.toks[j].lower == "the" || s.toks[j].lower == "a" || s.toks[j].lower == "an") {
		j++
	}
	start, end := j, -1
	for n := 0; j < len(s.toks) && n < maxTok; j++ {
		t := s.toks[j]
		if t.kind == tSym {
			if (isDash(t.s) || t.s == "'" || t.s == "’") && !t.gap && end >= 0 {
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		w := t.lower
		if names && (w == "of" || w == "the") && end >= 0 {
			n++
			continue
		}
		nameWord := names && isCapitalized(t.s)
		if !nameWord && (!s.isContent(j) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") && end >= 0 && !ingNouns[w] || strings.HasSuffix(w, "ed") && end >= 0) {
			break
		}
		end = j
		n++
	}
	if end < 0 {
		return ""
	}
	return s.text[s.toks[start].start:s.toks[end].end]
}

// isContent reports whether toks[j] can be part of a measured noun phrase.
func (s *scanner) isContent(j int) bool {
	t := s.toks[j]
	w := t.lower
	if t.kind != tWord || stopword(w) || notNouns[w] && w != "first" || isNumberWord(w) {
		return false
	}
	if _, q := qualifierPhrases[w]; q {
		return false
	}
	if strings.HasSuffix(w, "ing") && !ingNouns[w] {
		return false
	}
	switch w {
	case "said", "says", "say", "noted", "added", "according", "reported", "also", "while", "year-on-year":
		return false
	}
	return true
}

// Nouns ending in -ing that are measured things.
var ingNouns = map[string]bool{"spending": true, "funding": true, "financing": true, "housing": true, "building": true, "shipping": true, "lending": true, "borrowing": true, "earnings": true, "holdings": true, "savings": true, "trading": true, "meeting": true, "meetings": true, "hearing": true, "gathering": true, "opening": true}
