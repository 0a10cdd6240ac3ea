package attribution

import (
	"strings"
)

// head is a named speaker found in a phrase.
type head struct {
	sp   speaker
	s    seg
	poss bool
}

// heads returns the speaker a phrase names or, when it names several joined
// by "and" ("Xi and Lee"), each of them. The head of "Chinese Foreign
// Ministry spokesperson Mao Ning" is Mao Ning: the last person named, else
// the last organization, a possessive ("Xi's envoy") only when nothing else.
func (w *worker) heads(raw string, s seg) []head {
	var hs []head
	for i := s.a; i < s.b; {
		if an, ok := w.acr[surface(raw, &w.toks[i])]; ok && !w.toks[i].quoted && !w.tableNames(i, an.name) {
			// "DFAT" after "the Department of Foreign Affairs and Trade (DFAT)":
			// the article's own acronym wins over the table's ("KPA")
			side := an.side
			if side == "" {
				side = Unknown
			}
			if n := len(hs); n > 0 && hs[n-1].s.b == i && w.toks[i].aside {
				// "Statistics Authority (PSA)": the name it stands for, with
				// the side its name gives ("Central Bank of Solomon Islands")
				if side == Unknown && hs[n-1].sp.side != "" && hs[n-1].sp.side != Unknown {
					side = hs[n-1].sp.side
				}
				hs = hs[:n-1]
			}
			hs = append(hs, head{sp: speaker{name: an.name, side: side, actor: -1, named: true}, s: seg{i, i + 1}, poss: w.toks[i].poss})
			i++
			continue
		}
		if m := w.mentionAt(i); m != nil && m.a == i {
			if g := &w.x.groups[m.g]; len(g.actors) > 0 {
				within := s
				if m.b < s.b && w.toks[m.b].word() == "in" && !w.toks[m.b].quoted {
					within.b = m.b // "the Japan Chamber of Commerce and Industry in China": where it is, not whose
				}
				sp := w.resolveGroup(g, within)
				if e, ok := w.short[surface(raw, &w.toks[i])]; ok && g.single {
					sp = w.ctx[e].sp // "Wang" after "Wang Wentao" is Wang Wentao
				}
				hs = append(hs, head{sp: sp, s: seg{m.a, min(m.b, s.b)}, poss: m.poss})
			}
			i = max(m.b, i+1)
			continue
		}
		if a, b, sp, ok := w.unknownName(raw, i, s.b); ok {
			hs = append(hs, head{sp: sp, s: seg{a, b}, poss: w.toks[b-1].poss})
			i = b
			continue
		}
		i++
	}
	if len(hs) == 0 {
		return nil
	}
	// "Dewi Anwar of the National Research and Innovation Agency" (or
	// "from", "at"): a person's name, then where the person works, whose own names
	// ("Research", "Innovation Agency") are no speakers
	for k := 0; k+1 < len(hs); k++ {
		if h := hs[k]; h.sp.person && !h.poss && h.s.b < s.b {
			if p := w.toks[h.s.b].word(); (p == "of" || p == "from" || p == "at") && w.toks[h.s.b].gap&(gHard|gComma) == 0 {
				return hs[k : k+1]
			}
		}
	}
	// "Investment and Downstreaming Ministry", "Trade and Industry
	// Ministry": one word, "and", and a body's name are one body's name
	for k := 0; k+1 < len(hs); k++ {
		a, b := hs[k], hs[k+1]
		if a.s.b-a.s.a == 1 && b.s.a == a.s.b+1 && w.toks[a.s.b].word() == "and" && !w.toks[a.s.b].quoted &&
			a.sp.actor < 0 && !a.poss && b.sp.actor < 0 && !b.sp.person && bodyHeads[w.toks[b.s.b-1].word()] {
			sp := b.sp
			sp.name = w.text(raw, a.s.a, b.s.b)
			hs[k] = head{sp: sp, s: seg{a.s.a, b.s.b}, poss: b.poss}
			hs = append(hs[:k+1], hs[k+2:]...)
		}
	}
	// several names joined by "and" speak together; a name right before
	// another is its title ("Party General Secretary To Lam")
	for k := 0; k+1 < len(hs); k++ {
		if hs[k].s.b == hs[k+1].s.a && !hs[k].poss && !hs[k].sp.person {
			hs = append(hs[:k], hs[k+1:]...)
			k--
		}
	}
	if len(hs) >= 2 {
		joint := true
		for k := 1; k < len(hs); k++ {
			and := false
			for i := hs[k-1].s.b; i < hs[k].s.a; i++ {
				if w.toks[i].word() == "and" {
					and = true
				}
			}
			if !and || hs[k-1].poss {
				joint = false
			}
		}
		if joint {
			return hs
		}
	}
	pick := -1
	for k := len(hs) - 1; k >= 0 && pick < 0; k-- {
		if hs[k].sp.person && !hs[k].poss {
			pick = k
		}
	}
	for k := len(hs) - 1; k >= 0 && pick < 0; k-- {
		if !hs[k].poss {
			pick = k
		}
	}
	if pick < 0 {
		pick = len(hs) - 1
	}
	if h := &hs[pick]; h.sp.person && (h.sp.side == "" || h.sp.side == Unknown) {
		// "PCG spokesman Jay Tarriela": a person the table does not know
		// speaks for the body named before him in the phrase
		for k := pick - 1; k >= 0; k-- {
			if b := hs[k]; !b.sp.person && !b.poss && b.sp.side != "" && b.sp.side != Unknown && b.sp.side != Both {
				h.sp.side = b.sp.side
				break
			}
		}
	}
	return hs[pick : pick+1]
}

// jointOf is the speaker of several named speakers: their names joined by
// "and", with their side if they share one and Both otherwise.
func (w *worker) jointOf(hs []head) speaker {
	names := make([]string, len(hs))
	side := hs[0].sp.side
	for i, h := range hs {
		names[i] = h.sp.name
		if h.sp.side != side {
			side = Both
		}
	}
	return speaker{name: strings.Join(names, " and "), side: side, actor: -1, joint: true, named: true}
}

// rolesNear returns the roles of the titles in s outside the head: "Foreign
// Minister" in "South Korean Foreign Minister Park Jin".
func (w *worker) rolesNear(s, head seg) uint64 {
	var r uint64
	for i := s.a; i < s.b; i++ {
		if i >= head.a && i < head.b {
			continue
		}
		if k := &w.toks[i]; k.cls&cRole != 0 && k.e != nil && k.ment == 0 {
			r |= k.e.role
		}
	}
	return r
}

// unknownName reads a name the table does not know at token i (before end):
// a run of capitalized words ("Hwang Jae-ho", "Institute for Global Strategy
// and Cooperation"), without the titles before it. A one-word name the
// article gave in full before ("Hwang") is that speaker. The name is tokens
// [a, b).
func (w *worker) unknownName(raw string, i, end int) (a, b int, sp speaker, ok bool) {
	if !w.nameWord(i) {
		return 0, 0, speaker{}, false
	}
	j, org, ofSeen, ofSide := i+1, false, false, ""
	for j < end {
		k := &w.toks[j]
		if k.gap&(gHard|gComma) != 0 || k.ment > 0 || w.toks[j-1].poss || k.aside {
			break
		}
		if w.nameWord(j) {
			j++
			continue
		}
		// "of", "for", "the" inside an organization's name; "and" after them
		n := k.word()
		// "State Bank of Pakistan", "Armed Forces of the Philippines": an
		// organization's name may end in "of" and a country, which is its side
		if n == "of" && w.bodyIn(i, j) {
			if e, sd, ok := w.ofCountry(j+1, end); ok {
				j, ofSide = e, sd
				break
			}
		}
		if (n == "of" || n == "for" || n == "the" || n == "and" && ofSeen) && j+1 < end && w.nameWord(j+1) && w.toks[j+1].gap&(gHard|gComma) == 0 {
			ofSeen = ofSeen || n != "the"
			j++
			continue
		}
		break
	}
	last := -1
	for x := i; x < j; x++ {
		if w.toks[x].cls&cBody != 0 && w.toks[x].cap {
			org, last = true, x
		}
	}
	// "Chairman of the People's Committee Hoang Van Minh": a person's
	// name of two words or more after the organization's
	// ("Central Bank Governor Elvira Nabiullina", "Treasury Cabinet
	// Secretary John Mbadi": the titles after the body's words too)
	if org && last >= 0 {
		p := last + 1
		for p < j && w.toks[p].cls&(cRole|cTitle) != 0 && w.toks[p].cls&cBody == 0 {
			p++
		}
		person := j-p >= 2
		for x := p; x < j; x++ {
			if w.toks[x].cls&(cBody|cRole|cTitle|cConn) != 0 {
				person = false
			}
		}
		if person {
			i, org = p, false
		}
	}
	if !org { // a person: leave out the titles before the name
		for i < j && w.toks[i].cls&(cRole|cTitle|cDet) != 0 {
			i++
		}
		for i < j && w.toks[i].cls&cConn != 0 {
			i++
		}
		// "Coordinating Minister for Economic Affairs Airlangga Hartarto":
		// a title that opens with a word of no class ends at its last
		// title word, when a name of two words or more follows it
		last := -1
		for x := i; x < j; x++ {
			if w.toks[x].cls&(cRole|cTitle|cConn) != 0 {
				last = x
			}
		}
		if last >= 0 && j-last >= 3 && w.toks[last].cls&cConn == 0 {
			i = last + 1
		} else if last > i && j-last >= 4 && w.toks[last].cls&cConn != 0 && w.toks[last-1].cls&(cRole|cTitle) != 0 {
			// "Coordinating Minister for Infrastructure Agus Harimurti
			// Yudhoyono": one word of portfolio after "for", then the name
			i = last + 2
		}
		if i == j {
			return 0, 0, speaker{}, false
		}
	}
	if j-i == 1 && strings.Count(w.toks[i].word(), "-") >= 2 {
		return 0, 0, speaker{}, false // "People-to-people exchanges", "Year-on-year": a compound, no name
	}
	if j-i == 1 && !org {
		if e, ok := w.short[surface(raw, &w.toks[i])]; ok {
			return i, j, w.ctx[e].sp, true
		}
	}
	name := w.text(raw, i, j)
	if w.toks[j-1].poss {
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "\u2019s")
	}
	side := Unknown
	if ofSide != "" {
		side = ofSide
	}
	// a side's word right before a name the table does not know is part of
	// it: "Korean Air" (a one-word name, an organization then), "Sri Lanka
	// Navy"; and a country's name (not its adjective or possessive) before
	// an organization's, "Bangladesh Investment Development Authority"
	// ("the American Chamber of Commerce" stays "Chamber of Commerce", US)
	if i > 0 && w.toks[i].gap == 0 {
		if m := w.mentionAt(i - 1); m != nil && m.b == i && m.side >= 0 && len(w.x.groups[m.g].actors) == 0 && !w.sentTo(m.a) {
			one := j-i == 1 && !strings.Contains(w.toks[i].word(), "-") && w.toks[i].cls&(cRole|cTitle) == 0
			if one || j-i > 1 && org && !m.poss && countryNoun(&w.toks[m.b-1]) {
				name = strings.TrimSuffix(strings.TrimSuffix(w.text(raw, m.a, m.b), "'s"), "\u2019s") + " " + name
				if one || side == Unknown {
					side = w.x.sides[m.side]
				}
				org = true
			}
		}
	}
	if allCaps(name) {
		org = true
	}
	if side == Unknown {
		if sd := w.nameSide(i, j); sd != "" {
			side = sd
		}
	}
	return i, j, speaker{name: name, side: side, actor: -1, person: !org, named: true}, true
}

// bodyIn reports whether tokens [i, j) hold a capitalized word that makes a
// name an organization's ("Bank", "Forces", "Ministry").
func (w *worker) bodyIn(i, j int) bool {
	for x := i; x < j; x++ {
		if w.toks[x].cls&cBody != 0 && w.toks[x].cap {
			return true
		}
	}
	return false
}

// ofCountry reads a country's own name at token t, after an optional "the",
// within end and with no break between: the end of its tokens and its side.
func (w *worker) ofCountry(t, end int) (int, string, bool) {
	if t < end && w.toks[t].word() == "the" && w.toks[t].gap&(gHard|gComma) == 0 {
		t++
	}
	if t >= end || w.toks[t].gap&(gHard|gComma) != 0 {
		return 0, "", false
	}
	m := w.mentionAt(t)
	if m == nil || m.a != t || m.side < 0 || len(w.x.groups[m.g].actors) != 0 || m.b > end || m.poss {
		return 0, "", false
	}
	return m.b, w.x.sides[m.side], true
}

// nameWord reports whether token i can be part of a name the table does not
// know: capitalized, and no title, role, determiner or function word.
func (w *worker) nameWord(i int) bool {
	k := &w.toks[i]
	if !k.cap || k.quoted || k.ment > 0 || strings.HasSuffix(k.word(), "-based") {
		return false // "a Shanghai-based consultant" names a place, not the speaker
	}
	// "Speaking to Malaysian media, ...": a participle opens the sentence
	if k.ing && len(k.word()) >= 6 && i == w.firstProse() && i+1 < len(w.toks) && !w.toks[i+1].cap {
		return false
	}
	if k.org {
		return true
	}
	return k.cls&(notName|cDet|cGeneric|cDataNoun|cDocNoun|cTwo|cPlural|cQA) == 0 || k.cls&cBody != 0 && k.cls&(notName|cGeneric) == 0
}

// nameSide is the side that the titles before a name the table does not
// know ("Chinese Ambassador Li Nan") or its appositive ("Lena Hartmann, a
// trade analyst at a Brussels think tank") name, when they name one side
// only; "" otherwise.
func (w *worker) nameSide(i, j int) string {
	toks := w.toks
	side := int16(-1)
	add := func(x int) bool {
		sd := int16(-1)
		if w.studied(x) {
			return true // "director of the Center for American Studies", "a professor of Korean politics": a subject, not a side
		}
		if m := w.mentionAt(x); m != nil && m.a == x && m.side >= 0 && len(w.x.groups[m.g].actors) == 0 && !w.sentTo(x) {
			sd = m.side
		} else if m != nil && m.a == x && len(w.x.groups[m.g].actors) == 1 && !w.x.actors[w.x.groups[m.g].actors[0]].person {
			sd = w.x.sideIndex(w.x.actors[w.x.groups[m.g].actors[0]].Side) // "Netflix co-CEO Ted Sarandos"
		} else if m == nil {
			sd = w.x.basedSide(w.toks[x].word()) // "a Beijing-based think tank"
		}
		if sd < 0 {
			return true
		}
		if side >= 0 && side != sd {
			return false
		}
		side = sd
		return true
	}
	for x := i - 1; x >= 0 && x >= i-6 && toks[x+1].gap&(gHard|gComma) == 0; x-- {
		k := &toks[x]
		if k.quoted || k.cls&(cRole|cTitle|cDet|cBody|cConn|cTo|cGeneric) == 0 && k.ment == 0 && !k.cap && !w.modifier(x) {
			break // "the European steel association Eurofer": "steel" modifies
		}
		if !add(x) {
			return ""
		}
	}
	// the titles before the name win over its appositive; a relative
	// clause tells what the speaker did, and whom with ("Ishaq Dar, who
	// co-chaired the talks with Chinese Foreign Minister Wang Yi")
	if side < 0 && j < len(toks) && toks[j].gap&gComma != 0 && toks[j].gap&gHard == 0 && w.appositive(j) && toks[j].cls&cRel == 0 {
		for x := j; x < len(toks) && x < j+16; x++ {
			k := &toks[x]
			if x > j && k.gap&(gHard|gComma) != 0 || k.quoted || k.cls&(cVerb|cRel) != 0 || k.lw == "with" || k.lw == "and" {
				break // "a Russian analyst who heads the Carnegie ... Center in Berlin": Russia
			}
			if !add(x) {
				return ""
			}
		}
	}
	if side < 0 && j+1 < len(toks) && toks[j].gap&gComma != 0 && toks[j].cls&cRel != 0 {
		side = w.affiliationSide(j + 1)
	}
	if side < 0 && w.spokespersonBefore(i) {
		// "South Korea's Foreign Ministry rejected the protest. '...,'
		// spokesperson Lee Jae-woong told a briefing": the body's
		if n := len(w.recs); n > 0 {
			if r := &w.recs[n-1]; r.ok && r.f.sp.named && !r.f.sp.person && !r.f.sp.joint && r.f.sp.side != "" && r.f.sp.side != Unknown && r.f.sp.side != Both {
				side = w.x.sideIndex(r.f.sp.side)
			}
		}
	}
	if side < 0 && j+1 < len(toks) && toks[j].gap == 0 && (toks[j].lw == "of" || toks[j].lw == "from" || toks[j].lw == "at") {
		side = w.affiliationSide(j) // "Marta Lindgren of the EU Institute for Security Studies"
	}
	if side < 0 {
		return ""
	}
	return w.x.sides[side]
}

// appositive reports whether the phrase after a name's comma, at token j,
// describes the name ("Lena Hartmann, a trade analyst at", ", China's
// envoy", ", director of", ", trade minister") rather than going on with
// the sentence ("According to the Hungarian Investment Promotion Agency,
// exports to China rose"): it opens with an article, a title or role, an
// unnamed speaker's noun, a side's possessive or a place's "-based".
func (w *worker) appositive(j int) bool {
	k := &w.toks[j]
	if k.quoted {
		return false
	}
	if k.cls&(cDet|cRole|cGeneric|cBody) != 0 || isAcronymTitle(k.word()) {
		return true
	}
	if k.cls&cTitle != 0 { // "trade minister", not "trade with China"
		return j+1 < len(w.toks) && w.toks[j+1].gap == 0 && w.toks[j+1].cls&(cRole|cTitle) != 0
	}
	if m := w.mentionAt(j); m != nil && m.a == j && m.poss {
		return true
	}
	return strings.HasSuffix(k.word(), "-based")
}

// orgNames marks the words of an organization's name after "of" that the
// rules of names would cut: a list of capitalized nouns set off by commas
// ("Ministry of Trade, Industry and Energy", "Ministry of Land,
// Infrastructure, Transport and Tourism"), whose commas are then no gap,
// and nouns that alone are data or unnamed speakers' words ("Bureau of
// National Statistics"). A list must end in "and" and a last item, as an
// organization's name does; "the Ministry of Finance, Seoul said" is no
// name.
func (w *worker) orgNames() {
	toks := w.toks
	item := func(x int) int { // the end of the item of capitalized words at x; x if none
		for y := x; y < len(toks); y++ {
			if y > x && toks[y].gap != 0 || !w.orgWord(y) {
				return y
			}
		}
		return len(toks)
	}
	for b := 0; b+2 < len(toks); b++ {
		k := &toks[b]
		if !k.cap || k.quoted || k.cls&cBody == 0 || toks[b+1].lw != "of" || toks[b+1].gap != 0 || toks[b+2].gap != 0 {
			continue
		}
		t := b + 2
		if toks[t].lw == "the" && t+1 < len(toks) && toks[t+1].gap == 0 {
			t++
		}
		end := item(t)
		if end == t {
			continue
		}
		first, commas, listed := end, []int(nil), false
		for end < len(toks) && toks[end].gap&^gComma == 0 {
			y, comma, and := end, toks[end].gap&gComma != 0, toks[end].lw == "and" && !toks[end].quoted
			if and {
				if y++; y >= len(toks) || toks[y].gap != 0 {
					break
				}
			}
			z := item(y)
			if !comma && !and || z == y {
				break
			}
			if comma {
				commas = append(commas, end)
			}
			end = z
			if and {
				listed = true
				break
			}
		}
		if !listed || len(commas) == 0 {
			end = first
		} else {
			for _, c := range commas {
				toks[c].gap &^= gComma
				toks[c].inList = true
			}
		}
		for x := t; x < end; x++ {
			if toks[x].lw != "and" {
				toks[x].org = true
			}
		}
		b = end - 1
	}
}

// orgWord reports whether token x may be a word of an organization's name
// after "of": capitalized, no side or actor the table knows, no function
// word, and no person's title ("Minister").
func (w *worker) orgWord(x int) bool {
	k := &w.toks[x]
	if !k.cap || k.quoted || k.ment > 0 || k.cls&(notName|cDet) != 0 {
		return false
	}
	return k.cls&cRole == 0 || k.cls&cBody != 0
}

// tableNames reports whether token i is a mention of a table actor named
// name: "KCNA" for "Korean Central News Agency (KCNA)" is the table's.
func (w *worker) tableNames(i int, name string) bool {
	m := w.mentionAt(i)
	if m == nil || m.a != i {
		return false
	}
	for _, ai := range w.x.groups[m.g].actors {
		a := &w.x.actors[ai]
		if strings.EqualFold(a.Name, name) {
			return true
		}
		for _, v := range a.Variants {
			if strings.EqualFold(v, name) {
				return true
			}
		}
	}
	return false
}

// bodyHeads are the last words of a body's name that a list of portfolios
// may stand before: "Investment and Downstreaming Ministry".
var bodyHeads = map[string]bool{"ministry": true, "department": true, "office": true, "agency": true, "commission": true,
	"council": true, "authority": true, "bureau": true, "committee": true}
