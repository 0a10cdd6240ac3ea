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
	defer w.initialisms(raw)
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

// initialisms finds the acronyms an article uses without introducing them
// in parentheses, for a name it gave before in full: "Philippine Statistics
// Authority data showed ... The PSA figures also showed", "the Department
// of Foreign Affairs and Trade ... DFAT data". The acronym's letters are
// the initials of the name's capitalized words, "of", "and", "for", "on",
// "the" and "&" inside it left out.
func (w *worker) initialisms(raw string) {
	var names map[string]string // initials: the first name that has them
	var b strings.Builder
	start, caps, connectors := -1, 0, 0 // the run of the name being read
	flush := func(end int) {
		if start >= 0 && caps >= 2 {
			if names == nil {
				names = map[string]string{}
			}
			name := strings.TrimSpace(raw[start:end])
			for _, c := range []string{" of", " and", " for", " on", " the", " &"} {
				name = strings.TrimSuffix(name, c)
			}
			if ini := b.String(); ini != "" {
				if _, ok := names[ini]; !ok {
					names[ini] = name
				}
			}
		}
		start, caps, connectors = -1, 0, 0
		b.Reset()
	}
	for i := 0; i < len(raw); {
		j := i
		for j < len(raw) && raw[j] != ' ' && raw[j] != '\n' && raw[j] != '\t' {
			j++
		}
		word := raw[i:j]
		core := trimClosers(word)
		switch {
		case core == "":
			flush(i)
		case len(core) >= 2 && len(core) <= 6 && isAcronym(core):
			flush(i)
			if _, ok := w.acr[core]; !ok && names != nil {
				if name, ok := names[core]; ok {
					if _, side := w.x.sideWord[strings.ToLower(core)]; !side {
						w.acr[core] = acronymName{name: name, side: w.x.wordsSide(name)}
					}
				}
			}
		case core[0] >= 'A' && core[0] <= 'Z' && !isAcronym(core):
			if start < 0 {
				start = i
			}
			caps++
			b.WriteByte(core[0])
		case start >= 0 && (core == "of" || core == "and" || core == "for" || core == "on" || core == "the" || core == "&") && connectors < 3:
			connectors++
		default:
			flush(i)
		}
		if len(core) != len(word) && start >= 0 {
			flush(j) // a name ends at its punctuation
		}
		i = j + 1
	}
}

// nameBefore is the name that ends text: its last words while they are
// capitalized or a connector inside a name, starting and ending with a
// capitalized word; "" if it has fewer than two words.
func nameBefore(text string) string {
	text = text[max(0, len(text)-200):]
	text = text[strings.LastIndexByte(text, '\n')+1:] // a name is on one line
	words := strings.Fields(text)
	start, and := len(words), false
	for start > 0 {
		w := words[start-1]
		if w == "The" {
			break // "Español The Argentine Naval Prefecture": a new phrase opens
		}
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

// trimClosers is strings.TrimRight(w, ",.;:)\"”'’") without its slow path
// for a cut set with non-ASCII characters: it runs on every word of every
// article.
func trimClosers(w string) string {
	for len(w) > 0 {
		switch c := w[len(w)-1]; c {
		case ',', '.', ';', ':', ')', '"', '\'':
			w = w[:len(w)-1]
			continue
		case 0x9d, 0x99: // ” is E2 80 9D, ’ is E2 80 99
			if strings.HasSuffix(w, "”") || strings.HasSuffix(w, "’") {
				w = w[:len(w)-3]
				continue
			}
		}
		return w
	}
	return w
}
