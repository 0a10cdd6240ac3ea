package phrases

import "strings"

// Word classes discovery reads phrases with. They are general knowledge of
// English and of diplomatic news, written by hand, never taken from the
// formula lexicon: ranking must not know which formulas are listed.

// edgeWords are function words that may not begin or end a phrase, in
// addition to the stopwords ("and long-term development of" is read as
// "long-term development"), and the nouns that live only inside complex
// prepositions ("in accordance with", "on behalf of").
var edgeWords = setOf(`per upon via within toward towards across among amid amidst whether must may might shall
	cannot also both either neither every another many much several like including according without since
	other's another's one's
	though although yet still even however thus hence s mr ms mrs dr etc
	accordance behalf`)

// headNouns are the abstract nouns the formulas of diplomacy are built on
// (the list and its kin), and the nouns its texts and programmes are
// named with ("declaration", "initiative", "documents", "communique"): a
// named document or initiative is invoked as a formula is. A phrase headed
// by one has the shape of a formula.
var headNouns = setOf(`partnership partnerships partner partners cooperation interests interest concerns relations
	relationship ties development principle principles consensus neighbors neighbor community communities
	friendship trust respect peace stability security prosperity sovereignty integrity dialogue consultation
	exchanges coexistence diplomacy order future era spirit commitment alliance benefit benefits win-win
	multilateralism unilateralism protectionism hegemonism globalization connectivity openness inclusiveness
	mentality thinking confrontation values history affairs policy vision destiny harmony solidarity mutual
	declaration declarations initiative initiatives document documents communique communiques charter`)

// abstractSuffixes mark abstract nouns the list lacks.
var abstractSuffixes = []string{"ism", "tion", "sion", "ment", "ship", "ity", "ness", "ence", "ance", "acy", "hood", "dom"}

// titleWords name offices and ranks: a phrase with one names a person.
var titleWords = setOf(`president presidents vice premier minister ministers secretary spokesperson spokesman
	spokeswoman ambassador ambassadors envoy chairman chairwoman chancellor king queen prince emperor senator
	lawmaker governor mayor director counselor councillor deputy commissioner diplomat mr ms mrs dr professor
	researcher analyst correspondent reporter editor`)

// institutionWords name bodies, outlets and places of office.
var institutionWords = setOf(`ministry ministries council committee association agency bank institute university
	party commission administration department office assembly parliament congress government embassy
	consulate corporation federation organization union news times daily post herald xinhua yonhap kcna
	court army navy academy center centre foundation chamber bureau cabinet secretariat house`)

// reportWords mark reported speech: a sentence with one of them, or with a
// quotation mark, reports what someone said.
var reportWords = setOf(`said say says saying told tell tells stressed stresses stressing noted notes urged urges
	added adds stated emphasized emphasizes emphasizing underlined underscored pointed called calls according
	reiterated reiterates expressed remarked insisted warned agreed pledged vowed declared announced affirmed
	reaffirmed highlighted described hailed praised welcomed voiced quoted cited`)

// newsroomWords name how news is gathered and given out: sources,
// briefings, statements. With reportWords, they make the frames of ordinary
// news English ("on condition of anonymity", "a regular press conference",
// "told reporters", "in a statement"), which are no formulas.
var newsroomWords = setOf(`anonymity reporters reporter journalists journalist briefing briefings conference
	conferences press statement statements interview interviews remarks comment comments media newspaper
	newspapers sources source broadcaster broadcast`)

// settingWords begin the setting of a meeting in news English ("on the
// sidelines of the APEC summit in Gyeongju", "on the margins of the G20"):
// a phrase that starts with one says where something was said, not what.
var settingWords = setOf(`sidelines margins sideline margin`)

// relationWords name a relation between sides, and relationKinds the
// words that say only that it is one (see relationName).
var (
	relationWords = setOf(`relations relationship ties`)
	relationKinds = setOf(`bilateral diplomatic`)
)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// abstractNoun reports whether w looks like an abstract noun: listed, or
// with an abstract suffix.
func abstractNoun(w string) bool {
	if headNouns[w] {
		return true
	}
	base := strings.TrimSuffix(w, "s")
	for _, suf := range abstractSuffixes {
		if strings.HasSuffix(base, suf) && len(base) > len(suf)+2 {
			return true
		}
	}
	return false
}

// copulaWords link a clause's subject to what is said of it: in "China and
// South Korea are close neighbors" the formula is what follows.
var copulaWords = setOf(`is are was were remain remains remained`)

// nameParticles are the lower-case words inside people's names: a phrase
// capitalized but for them is a name ("Ursula von der Leyen").
var nameParticles = setOf(`von van der den de da di del della du la le bin binti ibn al el dos das`)

// chromeWords are the words of a site's furniture, and chromeWeak the words
// that stand beside them there but also in the news: a phrase of one of the
// first and nothing but these and names ("privacy policy", "all rights
// reserved", "sign in subscribe", "about dw") is page chrome that cleaning
// let through (a page saved on one line), not a formula; "sovereign
// rights" and "china policy" are not.
var chromeWords = setOf(`privacy cookie cookies subscribe subscribed subscription subscriptions subscriber
	subscribers newsletter newsletters login logout facebook twitter whatsapp linkedin telegram instagram youtube
	tiktok weibo wechat kakaotalk reddit email e-mail print skip navigation menu advertise advertisement
	advertising careers copyright reserved sitemap feedback accessibility epaper e-paper rss trademark trademarks`)

var chromeWeak = setOf(`policy policies terms use conditions service settings preferences rights information
	personal share shares sign register account home search read more next previous top back page edition section
	sections notice choices ad ads comment comments contact follow content sell line app download`)
