package attribution

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// parse makes a corpus document of text, dated date (YYYY-MM-DD, or "").
func parse(t testing.TB, text, date string) *corpus.Document {
	t.Helper()
	if date != "" {
		text = " date " + date + " " + text
	}
	d := corpus.NewParser(corpus.DefaultOptions()).Parse("test.txt", []byte(text))
	if d.Status == corpus.StatusSkipped {
		t.Fatalf("%q: skipped: %v", text, d.Notes)
	}
	return d
}

// row is "speaker | side | cue".
func row(a Attribution) string { return a.Speaker + " | " + a.Side + " | " + a.Cue }

// The sentences are our own, written in the style of wire copy. Each case is
// one article; want has one row per sentence.
var cases = []struct {
	name string
	date string
	text string
	want []string
}{
	{"said after", "", "The port will reopen next week, Wang Yi said.",
		[]string{"Wang Yi | China | said"}},
	{"said before", "", "Wang Yi said the port will reopen next week.",
		[]string{"Wang Yi | China | said"}},
	{"said inverted", "", `"The port will reopen next week," said Wang Yi, the foreign minister.`,
		[]string{"Wang Yi | China | said"}},
	{"verbs", "", "Yoon Suk Yeol noted the progress. Kishida Fumio stressed the need for talks. " +
		"Antony Blinken added a warning. Lavrov called on all parties to show restraint. " +
		"Putin urged calm. Biden told reporters he was hopeful. To Lam expressed confidence in the plan. " +
		"Choe Son Hui pointed out the risks. Xi Jinping emphasised unity. Marco Rubio stated his view. " +
		"KCNA announced a launch. Kim Yo Jong warned of consequences.",
		[]string{
			"Yoon Suk Yeol | ROK | noted", "Kishida Fumio | Japan | stressed", "Antony Blinken | US | added",
			"Sergey Lavrov | Russia | called on", "Vladimir Putin | Russia | urged", "Joe Biden | US | told",
			"To Lam | Vietnam | expressed", "Choe Son Hui | DPRK | pointed out", "Xi Jinping | China | emphasized",
			"Marco Rubio | US | stated", "Korean Central News Agency | DPRK | announced", "Kim Yo Jong | DPRK | warned",
		}},
	{"called for, not called", "", "The committee called the meeting to order. Moon Jae-in called for calm.",
		[]string{"narrator | narrator | narrator", "Moon Jae-in | ROK | called for"}},
	{"a person the table lacks speaks for the body named before him", "", "The ship was hit, the Philippine Coast Guard (PCG) said. PCG spokesman Jay Tarriela said two crew members were hurt.",
		[]string{"Philippine Coast Guard | Philippines | said", "Jay Tarriela | Philippines | said"}},
	{"according to", "", "Exports of chips rose 12 percent in May, according to the Korea Customs Service.",
		[]string{"Korea Customs Service | ROK | according to"}},
	{"according to data from", "", "According to data from China's General Administration of Customs, imports fell.",
		[]string{"General Administration of Customs | China | according to"}},
	{"data showed", "", "China's customs data showed a rise in soybean imports. Figures from the Bank of Korea show slower growth.",
		[]string{"General Administration of Customs | China | data", "Bank of Korea | ROK | data"}},
	{"quoted as saying", "", "Yonhap quoted Cho Tae-yul as saying the talks were useful. Xinhua quoted a senior Chinese diplomat as saying ties would improve.",
		[]string{"Cho Tae-yul | ROK | quoted", "senior Chinese diplomat | China | quoted"}},
	{"was quoted as saying", "", "Ishiba Shigeru was quoted as saying that the summit would go ahead.",
		[]string{"Ishiba Shigeru | Japan | quoted"}},
	{"titles fold", "2024-05-02",
		"Chinese President Xi Jinping met delegates on Friday. President Xi said the meeting was fruitful. Xi added that more visits would follow.",
		[]string{"narrator | narrator | narrator", "Xi Jinping | China | said", "Xi Jinping | China | added"}},
	{"name order", "", "Fumio Kishida said the visit was useful. Kishida Fumio said so again.",
		[]string{"Kishida Fumio | Japan | said", "Kishida Fumio | Japan | said"}},
	{"pronouns", "", "Lin Jian said the report was groundless. He added that China would respond. " +
		"Kamikawa Yoko said Japan was concerned. She urged dialogue.",
		[]string{"Lin Jian | China | said", "Lin Jian | China | added", "Kamikawa Yoko | Japan | said", "Kamikawa Yoko | Japan | urged"}},
	{"the minister said", "", "South Korean Foreign Minister Cho Hyun arrived in Tokyo on Monday. The minister said the two neighbors must talk more.",
		[]string{"narrator | narrator | narrator", "Cho Hyun | ROK | said"}},
	{"possessive antecedent", "", "Park Jin spoke first. During Wang Yi's visit, he stressed the need for trust.",
		[]string{"narrator | narrator | narrator", "Wang Yi | China | stressed"}},
	{"subject of a narrator sentence", "", "Ahn Duk-geun said exports were strong. Kim Jung-kwan, the new industry minister, visited a plant on Tuesday. Growth will return next year, he said.",
		[]string{"Ahn Duk-geun | ROK | said", "narrator | narrator | narrator", "Kim Jung-kwan | ROK | said"}},
	{"short names from the article", "", "Trade Minister Ahn Duk-geun met Chinese Commerce Minister Wang Wentao. Wang said the two ministries would meet again.",
		[]string{"narrator | narrator | narrator", "Wang Wentao | China | said"}},
	{"short names by date", "2016-03-01", "President Park said the sanctions must be enforced.",
		[]string{"Park Geun-hye | ROK | said"}},
	{"short names by date, later", "2023-03-01", "Foreign Minister Park said the sanctions must be enforced.",
		[]string{"Park Jin | ROK | said"}},
	{"unknown speakers", "", "Lee Min-ho, a researcher at the Asan Institute, said the deal was fragile. Lee added that markets agreed.",
		[]string{"Lee Min-ho | ROK | said", "Lee Min-ho | ROK | added"}},
	{"country adjectives", "", "A Chinese official said the talks were over. South Korean officials said they would wait. " +
		"Beijing said it had lodged a protest. Seoul said it was ready. Tokyo warned of a response. Washington urged restraint.",
		[]string{"Chinese official | China | said", "South Korean officials | ROK | said", "Beijing | China | said",
			"Seoul | ROK | said", "Tokyo | Japan | warned", "Washington | US | urged"}},
	{"sides and bodies", "", "The Chinese side said it valued the partnership. The ROK side expressed appreciation. " +
		"The Ministry of Unification said the proposal stood. Xinhua reported that the bridge had opened. " +
		"Yonhap said the ceremony was delayed. Kyodo said the vote was close.",
		[]string{"Chinese side | China | said", "ROK side | ROK | expressed", "Ministry of Unification | ROK | said",
			"Xinhua News Agency | China | reported", "Yonhap News Agency | ROK | said", "Kyodo News | Japan | said"}},
	{"ambiguous ministry", "", "The Foreign Ministry said the ambassador had been summoned. The South Korean foreign ministry said it regretted the move.",
		[]string{"Foreign Ministry | unknown | said", "ROK Foreign Ministry | ROK | said"}},
	{"organization names with lists and data words", "",
		"Korea's Ministry of Land, Infrastructure and Transport said the rail link would open in 2027. " +
			"The Philippine Department of Science, Technology and Innovation said the satellite was ready. " +
			"Exports doubled, according to the Bureau of Labor Statistics. " +
			"The plan was approved by the Ministry of Finance, Seoul said on Monday.",
		[]string{"Ministry of Land, Infrastructure and Transport | ROK | said",
			"Department of Science, Technology and Innovation | Philippines | said",
			"Bureau of Labor Statistics | US | according to", "Seoul | ROK | said"}},
	{"titles before the name win over a relative clause", "",
		"Thai Foreign Minister Suthep Kanjana, who met Chinese Premier Li Qiang on Monday, said the two sides would talk again. " +
			"Nepalese Prime Minister Ram Bahadur Karki, who chairs the regional forum this year, said the bloc must stay united. " +
			"Deputy Minister Tariq Hameed, who co-chaired the meeting with Chinese Vice Minister Sun Weidong, said the talks were useful.",
		[]string{"Suthep Kanjana | Thailand | said", "Ram Bahadur Karki | Nepal | said", "Tariq Hameed | unknown | said"}},
	{"a side's possessive and a title describe the name before them", "",
		"Vice-Premier Tan Yuming, China's chief trade negotiator, said the talks were candid. He told reporters that more rounds would follow. " +
			"Ren Qiao, China's top economic official, said the talks were useful.",
		[]string{"Tan Yuming | China | said", "Tan Yuming | China | told", "Ren Qiao | China | said"}},
	{"titles with a hyphen", "", "Vice-Premier Tan Yuming met the delegation. Deputy-Director Ren Qiao said the talks were useful.",
		[]string{"narrator | narrator | narrator", "Ren Qiao | unknown | said"}},
	{"a name after the verb and before a quotation is what was said", "",
		"Foreign Minister Amira Haddad, who met her Chinese counterpart in Beijing, said Jordan \u201cfully supports the initiative\u201d and would join it.",
		[]string{"Amira Haddad | unknown | said"}},
	{"leaders of other countries, and a name's suffix", "2025-03-01",
		"Albanese told reporters the visit had gone well. Defense Secretary Gilberto Teodoro Jr. said the budget would grow. " +
			"Tokayev and Mirziyoyev agreed to build the railway.",
		[]string{"Anthony Albanese | Australia | told", "Gilberto Teodoro | Philippines | said", "both | both | agreed"}},
	{"two leaders with titles or a counterpart agree", "2025-09-01",
		"Party General Secretary To Lam and President Lee Jae-myung agreed to lift trade. " +
			"President Lee Jae-myung and his Polish counterpart Karol Nawrocki pledged to expand their partnership.",
		[]string{"both | both | agreed", "both | both | pledged"}},
	{"according to, then the clause", "", "According to the Hungarian Investment Promotion Agency, exports to China rose by a fifth last year.",
		[]string{"Investment Promotion Agency | Hungary | according to"}},
	{"the body a speaker is of, or at in a relative clause, names the side, not what the speaker studies", "",
		"Marta Lindgren, who follows China at the EU Institute for Security Studies, said the dialogue had stalled. " +
			"Kenji Ota, who studies China for the Japan Institute of International Affairs, said it would resume. " +
			"Lena Hartmann, who met Chinese officials at a forum, said little. " +
			"Sofia Berg of the EU Institute for Security Studies said talks would go on. " +
			"Park Ji-hoon of Seoul National University said the same. " +
			"Anna Weiss from the Korea Development Institute said exports would recover. " +
			"Data from the Korea Customs Service showed a rise.",
		[]string{"Marta Lindgren | EU | said", "Kenji Ota | Japan | said", "Lena Hartmann | unknown | said",
			"Sofia Berg | EU | said", "Park Ji-hoon | ROK | said", "Anna Weiss | ROK | said", "Korea Customs Service | ROK | data"}},
	{"appositive", "", "Mao Ning, spokesperson of the Chinese Foreign Ministry, said the visit would go ahead. " +
		"Hwang Sun-woo, director of the Institute for Peace Studies, said the visit mattered.",
		[]string{"Mao Ning | China | said", "Hwang Sun-woo | unknown | said"}},
	{"participle", "", "Lee Jae-myung welcomed the delegation, adding that trade would grow. " +
		"For his part, Ishiba Shigeru thanked his hosts, saying the ties were strong.",
		[]string{"Lee Jae-myung | ROK | added", "Ishiba Shigeru | Japan | thanked"}},
	{"quote, attribution last", "", `"The door is open. We are ready to talk," Guo Jiakun said.`,
		[]string{"Guo Jiakun | China | quote", "Guo Jiakun | China | said"}},
	{"quote, attribution first", "", `Cho Hyun said: "We want stability. Nobody gains from a crisis. Talks must resume."`,
		[]string{"Cho Hyun | ROK | said", "Cho Hyun | ROK | quote", "Cho Hyun | ROK | quote"}},
	{"quote continues", "", "\u201cWe welcome the decision,\u201d Xie Feng said.\n\n\u201cIt is a good start.\u201d",
		[]string{"Xie Feng | China | said", "Xie Feng | China | quote"}},
	{"quote over paragraphs", "", "\u201cThe region needs calm. Both sides must act.\n\n\u201cWe will do our part,\u201d said Lavrov.",
		[]string{"Sergey Lavrov | Russia | quote", "Sergey Lavrov | Russia | quote", "Sergey Lavrov | Russia | said"}},
	{"transcript", "", "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference\n\n" +
		"Q: South Korea has announced new export rules. What is China's comment?\n\n" +
		"Mao Ning: We have noted the reports. China hopes the ROK will keep supply chains stable.\n\n" +
		"AFP: Will the talks resume?\n\n" +
		"Spokesperson Mao Ning: I have nothing to add.",
		[]string{"narrator | narrator | narrator", "South Korea | ROK | announced", "journalist | press | transcript",
			"Mao Ning | China | noted", "Mao Ning | China | transcript", "journalist | press | transcript", "Mao Ning | China | transcript"}},
	{"a transcript on one line, paragraphs two spaces apart", "", "Spokesperson Guo Jiakun took the following question.  " +
		"Reporter: Australia will spend more on the base. What is China's comment?  " +
		"Guo Jiakun: The arrangement is rooted in a Cold War mentality. We urge restraint.",
		[]string{"narrator | narrator | narrator", "journalist | press | transcript", "journalist | press | transcript",
			"Guo Jiakun | China | transcript", "Guo Jiakun | China | urged"}},
	{"a Q&A quoted in an article, then the article's own speakers", "",
		"The ministry's spokesperson took one question.\n\n" +
			"Reporter: How does China view the deal?\n\n" +
			"Guo Jiakun: Our cooperation is open and mutually beneficial.\n\n" +
			"It is not targeted at any third party, he added.\n\n" +
			"For Layla Mansour, a fellow at an Abu Dhabi think tank, the UAE is hedging. \u201cWe choose partners,\u201d she said.\n\n" +
			"Daniel Osei, an economist, said the share was rising. By his estimate, growth would slow.",
		[]string{"narrator | narrator | narrator", "journalist | press | transcript", "Guo Jiakun | China | transcript",
			"Guo Jiakun | China | added", "narrator | narrator | narrator", "Layla Mansour | UAE | said",
			"Daniel Osei | unknown | said", "Daniel Osei | unknown | continued"}},
	{"the subject after an opening adverbial is the one a later she means", "",
		"Scott Bessent said talks went well. At a regular news briefing Monday, Commerce Ministry spokeswoman He Yongqian was asked whether Beijing would buy more. " +
			"She said the two countries should follow mutual respect.",
		[]string{"Scott Bessent | US | said", "narrator | narrator | narrator", "He Yongqian | China | said"}},
	{"an opening phrase of time is no speaker", "",
		"Last year, the two governments signed a pact and agreed to meet yearly. Earlier, Wang Yi met the envoy and agreed to hold talks.",
		[]string{"both | both | agreed", "Wang Yi | China | agreed"}},
	{"no name opens a sentence with \"Prior to\" or a compound", "",
		"Cho Hyun said talks went well. Prior to the talks, Xi Jinping held a welcome ceremony. He said ties were stable. " +
			"People-to-people exchanges have grown. He said more flights would follow.",
		[]string{"Cho Hyun | ROK | said", "narrator | narrator | narrator", "Xi Jinping | China | said", "narrator | narrator | narrator", "Xi Jinping | China | said"}},
	{"a Q&A inside a line: the question's label, the answer's after a question, and an end after two sentences more", "",
		"Mainichi\n\nThe exchange went as follows, according to the ministry's transcript. Q: Japan says two ships stayed for 92 hours. What is China's comment? " +
			"Guo Jiakun: The Diaoyu Islands are China's territory. Our coast guard acts lawfully. We urge Japan to stop. The islands lie 170 km from Taiwan. Tokyo lodged a protest on Monday.",
		[]string{"narrator | narrator | narrator", "ministry's transcript | unknown | according to", "Japan | Japan | said", "journalist | press | transcript",
			"Guo Jiakun | China | transcript", "Guo Jiakun | China | transcript", "Guo Jiakun | China | urged", "narrator | narrator | narrator", "narrator | narrator | narrator"}},
	{"a past year is background, not the speaker's continued words", "2026-01-20",
		"Donald Trump said the troops would stay for now. Under a deal signed in 2024, Seoul will pay more this year.\n\n" +
			"Donald Trump said the troops would stay for now. They would not leave before 2030.",
		[]string{"Donald Trump | US | said", "narrator | narrator | narrator", "Donald Trump | US | said", "Donald Trump | US | continued"}},
	{"joint", "", "The two sides agreed to expand flights. The leaders said in a joint statement that the partnership would deepen. " +
		"Xi Jinping and Lee Jae-myung agreed to meet again.",
		[]string{"both | both | agreed", "both | both | joint statement", "both | both | agreed"}},
	{"narrator", "", "The bridge opened in 2019. Trade between the neighbors has doubled since then.",
		[]string{"narrator | narrator | narrator", "narrator | narrator | narrator"}},
	{"continued paragraph", "", "Wang Yi said ties were stable. The two countries should deepen trust.\n\nThe weather was fine.",
		[]string{"Wang Yi | China | said", "Wang Yi | China | continued", "narrator | narrator | narrator"}},
	{"scare quotes are the narrator's", "", `The plan is called "Global Korea" by its authors.`,
		[]string{"narrator | narrator | narrator"}},
	{"passive", "", "It was said that the meeting would be postponed. The plan was announced by the State Department.",
		[]string{"narrator | narrator | narrator", "State Department | US | announced"}},
	{"who said", "", "The proposal came from Lavrov, who said it would ease tensions.",
		[]string{"Sergey Lavrov | Russia | said"}},
	{"who, then said", "", "Wang Yi, who is also director of the Office of the Central Foreign Affairs Commission, said China valued the ties.",
		[]string{"Wang Yi | China | said"}},
	{"officials in a capital", "", "Officials in Tokyo said the talks would continue.",
		[]string{"officials in Tokyo | Japan | said"}},
	{"data released by", "", "The figures, released by Statistics Korea on Monday, showed a 3 percent rise.",
		[]string{"Statistics Korea | ROK | data"}},
	{"honorific", "", "Mr. Wang said the talks were candid.",
		[]string{"Wang Yi | China | said"}},
	{"the leader of a side", "", "Xi Jinping met Putin in Moscow. The Chinese leader said relations had reached a new high. The Russian president said so too.",
		[]string{"narrator | narrator | narrator", "Xi Jinping | China | said", "Vladimir Putin | Russia | said"}},
	{"according to him", "", "Cho Hyun spoke to reporters. According to him, the talks went well.",
		[]string{"narrator | narrator | narrator", "Cho Hyun | ROK | according to"}},
	{"the ministry after the trade ministry", "", "Korea's exports rose 5 percent, according to the trade ministry. The ministry said chips led the gains.",
		[]string{"trade ministry | unknown | according to", "trade ministry | unknown | said"}},
	{"a one-word name needs its capital", "", "The moon said nothing. Moon said nothing either.",
		[]string{"narrator | narrator | narrator", "Moon Jae-in | ROK | said"}},
	{"spokesman of", "", "Putin's spokesman Dmitry Peskov told reporters the Kremlin welcomed the proposal.",
		[]string{"Dmitry Peskov | Russia | told"}},
	{"anonymous official", "", "A senior US official, speaking on condition of anonymity, said Washington was ready.",
		[]string{"senior US official | US | said"}},
	{"said inside", "", "The summit, Xi said, would open a new chapter. \"This is a new chapter,\" said the South Korean president.",
		[]string{"Xi Jinping | China | said", "South Korean president | ROK | said"}},
	{"generic speakers", "", "Analysts say the partnership has limits. Critics said the deal was vague.",
		[]string{"analysts | unknown | said", "critics | unknown | said"}},
	{"two sides' words", "", "Chinese and Korean officials said the forum was useful. Farmers said prices fell.",
		[]string{"Chinese and Korean officials | both | said", "Farmers | unknown | said"}},
	{"quantifiers open a generic speaker", "", "Some analysts estimate that exports will grow. Many experts said the deal was vague.",
		[]string{"analysts | unknown | estimated", "experts | unknown | said"}},
	{"a person, then where the person works", "", "Researcher Dewi Anwar of the National Research and Innovation Agency said the talks helped.",
		[]string{"Dewi Anwar | unknown | said"}},
	{"according to data released on a day by", "", "Trade fell 6.9 percent, according to data released Wednesday by the General Administration of Customs. " +
		"Exports rose, according to figures published earlier by the Bank of Korea.",
		[]string{"General Administration of Customs | China | according to", "Bank of Korea | ROK | according to"}},
	{"the surname He", "", "“Trade grew,” ministry spokesperson He Yongqian said. He Lifeng told reporters talks went well. He said more would follow.",
		[]string{"He Yongqian | unknown | said", "He Lifeng | China | told", "He Lifeng | China | said"}},
	{"a description before the name", "", "China's ambassador to Germany, Deng Hongbo, said trade grew. " +
		"“Nobody is leaving,” Claudia Berger, a board member, told the forum. " +
		"China's ambassador to Germany, Deng Hongbo, spoke at a forum in Berlin. Trade reached a record, he said.",
		[]string{"Deng Hongbo | China | said", "Claudia Berger | unknown | told", "narrator | narrator | narrator", "Deng Hongbo | China | said"}},
	{"the agency: the body the sentence before was said by", "", "Trade rose 5.2 per cent, according to the Malaysia External Trade Development Corporation (MATRADE). " +
		"Exports grew 6.8 per cent, the agency said in a statement. Seoul's data differ, Lee Jae-myung said. Imports fell, the agency said.",
		[]string{"Malaysia External Trade Development Corporation | Malaysia | according to", "Malaysia External Trade Development Corporation | Malaysia | said",
			"Lee Jae-myung | ROK | said", "agency | unknown | said"}},
	{"a named body found that", "", "In a survey of 480 member companies, the German Chamber of Commerce in China found that 54 percent planned to invest. " +
		"The ministry found a solution.",
		[]string{"German Chamber of Commerce in China | Germany | data", "narrator | narrator | narrator"}},
	{"the central bank's data", "", "Investment fell, according to figures the Bundesbank released on Wednesday. " +
		"The central bank's data put the total for 2024 at 3.4 billion euros.",
		[]string{"Bundesbank | Germany | according to", "Bundesbank | Germany | data"}},
	{"a surname the table knows as another's, with a given name", "", "Wang Lei, a researcher in Beijing, said trade fell. Wang said it would recover. " +
		"A Chinese official, Li Wei, said so too. Wang Yi agreed.",
		[]string{"Wang Lei | China | said", "Wang Lei | China | said", "Li Wei | China | said", "Wang Yi | China | agreed"}},
	{"the coast guard: a name holding the words before the head", "", "Chinese ships entered the waters, the Japan Coast Guard reported. " +
		"The boat was 30 kilometers north of the island, the coast guard said.",
		[]string{"Japan Coast Guard | Japan | reported", "Japan Coast Guard | Japan | said"}},
	{"a surname the table knows as another's first word, before a short name", "", "Chinese Ambassador Chang Hua said the partnership grew. Hua Chunying said so too.",
		[]string{"Chang Hua | China | said", "Hua Chunying | China | said"}},
	{"an agency takes the outlet's side, an international one not", "", "The Asahi Shimbun\nExports rose, the Fisheries Agency said. The International Energy Agency said demand would slow.",
		[]string{"Fisheries Agency | Japan | said", "International Energy Agency | unknown | said"}},
	{"one word, and, a body's name: one body", "", "The Jakarta Post\nInvestment rose, according to the Investment and Downstreaming Ministry. Seoul and Tokyo said talks would resume.",
		[]string{"Investment and Downstreaming Ministry | Indonesia | according to", "Seoul and Tokyo | both | said"}},
	{"the company said: a firm of the table the sentence opens with", "", "Samsung Electronics plans to invest 1.2 trillion won in a research center, the company said. " +
		"Hyundai Motor Group will build a plant, the company said.",
		[]string{"Samsung Electronics | ROK | said", "Hyundai Motor | ROK | said"}},
	{"an outlet of Taiwan", "", "Taipei Times\nInvestment rose, the Ministry of Economic Affairs said.",
		[]string{"Ministry of Economic Affairs | Taiwan | said"}},
	{"an outlet of France", "", "FRANCE 24\nExports fell, the Ministry of Agriculture said.",
		[]string{"Ministry of Agriculture | France | said"}},
	{"an outlet of the Philippines, by its site's name", "", "Philstar.com\nTrade Secretary Cristina Roque said firms would go.",
		[]string{"Cristina Roque | Philippines | said"}},
	{"outlets of Bangladesh, Malaysia, New Zealand and China", "", "Dhaka Tribune\nCommerce Adviser Sk Bashir Uddin said exports would rise.",
		[]string{"Sk Bashir Uddin | Bangladesh | said"}},
	{"The Star's masthead", "", "TheStar Login Subscribe\nMinister Anthony Loke said the line was 92% complete.",
		[]string{"Anthony Loke | Malaysia | said"}},
	{"RNZ", "", "RNZ\nSkip to content\nTrade Minister Todd McClay said eight arrangements were signed.",
		[]string{"Todd McClay | New Zealand | said"}},
	{"Caixin", "", "Caixin Global\nSpokesperson He Yadong said trade was stable.",
		[]string{"He Yadong | China | said"}},
	{"an outlet's acronym the article spells out as its own body is that body", "",
		"The Argentine Naval Prefecture (PNA) said the vessel left. Analyst Mariano Sosa said the fleet was large.",
		[]string{"Argentine Naval Prefecture | Argentina | said", "Mariano Sosa | unknown | said"}},
	{"a world outlet's page, and a name on a line of its own", "",
		"MercoPress, en Espa\u00f1ol\n\nThe Argentine Naval Prefecture (PNA) said the vessel left. Analyst Mariano Sosa said the fleet was large.",
		[]string{"narrator | narrator | narrator", "Argentine Naval Prefecture | Argentina | said", "Mariano Sosa | unknown | said"}},
	{"an outlet named by its publisher", "", "NATION\nFaith Nyamwaya | Nation Media Group\n\nTrade Minister Lee Kinyanjui said exports fell.",
		[]string{"narrator | narrator | narrator", "Lee Kinyanjui | Kenya | said"}},
	{"an outlet named by its site", "", "nationthailand  Business\n\nDirector Poonpong Naiyanapakorn told reporters trade rose.",
		[]string{"narrator | narrator | narrator", "Poonpong Naiyanapakorn | Thailand | told"}},
	{"a secretariat takes the outlet's side, an international one not", "",
		"Folha de S.Paulo International Edition\n\nExports rose 9 percent, according to the Foreign Trade Secretariat. " +
			"Trade among the three reached $780 billion, according to the Trilateral Cooperation Secretariat.",
		[]string{"narrator | narrator | narrator", "Foreign Trade Secretariat | Brazil | according to", "Trilateral Cooperation Secretariat | unknown | according to"}},
	{"outlets of Sri Lanka and Singapore", "", "adaderana.lk | First in Sri Lanka\n\nForeign Minister Vijitha Herath said talks would go on.",
		[]string{"narrator | narrator | narrator", "Vijitha Herath | Sri Lanka | said"}},
	{"an outlet the table lacks, by the side its name holds", "",
		"Nepali Times\nNation   Editorial   Opinion\n\nManaging director Kulman Ghising said exports rose.",
		[]string{"narrator | narrator | narrator", "Kulman Ghising | Nepal | said"}},
	{"an outlet's name of two sides names none", "",
		"Bhutan Times | Nepal Post\n\nManaging director Kulman Ghising said exports rose.",
		[]string{"narrator | narrator | narrator", "Kulman Ghising | unknown | said"}},
	{"a Taiwanese outlet before the credit of its agency, CNA", "",
		"Taiwan News Home Taiwan Politics Business (CNA)\n\nMinister Cheng Li-chiun said four rounds of talks were held.",
		[]string{"narrator | narrator | narrator", "Cheng Li-chiun | Taiwan | said"}},
	{"a menu's \"Contact Us | News\" names no outlet of the US; a military rank is a title", "",
		"The Island|Home   News   Opinion|ePaper | Advertise | Contact Us|News|Navy nabs 17 fishermen\n\nNavy spokesman Commander Gayan Wickramasuriya said the boats were seized.",
		[]string{"Gayan Wickramasuriya | unknown | said"}},
	{"a body named in full with its country, then \"the Navy\"", "",
		"The Sri Lanka Navy arrested 17 fishermen and seized three trawlers, the Navy said. The Sri Lanka Navy said the boats were towed.",
		[]string{"Sri Lanka Navy | Sri Lanka | said", "Sri Lanka Navy | Sri Lanka | said"}},
	{"the ministry's transcript, figures: the ministry named before", "",
		"China's Foreign Ministry held a briefing. The exchange went as follows, according to the ministry's transcript. " +
			"Japan's Ministry of Finance published data. Exports rose 5 percent, according to the ministry's figures.",
		[]string{"narrator | narrator | narrator", "Chinese Foreign Ministry | China | according to", "narrator | narrator | narrator",
			"Japanese Ministry of Finance | Japan | according to"}},
	{"a world outlet gives no side", "", "South China Morning Post\nTrade Minister Todd McClay said eight arrangements were signed.",
		[]string{"Todd McClay | unknown | said"}},
	{"a table's body that is the start of a longer name is not that body", "",
		"Khmer Times\nTrade rose 23.8 percent, according to a report from the General Department of Customs and Excise (GDCE). " +
			"Exports grew, the Ministry of Foreign Affairs and Trade said. Imports fell, the General Department of Customs said.",
		[]string{"General Department of Customs and Excise | Cambodia | according to", "Ministry of Foreign Affairs and Trade | Cambodia | said",
			"General Department of Vietnam Customs | Vietnam | said"}},
	{"the post after an envoy's title and an article is no side", "",
		"Zheng Zeguang, China's ambassador to the UK, said London should stop. Kim Ji-ho, South Korea's ambassador to the Philippines, said talks went well.",
		[]string{"Zheng Zeguang | China | said", "Kim Ji-ho | ROK | said"}},
	{"a country's name before a word of study is what the speaker studies", "",
		"Sophie Hartley, head of China research at London-based consultancy Meridian Asia Advisory, said the total was modest. " +
			"Tom Reed, a Japan analyst at a Washington think tank, agreed. Li Hua, a Chinese analyst at a Shanghai think tank, said it would not. " +
			"Ann Cole, a US analyst at a Seoul bank, said the same. Hiroshi Nakagawa, a professor of Korean politics, said the dispute would ease. " +
			"Li Wei, a Chinese expert on Japanese history, agreed.",
		[]string{"Sophie Hartley | UK | said", "Tom Reed | US | agreed", "Li Hua | China | said", "Ann Cole | unknown | said",
			"Hiroshi Nakagawa | unknown | said", "Li Wei | China | agreed"}},
	{"a body's possessive before a title describes the name before it", "",
		"Investment rose, according to the Bangladesh Investment Development Authority (BIDA). " +
			"Ashik Chowdhury, BIDA's executive chairman, told reporters that a factory would open. " +
			"Kim Min-su, Samsung's chief executive, said sales grew. " +
			"Kim Yong-beom, Lee Jae-myung's chief of staff for policy, told reporters that talks would resume.",
		[]string{"Bangladesh Investment Development Authority | Bangladesh | according to", "Ashik Chowdhury | Bangladesh | told",
			"Kim Min-su | ROK | said", "Kim Yong-beom | ROK | told"}},
	{"a title of one portfolio word after \"for\"", "",
		"Coordinating Minister for Infrastructure Agus Harimurti Yudhoyono told reporters the loan would be stretched.",
		[]string{"Agus Harimurti Yudhoyono | unknown | told"}},
	{"titles after a body's words before a person's name", "",
		"Central Bank Governor Elvira Nabiullina told lawmakers that fees were high. Treasury Cabinet Secretary John Mbadi said loans would be converted.",
		[]string{"Elvira Nabiullina | unknown | told", "John Mbadi | unknown | said"}},
	{"a body's place after \"in\" is not its side", "",
		"The Japan Chamber of Commerce and Industry in China said investment would fall. The American Chamber of Commerce in Shanghai said firms were cautious. " +
			"The Chinese Embassy in Seoul said the visit was useful.",
		[]string{"Japan Chamber of Commerce and Industry | Japan | said", "Chamber of Commerce | US | said", "Chinese Embassy | China | said"}},
	{"a country's name right before a body's name is part of it", "",
		"The Japan Chamber of Commerce in China said investment would fall. According to the Bangladesh Investment Development Authority, firms pledged more.",
		[]string{"Japan Chamber of Commerce | Japan | said", "Bangladesh Investment Development Authority | Bangladesh | according to"}},
	{"a body named by its description finds, after a phrase of when", "",
		"Genron NPO, a Tokyo think-tank, found in a poll last autumn that 86% of respondents were wary. Analysts point out that trade rose. " +
			"Lee Min-ho, a lawmaker of the Democratic Party, said trade rose.",
		[]string{"Genron NPO | Japan | data", "analysts | unknown | pointed out", "Lee Min-ho | unknown | said"}},
	{"a bare spokesperson speaks for the body of the sentence before", "",
		"The Sankei Shimbun\n\nIn Seoul, South Korea's Foreign Ministry rejected the protest. \u201cDokdo is our territory,\u201d spokesperson Lee Jae-woong told a briefing. " +
			"Chief Cabinet Secretary Hayashi Yoshimasa said Japan protested. \u201cWe regret it,\u201d ministry spokesperson Kim Min-ji said.",
		[]string{"narrator | narrator | narrator", "ROK Foreign Ministry | ROK | rejected", "Lee Jae-woong | ROK | told",
			"Hayashi Yoshimasa | Japan | said", "Kim Min-ji | Japan | said"}},
	{"another person of a short name", "", "Kim Hea Kyung said the garden was lovely. Yoon Do-son said sales grew.",
		[]string{"Kim Hea Kyung | unknown | said", "Yoon Do-son | unknown | said"}},
}

func TestAttribution(t *testing.T) {
	at := New(nil, Options{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text, c.date)
			got := at.Document(d)
			if len(got) != len(d.Sentences) {
				t.Fatalf("%d attributions for %d sentences", len(got), len(d.Sentences))
			}
			var rows []string
			for _, a := range got {
				rows = append(rows, row(a))
			}
			if strings.Join(rows, "\n") != strings.Join(c.want, "\n") {
				var sents []string
				for _, s := range d.Sentences {
					sents = append(sents, d.Raw[s.Start:s.End])
				}
				t.Errorf("got\n  %s\nwant\n  %s\nsentences\n  %s", strings.Join(rows, "\n  "), strings.Join(c.want, "\n  "), strings.Join(sents, "\n  "))
			}
		})
	}
}

// TestStem: with -stem the table is stemmed as the tokens are, and a stem
// shared by a verb and a noun ("highlighted", "highlight") is a speech verb
// only in the verb's forms. The seeds and the cases are attributed alike
// either way.
func TestStem(t *testing.T) {
	opts := corpus.DefaultOptions()
	opts.Stem = true
	ps := corpus.NewParser(opts)
	d := ps.Parse("x.txt", []byte("The Chinese side stressed the point. According to the Korea Customs Service, exports rose. "+
		"Kishida Fumio noted it. Trade became another highlight of the visit."))
	at := New(nil, Options{Stem: true})
	var rows []string
	for _, a := range at.Document(d) {
		rows = append(rows, row(a))
	}
	want := []string{"Chinese side | China | stressed", "Korea Customs Service | ROK | according to", "Kishida Fumio | Japan | noted", "narrator | narrator | narrator"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("with stemming got\n%s", strings.Join(rows, "\n"))
	}
	plain := New(nil, Options{})
	docs := loadSeeds(t)
	for _, c := range cases {
		docs = append(docs, parse(t, c.text, c.date))
	}
	for _, d := range docs {
		sd := ps.Parse(d.File, []byte(d.Raw))
		a, b := plain.Document(d), at.Document(sd)
		for i := range a {
			if !reflect.DeepEqual(a[i], b[i]) {
				s := d.Sentences[i]
				t.Errorf("%s: %q: %v without stemming, %v with", d.ID, d.Raw[s.Start:s.End], a[i], b[i])
			}
		}
	}
}

func TestAt(t *testing.T) {
	d := parse(t, "The weather was fine. Wang Yi said ties were stable.", "")
	atts := New(nil, Options{}).Document(d)
	off := strings.Index(d.Raw, "stable")
	if a, ok := At(d, atts, off); !ok || a.Speaker != "Wang Yi" {
		t.Errorf("At(%d) = %+v, %v", off, a, ok)
	}
	if a, ok := At(d, atts, 0); !ok || a.Speaker != Narrator {
		t.Errorf("At(0) = %+v, %v", a, ok)
	}
	if _, ok := At(d, atts, len(d.Raw)+5); ok {
		t.Error("an offset past the text has an attribution")
	}
}

func TestUndated(t *testing.T) {
	d := parse(t, "Lee said the talks went well.", "")
	if d.Dated() {
		t.Fatal("dated")
	}
	if got := row(New(nil, Options{}).Document(d)[0]); got != "Lee Jae-myung | ROK | said" {
		t.Errorf("an undated short name: %s (want the first actor of the table)", got)
	}
}

// rowCase is an article of our own and the row ("speaker | side | cue")
// each of its sentences should get.
type rowCase struct {
	name, text string
	want       []string
}

// checkRows attributes each case's text, undated, and compares the rows.
func checkRows(t *testing.T, at *Attributor, cases []rowCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, a := range at.Document(parse(t, c.text, "")) {
				got = append(got, row(a))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
