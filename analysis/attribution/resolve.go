package attribution

import (
	"strings"
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

// ctxEntry is a speaker the article has named, for resolving short names,
// pronouns and roles later in it.
type ctxEntry struct {
	sp    speaker
	roles uint64
	seen  int // when last named: w.clock
}

// remember records sp as named now, with the roles its titles gave it, and
// returns its entry.
func (w *worker) remember(sp speaker, roles uint64) int {
	if sp.joint || sp.name == "" {
		return -1
	}
	w.clock++
	key := sp.key()
	i, ok := w.ctxKey[key]
	if !ok {
		i = len(w.ctx)
		w.ctx = append(w.ctx, ctxEntry{sp: sp})
		w.ctxKey[key] = i
		if sp.actor >= 0 {
			roles |= w.x.actors[sp.actor].roles
		}
	}
	w.ctx[i].roles |= roles
	w.ctx[i].seen = w.clock
	return i
}

// rememberShort makes the first and last words of a person's name, as
// written, stand for the person in the rest of the article ("Hwang" for
// "Hwang Jae-ho").
func (w *worker) rememberShort(raw string, s seg, entry int) {
	if entry < 0 || s.b-s.a < 2 {
		return
	}
	w.short[surface(raw, &w.toks[s.a])] = entry
	w.short[surface(raw, &w.toks[s.b-1])] = entry
}

func surface(raw string, k *tok) string {
	s := raw[k.t.Start:k.t.End]
	if k.poss {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "\u2019s")
	}
	return s
}

// fromActor is the speaker of table actor ai.
func (w *worker) fromActor(ai int32) speaker {
	a := &w.x.actors[ai]
	return speaker{name: a.Name, side: a.Side, actor: ai, person: a.person, named: true}
}

// resolveGroup picks the actor of a mention whose variant several actors
// share ("Lee", "Foreign Ministry"): the one the article named last, then
// one of the side named in the phrase, then one in office in the article's
// year; if they all speak for one side, the first. Otherwise the variant
// stays a name without a side.
func (w *worker) resolveGroup(g *group, s seg) speaker {
	c := g.actors
	if len(c) == 1 {
		return w.fromActor(c[0])
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
	if side := w.sideIn(s); side != "" {
		for _, ai := range c {
			if w.x.actors[ai].Side == side {
				return w.fromActor(ai)
			}
		}
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
	side := w.x.actors[c[0]].Side
	for _, ai := range c[1:] {
		if w.x.actors[ai].Side != side {
			return speaker{name: g.text, side: Unknown, actor: -1, person: w.x.actors[c[0]].person, named: true}
		}
	}
	return w.fromActor(c[0])
}

// sideIn returns the side named by a side word in s ("Chinese", "Seoul"),
// leaving out the country an envoy is sent to ("Ambassador to China"); ""
// if none.
func (w *worker) sideIn(s seg) string {
	for i := s.a; i < s.b; i++ {
		m := w.mentionAt(i)
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
// "Embassy in": the post, not the side.
func (w *worker) sentTo(i int) bool {
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
		if w.toks[i].cls&cSrcPrep != 0 && w.joins(i) {
			s.a = i + 1
			break
		}
	}
	if s.b-s.a == 1 && w.toks[s.a].cls&cPron != 0 {
		return w.pronoun(raw, s.a)
	}
	if w.isJoint(s) {
		return speaker{name: Both, side: Both, actor: -1, joint: true}, true
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
	roles, person := w.roleIn(s)
	side := w.sideIn(s)
	if roles != 0 {
		if sp, ok := w.byRole(roles, person, side); ok {
			return sp, true
		}
		if person && side != "" {
			if sp, ok := w.lastOfSide(side); ok { // "the Chinese leader" after "Xi met Putin"
				return sp, true
			}
		}
	}
	if side != "" {
		if w.sidesIn(s) > 1 {
			return speaker{name: Both, side: Both, actor: -1, joint: true}, true
		}
		sp := speaker{name: w.text(raw, s.a, s.b), side: side, actor: -1, named: true, sideOnly: true}
		if roles != 0 && !person {
			w.remember(sp, roles) // "the ministry" later is "Korea's trade ministry"
		}
		return sp, true
	}
	if roles != 0 && person && w.lastPerson >= 0 {
		return w.ctx[w.lastPerson].sp, true
	}
	for i := s.a; i < s.b; i++ {
		if w.toks[i].cls&(cGeneric|cRole) != 0 {
			sp := speaker{name: w.text(raw, s.a, s.b), side: Unknown, actor: -1}
			if roles != 0 && !person && w.toks[s.b-1].cls&cRole != 0 && s.b-s.a > 1 {
				w.remember(sp, roles) // "the trade ministry", then "the ministry"
			}
			return sp, true
		}
	}
	return speaker{}, false
}

// sidesIn counts the distinct sides named in s.
func (w *worker) sidesIn(s seg) int {
	var seen []int16
	for i := s.a; i < s.b; i++ {
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
		if m := w.mentionAt(i); m != nil && m.a == i {
			if g := &w.x.groups[m.g]; len(g.actors) > 0 {
				sp := w.resolveGroup(g, s)
				if e, ok := w.short[surface(raw, &w.toks[i])]; ok && g.single {
					sp = w.ctx[e].sp // "Wang" after "Wang Wentao" is Wang Wentao
				}
				hs = append(hs, head{sp: sp, s: seg{m.a, min(m.b, s.b)}, poss: m.poss})
			}
			i = max(m.b, i+1)
			continue
		}
		if n, sp, ok := w.unknownName(raw, i, s.b); ok {
			hs = append(hs, head{sp: sp, s: seg{i, i + n}, poss: w.toks[i+n-1].poss})
			i += n
			continue
		}
		i++
	}
	if len(hs) == 0 {
		return nil
	}
	// several names joined by "and" speak together
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

// byRole finds the speaker the article last named with one of these roles
// (and of this side, if given): "the minister said".
func (w *worker) byRole(roles uint64, person bool, side string) (speaker, bool) {
	best, seen := -1, 0
	for i := range w.ctx {
		c := &w.ctx[i]
		if c.roles&roles == 0 || c.seen <= seen || side != "" && c.sp.side != side || person && !c.sp.person {
			continue
		}
		best, seen = i, c.seen
	}
	if best < 0 {
		return speaker{}, false
	}
	return w.ctx[best].sp, true
}

// lastOfSide is the person of a side the article named last.
func (w *worker) lastOfSide(side string) (speaker, bool) {
	if w.lastPerson >= 0 && w.ctx[w.lastPerson].sp.side == side {
		return w.ctx[w.lastPerson].sp, true
	}
	best, seen := -1, 0
	for i := range w.ctx {
		if c := &w.ctx[i]; c.sp.person && c.sp.side == side && c.seen > seen {
			best, seen = i, c.seen
		}
	}
	if best < 0 {
		return speaker{}, false
	}
	return w.ctx[best].sp, true
}

// unknownName reads a name the table does not know at token i (before end):
// a run of capitalized words ("Hwang Jae-ho", "Institute for Global Strategy
// and Cooperation"), without the titles before it. A one-word name the
// article gave in full before ("Hwang") is that speaker.
func (w *worker) unknownName(raw string, i, end int) (int, speaker, bool) {
	if !w.nameWord(i) {
		return 0, speaker{}, false
	}
	j, org, ofSeen := i+1, false, false
	for j < end {
		k := &w.toks[j]
		if k.gap&(gHard|gComma) != 0 || k.ment > 0 || w.toks[j-1].poss {
			break
		}
		if w.nameWord(j) {
			j++
			continue
		}
		// "of", "for", "the" inside an organization's name; "and" after them
		n := k.word()
		if (n == "of" || n == "for" || n == "the" || n == "and" && ofSeen) && j+1 < end && w.nameWord(j+1) && w.toks[j+1].gap&(gHard|gComma) == 0 {
			ofSeen = ofSeen || n != "the"
			j++
			continue
		}
		break
	}
	for x := i; x < j; x++ {
		if w.toks[x].cls&cBody != 0 && w.toks[x].cap {
			org = true
		}
	}
	if !org { // a person: leave out the titles before the name
		for i < j && w.toks[i].cls&(cRole|cTitle|cDet) != 0 {
			i++
		}
		for i < j && w.toks[i].cls&cConn != 0 {
			i++
		}
		if i == j {
			return 0, speaker{}, false
		}
	}
	if j-i == 1 && !org {
		if e, ok := w.short[surface(raw, &w.toks[i])]; ok {
			return 1, w.ctx[e].sp, true
		}
	}
	name := w.text(raw, i, j)
	if w.toks[j-1].poss {
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "\u2019s")
	}
	side := Unknown
	// "Korean Air": a side's word just before a one-word name makes an organization
	if i > 0 && j-i == 1 && !strings.Contains(w.toks[i].word(), "-") {
		if m := w.mentionAt(i - 1); m != nil && m.side >= 0 && len(w.x.groups[m.g].actors) == 0 && w.toks[i].gap == 0 &&
			!w.sentTo(m.a) && w.toks[i].cls&(cRole|cTitle) == 0 {
			name = strings.TrimSuffix(strings.TrimSuffix(surface(raw, &w.toks[m.a]), "'s"), "\u2019s") + " " + name
			side = w.x.sides[m.side]
			org = true
		}
	}
	if allCaps(name) {
		org = true
	}
	return j - i, speaker{name: name, side: side, actor: -1, person: !org, named: true}, true
}

// nameWord reports whether token i can be part of a name the table does not
// know: capitalized, and no title, role, determiner or function word.
func (w *worker) nameWord(i int) bool {
	k := &w.toks[i]
	if !k.cap || k.quoted || k.ment > 0 {
		return false
	}
	return k.cls&(notName|cDet|cGeneric|cDataNoun|cDocNoun|cTwo|cPlural|cQA) == 0 || k.cls&cBody != 0 && k.cls&(notName|cGeneric) == 0
}
