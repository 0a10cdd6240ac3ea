package attribution

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// entry is what the attributor knows of one normalized word: its classes,
// its cue as a speech verb, its role bit and the actor and side variants
// that start with it.
type entry struct {
	norm string
	cls  class
	cue  string // speech verbs: the cue ("said")
	// forms are the unstemmed forms of a speech verb, when the index was
	// built with stemming: "highlight" (a noun) and "highlighted" stem alike
	forms map[string]bool
	// litCls are the classes each listed form gives, when the index was
	// built with stemming, and litMask all of them: "authorities" (an
	// unnamed speaker) and "Authority" stem alike, but only the listed form
	// has the class, as without stemming
	litCls  map[string]class
	litMask class
	needs   string // a verb that needs a particle: the key into particles
	role    uint64 // role bit (roleWords)
	groups  []int32
}

// group is one variant, or several identical variants of different actors
// ("Foreign Ministry" of China, the ROK, Japan...).
type group struct {
	words  []string // normalized words
	exact  []string // for variants in capitals only: the surface words
	single bool     // a one-word variant: matches only capitalized
	actors []int32
	side   int16 // for a side's own word: the side's index; else -1
	text   string
}

// actorInfo is a table actor with what the index derives for it.
type actorInfo struct {
	Actor
	roles  uint64
	person bool
	media  bool   // a news outlet (isMediaActor)
	key    string // context key: "#" + index
}

// index is the compiled table: one hash lookup per token gives everything.
type index struct {
	media []mediaName // the names of the news outlets among actors, for homeSide
	// mediaFirst maps the lower-case first word of each outlet's name to
	// its indexes in media: homeSide reads a document's head once
	mediaFirst map[string][]int32
	words      map[uint64]*entry
	groups     []group
	sides      []string
	actors     []actorInfo
	// sideWord maps a side's one-word names, lower case and unstemmed, to
	// the side: "Beijing" for "Beijing-based"
	sideWord map[string]int16
	stem     bool
	tz       *corpus.Tokenizer // only while building
	// filter has a bit per filterSlot of the words' hashes: most tokens
	// of an article are in no list, and one bit in 8 KB tells so without
	// the map (lookup runs on every token)
	filter [1 << 10]uint64
	// names maps each actor's canonical name to its side (nameSide), built
	// on first need
	namesOnce sync.Once
	names     map[string]string
}

func newIndex(acts *Actors, stem bool) *index {
	x := &index{words: map[uint64]*entry{}, tz: corpus.NewTokenizer(corpus.Stopwords{}, stem), stem: stem}
	for key, forms := range speechVerbs {
		for _, f := range forms {
			for _, e := range x.wordEntries(f) {
				e.cls |= cVerb
				e.cue = key
				if stem {
					if e.forms == nil {
						e.forms = map[string]bool{}
					}
					e.forms[f] = true
				}
				if particles[key] != nil {
					e.needs = key
				}
			}
		}
	}
	for _, wc := range wordClasses {
		for _, w := range strings.Fields(wc.words) {
			for _, e := range x.wordEntries(w) {
				e.cls |= wc.c
				x.literal(e, w, wc.c)
			}
		}
	}
	for i, g := range roleWords {
		for _, w := range strings.Fields(g) {
			for _, e := range x.wordEntries(w) {
				e.cls |= cRole
				e.role |= 1 << i
				x.literal(e, w, cRole)
			}
		}
	}
	groups := map[string]int32{}
	add := func(v string, actor int32, side int16) {
		toks := x.tz.Tokens(nil, v, 0, len(v))
		if len(toks) > 1 && toks[0].Norm == "the" {
			// "the White House": the noun phrase reader skips articles, and
			// "the" starts too many phrases to be looked up at each
			toks = toks[1:]
			v = v[toks[0].Start:]
		}
		if len(toks) == 0 {
			return
		}
		g := group{single: len(toks) == 1, side: -1, text: v}
		for _, t := range toks {
			g.words = append(g.words, t.Norm)
		}
		if allCaps(v) {
			for _, t := range toks {
				g.exact = append(g.exact, t.Surface(v))
			}
			g.single = false
		}
		key := strings.Join(g.words, " ") + "\x00" + strings.Join(g.exact, " ")
		if g.single {
			key += "\x00cap"
		}
		gi, ok := groups[key]
		if !ok {
			gi = int32(len(x.groups))
			groups[key] = gi
			x.groups = append(x.groups, g)
			e := x.entryFor(toks[0])
			e.cls |= cFirst
			e.groups = append(e.groups, gi)
		}
		gp := &x.groups[gi]
		if actor >= 0 && !containsInt32(gp.actors, actor) {
			gp.actors = append(gp.actors, actor)
		}
		if side >= 0 && gp.side < 0 {
			gp.side = side
		}
	}
	x.sideWord = map[string]int16{}
	for si, s := range acts.sides {
		x.sides = append(x.sides, s.Name)
		for _, v := range sideNames(s) {
			// names of several words ("solomon islands") serve wordsSide
			if k := strings.ToLower(v); !strings.Contains(k, ".") {
				if _, ok := x.sideWord[k]; !ok {
					x.sideWord[k] = int16(si)
				}
			}
		}
		for _, w := range sideNames(s) {
			add(w, -1, int16(si))
		}
	}
	for ai, a := range acts.actors {
		info := actorInfo{Actor: a, key: "#" + a.Name}
		info.person = !a.Org && !allCaps(a.Name)
		names := append([]string{a.Name}, a.Variants...)
		for _, n := range names {
			for _, t := range x.tz.Tokens(nil, n, 0, len(n)) {
				if e := x.lookupNorm(t.Norm); e != nil {
					info.roles |= e.role
					if e.cls&cBody != 0 && n == a.Name {
						info.person = false
					}
				}
			}
		}
		info.media = isMediaActor(&a)
		x.actors = append(x.actors, info)
		if info.media && !info.person {
			for _, n := range names {
				if x.mediaFirst == nil {
					x.mediaFirst = map[string][]int32{}
				}
				first := strings.ToLower(n[:firstWordEnd(n, 0)])
				x.mediaFirst[first] = append(x.mediaFirst[first], int32(len(x.media)))
				x.media = append(x.media, mediaName{actor: int32(ai), name: n, low: strings.ToLower(n)})
			}
		}
		for _, n := range names {
			add(n, int32(ai), -1)
		}
		if f := strings.Fields(a.Name); info.person && len(f) == 2 {
			add(f[1]+" "+f[0], int32(ai), -1) // "Fumio Kishida" for "Kishida Fumio"
		}
	}
	for _, e := range x.words {
		gs := e.groups
		sort.SliceStable(gs, func(i, j int) bool { return len(x.groups[gs[i]].words) > len(x.groups[gs[j]].words) })
	}
	x.tz = nil
	return x
}

// wordEntries returns the entries for a word of the built-in lists (one per
// token it makes; a word list entry is normally one token).
func (x *index) wordEntries(w string) []*entry {
	var out []*entry
	for _, t := range x.tz.Tokens(nil, w, 0, len(w)) {
		out = append(out, x.entryFor(t))
	}
	return out
}

func (x *index) entryFor(t corpus.Token) *entry {
	if e := x.words[t.Hash]; e != nil && e.norm == t.Norm {
		return e
	}
	e := &entry{norm: t.Norm}
	x.words[t.Hash] = e
	i := filterSlot(t.Hash)
	x.filter[i>>6] |= 1 << (i & 63)
	return e
}

// filterSlot is a word hash's bit in index.filter.
func filterSlot(h uint64) uint64 { return h * 0x9E3779B97F4A7C15 >> 48 }

// mayHold reports whether a word of hash h may be in the index.
func (x *index) mayHold(h uint64) bool {
	i := filterSlot(h)
	return x.filter[i>>6]&(1<<(i&63)) != 0
}

func (x *index) lookupNorm(norm string) *entry {
	h := corpus.WordHash(norm)
	if !x.mayHold(h) {
		return nil
	}
	if e := x.words[h]; e != nil && e.norm == norm {
		return e
	}
	return nil
}

// lookup returns the entry of a token, or nil.
func (x *index) lookup(t *corpus.Token) *entry {
	if !x.mayHold(t.Hash) {
		return nil
	}
	if e := x.words[t.Hash]; e != nil && e.norm == t.Norm {
		return e
	}
	return nil
}

func containsInt32(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// allCaps reports whether s has letters and all of them are capitals
// ("KCNA", "U.S", "ROK").
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// basedSide is the side of a "Beijing-based" word: the side whose one-word
// name stands before "-based"; -1 if none.
func (x *index) basedSide(word string) int16 {
	prefix, ok := strings.CutSuffix(word, "-based")
	if !ok || prefix == "" {
		return -1
	}
	if sd, ok := x.sideWord[prefix]; ok {
		return sd
	}
	return -1
}

// wordsSide is the side a word of a name names, also in the plural of a
// side's word ("South Koreans", "Japanese") or its possessive ("Korea's
// Ministry of ..."), or in an organization's name ("Philippine Statistics
// Authority"), when one side only is named; "" otherwise.
func (x *index) wordsSide(name string) string {
	side := int16(-1)
	fs := strings.Fields(strings.ToLower(name))
	for i := 0; i < len(fs); i++ {
		var sd int16
		ok := false
		// a side of several words first: "Central Bank of Solomon Islands"
		for n := min(3, len(fs)-i); n >= 2 && !ok; n-- {
			if sd, ok = x.sideWord[strings.Join(fs[i:i+n], " ")]; ok {
				i += n - 1
			}
		}
		if !ok {
			f := strings.TrimSuffix(strings.TrimSuffix(fs[i], "'s"), "\u2019s")
			sd, ok = x.sideWord[f]
			if !ok {
				sd, ok = x.sideWord[strings.TrimSuffix(f, "s")]
			}
		}
		if !ok {
			continue
		}
		if side >= 0 && sd != side {
			return ""
		}
		side = sd
	}
	if side < 0 {
		return ""
	}
	return x.sides[side]
}

// sideIndex is the index of a side's name in x.sides; -1 if none.
func (x *index) sideIndex(side string) int16 {
	for i, s := range x.sides {
		if s == side {
			return int16(i)
		}
	}
	return -1
}

// hyphenTitle is the entry of a title written with a hyphen ("Vice-Premier",
// "deputy-director"): the role's, when the word before the hyphen is a
// title word and the word after it a role; nil otherwise.
func (x *index) hyphenTitle(word string) *entry {
	h := strings.IndexByte(word, '-')
	if h <= 0 || h == len(word)-1 {
		return nil
	}
	part := func(w string) *entry {
		if x.stem {
			w = corpus.StemWord(w)
		}
		return x.lookupNorm(w)
	}
	a, b := part(word[:h]), part(word[h+1:])
	if a == nil || b == nil || a.cls&cTitle == 0 || b.cls&cRole == 0 {
		return nil
	}
	return b
}

// literal records that the listed word w gives e the classes c, when the
// index stems (see entry.litCls).
func (x *index) literal(e *entry, w string, c class) {
	if !x.stem || strings.ContainsAny(w, " ") {
		return
	}
	if e.litCls == nil {
		e.litCls = map[string]class{}
	}
	e.litCls[corpus.NormalizeWord(w)] |= c
	e.litMask |= c
}

// classOf is the classes of a token with entry e and unstemmed lower-case
// form lw: with stemming, a listed word's classes only for its listed form.
func classOf(e *entry, lw string) class {
	if e.litMask == 0 {
		return e.cls
	}
	return e.cls&^e.litMask | e.litCls[lw]
}

// mediaName is a name of a news outlet of the table, as written and in
// lower case.
type mediaName struct {
	actor     int32
	name, low string
}
