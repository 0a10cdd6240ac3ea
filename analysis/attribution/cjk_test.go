package attribution

import (
	"testing"
)

// Chinese and Korean articles of our own writing; want has one row per
// sentence ("speaker | side | cue").
var cjkCases = []struct {
	name, text string
	want       []string
}{
	{"side word", "中方指出，台湾问题是中美关系中第一条不可逾越的红线。",
		[]string{"Chinese side | China | said"}},
	{"spokesperson with a name and an occasion", "外交部发言人毛宁10日在例行记者会上表示，中韩是搬不走的近邻。",
		[]string{"Mao Ning | China | said"}},
	{"a known name, a pronoun, the rest of the paragraph", "王毅表示，中韩是近邻。双方应坚持睦邻友好。\n他强调，台湾问题是中国核心利益中的核心。",
		[]string{"Wang Yi | China | said", "Wang Yi | China | continued", "Wang Yi | China | said"}},
	{"according to, data", "据海关总署统计，前11个月中韩贸易额为2989亿美元。\n韩国贸易协会数据显示，对华出口增长3.2%。",
		[]string{"General Administration of Customs | China | according to", "Korea International Trade Association | ROK | data"}},
	{"a body without its country is the publisher's", "中央社記者台北11日電\n外交部表示，台灣將持續深化台美合作。",
		[]string{"Foreign Ministry | Taiwan | said"}},
	{"an envoy serves where 驻 says, speaks for who sends him", "中国驻韩国大使戴兵表示，两国应扩大人文交流。\n韩国驻华大使金汉奎说，双方应加强沟通。",
		[]string{"Dai Bing | China | said", "金汉奎 | ROK | said"}},
	{"a bare name takes the country it was introduced with", "日本外相山田太郎同王毅会谈。\n山田太郎則表示，日方願加強溝通。",
		[]string{"narrator | narrator | narrator", "山田太郎 | Japan | said"}},
	{"joint statement, the two sides", "双方发表联合声明，同意深化战略合作伙伴关系。\n中韩双方均表示支持多边主义。",
		[]string{"both | both | joint statement", "both | both | said"}},
	{"a statement named inside another's words is not the source", "陈斌华说，美方严重违反中美三个联合公报。",
		[]string{"Chen Binhua | China | said"}},
	{"quotation over two sentences", "“中韩是搬不走的近邻。双方应加强合作。”王毅说。",
		[]string{"Wang Yi | China | quote", "Wang Yi | China | quote", "Wang Yi | China | said"}},
	{"Q&A labels", "记者：中方对此有何评论？\n毛宁：中方一贯主张通过对话协商解决问题。我们希望各方保持克制。",
		[]string{"journalist | press | transcript", "Mao Ning | China | transcript", "Mao Ning | China | transcript"}},
	{"unnamed speakers", "专家指出，两国应秉持睦邻友好。美方官员称，双方应设置护栏。",
		[]string{"expert | China | said", "US official | US | said"}},
	{"a transcript saved on one line: labels after a question; a side's words in a question are the reporter's",
		"记者：双方同意重启对话，中方如何评价？ 毛宁：中方一贯主张对话。 新华社记者：美方宣布制裁，中方有何回应？ 答：中方坚决反对。",
		[]string{"journalist | press | transcript", "Mao Ning | China | transcript", "journalist | press | transcript", "Mao Ning | China | transcript"}},
	{"a frame inside a source's report is the speaker's; a survey's publisher",
		"据新华社报道，外交部发言人毛宁表示，中方欢迎此举。\n香港总商会上月底公布的调查显示，逾六成企业订单减少。",
		[]string{"Mao Ning | China | said", "Hong Kong General Chamber of Commerce | Hong Kong | data"}},
	{"a name after its title, whatever follows it; a Latin name in brackets; what a scholar studies is not his side",
		"中国社会科学院日本研究所研究员陈思远对《环球时报》记者表示，双方应加强合作。\n共和黨籍眾議員哈特（Thomas Hart）致詞時表示，台美合作深化。",
		[]string{"Chen Siyuan | China | said", "Thomas Hart | US | said"}},
	{"Korean: a foreign name of two words, an envoy's place, names as English news spells them",
		"제임스 카터 미국 상무장관은 \"투자가 늘 것\"이라고 말했다.\n주한 미국대사관은 \"동맹은 굳건하다\"고 밝혔다.\n한지훈 국립외교원 연구위원은 \"협력이 중요하다\"고 말했다.",
		[]string{"제임스 카터 | US | said", "US Embassy | US | said", "Han Ji-hoon | ROK | said"}},
	{"a name's length from its repetitions; a body's own side; a ministry's press release; the side a body gives a bare name",
		"東方日報\n商務部副部長凌激表示，雙方應加強合作。凌激亦表示，貿易持續增長。\n商務部發布的新聞稿指出，反對保護主義。\n中国美国商会会长艾伦表示，企业希望稳定。",
		[]string{"Ling Ji | China | said", "Ling Ji | China | said", "Ministry of Commerce | China | said", "艾伦 | US | said"}},
	{"a survey with an adverb before its verb; Korean civic groups are no one named before",
		"贸发局一项调查则显示，近四成港商计划扩大投资。\n기하라 관방장관은 \"입장은 변함없다\"고 말했다.\n지원 단체들은 \"역사를 직시하라\"고 촉구했다.",
		[]string{"Hong Kong Trade Development Council | Hong Kong | data", "Kihara Minoru | Japan | said", "groups | ROK | said"}},
	{"a Chinese outlet's own masthead before an English name it shares; a Taiwanese name as Taiwan spells it; a country of the Gulf",
		"中央社 CNA\n外交部長林佳龍表示，台菲合作深化。國防安全研究院研究員鄭皓文說，雙方利益一致。\n沙特投資部副部長奧泰比表示，願深化合作。",
		[]string{"Lin Chia-lung | Taiwan | said", "Cheng Hao-wen | Taiwan | said", "奧泰比 | Saudi Arabia | said"}},
	{"Korean: an interview line with a colon; the embassy named before; an agreement inside a sentence",
		"주한 러시아대사관은 성명에서 \"협력은 정상적\"이라고 주장했다.\n대사관은 \"간섭하지 말라\"고 밝혔다.\n두 정상은 셔틀 외교를 이어가기로 했지만, 이견도 남았다.\n<인터뷰> 김민준 (고려대 교수) : \"관계가 나아질 것입니다.\"",
		[]string{"Russia Embassy | Russia | said", "Russia Embassy | Russia | said", "both | both | agreed", "Kim Min-jun | ROK | transcript"}},
	{"Korean: a name introduced with its title anywhere; this commissioner is not Lee; a desk is no side",
		"여한구 통상교섭본부장과 마로시 셰프초비치 EU 집행위원이 만났다.\n여 본부장은 \"협력하자\"고 말했다.\n이 집행위원은 \"규제는 아니다\"라고 말했다.\n김도연 대외경제정책연구원 인도남아시아팀장은 \"관세가 높다\"고 말했다.",
		[]string{"narrator | narrator | narrator", "Yeo Han-koo | ROK | said", "Maroš Šefčovič | EU | said", "Kim Do-yeon | ROK | said"}},
	{"a foreign name with a dot; a preposition opens no subject; an outlet asking",
		"巴西农业部长卡洛斯·法瓦罗表示，巴中合作互利共赢。\n针对美方宣布的制裁，刘鹏宇说，中方坚决反对。\n中国新闻周刊：中德关系前景如何？",
		[]string{"卡洛斯·法瓦罗 | Brazil | said", "Liu Pengyu | China | said", "journalist | press | transcript"}},
	{"Korean: a Chinese official named with his Han form, then by the short form; an envoy's place is no part of a name; the US Treasury",
		"쑨하이타오(孫海濤) 중국 생태환경부 부부장은 \"협력하자\"고 말했다.\n쑨 부부장은 \"대화가 중요하다\"고 덧붙였다.\n리잘 프라타마 주한 인도네시아 대사는 \"새로운 장\"이라고 말했다.\n미 재무부는 \"호혜적 무역\"을 강조했다.",
		[]string{"Sun Haitao | China | said", "Sun Haitao | China | said", "프라타마 | Indonesia | said", "US Treasury | US | said"}},
	{"the one met is no part of the phrase that introduces a name; a report's title before its verb",
		"王毅同澳大利亚外长黄英贤举行会谈。\n黄英贤表示，澳方奉行一个中国政策。\n中国英国商会发布的《商业信心调查》显示，62%的企业持乐观态度。",
		[]string{"narrator | narrator | narrator", "Huang Yingxian | Australia | said", "British Chamber of Commerce in China | UK | data"}},
	{"Korean: name, country, title, topic particle", "왕이 중국 외교부장은 \"중국과 한국은 이사 갈 수 없는 이웃\"이라고 말했다.",
		[]string{"Wang Yi | China | said"}},
	{"Korean: a family name and a title is the person named before", "조현 외교부 장관은 회담에서 협력을 강조했다.\n시진핑 주석과 만난 이재명 대통령은 \"한중은 가까운 이웃\"이라고 밝혔다.\n시 주석은 \"양국은 동반자\"라고 화답했다.\n조 장관은 또 \"공급망 협력이 중요하다\"고 덧붙였다.",
		[]string{"Cho Hyun | ROK | said", "Lee Jae-myung | ROK | said", "Xi Jinping | China | said", "Cho Hyun | ROK | said"}},
	{"Korean: side words, agreement, according to", "중국 측은 냉전적 사고에 반대한다는 입장을 밝혔다.\n양측은 공급망 안정에 의견을 모았다.\n관세청에 따르면 대중 수출은 4.1% 감소했다.",
		[]string{"Chinese side | China | said", "both | both | agreed", "Korea Customs Service | ROK | according to"}},
	{"Korean: headlines, a speaker going on without a subject, a quotation inside, a tally",
		"시진핑 주석과 만난 이재명 대통령은 \"협력하자\"고 말했다.\n李 대통령 \"한중은 가까운 이웃\"…\n이어 \"교역이 늘었다\"며 \"더 오가자\"고 했다.\n왕이 부장은 한국을 '이웃'이라고 부르며 의지를 드러냈습니다.\n한국무역협회 집계로는 대중 수출이 0.8% 늘었다.\n한일 정상은 셔틀 외교를 정례화하기로 합의했다.",
		[]string{"Lee Jae-myung | ROK | said", "Lee Jae-myung | ROK | quote", "Lee Jae-myung | ROK | continued", "Wang Yi | China | said",
			"Korea International Trade Association | ROK | according to", "both | both | agreed"}},
	{"Korean: a paper's Q&A with a spokesperson",
		"박소연 통일부 대변인은 \"대화를 제의한다\"고 밝혔다.\n-비핵화 목표를 미뤘다는 지적이 나온다.\n▶그렇지 않다. 정부는 한반도 비핵화를 견지하고 있다.",
		[]string{"Park So-yeon | ROK | said", "journalist | press | transcript", "Park So-yeon | ROK | transcript", "Park So-yeon | ROK | transcript"}},
	{"Korean: a Korean outlet's ministry, polite forms, a verb's form before a noun", "(서울=연합뉴스) 김민수 기자 = 외교부는 10일 협력을 강화하겠다고 밝혔습니다.\n중국이 추진하는 일대일로도 거듭 언급했다.",
		[]string{"Foreign Ministry | ROK | said", "narrator | narrator | narrator"}},
	{"Korean: a pronoun, a joint statement", "윤석열 대통령은 \"동맹은 철통같다\"고 말했다.\n그는 \"협력을 확대하겠다\"고 덧붙였다.\n양국은 공동성명에서 한반도 비핵화를 재확인했다.",
		[]string{"Yoon Suk Yeol | ROK | said", "Yoon Suk Yeol | ROK | said", "both | both | agreed"}},
	{"Korean: broadcast transcript", "[앵커]\n한중 정상회담이 열렸습니다.\n[인터뷰] 김민준 / 고려대 교수\n\"양국 관계가 개선될 것으로 보입니다.\"",
		[]string{"narrator | narrator | narrator", "Kim Min-jun | ROK | transcript"}},
}

func TestCJKAttribution(t *testing.T) {
	a := New(nil, Options{})
	for _, tc := range cjkCases {
		t.Run(tc.name, func(t *testing.T) {
			d := parse(t, tc.text, "")
			atts := a.Document(d)
			var got []string
			for i, at := range atts {
				s := d.Raw[d.Sentences[i].Start:d.Sentences[i].End]
				if cjkScript(s) == 0 {
					continue
				}
				got = append(got, row(at))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d sentences %q, want %d:\n%q", len(got), got, len(tc.want), tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d (%q): got %q, want %q", i, d.Raw[d.Sentences[i].Start:d.Sentences[i].End], got[i], tc.want[i])
				}
			}
		})
	}
}

func TestRomanized(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"陈斌华", "Chen Binhua"}, {"毛宁", "Mao Ning"}, {"曾国藩", "Zeng Guofan"}, {"梁文傑", "Liang Wenjie"},
		{"김민준", "Kim Min-jun"}, {"위성락", "Wi Seong-rak"}, {"이준", "Lee Jun"}, {"남궁민수", "Namgung Min-soo"}, {"한지훈", "Han Ji-hoon"}, {"김정관", "Kim Jung-kwan"}, {"하워드", "하워드"},
		{"岩屋毅", "岩屋毅"}, {"라브로프", "라브로프"}, {"외교부", "외교부"}, {"Wang Yi", "Wang Yi"},
	} {
		if got := romanized(tc.in); got != tc.want {
			t.Errorf("romanized(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTaiwaneseName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"鄭皓文", "Cheng Hao-wen"}, {"林佳龍", "Lin Chia-lung"}, {"梁文傑", "Liang Wen-chieh"}, {"賴清德", "Lai Ching-te"},
		{"蔡英文", "Tsai Ying-wen"}, {"蕭美琴", "Hsiao Mei-chin"}, {"郭國文", "Kuo Kuo-wen"}, {"張忠謀", "Chang Chung-mou"},
	} {
		if got, _ := taiwaneseName(tc.in); got != tc.want {
			t.Errorf("taiwaneseName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
