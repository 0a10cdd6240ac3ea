package attribution

// kindCases are the kinds of attribution the development set showed wrong
// (issue 14): whole-document speakers, joint statements, page chrome, sides
// of names the table does not know. The sentences are our own.
var kindCases = []struct {
	name string
	date string
	text string
	want []string
}{
	{"joint statement document", "", "Joint Statement on the Summit of Ruritania and Freedonia\n\n" +
		"1. Welcome the progress of the partnership over the past decade.\n\n" +
		"2. We reaffirm our commitment to regional peace and stability.\n\n" +
		"The two sides agreed to meet again next year. They pledged to expand trade.",
		[]string{"narrator | narrator | narrator", "both | both | joint statement", "both | both | joint statement",
			"both | both | joint statement", "both | both | joint statement", "both | both | agreed", "both | both | pledged"}},
	{"spokesperson answers", "", "Embassy of the People's Republic of China in Freedonia\n" +
		"Home | About Us | Spokesperson's Remarks\n" +
		"Embassy Spokesperson Answers Journalists' Questions on Trade\n\n" +
		"Q: How do you see the new tariffs?\n\n" +
		"A: We firmly oppose them. Trade grew 5 percent last year.\n\n" +
		"Spokesperson: The door to dialogue remains open.",
		[]string{"narrator | narrator | narrator", "narrator | narrator | narrator", "journalist | press | transcript",
			"Embassy spokesperson | China | transcript", "Embassy spokesperson | China | transcript",
			"Embassy spokesperson | China | transcript"}},
	{"spokesperson statement", "", "Statement by the Spokesperson of the Chinese Embassy on Tariffs\n\n" +
		"China firmly opposes the move. Exports fell 3 percent. The US claims that it seeks fairness.",
		[]string{"narrator | narrator | narrator", "Embassy spokesperson | China | document",
			"Embassy spokesperson | China | document", "US | US | claimed"}},
	{"side of an unknown name from its titles and appositive", "", "Chinese Ambassador Wu Lanfeng said ties were stable. " +
		"Wu added that trade would grow. " +
		"Petra Novak, an analyst at a Brussels think tank, said the deal was fair. " +
		"Zhao Ming, a researcher at a Beijing-based institute, said so too. " +
		"Park Soo-ah, a professor at a university in Busan, said the opposite.",
		[]string{"Wu Lanfeng | China | said", "Wu Lanfeng | China | added", "Petra Novak | EU | said",
			"Zhao Ming | China | said", "Park Soo-ah | ROK | said"}},
	{"an organization's name ending in its country", "", "Exports rose 4 percent, according to the Central Bank of Ruritania. " +
		"The Coast Guard Command of the Philippines said two ships were seen. " +
		"The Development Fund of Mongolia said the loan was repaid.",
		[]string{"Central Bank of Ruritania | unknown | according to", "Coast Guard Command of the Philippines | Philippines | said",
			"Development Fund of Mongolia | Mongolia | said"}},
	{"joint subjects that agree", "", "Seoul and Tokyo agreed to resume talks. The leaders reaffirmed their alliance. " +
		"Seoul and Tokyo said the missile flew 1,000 km.",
		[]string{"both | both | agreed", "both | both | affirmed", "Seoul and Tokyo | both | said"}},
	{"TV script", "", "ANCHOR: Xi Jinping met the Japanese prime minister on Monday.\n\n" +
		"REPORTER: The two economies are deeply intertwined.\n\n" +
		"SOUNDBITE (CHINESE) TANG WEIMIN, Research Fellow: \"Trade is the ballast of ties. Both sides gain.\"",
		[]string{"narrator | narrator | transcript", "narrator | narrator | transcript",
			"Tang Weimin | unknown | transcript", "Tang Weimin | unknown | quote"}},
	{"outlets ask in a transcript", "", "Spokesperson Mao Ning: We have noted the reports.\n\n" +
		"Kyodo News: Will the talks resume?\n\nMao Ning: I have nothing to add.",
		[]string{"Mao Ning | China | noted", "journalist | press | transcript", "Mao Ning | China | transcript"}},
	{"the outlet's side for named speakers without one", "", "SEOUL, May 2 (Yonhap) -- Talks will resume, ministry spokesperson Kang Min-jun told reporters. " +
		"The Finance Ministry said exports rose. Analysts said the rise would not last.",
		[]string{"Kang Min-jun | ROK | told", "Ministry of Economy and Finance | ROK | said", "analysts | unknown | said"}},
	{"national outlets and cities beyond the capitals", "", "ANKARA (Anadolu) - Orders will recover by spring, trade official Selin Aksoy said on Friday. " +
		"Karachi-based economist Bilal Qureshi said freight costs had doubled. Analysts in Mumbai said the rupee would hold.",
		[]string{"Selin Aksoy | Turkey | said", "Bilal Qureshi | Pakistan | said", "analysts in Mumbai | India | said"}},
	{"the outlet's side for its country's departments and bureaus", "", "MANILA (PNA) -- Rice imports will be capped at 3 million tonnes, the Department of Agriculture said. " +
		"Exports rose 6 percent, according to the Bureau of Customs. The International Energy Agency said demand would slow.",
		[]string{"Department of Agriculture | Philippines | said", "Bureau of Customs | Philippines | according to", "International Energy Agency | unknown | said"}},
	{"acronyms the article introduced", "", "Trade rose, according to the Ghana Revenue Authority (GRA). GRA data show exports climbed 4 percent. " +
		"The Kenya Ports Authority (KPA) said cargo fell. Volumes rose 3 percent, the KPA said. " +
		"The European Union (EU) will review the deal, EU officials said. " +
		"The launch was a success, the Korean Central News Agency (KCNA) said. The rocket flew 900 km, KCNA said. " +
		"Exports rose, according to Japan's Ministry of Land, Infrastructure, Transport and Tourism (MLIT). MLIT said more would follow. " +
		"Imports fell, according to Austria's Federal Economic Chamber (Wikam). Wikam said orders would recover. " +
		"Korea Hydro & Nuclear Power (KHNP) won the bid. KHNP said work would start in 2027.",
		[]string{"Ghana Revenue Authority | Ghana | according to", "Ghana Revenue Authority | Ghana | data",
			"Kenya Ports Authority | Kenya | said", "Kenya Ports Authority | Kenya | said", "EU officials | EU | said",
			"Korean Central News Agency | DPRK | said", "Korean Central News Agency | DPRK | said",
			"Ministry of Land, Infrastructure, Transport and Tourism | Japan | according to", "Ministry of Land, Infrastructure, Transport and Tourism | Japan | said",
			"Federal Economic Chamber | Austria | according to", "Federal Economic Chamber | Austria | said",
			"narrator | narrator | narrator", "Korea Hydro & Nuclear Power | ROK | said"}},
	{"the board, the chamber: an organization the article named", "",
		"Soy exports fell, the Paraguayan Grain Board of Commerce reported in May. Shipments rose 5 percent in June, the board said. " +
			"Exports to Japan rose 3 percent, according to India's commerce ministry. Senator Hale said the numbers were weak. " +
			"The ambassador spoke at the Mexican embassy in Lima. The embassy said trade would double.",
		[]string{"Grain Board of Commerce | Paraguay | reported", "Paraguayan Grain Board of Commerce | Paraguay | said",
			"Commerce Ministry | India | according to", "Hale | unknown | said",
			"narrator | narrator | narrator", "Mexican embassy | Mexico | said"}},
	{"subordinate clauses and more verbs", "", "The summit came 10 days after Seoul announced a plan. " +
		"Tourism officials in Busan expect more visitors. A survey by the Korea Tourism Organization found that two-thirds plan trips.",
		[]string{"narrator | narrator | narrator", "Tourism officials in Busan | ROK | expected", "Korea Tourism Organization | ROK | data"}},
	{"what a country should do goes on with the speaker", "", "Wang Yi said ties had improved.\n\n" +
		"China and Japan should manage their differences.\n\nTrade rose 5 percent. Flights resumed in May. Visitors returned. Both should act.",
		[]string{"Wang Yi | China | said", "Wang Yi | China | continued", "narrator | narrator | narrator",
			"narrator | narrator | narrator", "narrator | narrator | narrator", "narrator | narrator | narrator"}},
	{"state media relay the speaker", "", "According to Xinhua, Xi Jinping said the door is open. " +
		"Xinhua reported that Wang Yi urged restraint. KCNA reported a launch.",
		[]string{"Xi Jinping | China | said", "Wang Yi | China | urged", "Korean Central News Agency | DPRK | reported"}},
	{"an opening according-to relays a person it reports", "", "Wang Yi met Jaishankar. According to a Chinese readout, Mr. Wang said the border was calm. " +
		"According to the White House, Japan agreed to buy 100 aircraft. Trade rose 3 percent, according to the ministry, as Kim Jung-kwan said.",
		[]string{"narrator | narrator | narrator", "Wang Yi | China | said", "White House | US | according to", "ministry | unknown | according to"}},
	{"a body's name with lower-case modifiers after the words it reports", "", "Vietnam's General Department of Customs said trade rose. " +
		"The line, opened in 2024, carries 45,000 passengers a day, the city's transport department said. The department also said fares fell.",
		[]string{"General Department of Vietnam Customs | Vietnam | said", "city's transport department | unknown | said", "city's transport department | unknown | said"}},
	{"long titles, a country's name of two words, a follow-up question", "", "Coordinating Minister for Economic Affairs Airlangga Hartarto said investment grew. " +
		"Data from the Central Bank of Solomon Islands (CBSI) show exports fell. The CBSI said so.",
		[]string{"Airlangga Hartarto | unknown | said", "Central Bank of Solomon Islands | Solomon Islands | data", "Central Bank of Solomon Islands | Solomon Islands | said"}},
	{"a side's position through its spokesperson, a time clause after the frame", "",
		"China hopes the ROK will adhere to the one-China principle, spokesperson Guo Jiakun said on Monday, after Seoul joined a three-day exercise. " +
			"China supports the plan, Wang Yi said. Seoul expects exports to rise.",
		[]string{"Guo Jiakun | China | said", "Wang Yi | China | said", "Seoul | ROK | expected"}},
	{"a photo's credit run into a sentence", "", "Delegates attend a fair in Qingdao. Photo: VCG  China hopes to expand trade. Photo: Getty Images  Japan said it would help.",
		[]string{"narrator | narrator | narrator", "China | China | hoped", "Japan | Japan | said"}},
	{"an acronym of a name the article gave in full", "", "Trade reached $38.2 billion, Philippine Rice Research Institute data showed. " +
		"The PRRI figures also showed yields rose. Data from the Department of Regional Development and Trade show trade rose. DRDT data show more. The EU said so.",
		[]string{"Rice Research Institute | Philippines | data", "Philippine Rice Research Institute | Philippines | data", "Department of Regional Development and Trade | unknown | data",
			"Department of Regional Development and Trade | unknown | data", "EU | EU | said"}},
	{"a sentence near the top is no heading", "", "Aliyev, Xi elevate ties\n\nIn the joint statement, the sides reaffirmed their commitment to the Five Principles of Peaceful Coexistence.\n\n" +
		"The Azerbaijani side reiterated its adherence to the one-China principle.\n\nTrade rose 22 percent, the committee said.",
		[]string{"narrator | narrator | narrator", "both | both | joint statement", "Azerbaijani side | Azerbaijan | reiterated", "committee | unknown | said"}},
	{"a joint press release", "", "A joint press release said they called for regional peace. Prabowo said in a joint press statement that ties grew.",
		[]string{"both | both | said", "Prabowo Subianto | Indonesia | said"}},
	{"an according-to aside or ending relays the person", "", "Wang Yi met Dar. Mr Wang, according to the Foreign Office, said China valued Pakistan. " +
		"Xi Jinping said China will expand cooperation, and jointly oppose protectionism, according to a Chinese readout.",
		[]string{"narrator | narrator | narrator", "Wang Yi | China | said", "Xi Jinping | China | said"}},
	{"joint plurals, a subject of study, an outlet's own analyst", "", "Baku, April 24 (News.Az) - Azerbaijan and China signed deals.\n\n" +
		"Political analyst Farhad Mammadov told News.Az that the status would help. The ministers also agreed to expand exchanges.",
		[]string{"narrator | narrator | narrator", "Farhad Mammadov | Azerbaijan | told", "both | both | agreed"}},
	{"a subject of study is no side", "", "Wu Xinbo, director of the Center for American Studies at Fudan University, said ties improved. " +
		"Wang Lutong, director-general of European affairs at China's foreign ministry, told reporters that talks went on.",
		[]string{"Wu Xinbo | unknown | said", "Wang Lutong | China | told"}},
	{"lower-case modifiers of a body after an article", "", "Twenty nationals have been killed since 2021, including five engineers who died in March, according to the interior ministry. " +
		"Exports rose, according to the state news agency. Park Yoon-joo, an official, said two working groups would be set up. " +
		"\"The sea is no place for hegemony,\" said a maritime law professor at the University of the Philippines.",
		[]string{"interior ministry | unknown | according to", "state news agency | unknown | according to", "Park Yoon-joo | ROK | said",
			"maritime law professor | Philippines | said"}},
	{"unnamed sources of wire copy", "", "People familiar with the talks said China would buy soybeans. Two sources close to the government said the deal was near. " +
		"A person with knowledge of the matter said so. Chinese officials briefed on the plan said it would start in May.",
		[]string{"people familiar with the talks | unknown | said", "Two sources close to the government | unknown | said",
			"person with knowledge of the matter | unknown | said", "Chinese officials briefed on the plan | China | said"}},
	{"a world outlet gives no home side", "", "By Bloomberg News\n\nJapan shipped $148 billion of goods to the US, according to the Ministry of Finance. Kazutaka Maeda, an economist, said so.",
		[]string{"narrator | narrator | narrator", "Japanese Ministry of Finance | Japan | according to", "Kazutaka Maeda | unknown | said"}},
	{"a trailing data frame with an appositive; who said", "", "Barley shipments reached 4.2 million tonnes, data from ABARES, the government's farm forecaster, showed. " +
		"Tariffs remain at 50%, according to officials familiar with the talks, who said Tokyo wanted a cut within 45 days. Lee, who is on a six-day visit, said ties were strong.",
		[]string{"ABARES | unknown | data", "officials | unknown | according to", "Lee Jae-myung | ROK | said"}},
	{"a relative clause with its own trailing frame", "", "Iwaya expressed concern over activity around the Senkaku Islands, where vessels were spotted for 335 days last year, the Japan Coast Guard said.",
		[]string{"Iwaya Takeshi | Japan | expressed"}},
	{"an opening participle of speaking, an aka aside", "", "Foreign Minister Datuk Seri Mohamad Hasan arrived in Beijing. " +
		"Speaking to Malaysian media at the end of his four-day visit, Mohamad, better known as Tok Mat, said ties were at their best. Beijing on Monday said it would respond.",
		[]string{"narrator | narrator | narrator", "Mohamad Hasan | Malaysia | said", "Beijing | China | said"}},
	{"a national outlet's unnamed and named institutions take its side", "", "SEOUL, Sept. 30 (Yonhap) -- Ties improved.\n\n" +
		"A survey by the East Asia Institute found that 43.5 percent of South Koreans view Japan favorably. Of the 15 plaintiffs, only two are alive, according to a civic group.",
		[]string{"narrator | narrator | narrator", "East Asia Institute | ROK | data", "civic group | ROK | according to"}},
	{"an appositive's side stops at its relative clause", "", "\"This is the best environment in 35 years,\" said Alexander Gabuev, a Russian analyst who heads the Carnegie Russia Eurasia Center in Berlin.",
		[]string{"Alexander Gabuev | Russia | said"}},
	{"unnamed sources after the words they report", "", "Japan plans a vehicle to channel $550 billion into US projects, people familiar with the matter said, a key plank of a trade deal that cuts tariffs to 15%. " +
		"Only 1% to 2% would be direct investment, one of them said.",
		[]string{"people familiar with the matter | unknown | said", "people familiar with the matter | unknown | said"}},
	{"condemning is a speech act", "", "Choe Son Hui met Lavrov. According to KCNA, she also denounced the sanctions. Lin Jian criticized the visit.",
		[]string{"narrator | narrator | narrator", "Choe Son Hui | DPRK | condemned", "Lin Jian | China | condemned"}},
	{"the side of a plural of a side's word", "", "South Koreans said the alliance mattered.",
		[]string{"South Koreans | ROK | said"}},
	{"respondents speak through the survey", "", "In a recent poll, seven in ten South Koreans said the alliance mattered. " +
		"A survey by the Korea International Trade Association found that exports would fall. Only one in five firms said they were ready.",
		[]string{"poll | unknown | data", "Korea International Trade Association | ROK | data", "Korea International Trade Association | ROK | data"}},
	{"a subordinate clause's frame speaks for its clause", "", "The talks came a day after the Bank of Korea said the economy shrank 0.2 percent.",
		[]string{"narrator | narrator | narrator"}},
	{"present tense and more verbs", "", "Officials stress that the loans are not cash. A private think tank estimates that exports could fall. " +
		"Park Min-ji asked Beijing to ease the curbs. Airlines have added 48 weekly flights.",
		[]string{"officials | unknown | stressed", "think tank | unknown | estimated", "Park Min-ji | unknown | asked", "narrator | narrator | narrator"}},
	{"documents as speakers", "", "A spokesperson for the North's defense ministry said the drills were a threat. " +
		"The statement also said the allies would pay. The declaration set a goal of more exchanges and pledged to meet yearly. The communique also reaffirmed the alliance. " +
		"Kishida spoke with Biden, and the two reaffirmed their ties.",
		[]string{"Defense Ministry | DPRK | said", "Defense Ministry | DPRK | said", "both | both | pledged", "both | both | affirmed", "both | both | affirmed"}},
	{"data without a source's name", "", "Government figures show that one in four visitors came from China. " +
		"A Gallup Korea survey showed 59 percent opposed the plan. A survey of 250 hotels found that four in ten had cancellations. " +
		"A study by the Korea Development Institute estimates that tariffs cost each household $1,300 a year.",
		[]string{"government figures | unknown | data", "Gallup Korea | ROK | data", "survey | unknown | data", "Korea Development Institute | ROK | estimated"}},
	{"subjects across commas and addressees", "", "US Secretary of State Marco Rubio, who was due in Kuala Lumpur on Thursday, has repeatedly stressed the alliance. " +
		"Sun Yiming, a research fellow at a Shanghai institute, told the Global Times on Monday that ties were strained. " +
		`"Nobody is rethinking supply chains," said a Shanghai-based trade consultant. ` +
		`"Japan and China are important neighbours," said one Japanese official who accompanied the prime minister.`,
		[]string{"Marco Rubio | US | stressed", "Sun Yiming | China | told", "Shanghai-based trade consultant | China | said", "Japanese official | Japan | said"}},
	{"the spokesperson of a body", "", "A spokesperson for the North's defense ministry said the drills were a threat. " +
		`"The plan is a pipe dream," the spokesperson said.`,
		[]string{"Defense Ministry | DPRK | said", "Defense Ministry | DPRK | said"}},
	{"joint subjects and joint documents", "", "The three leaders pledged to deepen trilateral cooperation. " +
		"In the talks, which lasted an hour, Abe and Xi confirmed they would meet again, and agreed to expand trade. " +
		`"Cooperation had stalled," Yoon said at a joint press conference. ` +
		`Kishida said he upholds the 1998 joint declaration, which expressed "deep remorse". ` +
		"He recalled that the leaders of the two countries agreed in 2008 to advance ties.",
		[]string{"both | both | pledged", "both | both | confirmed", "Yoon Suk Yeol | ROK | said", "Kishida Fumio | Japan | said", "Kishida Fumio | Japan | recalled"}},
	{"a party's frame in a joint statement", "", "Joint Fact Sheet on the Summit of Ruritania and Freedonia\n\n" +
		"- The United States reaffirmed its ironclad commitment to the defense of the ROK.",
		[]string{"narrator | narrator | narrator", "both | both | affirmed"}},
	{"a TV script's tags in brackets", "", "[Anchor] Yoon Suk Yeol met Joe Biden on Wednesday.\n\n" +
		"[Biden] \"Our alliance is the linchpin of peace in the region.\"\n\n[Reporter] The two sides also pledged more talks.\n\n" +
		"[Reporter] Prime Minister Kishida will visit Seoul next month.",
		[]string{"narrator | narrator | transcript", "Joe Biden | US | transcript", "both | both | pledged", "narrator | narrator | transcript"}},
	{"stances and the progressive", "", "Vietnam supports the Global Development Initiative. Washington, meanwhile, is urging its allies to cut their dependence on Chinese supply chains. " +
		"Wang Yi said the two sides should talk, and that Beijing firmly supports ASEAN's central role.",
		[]string{"Vietnam | Vietnam | supported", "Washington | US | urged", "Wang Yi | China | said"}},
	{"a participle after its noun is no frame", "", "Eleven victims have accepted payments under the plan announced in March 2023.",
		[]string{"narrator | narrator | narrator"}},
	{"he after where is the sentence's subject; a possessive is no inverted subject", "", "Wang Hao said the talks went well. " +
		"Chinese President Xi Jinping also attended the summit in Gyeongju, where he called for an open world economy. " +
		"US Secretary of State Marco Rubio, who was due in Kuala Lumpur on Thursday, has stressed Washington's \"ironclad commitment\".",
		[]string{"Wang Hao | unknown | said", "Xi Jinping | China | called for", "Marco Rubio | US | stressed"}},
	{"the sponsors of a survey", "", "A joint poll conducted in May by the Busan Ilbo and a Japanese daily found that 38 percent of Koreans trusted Tokyo. " +
		"In a survey released last week by a Chinese think tank and a Korean broadcaster, 61 percent of respondents said ties had cooled. " +
		"A survey of 3,000 voters, released on Monday by a Jakarta think tank, found that one in four backed the plan.",
		[]string{"Busan Ilbo and Japanese daily | both | data", "Chinese think tank and Korean broadcaster | both | data",
			"Jakarta think tank | Indonesia | data"}},
	{"an outlet's own survey", "", "SEOUL (Yonhap) -- Trade rose 3 percent in May.\n\n" +
		"In a survey by this agency and a Japanese daily, 55 percent of respondents said relations were good.",
		[]string{"narrator | narrator | narrator", "Yonhap News Agency and Japanese daily | both | data"}},
	{"a list of links run into the text", "", "Trade will grow, Lee said.  Related News  Seoul and Hanoi agree to lift trade to $150 billion  " +
		"Tariffs a 'dead end', say economists  Most Viewed  1 Exports hit a record, officials said",
		[]string{"Lee Jae-myung | ROK | said", "narrator | narrator | narrator"}},
	{"the two sides are no share; a verb's infinitive is its complement", "",
		"Chips made up a third of exports in May, and the two sides agreed to hold 12 rounds of talks. " +
			"Noting that trade topped $90 billion, the two leaders agreed to expand it.",
		[]string{"both | both | agreed", "both | both | agreed"}},
	{"nouns and acts are no speech", "", "Malaysia and Brunei have overlapping claims in the sea. Some lawmakers recently made remarks on the treaty. " +
		"Beijing claims almost the entire sea. China pledged 60 billion dollars in loans. Manila claims that the shoal is its own.",
		[]string{"narrator | narrator | narrator", "narrator | narrator | narrator", "narrator | narrator | narrator",
			"narrator | narrator | narrator", "Manila | Philippines | claimed"}},
	{"stance verbs", "", "Officials in Hanoi dismissed talk of a trade war. Park Min-ji cautioned that exports could slow. " +
		"Kim Hea-won countered that the tariffs would hurt both sides. Wang Yi signaled that Beijing would respond. " +
		"Lee Jae-myung surprised many by signaling he would keep shuttle diplomacy going. Seoul promised to buy more gas. Tokyo denied the report.",
		[]string{"officials in Hanoi | Vietnam | rejected", "Park Min-ji | unknown | cautioned", "Kim Hea-won | unknown | countered",
			"Wang Yi | China | signaled", "Lee Jae-myung | ROK | signaled", "Seoul | ROK | promised", "Tokyo | Japan | denied"}},
	{"the side of outlets of other countries", "", "Rappler\nNews | Nation | World\n\nDefense Secretary Juan Santos said the patrols would go on. " +
		"The foreign ministry said a protest was filed.",
		[]string{"narrator | narrator | narrator", "Juan Santos | Philippines | said", "Foreign Ministry | Philippines | said"}},
	{"a government site's masthead and a briefing's long label", "", "Ministry of Foreign Affairs of Japan\nHome | Press\n\n" +
		"Principal Deputy National Security Adviser Sato Kenji: Good afternoon. Trade rose 4 percent.\n\n" +
		"Q: Will the talks resume?",
		[]string{"narrator | narrator | narrator", "Sato Kenji | Japan | transcript", "Sato Kenji | Japan | transcript",
			"journalist | press | transcript"}},
	{"a headline is no masthead", "", "Foreign ministers of China and Japan meet in Tokyo\n\nPark Min-ji said the talks went well.",
		[]string{"narrator | narrator | narrator", "Park Min-ji | unknown | said"}},
	{"a TV script's tags run into one line", "", "Our correspondent Park Ji-min reports from Tokyo.  [Pkg] Meeting Kishida, Lee Jae-myung said the two neighbors must talk.  " +
		"[Sound bite] Prime Minister Kishida Fumio (Japanese): \"We share values. We will work together.\"  [Reporter] The two leaders agreed to meet again.",
		[]string{"Park Ji-min | unknown | reported", "Lee Jae-myung | ROK | said", "Kishida Fumio | Japan | transcript",
			"Kishida Fumio | Japan | quote", "both | both | agreed"}},
}

func init() { cases = append(cases, kindCases...) }
