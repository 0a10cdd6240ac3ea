package attribution

import "strings"

// The article's memory of whom it named, for the short names, roles and
// pronouns that follow.

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
	w.learnSide(i, sp)
	return i
}

// learnSide gives entry i, a speaker first met without a side, the side sp
// names it with ("Deng Hongbo", then "China's ambassador, Deng Hongbo").
func (w *worker) learnSide(i int, sp speaker) {
	if e := &w.ctx[i]; (e.sp.side == Unknown || e.sp.side == "") && sp.side != Unknown && sp.side != "" && sp.side != Both {
		e.sp.side = sp.side
	}
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

// byRole finds the speaker the article last named with one of these roles
// (and of this side, if given): "the minister said".
func (w *worker) byRole(roles uint64, person bool, side string) (speaker, bool) {
	if sp, ok := w.byRole1(roles, person, side); ok || !person {
		return sp, ok
	}
	// "the spokesperson said" after "a spokesperson for the defense
	// ministry said": the body the spokesperson speaks for
	return w.byRole1(roles, false, side)
}

func (w *worker) byRole1(roles uint64, person bool, side string) (speaker, bool) {
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
