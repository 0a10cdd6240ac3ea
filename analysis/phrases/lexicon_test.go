package phrases

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// lexiconCase is one family of the built-in lexicon with sentences written for
// this test (none copied from news): each sentence of match must give exactly
// the listed matches of the family (the original text of each occurrence, in
// text order, separated by " | "), each sentence of miss none of it. The
// rules are those of testdata/devset/README.md.
type lexiconCase struct {
	family string
	match  [][2]string // sentence, want
	miss   []string
}

var lexiconCases = []lexiconCase{
	{"close-neighbors", [][2]string{
		{"Beijing and Seoul are close neighbours that cannot be moved away, the minister said.", "close neighbours that cannot be moved away"},
		{"They remain neighbours who can't move apart from one another.", "neighbours who can't move apart from one another"},
		{"The two are important neighbors that can never be distanced from each other.", "important neighbors that can never be distanced from each other"},
		{"They are close neighbors that will always live next to each other.", "close neighbors that will always live next to each other"},
		{"He called Japan an important neighbor of the Republic of Korea.", "important neighbor"},
		{"Hanoi and Beijing are near neighbours with a long shared border.", "near neighbours"},
		{"The two are immediate neighbors across the sea.", "immediate neighbors"},
		{"Vietnam is a friendly neighbour, the spokesperson said.", "friendly neighbour"},
		{"Japan is Korea's closest neighbor, the paper says.", "closest neighbor"},
		{"Seoul and Tokyo are close and friendly neighbors.", "close and friendly neighbors"},
		{"They are neighbours that will never be able to move away.", "neighbours that will never be able to move away"},
		{"China and Japan are neighbours separated only by a narrow strip of water.", "neighbours separated only by a narrow strip of water"},
		{"The envoy called them close neighbours with deep historical ties.", "close neighbours with deep historical ties"},
	}, []string{
		"As friends and neighbors, the two peoples trade a lot.",
		"Seoul has good neighbors on every side.",
		"They pledged good-neighborly cooperation and good neighbourliness.",
		"The neighboring countries agreed on a fishery deal.",
		"Tokyo still regards Seoul as an important neighboring country.",
		"The neighbors met on Monday to discuss the border.",
		"They built close ties with neighbors in the region.",
	}},
	{"inseparable-partners", [][2]string{
		{"They are inseparable partners in cooperation.", "inseparable partners in cooperation"},
		{"The two are partners that can never be separated.", "partners that can never be separated"},
		{"We are cooperative partners who cannot be separated from each other.", "cooperative partners who cannot be separated from each other"},
	}, []string{
		"They are important partners in trade.",
		"The partners separated after the talks.",
	}},
	{"core-interests", [][2]string{
		{"Both sides should respect each other's core interests and major concerns.", "each other's core interests and major concerns"},
		{"Taiwan is a core interest of China, he said.", "core interest"},
		{"Beijing urged Tokyo to respect its core interests.", "core interests"},
	}, []string{
		"The interests of both sides are at the core of the talks.",
		"They share common interests and major concerns.",
	}},
	{"strategic-partnership", [][2]string{
		{"They upgraded ties to a comprehensive strategic cooperative partnership last year.", "comprehensive strategic cooperative partnership"},
		{"Seoul called Hanoi a key strategic partner in the region.", "strategic partner"},
		{"Both hailed their strategic and cooperative partnership.", "strategic and cooperative partnership"},
		{"The two nations are comprehensive strategic partners.", "comprehensive strategic partners"},
		{"The strategic partnership's second decade began.", "strategic partnership's"},
	}, []string{
		"They will advance the strategic relationship of mutual benefit.",
		"The allies praised their global comprehensive strategic alliance.",
		"They promised the stable development of the bilateral strategic relationship.",
		"A friendly and cooperative partnership was launched.",
	}},
	{"mutual-benefit", [][2]string{
		{"Trade should grow on the basis of equality and mutual benefit.", "mutual benefit"},
		{"They agreed to expand mutually beneficial cooperation in energy.", "mutually beneficial cooperation"},
		{"The mutually-beneficial projects were praised.", "mutually-beneficial"},
		{"China will adhere to mutual benefit and win-win results.", "mutual benefit and win-win results"},
		{"Relations rest on mutual respect and mutual benefit.", "mutual benefit"},
		{"Cooperation grew on the basis of mutual respect and benefit.", "mutual respect and benefit"},
		{"The ties are mutually beneficial, the minister said.", "mutually beneficial"},
	}, []string{
		"Relations rest on mutual respect and mutual trust.",
		"They called for mutual understanding between the peoples.",
		"The deal will benefit both sides.",
	}},
	{"win-win-cooperation", [][2]string{
		{"Both sides pursue win-win cooperation in trade.", "win-win cooperation"},
		{"The deal brought win-win results for the two economies.", "win-win results"},
		{"The agreement is a win-win for both sides.", "win-win"},
		{"It is a win win situation, the official added.", "win win situation"},
		{"It was a win–win deal.", "win–win"},
	}, []string{
		"They hope to win the bid for the games.",
		"It is a winning formula for both sides.",
	}},
	{"people-to-people", [][2]string{
		{"Xi called for more people-to-people and cultural exchanges.", "people-to-people and cultural exchanges"},
		{"They agreed to expand people to people exchanges this year.", "people to people exchanges"},
		{"People-to-people ties have deepened.", "People-to-people ties"},
		{"Cultural and people-to-people exchanges resumed in May.", "Cultural and people-to-people exchanges"},
		{"Tourism lays a people-to-people foundation.", "people-to-people"},
	}, []string{
		"They promoted exchanges between the two peoples.",
		"The rumour spread from people to people across the city.",
	}},
	{"one-china", [][2]string{
		{"Seoul adheres to the one-China principle.", "one-China principle"},
		{"Washington said its One China policy has not changed.", "One China policy"},
		{"He reaffirmed respect for One China, officials said.", "One China"},
	}, []string{
		"China is one of the largest trading partners of Korea.",
		"One Chinese official declined to comment.",
		"No one China-based firm was named.",
	}},
	{"true-multilateralism", [][2]string{
		{"They vowed to practise true multilateralism.", "true multilateralism"},
		{"The ministers pledged to uphold multilateralism.", "multilateralism"},
		{"Genuine multilateralism was the theme.", "Genuine multilateralism"},
	}, []string{
		"They will strengthen multilateral coordination.",
		"They defended the multilateral trading system.",
	}},
	{"new-era", [][2]string{
		{"The visit opened a new era of cooperation.", "new era"},
		{"Both hope to open a new chapter in relations.", "new chapter"},
		{"Ties now stand at a new starting point.", "new starting point"},
	}, []string{
		"They signed a new trade agreement.",
		"The era of globalization is not over.",
	}},
	{"right-side-of-history", [][2]string{
		{"Seoul should stand on the right side of history.", "right side of history"},
	}, []string{
		"They are on the wrong side of history.",
		"Cars drive on the right side of the road.",
	}},
	{"supply-chains", [][2]string{
		{"They will keep industrial and supply chains stable.", "industrial and supply chains"},
		{"Supply-chain resilience was on the agenda.", "Supply-chain resilience"},
		{"The global supply chain is under strain.", "supply chain"},
		{"China and Korea will secure supply and industrial chains.", "supply and industrial chains"},
		{"They discussed industrial chains and supply chains.", "industrial chains and supply chains"},
	}, []string{
		"The food supply improved this year.",
		"A chain of stores opened in Seoul.",
	}},
	{"korean-peninsula", [][2]string{
		{"They called for the complete denuclearization of the Korean Peninsula.", "complete denuclearization of the Korean Peninsula"},
		{"The allies stressed denuclearisation, officials said.", "denuclearisation"},
		{"China supports peace and stability on the Korean Peninsula.", "peace and stability on the Korean Peninsula"},
		{"They discussed the Korean Peninsula issue at length.", "Korean Peninsula issue"},
		{"China's position on the Peninsula issue is consistent.", "Peninsula issue"},
		{"They seek a peace regime on the Korean Peninsula.", "peace regime on the Korean Peninsula"},
		{"They discussed the situation on the peninsula.", "situation on the peninsula"},
		{"Beijing vowed a constructive role in Korean Peninsula affairs.", "Korean Peninsula affairs"},
		{"They want lasting peace and prosperity on the Korean Peninsula.", "peace and prosperity on the Korean Peninsula"},
	}, []string{
		"Japan's colonial rule of the Korean Peninsula ended in 1945.",
		"The alliance underpins security and prosperity on the Korean Peninsula.",
		"Tensions on the peninsula rose again.",
		// a field or a portfolio, not the issue
		"Ma Lin, a scholar of Korean Peninsula affairs, spoke on Friday.",
		"She met the special representative on Korean Peninsula affairs.",
		"The Korean War ended in an armistice.",
	}},
	{"common-ground", [][2]string{
		{"Both should seek common ground while shelving differences.", "seek common ground while shelving differences"},
		{"Seeking common ground and setting aside differences is the way.", "Seeking common ground and setting aside differences"},
		{"They agreed on shelving differences while seeking common ground.", "shelving differences while seeking common ground"},
	}, []string{
		"They found common ground on trade.",
		"Differences remain on several issues.",
	}},
	{"good-neighborliness", [][2]string{
		{"They vowed to uphold good-neighbourliness and friendship.", "good-neighbourliness and friendship"},
		{"The treaty calls for good-neighbourly relations.", "good-neighbourly relations"},
		{"The two countries are good neighbors, he said.", "good neighbors"},
		{"Roosevelt launched the Good Neighbor Policy.", "Good Neighbor Policy"},
	}, []string{
		"They are close neighbors that cannot move away.",
		"As friends and neighbors they meet often.",
	}},
	{"community-shared-future", [][2]string{
		{"Xi called for a community with a shared future for mankind.", "community with a shared future for mankind"},
		{"They will build a China-Vietnam community of shared future.", "community of shared future"},
		{"Early speeches spoke of a community of common destiny.", "community of common destiny"},
	}, []string{
		"The community shared its concerns about the future.",
		"They have a shared future, he said.",
	}},
	{"mutual-benefit-strategic-relationship", [][2]string{
		{"Both will advance the strategic relationship of mutual benefit.", "strategic relationship of mutual benefit"},
		{"Tokyo seeks a mutually beneficial relationship based on common strategic interests.", "mutually beneficial relationship based on common strategic interests"},
		{"They promoted strategic and mutually beneficial relations.", "strategic and mutually beneficial relations"},
	}, []string{
		"They deepened their strategic partnership.",
		"They agreed on mutually beneficial cooperation.",
	}},
	{"four-political-documents", [][2]string{
		{"Relations rest on the four political documents between China and Japan.", "four political documents"},
		{"He cited the four important political documents.", "four important political documents"},
	}, []string{
		"The two political parties signed four documents.",
	}},
	{"history-as-mirror", [][2]string{
		{"Japan should take history as a mirror and look forward to the future.", "take history as a mirror and look forward to the future"},
		{"Taking history as a mirror is the basis of ties.", "Taking history as a mirror"},
		{"Both should learn from history and look to the future.", "learn from history and look to the future"},
		{"Only by taking history as a mirror and facing the future can ties improve.", "taking history as a mirror and facing the future"},
		{"They must learn from history and look toward the future.", "learn from history and look toward the future"},
	}, []string{
		"History books were discussed.",
		"The lake is a mirror of the sky.",
	}},
	{"face-history", [][2]string{
		{"Tokyo must face history squarely, Beijing said.", "face history squarely"},
		{"Japan should squarely face up to its history.", "squarely face up to its history"},
		{"A correct understanding of history is the foundation.", "correct understanding of history"},
		{"Japan must face its wartime history squarely.", "face its wartime history squarely"},
	}, []string{
		"History will judge the leaders.",
		"They face the challenges together.",
	}},
	{"constructive-stable-relations", [][2]string{
		{"They agreed to build a constructive and stable China-Japan relationship.", "constructive and stable China-Japan relationship"},
		{"Both want stable and constructive relations.", "stable and constructive relations"},
		{"They will keep ties constructive and stable.", "ties constructive and stable"},
	}, []string{
		"It was a constructive dialogue.",
		"They want stable relations.",
	}},
	{"three-principles", [][2]string{
		{"Ties should follow mutual respect, peaceful coexistence and win-win cooperation.", "mutual respect, peaceful coexistence and win-win cooperation"},
		{"The two should respect each other, coexist in peace and pursue win-win cooperation.", "respect each other, coexist in peace and pursue win-win cooperation"},
		{"They cited mutual respect, peaceful co-existence and win-win cooperation.", "mutual respect, peaceful co-existence and win-win cooperation"},
	}, []string{
		"Ties rest on mutual respect and win-win cooperation.",
	}},
	{"five-principles", [][2]string{
		{"They marked 70 years of the Five Principles of Peaceful Coexistence.", "Five Principles of Peaceful Coexistence"},
	}, []string{
		"They stressed peaceful coexistence.",
		"The five principles for trade were adopted.",
	}},
	{"guardrails", [][2]string{
		{"Biden wants to build guardrails in the relationship.", "guardrails"},
		{"Officials hope to put a floor under the relationship.", "floor under the relationship"},
		{"They tried to put a floor beneath U.S.-China relations.", "floor beneath U.S.-China relations"},
		{"Both must manage the competition responsibly.", "manage the competition responsibly"},
		{"Leaders must ensure competition does not veer into conflict.", "competition does not veer into conflict"},
		{"They agreed to responsibly manage competition.", "responsibly manage competition"},
	}, []string{
		"The rail line reopened.",
		"The floor of the hall was full.",
		"Competition in the chip market is fierce.",
	}},
	{"decoupling", [][2]string{
		{"Beijing opposes decoupling and severing supply chains.", "decoupling and severing supply chains"},
		{"Washington does not seek to decouple from China.", "decouple"},
	}, []string{
		"Brussels prefers de-risking.",
		"The couple visited Seoul.",
	}},
	{"de-risking", [][2]string{
		{"The EU calls its policy de-risking, not decoupling.", "de-risking"},
		{"Firms want to derisk their supply lines.", "derisk"},
		{"Brussels calls it de–risking.", "de–risking"},
	}, []string{
		"Beijing opposes decoupling.",
		"The plan is risky.",
	}},
	{"small-yard-high-fence", [][2]string{
		{"Washington takes a small yard, high fence approach.", "small yard, high fence"},
		{"They built a small yard with high fences.", "small yard with high fences"},
	}, []string{
		"The embassy has a small yard.",
		"A high fence surrounds the base.",
	}},
	{"cold-war-mentality", [][2]string{
		{"Beijing urged Washington to discard its Cold War mentality.", "Cold War mentality"},
		{"It smacks of cold-war thinking.", "cold-war thinking"},
		{"Trade is not a zero-sum game.", "zero-sum game"},
		{"They oppose bloc confrontation in Asia.", "bloc confrontation"},
	}, []string{
		"The Cold War ended in 1991.",
		"Neither side wants a new Cold War.",
		"The game ended in a draw.",
	}},
	{"non-interference", [][2]string{
		{"They respect non-interference in each other's internal affairs.", "non-interference in each other's internal affairs"},
		{"Beijing opposes interference in China's internal affairs.", "interference in China's internal affairs"},
		{"States must not interfere in the internal affairs of others.", "interfere in the internal affairs"},
		{"They uphold non–interference in internal affairs.", "non–interference in internal affairs"},
	}, []string{
		"Radio interference disrupted the broadcast.",
		"The internal affairs ministry issued a report.",
		"Beijing accused Washington of meddling in Hong Kong.",
	}},
	{"hegemonism", [][2]string{
		{"China opposes hegemonism and power politics.", "hegemonism and power politics"},
		{"China will never seek hegemony.", "hegemony"},
		{"They reject power politics.", "power politics"},
		{"The treaty has an anti-hegemony clause.", "anti-hegemony"},
	}, []string{
		"They condemned bullying.",
		"Political power shifted.",
	}},
	{"unilateralism-protectionism", [][2]string{
		{"They oppose unilateralism and protectionism.", "unilateralism | protectionism"},
		{"Trade protectionism hurts everyone.", "Trade protectionism"},
	}, []string{
		"They condemned unilateral sanctions.",
		"The protection of workers improved.",
	}},
	{"taiwan-question", [][2]string{
		{"The Taiwan question is China's internal affair.", "Taiwan question"},
		{"China opposes Taiwan independence.", "Taiwan independence"},
		{"Beijing seeks peaceful reunification.", "peaceful reunification"},
		{"It backs China's complete national reunification.", "China's complete national reunification"},
		{"Taiwan is the first red line that must not be crossed.", "first red line"},
	}, []string{
		"They discussed the peaceful reunification of the Korean Peninsula.",
		"Korea's peaceful reunification remains a goal.",
		"Pyongyang called for the peaceful reunification of Korea.",
		"China's reunification is unstoppable, he said.",
		"The North's media urged independent national reunification.",
		"Taiwan's economy grew.",
	}},
	{"four-goods", [][2]string{
		{"They are good neighbours, good friends, good comrades and good partners.", "good neighbours, good friends, good comrades and good partners"},
		{"Ties follow the 16-word guideline.", "16-word guideline"},
		{"They praised the four goods spirit.", "four goods spirit"},
		// a label spelled out after a dash or a colon is one occurrence
		{"Both parties hailed the “four goods” – good neighbours, good friends, good comrades and good partners.", "good neighbours, good friends, good comrades and good partners"},
		{"They cited the four goods: good neighbors, good friends, good comrades and good partners; and the four goods spirit.", "good neighbors, good friends, good comrades and good partners | four goods spirit"},
	}, []string{
		"They are good friends.",
	}},
	{"asean-centrality", [][2]string{
		{"Japan supports ASEAN centrality.", "ASEAN centrality"},
		{"Seoul backs ASEAN’s central role in the region.", "ASEAN’s central role"},
		{"They reaffirmed the centrality of ASEAN.", "centrality of ASEAN"},
	}, []string{
		"ASEAN's members met in Jakarta.",
		"Trade plays a central role.",
	}},
	{"south-china-sea-code", [][2]string{
		{"They want an early Code of Conduct in the South China Sea.", "Code of Conduct in the South China Sea"},
		{"The COC talks resumed.", "COC"},
	}, []string{
		"They adopted a code of practice.",
		"The DOC was signed in 2002.",
	}},
	{"shared-values", [][2]string{
		{"The allies stressed shared values.", "shared values"},
		{"Both uphold common values.", "common values"},
		{"They defend universal values of freedom.", "universal values"},
		{"An alliance of values binds them.", "alliance of values"},
		{"Both are bound by shared basic values.", "shared basic values"},
	}, []string{
		// the verb is no formula (annotators of two held-out sets agree)
		"Seoul and Tokyo share fundamental values.",
		"They have shared interests.",
		"The value of trade rose.",
	}},
	{"rules-based-order", [][2]string{
		{"They defend the rules-based international order.", "rules-based international order"},
		{"A rule-based order matters.", "rule-based order"},
		{"They back a rules–based maritime order.", "rules–based maritime order"},
	}, []string{
		"They follow the rules of the road.",
		"The international order is changing.",
	}},
	{"free-open-indo-pacific", [][2]string{
		{"They back a free and open Indo-Pacific.", "free and open Indo-Pacific"},
		{"They seek a free, open and inclusive Indo-Pacific.", "free, open and inclusive Indo-Pacific"},
	}, []string{
		"The Indo-Pacific region is vast.",
		"Trade is free and open.",
	}},
	{"ironclad-alliance", [][2]string{
		{"They praised the ironclad alliance.", "ironclad alliance"},
		{"Washington reaffirmed its ironclad security commitment.", "ironclad security commitment"},
		{"The alliance is the linchpin of peace.", "linchpin"},
		{"They elevated ties to a global comprehensive strategic alliance.", "global comprehensive strategic alliance"},
	}, []string{
		"They presented ironclad evidence.",
		"The alliance met in Seoul.",
	}},
	{"extended-deterrence", [][2]string{
		{"Washington reaffirmed extended deterrence.", "extended deterrence"},
		{"They discussed extended nuclear deterrence.", "extended nuclear deterrence"},
	}, []string{
		"Deterrence matters.",
		"The talks were extended.",
	}},
	{"trilateral-cooperation", [][2]string{
		{"They expanded trilateral cooperation.", "trilateral cooperation"},
		{"Trilateral security cooperation deepened.", "Trilateral security cooperation"},
		{"They upheld the Camp David spirit.", "Camp David spirit"},
		{"They invoked the spirit of Camp David.", "spirit of Camp David"},
	}, []string{
		"A trilateral summit was held.",
		"Cooperation grew.",
	}},
	{"future-oriented", [][2]string{
		{"They seek future-oriented relations.", "future-oriented relations"},
		{"They built a future-oriented partnership.", "future-oriented partnership"},
	}, []string{
		"They look to the future.",
		"Future relations are uncertain.",
	}},
	{"shuttle-diplomacy", [][2]string{
		{"They resumed shuttle diplomacy.", "shuttle diplomacy"},
	}, []string{
		"A shuttle bus took them.",
		"Diplomacy resumed.",
	}},
	{"belt-and-road", [][2]string{
		{"Laos joined the Belt and Road Initiative.", "Belt and Road Initiative"},
		{"BRI projects expanded.", "BRI"},
		{"High-quality Belt and Road cooperation was discussed.", "Belt and Road cooperation"},
	}, []string{
		"Fasten your seat belt on the road.",
	}},
	{"global-initiatives", [][2]string{
		{"Vietnam supports the Global Development Initiative.", "Global Development Initiative"},
		{"He praised the Global Security Initiative.", "Global Security Initiative"},
		{"They back the Global Development, Security and Civilisation Initiatives.", "Global Development, Security and Civilisation Initiatives"},
	}, []string{
		"Global development slowed.",
		"A new initiative was launched.",
	}},
	{"regional-peace-stability", [][2]string{
		{"They will safeguard regional peace and stability.", "regional peace and stability"},
		{"It serves peace and stability in the region.", "peace and stability in the region"},
		{"It serves stability and peace in East Asia.", "stability and peace in East Asia"},
		{"They promote peace, stability and prosperity in Northeast Asia.", "peace, stability and prosperity in Northeast Asia"},
	}, []string{
		"They support peace and stability on the Korean Peninsula.",
		"They stressed regional stability.",
		"They promote peace and development in the region.",
	}},
	{"mutual-trust", [][2]string{
		{"They enhanced political mutual trust.", "political mutual trust"},
		{"They built strategic mutual trust.", "strategic mutual trust"},
		{"They deepened mutual political trust.", "mutual political trust"},
	}, []string{
		"They built mutual trust.",
		"Trust grew.",
	}},
	{"dialogue-consultation", [][2]string{
		{"Disputes should be resolved through dialogue and consultation.", "through dialogue and consultation"},
		{"Dialogue and consultations continued.", "Dialogue and consultations"},
	}, []string{
		"Dialogue continued.",
		"A consultation with experts was held.",
	}},
	{"strategic-communication", [][2]string{
		{"They agreed to strengthen strategic communication.", "strategic communication"},
	}, []string{
		"Communication improved.",
	}},
	{"open-world-economy", [][2]string{
		{"They support economic globalization.", "economic globalization"},
		{"They build an open world economy.", "open world economy"},
		{"Openness and inclusiveness are key.", "Openness and inclusiveness"},
	}, []string{
		"Globalization slowed.",
		"The world economy grew.",
	}},
	{"global-south", [][2]string{
		{"China speaks for the Global South.", "Global South"},
		// a possessive: the tokenizer keeps "'s" in the word
		{"It is a partner for the Global South’s industrialisation.", "Global South’s"},
	}, []string{
		"Global southern markets grew.",
	}},
	{"kim-obuchi-declaration", [][2]string{
		{"They honored the Kim Dae-jung–Obuchi declaration.", "Kim Dae-jung–Obuchi declaration"},
		// a hyphen joining the two names
		{"Seoul invoked the Kim Dae-jung-Obuchi joint declaration again.", "Kim Dae-jung-Obuchi joint declaration"},
		{"The 1998 Korea-Japan joint declaration set the course.", "1998 Korea-Japan joint declaration"},
		{"They cited the Korea-Japan Partnership Declaration.", "Korea-Japan Partnership Declaration"},
		{"They honoured the joint declaration of Kim Dae-jung and Keizo Obuchi.", "declaration of Kim Dae-jung and Keizo Obuchi"},
		{"In 1998 Kim Dae-jung and Keizo Obuchi adopted a joint declaration.", "Kim Dae-jung and Keizo Obuchi adopted a joint declaration"},
	}, []string{
		"The 1998 joint declaration was the third document.",
	}},
}

// TestLexicon checks every built-in family on sentences that must match
// (with the expected text) and near misses that must not.
func TestLexicon(t *testing.T) {
	fams := DefaultFamilies()
	known := map[string]bool{}
	for _, f := range fams {
		known[f.Name] = true
	}
	covered := map[string]bool{}
	var texts []string
	for _, c := range lexiconCases {
		if !known[c.family] {
			t.Errorf("table names unknown family %q", c.family)
		}
		if covered[c.family] {
			t.Errorf("family %q listed twice", c.family)
		}
		covered[c.family] = true
		if len(c.match) == 0 || len(c.miss) == 0 {
			t.Errorf("family %q needs sentences that match and near misses", c.family)
		}
		for _, m := range c.match {
			texts = append(texts, m[0])
		}
		texts = append(texts, c.miss...)
	}
	for _, f := range fams {
		if !covered[f.Name] {
			t.Errorf("built-in family %q has no lexicon test", f.Name)
		}
	}
	docs := docsOf(t, texts...) // d0, d1, ... in the order of texts
	byID := map[string]*corpus.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	m := NewMatcher(fams, corpus.DefaultAliases(), MatchOptions{})
	found := func(i int, family string) []string {
		d := byID["d"+strconv.Itoa(i)]
		if d == nil {
			t.Fatalf("document d%d missing", i)
		}
		var got []string
		for _, o := range m.Match(d) {
			if o.Family == family {
				got = append(got, o.Text)
			}
		}
		return got
	}
	i := 0
	for _, c := range lexiconCases {
		for _, mc := range c.match {
			if got := strings.Join(found(i, c.family), " | "); got != mc[1] {
				t.Errorf("%s: %q\n\tgot  %q\n\twant %q", c.family, mc[0], got, mc[1])
			}
			i++
		}
		for _, s := range c.miss {
			if got := found(i, c.family); len(got) > 0 {
				t.Errorf("%s: near miss %q matched %q", c.family, s, got)
			}
			i++
		}
	}
}
