package figures

import (
	"sort"
	"strings"
)

// qualifierPhrases maps lower-case phrases before a number to a canonical
// qualifier. Longer phrases are tried first.
var qualifierPhrases = map[string]string{
	"about": "about", "around": "about", "roughly": "about", "approximately": "about", "approx": "about",
	"some": "about", "an estimated": "about", "estimated": "about", "close to": "about", "circa": "about",
	"nearly": "nearly", "almost": "nearly", "just under": "nearly", "close on": "nearly",
	"more than": "more than", "over": "more than", "above": "more than", "exceeding": "more than",
	"exceeded": "more than", "exceeds": "more than", "exceed": "more than", "surpassed": "more than",
	"surpass": "more than", "surpassing": "more than", "surpasses": "more than", "topped": "more than",
	"tops": "more than", "topping": "more than", "just over": "more than", "greater than": "more than",
	"in excess of": "more than", "upwards of": "more than", "well over": "more than", "well above": "more than",
	"at least": "at least", "no less than": "at least", "not less than": "at least", "no fewer than": "at least", "not fewer than": "at least",
	"up to": "up to", "as many as": "up to", "as much as": "up to", "as high as": "up to",
	"less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
	"lower than": "less than", "just below": "less than",
	"at most": "at most", "no more than": "at most", "not more than": "at most",
	"larger than": "more than", "bigger than": "more than", "higher than": "more than",
	"smaller than":          "less than",
	"more than or equal to": "at least", "greater than or equal to": "at least", "higher or equal than": "at least",
	"bigger or equal than": "at least", "larger or equal than": "at least", "at least or equal to": "at least",
	"equal to or more than": "at least", "equal to or greater than": "at least",
	"less than or equal to": "at most", "fewer than or equal to": "at most", "lower or equal than": "at most",
	"smaller or equal than": "at most", "less or equal than": "at most", "equal to or less than": "at most",
	"equal to or fewer than": "at most",
	"up":                     "up", "down": "down",
	"between": "between", "from": "from",
}

// qualFirst holds the first word of every qualifier phrase.
var qualFirst = map[string]bool{}

// qualPhrase is a qualifier phrase split into its words.
type qualPhrase struct {
	words []string
	qual  string
}

// qualByFirst lists the phrases of qualifierPhrases by first word, longest first.
var qualByFirst = map[string][]qualPhrase{}

func init() {
	for p, q := range qualifierPhrases {
		words := strings.Split(p, " ")
		qualFirst[words[0]] = true
		qualByFirst[words[0]] = append(qualByFirst[words[0]], qualPhrase{words, q})
	}
	for _, ps := range qualByFirst {
		sort.Slice(ps, func(a, b int) bool { return len(ps[a].words) > len(ps[b].words) })
	}
}

// qualifierAt matches a qualifier phrase at toks[i]; it returns the
// canonical qualifier and the index after it, or "" and i.
func qualifierAt(toks []tok, i int) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	for _, p := range qualByFirst[toks[i].lower] {
		n := len(p.words)
		if !wordsAt(toks, i, p.words) {
			continue
		}
		// "up to" must not be read as "up" followed by "to".
		if p.qual == "up" && i+1 < len(toks) && toks[i+1].lower == "to" {
			continue
		}
		return p.qual, i + n
	}
	return "", i
}

// wordsAt reports whether toks[i:] begins with word tokens that read words.
func wordsAt(toks []tok, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if t := toks[i+k]; t.kind != tWord || t.lower != w {
			return false
		}
	}
	return true
}

// changeVerbs mark "from X to Y" as a change between two figures, not a range.
var changeVerbs = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "fell": true, "fallen": true, "fall": true, "falls": true,
	"increased": true, "increase": true, "increases": true, "decreased": true, "decrease": true, "grew": true,
	"grown": true, "grow": true, "dropped": true, "drop": true, "jumped": true, "climbed": true, "declined": true,
	"cut": true, "raised": true, "lowered": true, "slid": true, "surged": true, "up": true, "down": true,
	"soared": true, "plunged": true, "slipped": true, "expanded": true, "shrank": true, "improved": true,
	"tumbled": true, "sank": true, "averaged": true, "changed": true, "went": true, "moved": true, "boosted": true,
	"jump": true, "jumps": true, "climb": true, "climbs": true, "surge": true, "surges": true,
	"soar": true, "soars": true, "slump": true, "slumped": true, "plummet": true, "plummeted": true,
	"double": true, "doubled": true, "doubles": true, "triple": true, "tripled": true, "triples": true,
	"quadruple": true, "quadrupled": true, "quadruples": true, "halve": true, "halved": true,
	"widen": true, "widened": true, "narrow": true, "narrowed": true, "shrink": true, "shrunk": true,
	"swell": true, "swelled": true, "reduce": true, "reduced": true, "raise": true, "lower": true, "expand": true,
	"increasing": true, "rising": true, "growing": true, "falling": true, "declining": true, "decline": true,
	// setting a new level: "extend visa-free stays from 15 to 30 days",
	// "slash the tariff from 50% to 15%", "a hike from 3% to 5%"
	"extend": true, "extends": true, "extended": true, "extending": true, "expands": true, "expanding": true,
	"cuts": true, "cutting": true, "raises": true, "raising": true, "lowers": true, "lowering": true, "reduces": true,
	"reducing": true, "reduction": true, "expansion": true, "lift": true, "lifts": true, "lifted": true, "lifting": true,
	"hike": true, "hikes": true, "hiked": true, "slash": true, "slashes": true, "slashed": true, "trim": true,
	"trimmed": true, "boost": true, "boosts": true, "boosting": true, "adjust": true, "adjusted": true, "revise": true,
	"revised": true, "upgrade": true, "upgraded": true, "downgrade": true, "downgraded": true, "shift": true,
	"shifted": true, "leapt": true, "leaped": true,
}

// postQualifier reads "or more", "and above", "or less" after a number.
func postQualifier(toks []tok, i int) (string, int) {
	if i+1 >= len(toks) {
		return "", i
	}
	a, b := toks[i].lower, toks[i+1].lower
	if a != "or" && a != "and" {
		return "", i
	}
	if i+3 < len(toks) && toks[i+2].lower == "than" && (toks[i+3].kind == tNum || toks[i+3].kind == tWord && (isNumberWord(toks[i+3].lower) || toks[i+3].lower == "a" || toks[i+3].lower == "an")) {
		return "", i // "and fewer than a thousand" bounds the next figure
	}
	switch b {
	case "more", "above", "over", "greater", "higher":
		return "at least", i + 2
	case "less", "fewer", "below", "under", "lower":
		return "at most", i + 2
	}
	return "", i
}

// Verbs right before a percent that give the direction of a change.
var (
	upVerbs = map[string]bool{"rose": true, "rise": true, "rises": true, "risen": true, "grew": true, "grow": true,
		"grows": true, "grown": true, "increased": true, "increase": true, "increases": true, "jumped": true,
		"climbed": true, "surged": true, "soared": true, "gained": true, "expanded": true, "added": true, "up": true,
		"rising": true, "growing": true, "increasing": true, "advanced": true, "improved": true}
	downVerbs = map[string]bool{"fell": true, "fall": true, "falls": true, "fallen": true, "dropped": true,
		"drop": true, "declined": true, "decline": true, "decreased": true, "decrease": true, "slipped": true,
		"shrank": true, "shrunk": true, "plunged": true, "tumbled": true, "sank": true, "lost": true, "slid": true,
		"falling": true, "declining": true, "dropping": true, "contracted": true, "eased": true, "down": true}
)
