package attribution

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// speaker is a resolved speaker.
type speaker struct {
	name   string
	side   string
	actor  int32 // index into the table; -1 for a speaker it does not know
	person bool
	joint  bool // two or more speakers ("the two sides", "Xi and Lee")
	named  bool // named in the text, not a pronoun or a role resolved to someone
	// sideOnly: named by a side's word alone ("China", "a Chinese official")
	sideOnly bool
}

func (s speaker) key() string {
	if s.actor >= 0 {
		return "#" + s.name
	}
	return s.name
}

// fromActor is the speaker of table actor ai.
func (w *worker) fromActor(ai int32) speaker {
	a := &w.x.actors[ai]
	return speaker{name: a.Name, side: a.Side, actor: ai, person: a.person, named: true}
}

// resolveGroup picks the actor of a mention whose variant several actors
// share ("Lee", "Foreign Ministry"): one of the side named in the phrase,
// then the one the article named last, then one in office in the article's
// year; if they all speak for one side, the first. Otherwise the variant
// stays a name without a side.
func (w *worker) resolveGroup(g *group, s seg) speaker {
	c := g.actors
	if len(c) == 1 && w.x.actors[c[0]].person {
		return w.fromActor(c[0]) // a person's side is the table's
	}
	side := w.sideIn(s)
	// "Commerce Ministry data" in an Indian paper: a body named by its
	// kind alone is the home side's, whatever side's body the table lists
	// under that name, unless the article named that body in full before
	if side == "" && w.homeBody(s) {
		for _, ai := range c {
			if w.x.actors[ai].Side == w.home {
				return w.fromActor(ai)
			}
		}
		named := false
		for _, ai := range c {
			_, named = w.ctxKey["#"+w.x.actors[ai].Name]
			if named {
				break
			}
		}
		if !named {
			return speaker{name: g.text, side: w.home, actor: -1, named: true}
		}
	}
	if len(c) == 1 && (side == "" || side == w.x.actors[c[0]].Side) {
		return w.fromActor(c[0])
	}
	// a side named in the phrase decides first: "India's commerce ministry"
	// after China's was cited, or though the table lists only China's
	if side != "" {
		for _, ai := range c {
			if w.x.actors[ai].Side == side {
				return w.fromActor(ai)
			}
		}
		// "the North's defense ministry": that side's, though the table
		// lists none
		return speaker{name: g.text, side: side, actor: -1, person: w.x.actors[c[0]].person, named: true}
	}
	best, seen := int32(-1), 0
	for _, ai := range c {
		if i, ok := w.ctxKey["#"+w.x.actors[ai].Name]; ok && w.ctx[i].seen > seen {
			best, seen = ai, w.ctx[i].seen
		}
	}
	if best >= 0 {
		return w.fromActor(best)
	}
	if w.year > 0 {
		var in []int32
		for _, ai := range c {
			a := &w.x.actors[ai]
			if (a.From == 0 || a.From <= w.year) && (a.To == 0 || w.year <= a.To) {
				in = append(in, ai)
			}
		}
		if len(in) == 1 {
			return w.fromActor(in[0])
		}
		if len(in) > 1 {
			c = in
		}
	}
	first := w.x.actors[c[0]].Side
	for _, ai := range c[1:] {
		if w.x.actors[ai].Side != first {
			return speaker{name: g.text, side: Unknown, actor: -1, person: w.x.actors[c[0]].person, named: true}
		}
	}
	return w.fromActor(c[0])
}

// homeBody reports whether s names a body every government has and the
// outlet gives the home side it belongs to (not a dateline, whose stories
// name the other country's bodies as often).
func (w *worker) homeBody(s seg) bool {
	return w.home != "" && w.home != Unknown && !w.homeDateline && w.genericBody(s)
}

// genericBody reports whether s names a body by a kind every government
// has ("Commerce Ministry", "Ministry of Foreign Affairs", "Finance
// Ministry", "Cabinet Office"), not one of a single country ("Ministry of
// Unification").
func (w *worker) genericBody(s seg) bool {
	body := false
	for i := s.a; i < s.b; i++ {
		k := &w.toks[i]
		switch {
		case genericBodies[k.word()]:
			body = true
		case portfolios[k.word()] || k.cls&(cConn|cDet|cDataNoun|cDocNoun) != 0:
		default:
			return false
		}
	}
	return body
}

// genericBodies and portfolios are the words of the bodies every
// government has.
var (
	genericBodies = map[string]bool{"ministry": true, "office": true, "department": true}
	portfolios    = map[string]bool{"foreign": true, "affairs": true, "commerce": true, "trade": true, "industry": true,
		"finance": true, "economy": true, "economic": true, "defense": true, "defence": true, "justice": true, "interior": true,
		"home": true, "health": true, "education": true, "agriculture": true, "energy": true, "environment": true,
		"transport": true, "labor": true, "labour": true, "culture": true, "tourism": true, "planning": true, "external": true,
		"cabinet": true, "investment": true}
)

// sideIn returns the side named by a side word in s ("Chinese", "Seoul"),
// leaving out the country an envoy is sent to ("Ambassador to China"); ""
// if none.
func (w *worker) sideIn(s seg) string {
	for i := s.a; i < s.b; i++ {
		if w.theNorth(i) {
			return "DPRK"
		}
		m := w.mentionAt(i)
		if m == nil {
			if sd := w.x.basedSide(w.toks[i].word()); sd >= 0 {
				return w.x.sides[sd] // "a Shanghai-based trade consultant"
			}
		}
		if m == nil || m.a != i {
			continue
		}
		if m.side >= 0 && len(w.x.groups[m.g].actors) == 0 && !w.sentTo(i) {
			return w.x.sides[m.side]
		}
	}
	return ""
}

// sentTo reports whether token i is the country after "Ambassador to" or
// "Embassy in" (and an article): the post, not the side.
func (w *worker) sentTo(i int) bool {
	if i > 2 && w.toks[i-1].lw == "the" && w.toks[i-1].gap == 0 {
		i-- // "Ambassador to the UK", "Embassy in the Philippines"
	}
	return i > 1 && w.toks[i-1].cls&cTo != 0 && w.toks[i-2].cls&cRole != 0 && w.toks[i-2].cls&cGeneric == 0
}

// roleIn returns the role bits of the role words of s and whether the last
// of them is a person's role.
func (w *worker) roleIn(s seg) (roles uint64, person bool) {
	for i := s.a; i < s.b; i++ {
		k := &w.toks[i]
		if k.cls&cRole != 0 && k.e != nil && k.ment == 0 {
			roles |= k.e.role
			person = k.e.role < 1<<personRoles
		}
	}
	return roles, person
}

// resolveNP finds the speaker a noun phrase names.
func (w *worker) resolveNP(raw string, s seg) (speaker, bool) {
	if s.b <= s.a {
		return speaker{}, false
	}
	// "data from X", "a statement by X": the source is X
	for i := s.b - 2; i > s.a; i-- {
		if w.toks[i].cls&cSrcPrep != 0 && w.joins(i) && !w.personWord(i-1) {
			s.a = i + 1
			break
		}
	}
	if s.b-s.a == 1 && w.toks[s.a].cls&cPron != 0 {
		return w.pronoun(raw, s.a)
	}
	if s.b-s.a == 2 && w.selfRef(s.a) { // "this newspaper": the outlet
		if w.outlet >= 0 {
			return w.fromActor(w.outlet), true
		}
		return speaker{name: w.text(raw, s.a, s.b), side: w.home, actor: -1, named: true}, true
	}
	if w.isJoint(s) || w.jointDoc(s) {
		return speaker{name: Both, side: Both, actor: -1, joint: true}, true
	}
	// "The statement said": the speaker who issued it
	if s.b-s.a == 2 && w.toks[s.a].word() == "the" && w.toks[s.a+1].cls&cDocNoun != 0 && w.hasLast && !w.last.joint {
		return w.last, true
	}
	// "the Hankyoreh and a Japanese daily": a second noun phrase after
	// "and" with its own article speaks with the first
	for i := s.a + 1; i+1 < s.b; i++ {
		if w.toks[i].word() != "and" || w.toks[i].quoted {
			continue
		}
		if n := w.toks[i+1].word(); n != "a" && n != "an" && n != "the" {
			continue
		}
		l, okL := w.resolveNP(raw, seg{s.a, i})
		r, okR := w.resolveNP(raw, seg{i + 1, s.b})
		if okL && okR && !l.joint && !r.joint {
			return w.jointOf([]head{{sp: l}, {sp: r}}), true
		}
		break
	}
	if sp, ok := w.possessiveRole(s); ok {
		return sp, true // "according to the ministry's transcript": the ministry named before
	}
	if s.b-s.a == 2 && w.toks[s.a].word() == "the" && w.toks[s.a+1].cap && w.toks[s.a+1].ment == 0 && !w.toks[s.a+1].quoted {
		// "The Sri Lanka Navy arrested ..., the Navy said": the body the
		// article named in full
		if sp, ok := w.namedBefore(raw, w.toks[s.a+1].word(), w.toks[s.a].t.Start); ok {
			return sp, true
		}
	}
	heads := w.heads(raw, s)
	switch {
	case len(heads) >= 2:
		return w.jointOf(heads), true
	case len(heads) == 1:
		sp := heads[0].sp
		e := w.remember(sp, w.rolesNear(s, heads[0].s))
		if sp.person {
			w.rememberShort(raw, heads[0].s, e)
		}
		return sp, true
	}
	if s.b-s.a == 2 && w.toks[s.a].word() == "the" {
		// "..., according to the Malaysia External Trade Development
		// Corporation. Exports grew ..., the agency said": the body the
		// sentence before was said by
		if sp, ok := w.previousBody(w.toks[s.a+1].word()); ok {
			return sp, true
		}
	}
	roles, person := w.roleIn(s)
	side := w.sideIn(s)
	// "a former Indian ambassador": an indefinite article brings in
	// someone new, never a person named before with that role; "the
	// diplomat" later is this one
	n := w.toks[s.a].word()
	indefinite := roles != 0 && person && (n == "a" || n == "an")
	if roles != 0 && !indefinite {
		if sp, ok := w.byRole(roles, person, side); ok && w.modifiersIn(s, sp.name) {
			return sp, true
		}
		if person && side != "" {
			if sp, ok := w.lastOfSide(side); ok { // "the Chinese leader" after "Xi met Putin"
				return sp, true
			}
		}
	}
	if side != "" {
		if w.sidesIn(s) > 1 { // "Seoul and Tokyo", "Chinese and Korean officials"
			return speaker{name: w.text(raw, s.a, s.b), side: Both, actor: -1, joint: true, named: true}, true
		}
		sp := speaker{name: w.text(raw, s.a, s.b), side: side, actor: -1, named: true, sideOnly: true, person: indefinite}
		if roles != 0 && (!person || indefinite) {
			w.remember(sp, roles) // "the ministry" later is "Korea's trade ministry"
		}
		return sp, true
	}
	if roles != 0 && person && w.lastPerson >= 0 && !indefinite {
		return w.ctx[w.lastPerson].sp, true
	}
	if s.b-s.a >= 2 && s.b-s.a <= 4 && w.toks[s.a].word() == "the" && w.lowerWords(s.a+1, s.b) && (roles == 0 || !person) {
		// "the board said": the Rosario Board of Trade the article named;
		// "the coast guard said": the Japan Coast Guard, a name that holds
		// the words before the head too
		if sp, ok := w.namedBefore(raw, w.toks[s.b-1].word(), w.toks[s.a].t.Start); ok && w.modifiersIn(seg{s.a + 1, s.b - 1}, sp.name) {
			return sp, true
		}
	}
	for i := s.a; i < s.b; i++ {
		if w.toks[i].cls&(cGeneric|cRole|cBody) != 0 {
			sp := speaker{name: w.text(raw, s.a, s.b), side: w.sideAfter(s.b), actor: -1, person: indefinite, named: indefinite}
			if roles != 0 && (!person || indefinite) && w.toks[s.b-1].cls&cRole != 0 && s.b-s.a > 1 {
				w.remember(sp, roles) // "the trade ministry", then "the ministry"
			}
			return sp, true
		}
	}
	return speaker{}, false
}

// possessiveRole reads "the ministry's transcript", "the agency's
// figures": a body's role noun in the possessive before a document or
// data noun is the body of that role the article named before.
func (w *worker) possessiveRole(s seg) (speaker, bool) {
	if s.b-s.a < 3 || w.toks[s.a].word() != "the" {
		return speaker{}, false
	}
	k := &w.toks[s.a+1]
	e := k.e2
	if e == nil {
		e = k.e
	}
	if !k.poss || k.quoted || k.cap || e == nil || e.role == 0 || e.role < 1<<personRoles {
		return speaker{}, false
	}
	for x := s.a + 2; x < s.b; x++ {
		if t := &w.toks[x]; t.cap || t.quoted || t.cls&(cDataNoun|cDocNoun) == 0 {
			return speaker{}, false
		}
	}
	return w.byRole(e.role, false, "")
}

// bodyNouns are the nouns "the agency said" names any public body with,
// whatever its name's own head ("Corporation", "Council").
var bodyNouns = map[string]bool{"agency": true, "body": true, "corporation": true, "organization": true,
	"organisation": true, "institution": true, "authority": true, "bureau": true, "office": true}

// previousBody is the speaker of the sentence before, when it is a named
// body (not a person, both sides or a country alone) and noun one of
// bodyNouns.
func (w *worker) previousBody(noun string) (speaker, bool) {
	if !bodyNouns[noun] || len(w.recs) == 0 {
		return speaker{}, false
	}
	r := &w.recs[len(w.recs)-1]
	if sp := r.f.sp; r.ok && sp.named && !sp.person && !sp.joint && !sp.sideOnly && sp.name != "" {
		return sp, true
	}
	return speaker{}, false
}

// lowerWords reports whether tokens a to b are words in lower case, outside
// quotations.
func (w *worker) lowerWords(a, b int) bool {
	for i := a; i < b; i++ {
		if k := &w.toks[i]; k.cap || k.quoted || k.t.Kind != corpus.Word {
			return false
		}
	}
	return true
}

// modifiersIn reports whether the lower-case words that modify the head of
// s, words of no class ("the transport department"), all occur in name: a
// body named before with the same role word but not those words ("General
// Department of Vietnam Customs") is another.
func (w *worker) modifiersIn(s seg, name string) bool {
	name = strings.ToLower(name)
	for i := s.a; i < s.b; i++ {
		if k := &w.toks[i]; k.cls == 0 && !k.cap && !k.poss && k.ment == 0 && !strings.Contains(name, k.word()) {
			return false
		}
	}
	return true
}

// sidesIn counts the distinct sides named in s.
func (w *worker) sidesIn(s seg) int {
	var seen []int16
	for i := s.a; i < s.b; i++ {
		// "a South Korean diplomat in Beijing": where a speaker of a
		// side named before is posted is no second side
		if len(seen) > 0 && i > 0 && w.toks[i-1].cls&cTo != 0 {
			continue
		}
		if m := w.mentionAt(i); m != nil && m.a == i && m.side >= 0 && len(w.x.groups[m.g].actors) == 0 && !containsInt16(seen, m.side) && !w.sentTo(i) {
			seen = append(seen, m.side)
		}
	}
	return len(seen)
}

func containsInt16(s []int16, v int16) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// isJoint recognizes "the two sides", "both leaders", "the two foreign
// ministers", "leaders of the two countries".
func (w *worker) isJoint(s seg) bool {
	// "the leaders", "the two sides": a definite plural of the joint words
	if s.b-s.a == 2 && w.toks[s.a].word() == "the" && (jointPlural[w.toks[s.a+1].word()] || w.toks[s.a+1].cls&cTwo != 0) {
		return true // "the leaders", "the two"
	}
	for i := s.a; i < s.b; i++ {
		if w.toks[i].cls&cTwo == 0 {
			continue
		}
		for j := i + 1; j < s.b && j <= i+2; j++ {
			if w.toks[j].cls&cPlural != 0 {
				return true
			}
		}
	}
	return false
}

// jointDoc recognizes a joint document as a speaker: "the declaration",
// "the Washington Declaration", "the joint statement", "the communique".
func (w *worker) jointDoc(s seg) bool {
	switch w.toks[s.b-1].word() {
	case "declaration", "communique", "communiqué":
		return true
	case "statement", "release", "readout", "communication":
		// "the joint statement", "a joint press release said"
		for i := s.b - 2; i >= s.a && i >= s.b-3; i-- {
			if w.toks[i].cls&cJoint != 0 {
				return true
			}
		}
	}
	return false
}

// jointPlural are the plurals that "the" makes joint: "the leaders agreed".
var jointPlural = map[string]bool{"leaders": true, "sides": true, "presidents": true, "premiers": true, "heads": true, "delegations": true,
	"ministers": true, "governments": true, "countries": true, "nations": true, "negotiators": true, "envoys": true}

// theNorth reports whether token i is "the North's" or "the North" (not
// "the North Atlantic"): North Korea, in the news of the peninsula.
func (w *worker) theNorth(i int) bool {
	k := &w.toks[i]
	if !k.cap || i == 0 || w.toks[i-1].word() != "the" || stripPoss(k.word()) != "north" {
		return false
	}
	if !k.poss && i+1 < len(w.toks) && w.toks[i+1].cap && w.toks[i+1].gap == 0 {
		return false
	}
	return w.x.sideIndex("DPRK") >= 0
}

// sideAfter is the side the phrase after an unnamed speaker ties it to
// ("an economist at a Washington think tank", "a researcher from a
// Beijing-based institute"), when it names one side only; Unknown
// otherwise.
func (w *worker) sideAfter(b int) string {
	toks := w.toks
	if b >= len(toks) || toks[b].gap&(gComma|gHard) != 0 {
		return Unknown
	}
	switch toks[b].word() {
	case "at", "of", "from", "with":
	default:
		return Unknown
	}
	side := int16(-1)
	for x := b + 1; x < len(toks) && x <= b+8; x++ {
		k := &toks[x]
		if k.quoted || k.gap&(gComma|gHard) != 0 || k.cls&cVerb != 0 {
			break
		}
		sd := int16(-1)
		if m := w.mentionAt(x); m != nil && m.a == x && m.side >= 0 && len(w.x.groups[m.g].actors) == 0 {
			sd = m.side
		} else if m == nil {
			sd = w.x.basedSide(k.word())
		}
		if sd < 0 {
			continue
		}
		if side >= 0 && sd != side {
			return Unknown
		}
		side = sd
	}
	if side < 0 {
		return Unknown
	}
	return w.x.sides[side]
}
