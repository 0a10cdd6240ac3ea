package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An article introduces an organization's acronym once, in parentheses
// after its name ("the Department of Foreign Affairs and Trade (DFAT)",
// "Statistics Indonesia (BPS)"), and then cites the acronym alone ("DFAT
// data show"). The acronym is then that organization: its name, and the
// side a side's word in the name gives ("Philippine Statistics Authority").

// acronymName is what an acronym stands for in the article.
type acronymName struct {
	name string
	side string // "" when the name has no side's word
}

// scanAcronyms finds the acronyms raw introduces: a run of capitalized
// words (and "of", "for", "and", "on", "the" inside it) right before a
// parenthesized word of two to eight capitals.
func (w *worker) scanAcronyms(raw string) {
	clear(w.acr)
	for off := 0; ; {
		i := strings.Index(raw[off:], " (")
		if i < 0 {
			return
		}
		i += off
		off = i + 2
		end := strings.IndexByte(raw[off:], ')')
		if end < 2 || end > 10 {
			continue
		}
		acr := raw[off : off+end]
		name := nameBefore(raw[:i])
		if !isAcronym(acr) && !(isShortName(acr) && orgName(name)) {
			continue
		}
		if _, ok := w.acr[acr]; ok {
			continue // the first introduction counts
		}
		if _, ok := w.x.sideWord[strings.ToLower(acr)]; ok {
			continue // "the European Union (EU)": a side's own word stays one
		}
		if name != "" {
			an := acronymName{name: name, side: w.x.wordsSide(name)}
			// "Korea's Ministry of Trade, Industry and Energy (MOTIE)":
			// the owner gives the side, not the name
			if first, rest, ok := strings.Cut(name, " "); ok && (strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")) && strings.Contains(rest, " ") {
				an.name = rest
			}
			w.acr[acr] = an
		}
	}
}

// isAcronym reports whether s is two to eight capital letters (and "&").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '&':
		default:
			return false
		}
	}
	return n >= 2
}

// nameBefore is the name that ends text: its last words while they are
// capitalized or a connector inside a name, starting and ending with a
// capitalized word; "" if it has fewer than two words.
func nameBefore(text string) string {
	words := strings.Fields(text[max(0, len(text)-200):])
	start, and := len(words), false
	for start > 0 {
		w := words[start-1]
		r, _ := utf8.DecodeRuneInString(w)
		inner := w == "of" || w == "for" || w == "and" || w == "on" || w == "the" || w == "&"
		// a comma inside a list that ends in "and": "Ministry of Trade,
		// Industry and Energy"
		listComma := and && strings.HasSuffix(w, ",") && !strings.ContainsAny(w[:len(w)-1], ",.;:()\"“”") && unicode.IsUpper(r)
		if !listComma && (strings.ContainsAny(w, ",.;:()\"“”") || !unicode.IsUpper(r) && !inner) {
			break
		}
		and = and || w == "and"
		start--
	}
	for start < len(words) {
		r, _ := utf8.DecodeRuneInString(words[start])
		if unicode.IsUpper(r) && words[start] != "The" {
			break
		}
		start++
	}
	if len(words)-start < 2 {
		return ""
	}
	return strings.Join(words[start:], " ")
}

// acronymAsides joins "(PSA)" to the name before it when the article
// introduced the acronym there: "The Philippine Statistics Authority (PSA)
// said" is one noun phrase before its verb. The parentheses are then no
// gap, and the acronym ends the name it follows (see unknownName).
func (w *worker) acronymAsides(raw string) {
	if len(w.acr) == 0 {
		return
	}
	toks := w.toks
	for x := 1; x < len(toks); x++ {
		k := &toks[x]
		if _, ok := w.acr[raw[k.t.Start:k.t.End]]; !ok || k.quoted {
			continue
		}
		if strings.TrimSpace(raw[toks[x-1].t.End:k.t.Start]) != "(" {
			continue
		}
		after := len(raw)
		if x+1 < len(toks) {
			after = toks[x+1].t.Start
		}
		if g := strings.TrimSpace(raw[k.t.End:after]); g != ")" && g != ")," {
			continue
		}
		k.aside = true
		k.gap &^= gHard
		if x+1 < len(toks) {
			toks[x+1].gap &^= gHard
		}
	}
}

// isShortName reports whether s is one capitalized word of four to ten
// letters: the short name a body goes by ("Destatis", "Bappenas").
func isShortName(s string) bool {
	if len(s) < 4 || len(s) > 10 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// orgWords make a name an organization's, for a short name in
// parentheses after it: "the Federal Statistical Office (Destatis)". Not
// the index's cBody class: that has the media words too ("Daily", "Times",
// "News"), and "China Daily (Xinhua)" credits an agency, it does not name
// the paper.
var orgWords = map[string]bool{"Office": true, "Ministry": true, "Agency": true, "Bureau": true, "Authority": true,
	"Board": true, "Council": true, "Commission": true, "Department": true, "Institute": true, "Association": true,
	"Corporation": true, "Bank": true, "Service": true, "Administration": true, "Centre": true, "Center": true,
	"Organization": true, "Organisation": true, "Chamber": true, "Federation": true}

// orgName reports whether name has an organization's word.
func orgName(name string) bool {
	for _, f := range strings.Fields(name) {
		if orgWords[f] {
			return true
		}
	}
	return false
}
