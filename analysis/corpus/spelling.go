package corpus

import "strings"

// FoldSpelling maps a lower-case British spelling to the American one used for
// counting ("neighbours" -> "neighbors", "emphasising" -> "emphasizing").
// Words it does not know are returned unchanged. Hyphenated compounds are
// folded part by part.
func FoldSpelling(w string) string {
	if strings.IndexByte(w, '-') >= 0 {
		parts := strings.Split(w, "-")
		changed := false
		for i, p := range parts {
			if f := foldWord(p); f != p {
				parts[i], changed = f, true
			}
		}
		if changed {
			return strings.Join(parts, "-")
		}
		return w
	}
	return foldWord(w)
}

func foldWord(w string) string {
	if len(w) < 4 {
		return w
	}
	if a, ok := britishWords[w]; ok {
		return a
	}
	// -our -> -or for the stems that take it (neighbour, labour, ...).
	if i := strings.Index(w, "our"); i > 0 {
		if stem := w[:i]; ourStems[stem] {
			return stem + "or" + w[i+3:]
		}
	}
	// -ise/-isation -> -ize/-ization, -yse -> -yze, for stems that take it.
	for _, suf := range izeSuffixes {
		if strings.HasSuffix(w, suf.brit) {
			stem := w[:len(w)-len(suf.brit)]
			if izeStems[stem] {
				return stem + suf.amer
			}
			if suf.yse && yseStems[stem] {
				return stem + suf.amer
			}
		}
	}
	return w
}

type suffixPair struct {
	brit, amer string
	yse        bool
}

// Longest first so "isations" wins over "s".
var izeSuffixes = []suffixPair{
	{"isations", "izations", false}, {"isation", "ization", false},
	{"ising", "izing", false}, {"ised", "ized", false}, {"ises", "izes", false},
	{"iser", "izer", false}, {"isers", "izers", false}, {"ise", "ize", false},
	{"ysing", "yzing", true}, {"ysed", "yzed", true}, {"yses", "yzes", true}, {"yse", "yze", true},
}

// izeStems are stems that end -ise in British and -ize in American spelling.
// Words like "promise", "advise", "exercise", "enterprise" are not listed and
// never change.
var izeStems = setOf(`apolog author capital categor central character civil colon
	critic democrat denuclear digital econom emphas energ equal familiar fantas final
	formal global harmon hospital ideal industrial initial institutional internal
	international jeopard legal legitim liberal local marginal maxim memor
	memorial militar minim mobil modern monopol national neutral normal optim organ
	patron penal polar popular priorit privat public rational real recogn revital
	scrutin sensit special stabil standard subsid summar symbol sympath synchron
	terror util visual weapon western vandal urban sanit rev reorgan regular
	scandal secular social steril stigmat tranquil trivial vapor crystal
	custom dramat fertil general hybrid immun magnet mechan metabol moral
	multilateral personal polit proselyt radical random reconceptual
	commercial computer contextual conceptual decentral demoral deregul desensit
	destabil epitom euphem evangel galvan hypothes idol immortal
	incentiv jargon lion material mesmer miniatur monetar
	natural oxid particular pasteur plagiar pressur prophes
	regional revolution romantic satir sermon special systemat theor trivial
	union verbal vocal`)

var yseStems = setOf(`anal paral catal dial electrol`)

var ourStems = setOf(`neighb harb lab col fav hon behavi endeav rum vig flav hum sav
	odo arm cand clam parl rig tum vap ferv splend`)

// britishWords are whole-word spellings that no rule covers.
var britishWords = map[string]string{
	"centre": "center", "centres": "centers", "centred": "centered", "centring": "centering",
	"metre": "meter", "metres": "meters", "kilometre": "kilometer", "kilometres": "kilometers",
	"litre": "liter", "litres": "liters", "theatre": "theater", "theatres": "theaters",
	"fibre": "fiber", "fibres": "fibers", "calibre": "caliber", "sombre": "somber",
	"defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
	"licence": "license", "licences": "licenses", "pretence": "pretense",
	"programme": "program", "programmes": "programs",
	"travelled": "traveled", "travelling": "traveling", "traveller": "traveler", "travellers": "travelers",
	"cancelled": "canceled", "cancelling": "canceling", "labelled": "labeled", "labelling": "labeling",
	"modelled": "modeled", "modelling": "modeling", "counselling": "counseling", "counsellor": "counselor",
	"fuelled": "fueled", "fuelling": "fueling", "signalled": "signaled", "signalling": "signaling",
	"channelled": "channeled", "levelled": "leveled", "totalled": "totaled", "marshalled": "marshaled",
	"jewellery": "jewelry", "grey": "gray", "ageing": "aging", "judgement": "judgment",
	"judgements": "judgments", "acknowledgement": "acknowledgment", "enrolment": "enrollment",
	"fulfil": "fulfill", "fulfilment": "fulfillment", "instalment": "installment",
	"skilful": "skillful", "wilful": "willful", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
	"catalogue": "catalog", "catalogues": "catalogs", "cheque": "check", "cheques": "checks",
	"tyre": "tire", "tyres": "tires", "aluminium": "aluminum", "sceptical": "skeptical",
	"sceptic": "skeptic", "scepticism": "skepticism", "paediatric": "pediatric",
	"encyclopaedia": "encyclopedia", "anaemia": "anemia", "oestrogen": "estrogen",
	"haemorrhage": "hemorrhage", "mould": "mold", "plough": "plow", "draught": "draft",
	"kerb": "curb", "storey": "story", "storeys": "stories", "whilst": "while", "amongst": "among",
	"practise": "practice", "practised": "practiced", "practising": "practicing",
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
