package attribution

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Who speaks in Chinese and Korean sentences. The English rules read
// tokens, titles and names in English word order; a Chinese sentence puts
// its speaker before a speech verb with no space ("外交部发言人毛宁10日表示，"),
// a Korean one before a topic particle and its verb at the end ("왕이 중국
// 외교부장은 …라고 말했다"). cjkDocument reads those sentences on their own
// and replaces what the English pass gave them.

// cjkSpeaker is a speaker found in a Chinese or Korean sentence.
type cjkSpeaker struct {
	name, side string
	person     bool // a person, not a body or a side
}

// cjkSides are the words that name a side in a speaker's phrase: the side
// words of Chinese and Korean news ("中方", "양측"), and the countries'
// names, which make the side of whoever they stand before ("中国外交部长王毅",
// "왕이 중국 외교부장"). A country's name right after 驻/駐/주 is where an
// envoy serves, not whom it serves ("中国驻韩国大使").
var cjkSideWords = []struct {
	word, side, speaker string // speaker: the side word as a speaker ("中方": Chinese side)
}{
	{"中方", "China", "Chinese side"}, {"美方", "US", "US side"}, {"韩方", "ROK", "ROK side"}, {"韓方", "ROK", "ROK side"},
	{"日方", "Japan", "Japanese side"}, {"朝方", "DPRK", "DPRK side"}, {"俄方", "Russia", "Russian side"},
	{"越方", "Vietnam", "Vietnamese side"}, {"欧方", "EU", "EU side"}, {"歐方", "EU", "EU side"}, {"菲方", "Philippines", "Philippine side"},
	{"台方", "Taiwan", "Taiwanese side"}, {"陆方", "China", "mainland side"}, {"陸方", "China", "mainland side"},
	{"双方", Both, Both}, {"雙方", Both, Both},
	{"중국 측", "China", "Chinese side"}, {"중국측", "China", "Chinese side"}, {"중측", "China", "Chinese side"},
	{"우리 측", "ROK", "ROK side"}, {"한국 측", "ROK", "ROK side"}, {"한국측", "ROK", "ROK side"},
	{"미국 측", "US", "US side"}, {"미국측", "US", "US side"}, {"미측", "US", "US side"},
	{"일본 측", "Japan", "Japanese side"}, {"일본측", "Japan", "Japanese side"}, {"일측", "Japan", "Japanese side"},
	{"북한 측", "DPRK", "DPRK side"}, {"북측", "DPRK", "DPRK side"}, {"양측", Both, Both}, {"양국", Both, Both},
}

// cjkCountries are countries' names in Chinese (both scripts) and Korean,
// longest first where one holds another.
var cjkCountries = []struct{ word, side string }{
	{"中华人民共和国", "China"}, {"中共", "China"}, {"越共", "Vietnam"}, {"北京", "China"}, {"共和党", "US"}, {"共和黨", "US"}, {"民主党", "US"},
	{"华盛顿", "US"}, {"華盛頓", "US"}, {"东京", "Japan"}, {"東京", "Japan"}, {"首尔", "ROK"}, {"首爾", "ROK"}, {"平壤", "DPRK"},
	{"莫斯科", "Russia"}, {"台北", "Taiwan"}, {"北韓", "DPRK"},
	{"巴西", "Brazil"}, {"柬埔寨", "Cambodia"}, {"老挝", "Laos"}, {"寮國", "Laos"}, {"阿根廷", "Argentina"},
	{"墨西哥", "Mexico"}, {"南非", "South Africa"}, {"缅甸", "Myanmar"}, {"緬甸", "Myanmar"}, {"哈萨克斯坦", "Kazakhstan"},
	{"브라질", "Brazil"}, {"캄보디아", "Cambodia"}, {"라오스", "Laos"}, {"멕시코", "Mexico"}, {"남아공", "South Africa"},
	{"沙特", "Saudi Arabia"}, {"沙地阿拉伯", "Saudi Arabia"}, {"阿联酋", "UAE"}, {"阿聯酋", "UAE"}, {"卡塔尔", "Qatar"},
	{"卡塔爾", "Qatar"}, {"伊朗", "Iran"}, {"以色列", "Israel"}, {"土耳其", "Turkey"}, {"埃及", "Egypt"}, {"巴基斯坦", "Pakistan"},
	{"사우디", "Saudi Arabia"}, {"아랍에미리트", "UAE"}, {"카타르", "Qatar"}, {"이란", "Iran"}, {"이스라엘", "Israel"},
	{"튀르키예", "Turkey"}, {"인도네시아", "Indonesia"}, {"말레이시아", "Malaysia"}, {"싱가포르", "Singapore"}, {"태국", "Thailand"},
	// cities and universities that place a scholar or a body
	{"上海", "China"}, {"厦门", "China"}, {"廈門", "China"}, {"广州", "China"}, {"廣州", "China"}, {"深圳", "China"},
	{"天津", "China"}, {"重庆", "China"}, {"重慶", "China"}, {"武汉", "China"}, {"武漢", "China"}, {"南京", "China"},
	{"杭州", "China"}, {"成都", "China"}, {"福建", "China"}, {"广东", "China"}, {"廣東", "China"}, {"清华", "China"},
	{"清華", "China"}, {"北大", "China"}, {"复旦", "China"}, {"復旦", "China"}, {"人民大学", "China"}, {"人民大學", "China"},
	{"社科院", "China"}, {"社会科学院", "China"}, {"社會科學院", "China"}, {"政治大學", "Taiwan"}, {"政大", "Taiwan"},
	{"中研院", "Taiwan"}, {"臺大", "Taiwan"}, {"台大", "Taiwan"}, {"高雄", "Taiwan"}, {"台中", "Taiwan"},
	{"早稻田", "Japan"}, {"早稲田", "Japan"}, {"庆应", "Japan"}, {"慶應", "Japan"}, {"大阪", "Japan"},
	{"서울대", "ROK"}, {"고려대", "ROK"}, {"연세대", "ROK"}, {"국립외교원", "ROK"}, {"세종연구소", "ROK"}, {"아산정책연구원", "ROK"},
	{"베이징", "China"}, {"상하이", "China"}, {"칭화대", "China"}, {"도쿄", "Japan"}, {"와세다", "Japan"}, {"게이오", "Japan"},
	{"워싱턴", "US"}, {"평양", "DPRK"}, {"모스크바", "Russia"}, {"타이베이", "Taiwan"}, {"中國", "China"}, {"中国", "China"}, {"我国", "China"}, {"大陆", "China"}, {"大陸", "China"},
	{"国台办", "China"}, {"國台辦", "China"},
	{"大韩民国", "ROK"}, {"韩国", "ROK"}, {"韓國", "ROK"}, {"南韩", "ROK"}, {"南韓", "ROK"},
	{"朝鲜", "DPRK"}, {"朝鮮", "DPRK"}, {"北韩", "DPRK"}, {"北韓", "DPRK"},
	{"日本", "Japan"}, {"美国", "US"}, {"美國", "US"}, {"俄罗斯", "Russia"}, {"俄羅斯", "Russia"},
	{"越南", "Vietnam"}, {"菲律宾", "Philippines"}, {"菲律賓", "Philippines"}, {"台湾", "Taiwan"}, {"台灣", "Taiwan"},
	{"臺灣", "Taiwan"}, {"陆委会", "Taiwan"}, {"陸委會", "Taiwan"}, {"香港", "Hong Kong"}, {"特区政府", "Hong Kong"}, {"特區政府", "Hong Kong"},
	{"欧盟", "EU"}, {"歐盟", "EU"}, {"东盟", "ASEAN"}, {"東盟", "ASEAN"}, {"东南亚国家联盟", "ASEAN"},
	{"印度", "India"}, {"澳大利亚", "Australia"}, {"澳洲", "Australia"}, {"英国", "UK"}, {"英國", "UK"},
	{"法国", "France"}, {"法國", "France"}, {"德国", "Germany"}, {"德國", "Germany"}, {"新加坡", "Singapore"},
	{"印度尼西亚", "Indonesia"}, {"印尼", "Indonesia"}, {"马来西亚", "Malaysia"}, {"馬來西亞", "Malaysia"},
	{"蒙古", "Mongolia"}, {"泰国", "Thailand"}, {"泰國", "Thailand"},
	{"중국", "China"}, {"한국", "ROK"}, {"대한민국", "ROK"}, {"우리 정부", "ROK"}, {"북한", "DPRK"}, {"조선", "DPRK"},
	{"일본", "Japan"}, {"미국", "US"}, {"러시아", "Russia"}, {"베트남", "Vietnam"}, {"대만", "Taiwan"}, {"타이완", "Taiwan"},
	{"홍콩", "Hong Kong"}, {"유럽연합", "EU"}, {"아세안", "ASEAN"}, {"필리핀", "Philippines"}, {"인도", "India"},
	{"호주", "Australia"}, {"영국", "UK"}, {"프랑스", "France"}, {"독일", "Germany"}, {"몽골", "Mongolia"},
	// a country's first syllable before a body, as headlines and briefs
	// write it ("미 국무부", "중 외교부", "북 외무성"): only as a word
	{"미 ", "US"}, {"중 ", "China"}, {"일 ", "Japan"}, {"북 ", "DPRK"}, {"러 ", "Russia"},
}

// cjkBodies are the bodies a Chinese or Korean text names without their
// country: the publisher's government's ("外交部" in a Xinhua story is
// China's, in a CNA story Taiwan's), with the English names the gold and
// the English table use.
var cjkBodies = []struct{ word, name string }{
	{"国安局", "National Security Bureau"}, {"國安局", "National Security Bureau"}, {"机管局", "Airport Authority Hong Kong"},
	{"機管局", "Airport Authority Hong Kong"}, {"机场管理局", "Airport Authority Hong Kong"}, {"機場管理局", "Airport Authority Hong Kong"},
	{"贸发局", "Hong Kong Trade Development Council"}, {"貿發局", "Hong Kong Trade Development Council"},
	{"日本国家旅游局", "Japan National Tourism Organization"}, {"日本國家旅遊局", "Japan National Tourism Organization"},
	{"经济部", "Ministry of Economic Affairs"}, {"經濟部", "Ministry of Economic Affairs"},
	{"韩国关税厅", "Korea Customs Service"}, {"韓國關稅廳", "Korea Customs Service"}, {"关税厅", "Korea Customs Service"},
	{"韩国盖洛普", "Gallup Korea"}, {"韓國蓋洛普", "Gallup Korea"}, {"한국갤럽", "Gallup Korea"},
	{"中国英国商会", "British Chamber of Commerce in China"}, {"中國英國商會", "British Chamber of Commerce in China"},
	{"中国德国商会", "German Chamber of Commerce in China"}, {"中國德國商會", "German Chamber of Commerce in China"},
	{"中国日本商会", "Japanese Chamber of Commerce and Industry in China"}, {"中国韩国商会", "Korea Chamber of Commerce in China"},
	{"中国欧盟商会", "European Union Chamber of Commerce in China"}, {"中國歐盟商會", "European Union Chamber of Commerce in China"},
	{"欧盟商会", "European Union Chamber of Commerce in China"}, {"歐盟商會", "European Union Chamber of Commerce in China"},
	{"中国美国商会", "American Chamber of Commerce in China"}, {"中國美國商會", "American Chamber of Commerce in China"},
	{"美国商务部", "Department of Commerce"}, {"美國商務部", "Department of Commerce"}, {"미국 상무부", "Department of Commerce"},
	{"白宫", "White House"}, {"白宮", "White House"}, {"백악관", "White House"}, {"五角大楼", "Pentagon"}, {"五角大廈", "Pentagon"},
	{"经济产业省", "Ministry of Economy, Trade and Industry"}, {"經濟產業省", "Ministry of Economy, Trade and Industry"},
	{"经产省", "Ministry of Economy, Trade and Industry"}, {"經產省", "Ministry of Economy, Trade and Industry"},
	{"경제산업성", "Ministry of Economy, Trade and Industry"}, {"财务省", "Ministry of Finance"}, {"財務省", "Ministry of Finance"},
	{"재무성", "Ministry of Finance"}, {"外务省", "Foreign Ministry"}, {"外務省", "Foreign Ministry"}, {"외무성", "Foreign Ministry"},
	{"日本政府观光局", "Japan National Tourism Organization"}, {"日本政府觀光局", "Japan National Tourism Organization"},
	{"일본정부관광국", "Japan National Tourism Organization"}, {"日本贸易振兴机构", "JETRO"}, {"日本貿易振興機構", "JETRO"},
	{"韩国贸易协会", "Korea International Trade Association"}, {"韓國貿易協會", "Korea International Trade Association"},
	{"한국무역협회", "Korea International Trade Association"}, {"무역협회", "Korea International Trade Association"},
	{"韩国观光公社", "Korea Tourism Organization"}, {"韓國觀光公社", "Korea Tourism Organization"}, {"한국관광공사", "Korea Tourism Organization"},
	{"联合参谋本部", "Joint Chiefs of Staff"}, {"聯合參謀本部", "Joint Chiefs of Staff"}, {"参联会", "Joint Chiefs of Staff"},
	{"政府统计处", "Census and Statistics Department"}, {"政府統計處", "Census and Statistics Department"},
	{"香港总商会", "Hong Kong General Chamber of Commerce"}, {"香港總商會", "Hong Kong General Chamber of Commerce"},
	{"观光署", "Tourism Administration"}, {"觀光署", "Tourism Administration"}, {"普查局", "Census Bureau"},
	{"教育部", "Ministry of Education"}, {"교육부", "Ministry of Education"}, {"大使馆", "Embassy"}, {"大使館", "Embassy"},
	{"대사관", "Embassy"}, {"총영사관", "Consulate General"},
	{"新华社", "Xinhua"}, {"新華社", "Xinhua"}, {"越南通讯社", "VNA"}, {"越通社", "VNA"}, {"韩联社", "Yonhap"}, {"韓聯社", "Yonhap"},
	{"연합뉴스", "Yonhap"}, {"共同社", "Kyodo"}, {"교도통신", "Kyodo"}, {"朝中社", "KCNA"}, {"조선중앙통신", "KCNA"},
	{"塔斯社", "TASS"}, {"俄新社", "RIA Novosti"}, {"路透社", "Reuters"}, {"로이터", "Reuters"}, {"美联社", "AP"}, {"美聯社", "AP"},
	{"法新社", "AFP"}, {"彭博社", "Bloomberg"}, {"日本经济新闻", "Nikkei"}, {"日本經濟新聞", "Nikkei"}, {"《日经》", "Nikkei"},
	{"环球时报", "Global Times"}, {"環球時報", "Global Times"}, {"人民日报", "People's Daily"},
	{"外交部发言人", "Foreign Ministry spokesperson"}, {"外交部發言人", "Foreign Ministry spokesperson"},
	{"外交部", "Foreign Ministry"}, {"商务部", "Ministry of Commerce"}, {"商務部", "Ministry of Commerce"},
	{"国防部", "Ministry of National Defense"}, {"國防部", "Ministry of National Defense"},
	{"海关总署", "General Administration of Customs"}, {"海關總署", "General Administration of Customs"},
	{"国家统计局", "National Bureau of Statistics"}, {"文化和旅游部", "Ministry of Culture and Tourism"},
	{"美国国务院", "State Department"}, {"美國國務院", "State Department"}, {"国务院", "State Council"}, {"國務院", "State Council"}, {"发改委", "National Development and Reform Commission"},
	{"财政部", "Ministry of Finance"}, {"財政部", "Ministry of Finance"}, {"经济部", "Ministry of Economic Affairs"},
	{"經濟部", "Ministry of Economic Affairs"}, {"总统府", "Presidential Office"}, {"總統府", "Presidential Office"},
	{"行政院", "Executive Yuan"}, {"陆委会", "Mainland Affairs Council"}, {"陸委會", "Mainland Affairs Council"},
	{"国台办", "Taiwan Affairs Office"}, {"國台辦", "Taiwan Affairs Office"}, {"政府", "government"},
	{"국무부", "State Department"}, {"재무부", "Ministry of Finance"}, {"상무부", "Ministry of Commerce"}, {"미국 상무부", "Department of Commerce"}, {"외무성", "Foreign Ministry"}, {"외교부 대변인", "Foreign Ministry spokesperson"}, {"외교부", "Foreign Ministry"}, {"통일부", "Ministry of Unification"},
	{"국방부", "Ministry of National Defense"}, {"산업통상자원부", "Ministry of Trade, Industry and Energy"},
	{"산업부", "Ministry of Trade, Industry and Energy"}, {"산업통상부", "Ministry of Trade and Industry"},
	{"국가정보원", "National Intelligence Service"}, {"국정원", "National Intelligence Service"}, {"관세청", "Korea Customs Service"}, {"통계청", "Statistics Korea"},
	{"기획재정부", "Ministry of Economy and Finance"}, {"기재부", "Ministry of Economy and Finance"},
	{"대통령실", "presidential office"}, {"청와대", "presidential office"}, {"합동참모본부", "Joint Chiefs of Staff"},
	{"합참", "Joint Chiefs of Staff"}, {"한국은행", "Bank of Korea"}, {"문화체육관광부", "Ministry of Culture, Sports and Tourism"},
	{"정부", "government"}, {"당국", "authorities"},
}

// usBodies are the US names of national bodies named by the words other
// countries use ("美国国防部", "미 국방부").
var usBodies = map[string]string{"Ministry of National Defense": "Pentagon", "Foreign Ministry": "State Department",
	"Ministry of Commerce": "Department of Commerce", "Ministry of Finance": "US Treasury"}

// bodySides are the sides of bodies and media whose name says none.
var bodySides = map[string]string{"Gallup Korea": "ROK", "British Chamber of Commerce in China": "UK", "National Security Bureau": "Taiwan", "Airport Authority Hong Kong": "Hong Kong", "German Chamber of Commerce in China": "Germany",
	"Japanese Chamber of Commerce and Industry in China": "Japan", "Korea Chamber of Commerce in China": "ROK", "National Intelligence Service": "ROK", "Ministry of Trade and Industry": "ROK", "European Union Chamber of Commerce in China": "EU", "Hong Kong Trade Development Council": "Hong Kong", "American Chamber of Commerce in China": "US", "Department of Commerce": "US", "White House": "US", "Pentagon": "US", "Census Bureau": "US",
	"Ministry of Economy, Trade and Industry": "Japan", "Japan National Tourism Organization": "Japan", "JETRO": "Japan",
	"Korea International Trade Association": "ROK", "Korea Tourism Organization": "ROK", "Xinhua": "China", "VNA": "Vietnam",
	"Yonhap": "ROK", "Kyodo": "Japan", "KCNA": "DPRK", "TASS": "Russia", "RIA Novosti": "Russia", "Nikkei": "Japan",
	"Global Times": "China", "People's Daily": "China", "Census and Statistics Department": "Hong Kong",
	"Hong Kong General Chamber of Commerce": "Hong Kong", "Korea Customs Service": "ROK", "Statistics Korea": "ROK",
	"Ministry of Unification": "ROK", "Bank of Korea": "ROK", "General Administration of Customs": "China",
	"National Bureau of Statistics": "China", "Taiwan Affairs Office": "China", "Mainland Affairs Council": "Taiwan",
	"Executive Yuan": "Taiwan", "State Council": "China", "State Department": "US", "Reuters": Unknown, "AP": Unknown,
	"AFP": Unknown, "Bloomberg": Unknown}

// cjkNames are the office-holders Chinese and Korean news names most, with
// the canonical names of the table (whose sides they take).
var cjkNames = map[string]string{
	"习近平": "Xi Jinping", "習近平": "Xi Jinping", "시진핑": "Xi Jinping", "王毅": "Wang Yi", "왕이": "Wang Yi",
	"李强": "Li Qiang", "李強": "Li Qiang", "리창": "Li Qiang", "毛宁": "Mao Ning", "毛寧": "Mao Ning", "마오닝": "Mao Ning",
	"林剑": "Lin Jian", "林劍": "Lin Jian", "린젠": "Lin Jian", "郭嘉昆": "Guo Jiakun", "궈자쿤": "Guo Jiakun",
	"汪文斌": "Wang Wenbin", "왕원빈": "Wang Wenbin", "邢海明": "Xing Haiming", "싱하이밍": "Xing Haiming",
	"戴兵": "Dai Bing", "다이빙": "Dai Bing", "赵乐际": "Zhao Leji", "韩正": "Han Zheng",
	"李在明": "Lee Jae-myung", "이재명": "Lee Jae-myung", "尹锡悦": "Yoon Suk Yeol", "尹錫悅": "Yoon Suk Yeol", "윤석열": "Yoon Suk Yeol",
	"赵兑烈": "Cho Tae-yul", "趙兌烈": "Cho Tae-yul", "조태열": "Cho Tae-yul", "赵显": "Cho Hyun", "趙顯": "Cho Hyun", "조현": "Cho Hyun",
	"金正恩": "Kim Jong Un", "김정은": "Kim Jong Un", "金与正": "Kim Yo Jong", "金與正": "Kim Yo Jong", "김여정": "Kim Yo Jong",
	"特朗普": "Donald Trump", "川普": "Donald Trump", "트럼프": "Donald Trump", "拜登": "Joe Biden", "바이든": "Joe Biden",
	"鲁比奥": "Marco Rubio", "盧比歐": "Marco Rubio", "루비오": "Marco Rubio", "布林肯": "Antony Blinken", "블링컨": "Antony Blinken",
	"石破茂": "Ishiba Shigeru", "이시바": "Ishiba Shigeru", "岸田文雄": "Kishida Fumio", "기시다": "Kishida Fumio",
	"高市早苗": "Takaichi Sanae", "다카이치": "Takaichi Sanae", "普京": "Vladimir Putin", "蒲亭": "Vladimir Putin", "푸틴": "Vladimir Putin",
	"丘应桦": "Algernon Yau", "丘應樺": "Algernon Yau", "蔡明彦": "Tsai Ming-yen", "蔡明彥": "Tsai Ming-yen",
	"谢锋": "Xie Feng", "謝鋒": "Xie Feng", "刘鹏宇": "Liu Pengyu", "劉鵬宇": "Liu Pengyu",
	"默茨": "Friedrich Merz", "메르츠": "Friedrich Merz", "洪玛奈": "Hun Manet", "洪瑪奈": "Hun Manet", "훈 마넷": "Hun Manet",
	"莫迪": "Narendra Modi", "모디": "Narendra Modi", "셰프초비치": "Maroš Šefčovič", "谢夫乔维奇": "Maroš Šefčovič",
	"卢拉": "Luiz Inácio Lula da Silva", "盧拉": "Luiz Inácio Lula da Silva", "룰라": "Luiz Inácio Lula da Silva",
	"莱维特": "Karoline Leavitt", "萊維特": "Karoline Leavitt", "레빗": "Karoline Leavitt", "何立峰": "He Lifeng",
	"苏林": "To Lam", "蘇林": "To Lam", "또럼": "To Lam", "또 럼": "To Lam", "梁强": "Luong Cuong", "梁強": "Luong Cuong",
	"르엉끄엉": "Luong Cuong", "르엉 끄엉": "Luong Cuong", "范明政": "Pham Minh Chinh", "팜민찐": "Pham Minh Chinh",
	"马科斯": "Ferdinand Marcos Jr.", "馬可仕": "Ferdinand Marcos Jr.", "마르코스": "Ferdinand Marcos Jr.",
	"赫格塞斯": "Pete Hegseth", "헤그세스": "Pete Hegseth", "小泉进次郎": "Koizumi Shinjiro", "고이즈미": "Koizumi Shinjiro",
	"扎哈罗娃": "Maria Zakharova", "자하로바": "Maria Zakharova", "古屋圭司": "Furuya Keiji", "후루야": "Furuya Keiji", "金杉宪治": "Kanasugi Kenji", "金杉憲治": "Kanasugi Kenji", "朴太成": "Pak Thae Song", "박태성": "Pak Thae Song",
	"崔善姬": "Choe Son Hui", "최선희": "Choe Son Hui", "孙卫东": "Sun Weidong", "孫衛東": "Sun Weidong",
	"林佳龙": "Lin Chia-lung", "林佳龍": "Lin Chia-lung", "梁文杰": "Liang Wen-chieh", "梁文傑": "Liang Wen-chieh",
	"卓荣泰": "Cho Jung-tai", "卓榮泰": "Cho Jung-tai", "萧美琴": "Hsiao Bi-khim", "蕭美琴": "Hsiao Bi-khim",
	"邱垂正": "Chiu Chui-cheng", "陈茂波": "Paul Chan", "陳茂波": "Paul Chan", "拉夫罗夫": "Sergey Lavrov", "拉夫羅夫": "Sergey Lavrov",
	"라브로프": "Sergey Lavrov", "卢特尼克": "Howard Lutnick", "盧特尼克": "Howard Lutnick", "러트닉": "Howard Lutnick",
	"木原稔": "Kihara Minoru", "기하라": "Kihara Minoru", "위성락": "Wi Sung-lac", "魏圣洛": "Wi Sung-lac", "정동영": "Chung Dong-young",
	"岩屋毅": "Iwaya Takeshi", "이와야": "Iwaya Takeshi", "赤泽亮正": "Akazawa Ryosei", "赤澤亮正": "Akazawa Ryosei",
	"赖清德": "Lai Ching-te", "賴清德": "Lai Ching-te", "라이칭더": "Lai Ching-te", "李家超": "John Lee", "존 리": "John Lee",
}

// Speech verbs of Chinese news, longest first where one holds another.
var zhVerbs = []string{"形容", "提醒", "坦承", "承认", "承認", "质疑", "質疑", "补充", "補充", "解释", "解釋", "发布", "發布", "公布", "公佈", "称赞", "稱讚", "要求", "反驳", "反駁", "抨击", "抨擊", "指责", "指責", "赞扬", "讚揚", "答记者问时表示", "答記者問時表示", "答问时表示", "答問時表示", "对记者表示", "對記者表示", "表示", "指出", "强调", "強調",
	"介绍", "介紹", "宣布", "重申", "呼吁", "呼籲", "敦促", "认为", "認為", "回应", "回應", "透露", "坦言", "直言",
	"批评", "批評", "谴责", "譴責", "警告", "声称", "聲稱", "表态", "表態", "告诉", "告訴", "说", "說", "称", "稱", "提出", "主张", "主張", "一致同意", "同意", "商定", "商定", "一致认为", "一致認為"}

// zhVerbAfter are characters that make a one-character verb part of
// another word ("说明" is still speech, "称为" names): after 说 or 称 they
// end the match.
var zhNotVerbAfter = map[string]string{"发布": "的会會", "發布": "的会會", "公布": "的", "公佈": "的", "说": "法服", "說": "法服", "称": "为為号號赞讚呼", "稱": "为為号號赞讚呼"}

// zhNotVerbBefore are characters that make 说 or 称 part of another word
// before it ("据说", "小说", "声称" is read whole, "简称").
var zhNotVerbBefore = map[string]string{"说": "据據小听聽游遊", "說": "据據小听聽游遊", "称": "简簡名宣号號声聲自俗", "稱": "简簡名宣号號声聲自俗"}

// koVerbList is koVerbs with their polite forms ("밝혔습니다"), longest
// first.
var koVerbList = sync.OnceValue(func() []string {
	var out []string
	for _, v := range koVerbs {
		out = append(out, v)
		if p, ok := strings.CutSuffix(v, "다"); ok && !strings.HasSuffix(v, "니다") {
			out = append(out, p+"습니다")
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
})

// Korean speech verbs at a sentence's end, after the quoting ending
// ("…라고 밝혔다", "…고 말했습니다").
var koVerbs = []string{"밝혔다", "말했다", "강조했다", "전했다", "설명했다", "덧붙였다", "지적했다", "언급했다", "주장했다",
	"촉구했다", "발표했다", "평가했다", "비판했다", "우려했다", "당부했다", "요구했다", "답했다", "내다봤다", "전망했다",
	"표명했다", "경고했다", "파악했다", "추정했다", "집계했다", "보고했다", "합의했다", "재확인했다", "확인했다", "약속했다", "명시했다", "논의했다", "협의했다", "다짐했다", "공감했다", "모았다", "화답했다", "물었다", "반문했다", "소개했다", "예상했다", "분석했다", "부연했다", "역설했다", "반박했다", "해명했다", "했다", "밝혔습니다", "말했습니다", "강조했습니다",
	"전했습니다", "설명했습니다", "덧붙였습니다", "지적했습니다", "했습니다", "밝혀", "말해", "강조해"}

// Titles and nouns of persons: a Chinese phrase with one before a name
// ("外交部发言人毛宁") or a Korean one after it ("조태열 외교부 장관") names a
// person; alone ("专家", "전문가") an unnamed speaker.
var zhTitles = []string{"立法委员", "立法委員", "立委", "局长", "局長", "经济学家", "經濟學家", "分析师", "分析師", "董事长", "董事長", "总经理", "總經理", "总裁", "總裁", "理事长", "理事長", "总书记", "總書記", "书记", "書記", "官房长官", "官房長官", "外相", "国家主席", "國家主席", "国务委员", "國務委員", "外交部长", "外交部長", "外长", "外長", "发言人", "發言人",
	"国务卿", "國務卿", "委员长", "委員長", "秘书长", "秘書長", "主席", "总统", "總統", "总理", "總理", "首相", "部长", "部長",
	"大使", "司长", "司長", "局长", "局長", "会长", "會長", "院长", "院長", "主任", "所长", "所長", "议员", "議員",
	"教授", "研究员", "研究員", "学者", "學者", "专家", "專家", "分析人士", "官员", "官員", "负责人", "負責人", "网友", "網友", "外媒", "媒体", "媒體", "业内人士", "業內人士", "知情人士", "消息人士", "观察人士", "觀察人士", "评论员", "評論員"}

var koTitles = []string{"관방장관", "국가안보실장", "안보실장", "대통령", "주석", "총리", "외교부장", "부장", "서기장", "국무위원", "장관", "차관", "대변인", "대사", "위원장", "국무장관", "실장", "본부장",
	"교수", "연구위원", "연구원", "전문가", "위원", "의원", "청장", "처장", "국장", "총재", "관계자", "당국자", "소장", "원장", "소식통", "공동대표", "대표", "시민단체", "단체들", "단체", "회장", "부회장", "사무총장", "이사장", "언론", "매체"}

// unnamedEnglish gives an unnamed speaker's noun its English form.
var unnamedEnglish = map[string]string{"专家": "expert", "專家": "expert", "学者": "scholar", "學者": "scholar",
	"分析人士": "analyst", "官员": "official", "官員": "official", "网友": "netizen", "網友": "netizen", "负责人": "official",
	"負責人": "official", "发言人": "spokesperson", "發言人": "spokesperson", "经济学家": "economist", "經濟學家": "economist", "分析师": "analyst", "分析師": "analyst", "议员": "lawmaker", "議員": "lawmaker", "立委": "legislator", "立法委员": "legislator", "立法委員": "legislator", "众议员": "lawmaker", "眾議員": "lawmaker", "参议员": "senator", "參議員": "senator", "业内人士": "industry insider",
	"業內人士": "industry insider", "知情人士": "informed source", "消息人士": "source", "观察人士": "observer",
	"觀察人士": "observer", "评论员": "commentator", "評論員": "commentator", "연구원": "researcher", "교수": "professor",
	"전문가": "expert", "관계자": "official", "당국자": "official", "대변인": "spokesperson", "소식통": "source", "언론": "media", "시민단체": "civic groups", "단체": "groups", "단체들": "groups", "매체": "media", "媒体": "media", "媒體": "media", "外媒": "foreign media"}

// cjkOutlets are Chinese and Korean outlets' names as their pages write
// them, with their sides: the publisher of a page whose first lines carry
// one.
var cjkOutlets = []struct{ name, side string }{
	{"中国新闻周刊", "China"}, {"新华社", "China"}, {"新華社", "China"}, {"新华网", "China"}, {"人民日报", "China"}, {"人民网", "China"}, {"央视", "China"},
	{"中央广播电视总台", "China"}, {"中国新闻网", "China"}, {"中新网", "China"}, {"中新社", "China"}, {"环球时报", "China"},
	{"环球网", "China"}, {"中国日报", "China"}, {"光明网", "China"}, {"光明日报", "China"}, {"澎湃新闻", "China"},
	{"中华人民共和国外交部", "China"}, {"中国网", "China"}, {"参考消息", "China"}, {"解放日报", "China"}, {"南方日报", "China"},
	{"中央社", "Taiwan"}, {"中央通訊社", "Taiwan"}, {"自由時報", "Taiwan"}, {"聯合報", "Taiwan"}, {"聯合新聞網", "Taiwan"},
	{"風傳媒", "Taiwan"}, {"上報", "Taiwan"}, {"鏡週刊", "Taiwan"}, {"新頭殼", "Taiwan"}, {"TVBS", "Taiwan"},
	{"東森", "Taiwan"}, {"報導者", "Taiwan"}, {"天下雜誌", "Taiwan"}, {"頭條日報", "Hong Kong"}, {"信報財經", "Hong Kong"}, {"公視", "Taiwan"}, {"中時新聞網", "Taiwan"}, {"中國時報", "Taiwan"}, {"三立新聞", "Taiwan"},
	{"明報", "Hong Kong"}, {"星島", "Hong Kong"}, {"香港電台", "Hong Kong"}, {"香港01", "Hong Kong"}, {"東方日報", "Hong Kong"},
	{"信報", "Hong Kong"}, {"經濟日報", "Hong Kong"}, {"大公報", "Hong Kong"}, {"文匯報", "Hong Kong"}, {"联合早报", "Singapore"},
	{"聯合早報", "Singapore"},
	{"연합뉴스", "ROK"}, {"조선일보", "ROK"}, {"중앙일보", "ROK"}, {"동아일보", "ROK"}, {"한겨레", "ROK"}, {"경향신문", "ROK"},
	{"한국경제", "ROK"}, {"매일경제", "ROK"}, {"서울신문", "ROK"}, {"한국일보", "ROK"}, {"국민일보", "ROK"}, {"세계일보", "ROK"},
	{"뉴스1", "ROK"}, {"뉴시스", "ROK"}, {"머니투데이", "ROK"}, {"이데일리", "ROK"}, {"헤럴드경제", "ROK"}, {"MBC", "ROK"},
	{"KBS", "ROK"}, {"SBS", "ROK"}, {"YTN", "ROK"}, {"JTBC", "ROK"}, {"채널A", "ROK"}, {"TV조선", "ROK"},
	{"조선중앙통신", "DPRK"}, {"로동신문", "DPRK"}, {"노동신문", "DPRK"},
}

// isCJKRune reports whether r is Han or Hangul.
func isCJKRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r)
}

// hasCJK reports whether s holds a Han or Hangul character.
func hasCJK(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE3 { // the lead bytes of U+3000 and above
			r, _ := utf8.DecodeRuneInString(s[i:])
			if isCJKRune(r) {
				return true
			}
		}
	}
	return false
}

// cjkScript is 'h' for a sentence written mostly in Han, 'k' mostly in
// Hangul, 0 otherwise (English, or too little of either).
func cjkScript(s string) byte {
	han, hangul, latin := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Han, r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case hangul > 0 && 2*hangul >= latin/3 && hangul >= han:
		return 'k'
	case han > 0 && 2*han >= latin/3:
		return 'h'
	}
	return 0
}

// cjkState is what a Chinese or Korean sentence's frame, or the turn it
// stands in, says of its speaker.
type cjkState struct {
	sp    cjkSpeaker
	ok    bool
	cue   string
	para  int
	label bool // a Q&A turn
	cont  int  // sentences continued since the frame (see cjkContinue)
	line  bool // a turn whose label opened a line
}

// cjkContinue is how many sentences after a framed one, in its paragraph,
// are still the speaker's ("王毅表示，……。中方愿……。").
const cjkContinue = 2

// cjkDocument attributes d's Chinese and Korean sentences in out (from
// the English pass), in order: a sentence's own frame, a Q&A label's turn,
// a quotation closed (or opened) by a framed sentence, the rest of a
// Chinese paragraph whose sentence before had a frame, else the narrator.
// home is the publisher's side ("" when unknown).
func (w *worker) cjkDocument(d *corpus.Document, out []Attribution, home string) {
	raw := d.Raw
	if h := cjkHome(raw); h != "" {
		home = h // "中央社 CNA" is Taiwan's, not Singapore's CNA
	}
	if home == "" {
		// a page in simplified Chinese is the mainland's, one in Korean the
		// ROK's, unless it names its outlet
		switch d.Lang {
		case "zh-Hans":
			home = "China"
		case "ko":
			home = "ROK"
		}
	}
	c := cjkContext{home: home, x: w.x, raw: raw}
	c.remember(raw)
	var turn cjkState
	frames := make([]cjkState, len(d.Sentences))
	script := make([]byte, len(d.Sentences))
	para := 0
	for si := range d.Sentences {
		s := d.Sentences[si]
		if si > 0 && hasNewline(raw[d.Sentences[si-1].End:s.Start]) {
			para++
		}
		text := raw[s.Start:s.End]
		script[si] = cjkScript(text)
		if script[si] == 0 {
			continue
		}
		lineStart := isLineStart(raw, s.Start)
		labelled := false
		if turn.ok && !turn.line && para > turn.para {
			turn.ok = false // a turn opened inside a line ends with its paragraph
		}
		if lineStart || c.inlineLabel(text, si > 0 && endsQuestion(raw[d.Sentences[si-1].Start:d.Sentences[si-1].End])) {
			// a label opens a line, or a sentence of a transcript saved on
			// one line ("…有何评论？ 毛宁：…")
			if sp, rest, ok := c.label(text); ok {
				turn = cjkState{sp: sp, ok: true, cue: "transcript", para: para, label: true, line: lineStart}
				text = rest
				c.transcript = true
				c.labels++
				labelled = true
				if sp.name != Journalist && sp.name != Narrator {
					c.last, c.haveLast = sp, true
					if !c.hasSpokesperson && sp.person {
						c.spokesperson, c.hasSpokesperson = sp, true // the one who answers at a briefing
					}
				}
			} else if lineStart && turn.ok && para > turn.para && cjkTurnEnds(text) {
				turn.ok = false
			}
		}
		sp, cue, ok := c.frame(text, script[si])
		if turn.ok && lineStart && para > turn.para && c.labels < 3 && !labelled {
			turn.ok = false // one question and its answer inside an article: the answer's paragraph only
		}
		if ok && turn.ok && lineStart && para > turn.para && turn.sp.name != Journalist && sp.name != turn.sp.name && !isSideSpeaker(sp) {
			turn.ok = false // "……研究员周立新认为，", "据海关总署统计": the article's again, not the answer's
		}
		if ok && turn.ok && (turn.sp.side == sp.side && (sp.name == sp.side || isSideSpeaker(sp)) ||
			turn.sp.name == Journalist && (sp.name == Both || sp.name == sp.side || isSideSpeaker(sp))) {
			// "中方一贯主张……" in a Chinese spokesperson's answer is the
			// spokesperson's; "中方如何评价？", "双方同意……" in a reporter's
			// question the reporter's
			ok = false
		}
		if ok {
			frames[si] = cjkState{sp: sp, ok: true, cue: cue, para: para}
			if cue != "according to" && cue != "data" && sp.name != Both {
				c.last, c.haveLast = sp, true
			}
		} else if turn.ok {
			frames[si] = turn
			frames[si].para = para
		} else {
			frames[si].para = para
		}
	}
	for si := range d.Sentences {
		if script[si] == 0 || frames[si].ok {
			continue
		}
		if sp, ok := quotedBy(raw, d.Sentences, si, frames); ok {
			frames[si] = cjkState{sp: sp, ok: true, cue: "quote", para: frames[si].para}
			continue
		}
		// "王毅表示，……。双方应……。": the rest of the paragraph is still his
		if si == 0 {
			continue
		}
		if p := frames[si-1]; p.ok && !p.label && p.para == frames[si].para && script[si] == 'h' && p.cont < cjkContinue &&
			p.cue != "according to" && p.cue != "joint statement" {
			frames[si] = cjkState{sp: p.sp, ok: true, cue: "continued", para: p.para, cont: p.cont + 1}
		}
	}
	for si := range d.Sentences {
		if script[si] == 0 {
			continue
		}
		f := frames[si]
		if !f.ok || f.sp.name == Narrator {
			out[si] = narrator
			continue
		}
		side := f.sp.side
		if side == "" {
			side = Unknown
		}
		out[si] = Attribution{Speaker: f.sp.name, Side: side, Cue: f.cue}
	}
}

// isSideSpeaker reports whether sp is a side word's speaker ("Chinese side").
func isSideSpeaker(sp cjkSpeaker) bool {
	for _, sw := range cjkSideWords {
		if sp.name == sw.speaker {
			return true
		}
	}
	return false
}

// quoteDepth is how far the quotation marks of s open (“ 「 『) more than
// they close.
func quoteDepth(s string) int {
	return strings.Count(s, "“") + strings.Count(s, "「") + strings.Count(s, "『") -
		strings.Count(s, "”") - strings.Count(s, "」") - strings.Count(s, "』")
}

// quotedBy is the speaker of the quotation sentence si stands in, within
// its paragraph: the frame of the sentence the quotation closes in, else
// of the one it opened in.
func quotedBy(raw string, ss []corpus.Sentence, si int, frames []cjkState) (cjkSpeaker, bool) {
	depth := 0
	start := si
	for j := si - 1; j >= 0 && frames[j].para == frames[si].para; j-- {
		depth += quoteDepth(raw[ss[j].Start:ss[j].End])
		start = j
	}
	text := strings.TrimSpace(raw[ss[si].Start:ss[si].End])
	opens := strings.HasPrefix(text, "“") || strings.HasPrefix(text, "「") || strings.HasPrefix(text, "『")
	if depth <= 0 && !opens {
		return cjkSpeaker{}, false
	}
	if depth < 0 {
		depth = 0
	}
	for j := si; j < len(ss) && frames[j].para == frames[si].para; j++ {
		if depth += quoteDepth(raw[ss[j].Start:ss[j].End]); depth <= 0 {
			if frames[j].ok {
				return frames[j].sp, true
			}
			// "“……。……。”王毅说。": the frame may stand alone after the
			// closing mark
			if k := j + 1; k < len(ss) && frames[k].ok && frames[k].para == frames[si].para && utf8.RuneCountInString(raw[ss[k].Start:ss[k].End]) <= 40 {
				return frames[k].sp, true
			}
			break
		}
	}
	for j := si - 1; j >= start; j-- {
		if frames[j].ok {
			return frames[j].sp, true
		}
	}
	return cjkSpeaker{}, false
}

// cjkHome is the side of a Chinese or Korean outlet named in the page's
// first lines ("新华社北京6月10日电", "(서울=연합뉴스)"), or "".
func cjkHome(raw string) string {
	head := raw[:min(len(raw), 400)]
	for len(head) > 0 && !utf8.ValidString(head) {
		head = head[:len(head)-1]
	}
	best, at := "", len(head)
	for _, o := range cjkOutlets {
		if i := strings.Index(head, o.name); i >= 0 && i < at {
			best, at = o.side, i
		}
	}
	return best
}

// cjkContext is what the frames of a document share: the publisher's
// side, the table, and the last speaker a frame named.
type cjkContext struct {
	home       string
	x          *index
	raw        string // the document's text
	last       cjkSpeaker
	haveLast   bool
	transcript bool // a Q&A label was read
	labels     int  // Q&A labels read so far
	// spokesperson is the briefing's spokesperson, the speaker of "答："
	spokesperson    cjkSpeaker
	hasSpokesperson bool
	// people are the persons the document has named in full, for its
	// later short forms ("시 주석" after "시진핑", "王部长" after "外交部长王毅")
	people []cjkPerson
}

// cjkPerson is a person a document names: as written, the speaker's name
// (canonical when known) and side.
type cjkPerson struct {
	surface string
	sp      cjkSpeaker
	title   string // the title it was named with, if any ("대통령")
}

// cjkNamed is one of cjkNames: a surface and its canonical name.
type cjkNamed struct{ surface, canon string }

// cjkNameList is cjkNames in a fixed order, longest surface first.
var cjkNameList = sync.OnceValue(func() []cjkNamed {
	out := make([]cjkNamed, 0, len(cjkNames))
	for k, v := range cjkNames {
		out = append(out, cjkNamed{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].surface) != len(out[j].surface) {
			return len(out[i].surface) > len(out[j].surface)
		}
		return out[i].surface < out[j].surface
	})
	return out
})

// rememberSpokesperson finds the briefing's spokesperson a document names
// anywhere ("商务部新闻发言人何咏前", "마오닝 중국 외교부 대변인"), for "答：".
func (c *cjkContext) rememberSpokesperson(raw string) {
	for _, ti := range []string{"发言人", "發言人"} {
		for from := 0; ; {
			i := strings.Index(raw[from:], ti)
			if i < 0 {
				break
			}
			from += i + len(ti)
			if name := zhNameIn(raw[from:min(len(raw), from+40)], raw); name != "" && !strings.ContainsAny(name, notInNames) {
				sp := cjkSpeaker{name: romanizedFor(name, c.homeOr(Unknown)), side: c.homeOr(Unknown), person: true}
				if canon, ok := cjkNames[name]; ok {
					sp.name, sp.side = canon, c.x.nameSide(canon)
				}
				c.spokesperson, c.hasSpokesperson = sp, true
				return
			}
		}
	}
	if i := strings.Index(raw, " 대변인"); i > 0 {
		// the name nearest before "… 대변인" ("박소연 통일부 대변인")
		words := strings.Fields(raw[max(0, i-60):i])
		for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
			if canon, ok := cjkNames[words[k]]; ok {
				c.spokesperson, c.hasSpokesperson = cjkSpeaker{name: canon, side: c.x.nameSide(canon), person: true}, true
				return
			}
			if name, ok := koreanName(words[k]); ok && utf8.RuneCountInString(words[k]) == 3 && !isBody(words[k]) && !isTitle(words[k]) && countryIn(words[k]+" ") == "" {
				c.spokesperson, c.hasSpokesperson = cjkSpeaker{name: name, side: c.homeOr(Unknown), person: true}, true
				return
			}
		}
	}
}

// cjkNameFirst indexes cjkNameList by the first character of each surface.
var cjkNameFirst = sync.OnceValue(func() map[rune][]cjkNamed {
	m := map[rune][]cjkNamed{}
	for _, nm := range cjkNameList() {
		r, _ := utf8.DecodeRuneInString(nm.surface)
		m[r] = append(m[r], nm)
	}
	return m
})

// remember adds the known names a document's text holds to its people.
func (c *cjkContext) remember(raw string) {
	c.rememberSpokesperson(raw)
	c.rememberKorean(raw)
	if strings.Contains(raw, "조선중앙통신") {
		c.people = append(c.people, cjkPerson{"통신", cjkSpeaker{name: "KCNA", side: "DPRK"}, ""}) // "통신은"
	}
	// the known names the page holds, in one pass over it
	first := cjkNameFirst()
	seen := map[string]bool{}
	for i, r := range raw {
		for _, nm := range first[r] {
			if !seen[nm.surface] && strings.HasPrefix(raw[i:], nm.surface) {
				seen[nm.surface] = true
			}
		}
	}
	for _, nm := range cjkNameList() {
		if seen[nm.surface] {
			c.people = append(c.people, cjkPerson{nm.surface, cjkSpeaker{name: nm.canon, side: c.x.nameSide(nm.canon), person: true}, ""})
		}
	}
}

// rememberKorean adds the Korean names a page introduces with a title within
// three words after them ("여한구 산업통상자원부 통상교섭본부장", "구윤철 경제부총리")
// to its people, so that "여 본부장", "구 부총리" later are theirs.
func (c *cjkContext) rememberKorean(raw string) {
	if !strings.ContainsFunc(raw, func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }) {
		return
	}
	words := strings.Fields(raw)
	// which words are titles (their particles off), once
	titled := make([]string, len(words))
	for j, w := range words {
		t := strings.TrimRight(w, ",.")
		if isTitle(t) {
			titled[j] = t
			continue
		}
		for _, p := range []string{"께서는", "에게", "과", "와", "은", "는", "이", "가", "의", "도", "을", "를"} {
			if x, ok := strings.CutSuffix(t, p); ok && isTitle(x) {
				titled[j] = x // "대통령과", "장관은"
				break
			}
		}
	}
	for k, w := range words {
		if k+1 >= len(words) || titled[k+1] == "" && (k+2 >= len(words) || titled[k+2] == "") && (k+3 >= len(words) || titled[k+3] == "") {
			continue // no title within three words
		}
		name, ok := koreanName(w)
		known := cjkNames[w]
		if known != "" {
			name, ok = known, true
		}
		if !ok || isTitle(w) || isBody(w) {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+3; j++ {
			t := titled[j]
			if t == "" || koGroups[t] {
				continue
			}
			side := countryIn(strings.Join(words[k+1:j+1], " ") + " ")
			if side == "" {
				side = titleSides[t]
			}
			if side == "" {
				side = c.homeOr(Unknown)
			}
			if known != "" {
				c.people = append(c.people, cjkPerson{w, cjkSpeaker{name: known, side: c.x.nameSide(known), person: true}, t})
			} else if (side == "ROK" || side == "DPRK" || side == Unknown) && utf8.RuneCountInString(w) == 3 {
				// three syllables: a Korean name; "고노" may be a Japanese one
				c.people = append(c.people, cjkPerson{w, cjkSpeaker{name: name, side: side, person: true}, t})
			}
			break
		}
	}
}

// zhSurnames are common Chinese family names: a bare name of two or three
// characters that begins with one, before a speech verb, is a person's.
const zhSurnames = "庄莊葛左祝鲁魯凌霍虞柯管包申焦牛邢游洪甘颜顏俞伍施聂聶温溫章纪紀严嚴欧歐殷庞龐樊兰蘭齐齊季向翁辛卓詹宁寧阎岳柴郭涂塗蓝藍覃骆駱葉邱饶饒房裴卫衛滕童毕畢蒲钟王李张張刘劉陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱高林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮于董萧蕭程曹袁邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣蔡贾賈丁魏薛叶葉阎閻余潘杜戴夏钟鍾汪田任姜范方石姚谭譚廖邹鄒熊金陆陸郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段雷钱錢汤湯尹黎易常武乔喬贺賀赖賴龚龔文"

// named reads a short form of a person the document named before: a
// family name and a title ("시 주석", "조 장관", "王部长", "李外长"), a
// name as written before ("梁文傑"), or a bare Chinese name ("陈斌华").
func (c *cjkContext) named(subj string, script byte) (cjkSpeaker, bool) {
	for _, p := range c.people {
		if subj == p.surface || strings.ReplaceAll(p.surface, " ", "") == subj && p.sp.person {
			return p.sp, true
		}
	}
	first, size := utf8.DecodeRuneInString(subj)
	head, rest := subj[:size], strings.TrimSpace(subj[size:])
	if script == 'k' {
		// "다이 대사" for 다이빙, "마오 대변인" for 마오닝: the first word
		if f := strings.Fields(subj); len(f) >= 2 {
			head, rest = f[0], strings.Join(f[1:], " ")
		}
	}
	titles := zhTitles
	if script == 'k' {
		titles = koTitles
	}
	demonstrative := head == "이" || head == "그" // "이 대통령" is Lee, "이 집행위원" this commissioner
	for _, ti := range titles {
		if rest != ti && !strings.HasSuffix(rest, " "+ti) && !(script == 'k' && strings.HasSuffix(rest, ti) && isTitle(rest)) {
			continue
		}
		for i := len(c.people) - 1; i >= 0; i-- {
			p := &c.people[i]
			if !p.sp.person || demonstrative && (p.title == "" || !strings.HasSuffix(rest, p.title) && !strings.HasSuffix(p.title, rest)) {
				continue
			}
			if strings.HasPrefix(p.surface, head) || slices.Contains(strings.Fields(p.surface), head) || strings.ReplaceAll(p.surface, " ", "") == head {
				return p.sp, true // "헤그세스 장관" for 피트 헤그세스
			}
		}
	}
	// "이 당국자", "그 관계자", "该负责人", "这位学者": the one named before
	for _, dem := range []string{"이 ", "그 ", "该", "該", "这位", "這位", "此位"} {
		if r, ok := strings.CutPrefix(subj, dem); ok {
			r = strings.TrimSpace(r)
			if script == 'k' && isTitle(r) || slices.Contains(titles, r) {
				// the last one named with this title ("이 집행위원": the
				// commissioner), else the last speaker
				for i := len(c.people) - 1; i >= 0; i-- {
					if p := c.people[i]; p.title != "" && (p.title == r || strings.HasSuffix(p.title, r) || strings.HasSuffix(r, p.title)) {
						return p.sp, true
					}
				}
				if c.haveLast {
					return c.last, true
				}
				return cjkSpeaker{}, false
			}
		}
	}
	if script != 'k' && strings.ContainsAny(subj, "·・") && allHan(strings.NewReplacer("·", "", "・", "").Replace(subj)) &&
		lastTitleAt(subj) < 0 && countryIn(subj) == "" && bodyName(subj) == "" && utf8.RuneCountInString(subj) <= 12 {
		// "苏吉托·哈迪": a foreign name in Han, the side its first mention gives
		side := c.introduced(subj)
		if side == "" {
			side = c.homeOr(Unknown)
		}
		sp := cjkSpeaker{name: subj, side: side, person: true}
		c.people = append(c.people, cjkPerson{subj, sp, ""})
		return sp, true
	}
	if script != 'k' && allHan(subj) && !strings.ContainsAny(subj, notInNames) {
		n := utf8.RuneCountInString(subj)
		if n >= 2 && n <= 3 && strings.ContainsRune(zhSurnames, first) || n >= 2 && n <= 4 && c.introduced(subj) != "" {
			// a person: the side of the country named just before the
			// name's first mention ("日本外相岩屋毅"), else the publisher's
			side := c.introduced(subj)
			if side == "" {
				side = c.homeOr(Unknown)
			}
			sp := cjkSpeaker{name: romanizedFor(subj, side), side: side, person: true}
			c.people = append(c.people, cjkPerson{subj, sp, ""})
			return sp, true
		}
	}
	return cjkSpeaker{}, false
}

// notInNames are characters of bodies, places and groups that no personal
// name of a bare subject holds.
const notInNames = "国國方部府会會院局委党黨军軍们們省市州县縣署厅廳处處社报報网網台臺"

// introduced is the side of the country named within a few characters
// before the first mention of name in the document ("日本外相岩屋毅"), or "".
func (c *cjkContext) introduced(name string) string {
	// the first of its mentions (five at most) that a country, or a body and
	// a title, stands right before ("陳茂波晤王文濤" says nothing of 王文濤;
	// "拜會商務部部長王文濤" does)
	for from, n := 0, 0; n < 5; n++ {
		i := strings.Index(c.raw[from:], name)
		if i < 0 {
			return ""
		}
		i += from
		from = i + len(name)
		a := i
		for k := 0; k < 10 && a > 0; k++ {
			_, size := utf8.DecodeLastRuneInString(c.raw[:a])
			a -= size
		}
		phrase := clauseTail(c.raw[a:i])
		for _, m := range []string{"同", "与", "與", "和", "会见", "會見", "会晤", "會晤", "接见", "接見"} {
			if k := strings.LastIndex(phrase, m); k >= 0 {
				phrase = phrase[k+len(m):] // "王毅同澳大利亚外长黄英贤": the one met
			}
		}
		if phrase == "" {
			continue
		}
		if ti, t := lastTitle(phrase, zhTitles); t >= 0 && t+len(ti) == len(phrase) {
			// "商務部部長王文濤", "日本外相岩屋毅": the phrase the title ends
			saved := len(c.people)
			sp, ok := c.subject(phrase+name, 'h')
			c.people = c.people[:saved]
			if ok && sp.side != Unknown && sp.side != "" {
				return sp.side
			}
		}
		if side := countryIn(phrase); side != "" {
			return side
		}
	}
	return ""
}

// label reads a Q&A line's label ("记者：", "毛宁：", "答：", "[앵커]",
// "기자:"): the speaker of the turn it opens and the text after it.
func (c *cjkContext) label(text string) (cjkSpeaker, string, bool) {
	t := strings.TrimLeft(text, " \t")
	if strings.HasPrefix(t, "[") || strings.HasPrefix(t, "【") || strings.HasPrefix(t, "<") || strings.HasPrefix(t, "〈") || strings.HasPrefix(t, "‹") || strings.HasPrefix(t, "《") {
		closer := map[byte]string{'[': "]", '<': ">"}[t[0]]
		if closer == "" {
			_, size := utf8.DecodeRuneInString(t)
			closer = map[string]string{"【": "】", "〈": "〉", "‹": ">", "《": "》"}[t[:size]]
		}
		end := strings.Index(t, closer)
		if end < 0 || end > 60 {
			return cjkSpeaker{}, "", false
		}
		tag := strings.TrimSpace(t[1:end])
		rest := strings.TrimLeft(t[end+len(closer):], " ")
		switch {
		case tag == "앵커" || tag == "기자" || tag == "리포트" || tag == "記者" || tag == "记者" || tag == "旁白" || tag == "主持人":
			return cjkSpeaker{name: Narrator, side: Narrator}, rest, true
		case strings.HasPrefix(tag, "인터뷰") || strings.HasPrefix(tag, "녹취") || strings.HasPrefix(tag, "싱크"):
			// "<인터뷰> 김민준 (교수)" or "[인터뷰: 김민준 / 교수]": the person who speaks
			who := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(tag, "인터뷰"), "녹취"), "싱크"), " :：")
			if who == "" {
				who = rest
				if nl := strings.IndexAny(who, "\n"); nl >= 0 {
					who = who[:nl]
				}
				rest = ""
				// "<인터뷰> 이재명 (대통령) : "……"": the speaker, then the words
				if k := strings.IndexAny(who, ":："); k > 0 {
					rest = who[k+1:]
					who = who[:k]
				}
			}
			sp, ok := c.subject(strings.NewReplacer("(", " ", ")", " ", "/", " ", "（", " ", "）", " ").Replace(who), 'k')
			if !ok {
				return cjkSpeaker{name: romanized(strings.TrimSpace(who)), side: c.homeOr("")}, rest, true
			}
			return sp, rest, true
		}
		return cjkSpeaker{}, "", false
	}
	if r, ok := strings.CutPrefix(t, "▲"); ok {
		if i := strings.Index(r, " = "); i > 0 && utf8.RuneCountInString(r[:i]) <= 12 {
			// a briefing's box: "▲ 기자 = …", "▲ 마오 대변인 = …"
			tag, rest := strings.TrimSpace(r[:i]), r[i+len(" = "):]
			if tag == "기자" || strings.HasSuffix(tag, "기자") || tag == "记者" || tag == "問" || tag == "问" {
				return cjkSpeaker{name: Journalist, side: Press}, rest, true
			}
			if sp, ok := c.named(tag, 'k'); ok {
				return sp, rest, true
			}
			if sp, ok := c.subject(tag, 'k'); ok {
				return sp, rest, true
			}
		}
	}
	if r, ok := strings.CutPrefix(t, "▶"); ok {
		// a Korean paper's Q&A: "-질문" lines, "▶답변" lines
		return c.answerer(), strings.TrimSpace(r), true
	}
	if (strings.HasPrefix(t, "-") || strings.HasPrefix(t, "–")) && strings.Contains(c.raw, "▶") {
		return cjkSpeaker{name: Journalist, side: Press}, strings.TrimLeft(t, "-– "), true
	}
	i := strings.IndexAny(t, ":：")
	if i <= 0 || i > 30 {
		return cjkSpeaker{}, "", false
	}
	tag := strings.TrimSpace(t[:i])
	_, size := utf8.DecodeRuneInString(t[i:])
	rest := t[i+size:]
	switch {
	case tag == "问" || tag == "問" || tag == "질문" || tag == "문" || tag == "Q" || tag == "有记者问" || tag == "有記者問" ||
		(strings.HasSuffix(tag, "记者") || strings.HasSuffix(tag, "記者") || strings.HasSuffix(tag, "기자")) && utf8.RuneCountInString(tag) <= 8 && !strings.ContainsAny(tag, " \u3000"):
		// "记者：", "新华社记者：", "기자:"; "記者 陳冠宇：" is a reporter's stand-up
		return cjkSpeaker{name: Journalist, side: Press}, rest, true
	case tag == "答" || tag == "답" || tag == "답변" || tag == "A":
		return c.answerer(), rest, true
	case tag == "旁白" || tag == "主播" || tag == "主持人" || tag == "앵커" || tag == "내레이션" ||
		strings.HasPrefix(tag, "记者 ") || strings.HasPrefix(tag, "記者 ") || strings.HasPrefix(tag, "기자 "):
		return cjkSpeaker{name: Narrator, side: Narrator}, rest, true
	}
	if utf8.RuneCountInString(tag) > 12 || strings.HasPrefix(tag, "·") || strings.HasPrefix(tag, "•") {
		return cjkSpeaker{}, "", false // "· 德国经济界：……": a related link
	}
	for _, o := range cjkOutlets {
		if tag == o.name || strings.HasPrefix(tag, o.name) && utf8.RuneCountInString(tag) <= utf8.RuneCountInString(o.name)+2 {
			return cjkSpeaker{name: Journalist, side: Press}, rest, true // "中国新闻周刊：" asks
		}
	}
	if sp, ok := c.subject(tag, cjkScript(tag)); ok && sp.name != "" {
		return sp, rest, true
	}
	return cjkSpeaker{}, "", false
}

// answerer is the speaker of an answer ("答：", "▶"): the briefing's
// spokesperson, else the last person a frame named, else a spokesperson of
// the publisher's side.
func (c *cjkContext) answerer() cjkSpeaker {
	if c.hasSpokesperson {
		return c.spokesperson
	}
	if c.haveLast {
		return c.last
	}
	return cjkSpeaker{name: "spokesperson", side: c.homeOr("")}
}

// inlineLabel reports whether a sentence inside a line may open with a
// Q&A label: after a question, or in a transcript, when a short tag and a
// colon open it.
func (c *cjkContext) inlineLabel(text string, afterQuestion bool) bool {
	if !afterQuestion && !c.transcript {
		return false
	}
	t := strings.TrimSpace(text)
	i := strings.IndexAny(t, ":：")
	return i > 0 && utf8.RuneCountInString(t[:i]) <= 12
}

// endsQuestion reports whether a sentence ends with a question mark.
func endsQuestion(s string) bool {
	s = strings.TrimRight(s, " \u3000\"”」’")
	return strings.HasSuffix(s, "？") || strings.HasSuffix(s, "?")
}

// homeOr is the publisher's side, else side.
func (c *cjkContext) homeOr(side string) string {
	if c.home != "" {
		return c.home
	}
	return side
}

// cjkTurnEnds reports whether a paragraph opens with a frame of its own
// or a headline's shape, so that a Q&A turn is over.
func cjkTurnEnds(text string) bool {
	return strings.Contains(text, "表示") || strings.Contains(text, "밝혔다") || strings.Contains(text, "말했다")
}

// frame finds the speaker of a Chinese ('h') or Korean ('k') sentence.
func (c *cjkContext) frame(text string, script byte) (cjkSpeaker, string, bool) {
	if script == 'k' {
		return c.koFrame(text)
	}
	return c.zhFrame(text)
}

// zhFrame reads a Chinese sentence's frame: "据X报道/统计，" (according
// to), "X数据显示" (data), or a subject before a speech verb ("中方指出，",
// "外交部发言人毛宁10日在例行记者会上表示，", "”王毅说。", "他还表示").
func (c *cjkContext) zhFrame(text string) (cjkSpeaker, string, bool) {
	t := strings.TrimSpace(text)
	// "据X报道，……": the source, unless a frame inside names the speaker
	// ("据新华社报道，外交部发言人表示" is the spokesperson's)
	var acc cjkSpeaker
	haveAcc, from := false, 0
	t = strings.TrimPrefix(strings.TrimPrefix(t, "根"), "依") // "根據", "依据"
	if !strings.HasPrefix(t, "据") && !strings.HasPrefix(t, "據") {
		t = strings.TrimSpace(text)
	}
	if rest, ok := strings.CutPrefix(t, "据"); ok || strings.HasPrefix(t, "據") {
		if !ok {
			rest = strings.TrimPrefix(t, "據")
		}
		clause := rest
		if k := strings.IndexAny(clause, "，,："); k > 0 {
			clause = clause[:k]
		}
		verbs := []string{"报道", "報導", "报导", "统计", "統計", "消息", "数据", "數據", "数字", "數字", "资料", "資料", "介绍", "介紹", "透露", "显示", "顯示", "称", "稱", "了解", "表示", "公布", "发布", "發布"}
		// the verb that ends the clause ("据政府统计处数字": not the 统计 of
		// 统计处), else the first one
		at, verb := -1, ""
		for _, v := range verbs {
			if strings.HasSuffix(clause, v) && len(clause) > len(v) {
				at, verb = len(clause)-len(v), v
				break
			}
		}
		if at < 0 {
			for _, v := range verbs {
				if i := strings.Index(rest, v); i > 0 {
					at, verb = i, v
					break
				}
			}
		}
		if at > 0 && utf8.RuneCountInString(rest[:at]) <= 20 {
			if sp, ok := c.subject(strings.TrimSuffix(rest[:at], "的"), 'h'); ok {
				acc, haveAcc = sp, true
				from = len(t) - len(rest) + at + len(verb)
			}
		}
	}
	if sp, cue, ok := c.zhVerbFrame(t, from); ok {
		return sp, cue, true
	}
	if !haveAcc {
		// "记者从海关总署获悉": the body the reporter learned it from
		for _, f := range []string{"从", "從"} {
			i := strings.Index(t, f)
			if i < 0 {
				continue
			}
			rest := t[i+len(f):]
			for _, v := range []string{"获悉", "獲悉", "了解到", "得知"} {
				if k := strings.Index(rest, v); k > 0 && utf8.RuneCountInString(rest[:k]) <= 15 {
					if sp, ok := c.subject(rest[:k], 'h'); ok {
						return sp, "according to", true
					}
				}
			}
		}
	}
	if haveAcc {
		return acc, "according to", true
	}
	// "X数据显示", "商会上月底公布的调查显示": a data verb after a data noun
	for v := 0; v < len(t); {
		verb := ""
		for _, dv := range zhDataVerbs {
			if strings.HasPrefix(t[v:], dv) {
				verb = dv
				break
			}
		}
		if verb == "" {
			_, size := utf8.DecodeRuneInString(t[v:])
			v += size
			continue
		}
		before := t[:v]
		for _, adv := range []string{"则", "則", "亦", "也", "均", "都"} {
			before = strings.TrimSuffix(before, adv)
		}
		if strings.HasSuffix(before, "》") {
			// "中国英国商会发布的《……信心调查》显示": the publisher of the title
			if k := strings.LastIndex(before, "《"); k >= 0 {
				subj := stripPublished(clauseTail(before[:k]))
				if sp, ok := c.subject(subj, 'h'); ok {
					return sp, "data", true
				}
			}
		}
		for _, n := range zhDataNouns {
			if !strings.HasSuffix(before, n) {
				continue
			}
			subj := stripPublished(clauseTail(before[:len(before)-len(n)]))
			for _, dn := range zhDataNouns {
				subj = strings.TrimSuffix(subj, dn) // "欧盟商会调查报告显示"
			}
			if subj == "" {
				subj = n // "报告显示": the report named before
			}
			if sp, ok := c.subject(subj, 'h'); ok {
				return sp, "data", true
			}
			break
		}
		v += len(verb)
	}
	return c.zhJoint(t)
}

// zhDataNouns and zhDataVerbs make a data frame: "数据显示", "调查则显示".
var (
	zhDataNouns = []string{"数据", "數據", "数字", "數字", "资料", "資料", "统计", "統計", "调查", "調查", "民调", "民調", "报告", "報告"}
	zhDataVerbs = []string{"显示", "顯示", "指出", "称", "稱"}
)

// stripPublished takes "上月底公布的", "去年发布的" off the end of a data
// source's phrase.
func stripPublished(s string) string {
	s = strings.TrimSuffix(s, "的")
	for _, v := range []string{"公布", "发布", "發布", "发表", "發表", "公佈", "出炉", "出爐", "进行", "進行", "开展", "開展"} {
		if t, ok := strings.CutSuffix(s, v); ok {
			return stripAdverbials(t)
		}
	}
	return s
}

// zhVerbFrame is the first speech verb at or after byte from of t with a
// subject before it in its clause.
func (c *cjkContext) zhVerbFrame(t string, from int) (cjkSpeaker, string, bool) {
	for i := from; i < len(t); {
		v := zhVerbAt(t, i)
		if v == "" {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
			continue
		}
		subj := stripAdverbials(clauseTail(t[:i]))
		if subj != "" {
			if sp, ok := c.pronoun(subj); ok {
				return sp, "said", true
			}
			if sp, ok := c.subject(subj, 'h'); ok {
				return sp, "said", true
			}
		}
		i += len(v)
	}
	return cjkSpeaker{}, "", false
}

// zhJoint reads a joint statement as a Chinese sentence's source.
func (c *cjkContext) zhJoint(t string) (cjkSpeaker, string, bool) {
	// a joint statement as the sentence's source: "双方发表联合声明，……",
	// "联合声明指出", "在联合声明中"
	for _, j := range []string{"联合声明", "聯合聲明", "共同声明", "共同聲明", "联合新闻公报", "聯合新聞公報"} {
		i := strings.Index(t, j)
		if i < 0 {
			continue
		}
		before, after := t[:i], t[i+len(j):]
		if k := strings.LastIndex(before, "《"); k >= 0 && strings.HasPrefix(after, "》") {
			// "双方发表了《……的联合声明》": the title is the statement's words
			if pre := before[:k]; strings.Contains(pre, "发表") || strings.Contains(pre, "發表") || strings.Contains(pre, "发布") ||
				strings.Contains(pre, "發布") || strings.Contains(pre, "签署") || strings.Contains(pre, "簽署") {
				return cjkSpeaker{name: Both, side: Both}, "joint statement", true
			}
		}
		if strings.HasSuffix(before, "发表") || strings.HasSuffix(before, "發表") || strings.HasSuffix(before, "发布") ||
			strings.HasSuffix(before, "發布") || strings.HasSuffix(before, "在") || zhVerbAt(after, 0) != "" ||
			strings.HasPrefix(after, "中") || strings.HasPrefix(after, "，") {
			return cjkSpeaker{name: Both, side: Both}, "joint statement", true
		}
	}
	return cjkSpeaker{}, "", false
}

// zhVerbStarts are the first characters of the Chinese speech verbs.
var zhVerbStarts = sync.OnceValue(func() map[rune]bool {
	m := map[rune]bool{'分': true, '研': true, '估': true, '指': true}
	for _, v := range zhVerbs {
		r, _ := utf8.DecodeRuneInString(v)
		m[r] = true
	}
	return m
})

// zhVerbAt is the speech verb at byte i of t, or "".
func zhVerbAt(t string, i int) string {
	if r, _ := utf8.DecodeRuneInString(t[i:]); !zhVerbStarts()[r] {
		return ""
	}
	if strings.HasPrefix(t[i:], "分析") || strings.HasPrefix(t[i:], "研判") || strings.HasPrefix(t[i:], "估计") || strings.HasPrefix(t[i:], "估計") {
		// "教授蔡明德分析，": before a comma only
		if r, _ := utf8.DecodeRuneInString(t[i+len("分析"):]); r == '，' || r == ',' || r == '：' {
			return t[i : i+len("分析")]
		}
	}
	if strings.HasPrefix(t[i:], "指") {
		// "李強又指，": Hong Kong papers' "pointed out", before a comma only
		if r, _ := utf8.DecodeRuneInString(t[i+len("指"):]); r == '，' || r == ',' || r == '：' {
			return "指"
		}
	}
	for _, v := range zhVerbs {
		if !strings.HasPrefix(t[i:], v) {
			continue
		}
		if not, ok := zhNotVerbAfter[v]; ok {
			if r, _ := utf8.DecodeRuneInString(t[i+len(v):]); strings.ContainsRune(not, r) {
				return ""
			}
		}
		if not, ok := zhNotVerbBefore[v]; ok && i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:i]); strings.ContainsRune(not, r) {
				return ""
			}
		}
		return v
	}
	return ""
}

// clauseTail is the end of s after its last clause mark or closing quote.
func clauseTail(s string) string {
	cut := 0
	for i, r := range s {
		switch r {
		case '，', '。', '：', '；', '！', '？', '”', '」', '』', '“', '「', '『', ',', ':', ';', '、', '\n':
			cut = i + utf8.RuneLen(r)
		}
	}
	return strings.TrimSpace(s[cut:])
}

// stripAdverbials takes a Chinese subject's time and place phrases off its
// end ("毛宁10日在例行记者会上" is "毛宁"; "王毅当天" is "王毅") and the
// adverbs before a verb ("他还", "中方也").
func stripAdverbials(s string) string {
	// "韩联社援引韩国关税厅数据", "《中央日报》援引盖洛普": the one quoted
	for _, q := range []string{"援引", "引述", "引用", "援用"} {
		if i := strings.LastIndex(s, q); i > 0 && i+len(q) < len(s) {
			s = s[i+len(q):]
			break
		}
	}
	// the one spoken to: "对《环球时报》记者", "對本報", "向媒体"
	for _, p := range []string{"对", "對", "向"} {
		if i := strings.LastIndex(s, p); i >= 6 && utf8.RuneCountInString(s[i:]) <= 13 {
			s = s[:i]
			break
		}
	}
	for {
		before := s
		for _, suf := range []string{"还", "還", "也", "并", "並", "则", "則", "再次", "进一步", "進一步", "同时", "同時", "此前", "日前", "近日", "当天", "當天", "当日", "當日", "今天", "昨天", "今日", "昨日", "随后", "隨後", "曾", "亦", "明确", "明確", "公开", "公開", "多次", "屡次", "屢次", "一再", "上周", "上週", "本周", "本週", "上月", "本月", "今年", "去年", "近期", "此間", "此间", "受访", "受訪", "刊文", "發文", "发文", "撰文", "网站", "網站", "均", "都", "皆", "又", "一贯", "一貫", "一直", "始终", "始終", "历来", "歷來", "坚决", "堅決", "则", "則", "更", "亦曾", "先后", "先後", "分别", "分別"} {
			s = strings.TrimSuffix(s, suf)
		}
		// "在……上/中/时/期间": a place or an occasion
		if i := strings.LastIndex(s, "在"); i > 0 {
			tail := s[i:]
			for _, e := range []string{"上", "中", "时", "時", "期间", "期間", "后", "後", "前", "之际", "之際"} {
				if strings.HasSuffix(tail, e) {
					s = s[:i]
					break
				}
			}
		}
		if i := strings.LastIndex(s, "接受"); i > 0 && (strings.HasSuffix(s, "采访") || strings.HasSuffix(s, "採訪") || strings.HasSuffix(s, "专访") || strings.HasSuffix(s, "專訪")) {
			s = s[:i]
		}
		// a date: "10日", "6月10日", "周二"
		s = trimDate(s)
		if s == before {
			return strings.TrimSpace(s)
		}
	}
}

// trimDate takes a trailing date ("6月10日", "10日", "周二", "週二") off s.
func trimDate(s string) string {
	for _, e := range []string{"日", "号", "號"} {
		if strings.HasSuffix(s, e) {
			k := len(s) - len(e)
			j := k
			for j > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:j])
				if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '月' || strings.ContainsRune("一二三四五六七八九十", r)) {
					break
				}
				j -= size
			}
			if j < k {
				return s[:j]
			}
		}
	}
	for _, p := range []string{"周", "週", "星期"} {
		if i := strings.LastIndex(s, p); i > 0 && utf8.RuneCountInString(s[i:]) == utf8.RuneCountInString(p)+1 {
			return s[:i]
		}
	}
	return s
}

// pronoun is the last speaker when subj is a pronoun ("他", "她", "그는").
func (c *cjkContext) pronoun(subj string) (cjkSpeaker, bool) {
	switch subj {
	case "他", "她", "其", "그", "그는", "그녀는", "그는 또", "그는 이어", "그녀":
		if c.haveLast {
			return c.last, true
		}
	}
	return cjkSpeaker{}, false
}

// subject reads a speaker's phrase: a side word ("中方", "양측"), a known
// name, a title with a name ("外交部发言人毛宁", "조태열 외교부 장관"), a body
// ("外交部", "관세청"), an unnamed speaker ("专家", "전문가"), a country
// ("韩国", "미국"). Its side is the table's for a known name, else the
// country named in the phrase, else the publisher's. ok is false when the
// phrase is none of these.
func (c *cjkContext) subject(subj string, script byte) (cjkSpeaker, bool) {
	subj = strings.TrimSpace(subj)
	for _, p := range []string{"针对", "針對", "关于", "關於", "对于", "對於", "围绕", "圍繞", "就"} {
		if strings.HasPrefix(subj, p) {
			return cjkSpeaker{}, false // "针对美方……": what is spoken of, not who speaks
		}
	}
	n := utf8.RuneCountInString(subj)
	if n == 0 || n > 30 || strings.Contains(subj, "版权") || strings.Contains(subj, "版權") || strings.Contains(subj, "저작권") {
		return cjkSpeaker{}, false // a copyright line
	}
	for _, doc := range []string{"新闻稿", "新聞稿", "公告", "通报", "通報", "社论", "社論", "文章"} {
		if x, ok := strings.CutSuffix(subj, doc); ok && x != "" {
			for _, pub := range []string{"发布的", "發布的", "发表的", "發表的", "公布的", "的", ""} {
				if y, ok := strings.CutSuffix(x, pub); ok && y != "" {
					return c.subject(stripAdverbials(y), script) // "商务部发布的新闻稿": the ministry
				}
			}
		}
	}
	switch subj {
	case "声明", "聲明", "该声明", "該聲明", "公报", "公報", "성명", "성명서":
		// "……发表联合声明。声明指出，": the statement named before
		if strings.Contains(c.raw, "联合声明") || strings.Contains(c.raw, "聯合聲明") || strings.Contains(c.raw, "共同声明") ||
			strings.Contains(c.raw, "联合公报") || strings.Contains(c.raw, "공동성명") {
			return cjkSpeaker{name: Both, side: Both}, true
		}
		if c.haveLast {
			return c.last, true
		}
	case "报告", "報告", "调查", "調查", "民调", "民調", "数据", "數據", "统计", "統計", "报道", "報導", "보고서", "조사":
		if c.haveLast {
			return c.last, true // "报告显示": the report of the source named before
		}
	}
	for _, sw := range cjkSideWords {
		if subj == sw.word || strings.HasSuffix(subj, sw.word) && n-utf8.RuneCountInString(sw.word) <= 2 {
			if sw.side == Both {
				return cjkSpeaker{name: Both, side: Both}, true
			}
			return cjkSpeaker{name: sw.speaker, side: sw.side}, true
		}
	}
	side := countryIn(subj)
	if i := strings.Index(subj, "《"); i >= 0 {
		if j := strings.Index(subj[i:], "》"); j > 0 && bodyName(subj) == "" && lastTitleAt(subj) < 0 {
			// "日本《读卖新闻》": a newspaper speaks
			name := subj[i+len("《") : i+j]
			s := side
			if s == "" {
				s = Unknown
			}
			return cjkSpeaker{name: name, side: s}, true
		}
	}
	for _, nm := range cjkNameList() {
		if strings.Contains(subj, nm.surface) {
			if s := c.x.nameSide(nm.canon); s != "" {
				side = s
			}
			return cjkSpeaker{name: nm.canon, side: side, person: true}, true
		}
	}
	if sp, ok := c.named(subj, script); ok {
		return sp, true
	}
	body := bodyName(subj)
	bodySide := side
	if bs, ok := bodySides[body]; ok {
		// "中国美国商会" is American, whatever country its name begins with
		bodySide = bs
		if bs == Unknown {
			bodySide = ""
		}
		side = bodySide
	}
	if bodySide == "" {
		bodySide = c.homeOr("")
		if bodySide == "Hong Kong" && body != "" && body != "government" && body != "authorities" {
			bodySide = "China" // a Hong Kong paper's "外交部" is the nation's
		}
	}
	if bodySide == "US" {
		if n, ok := usBodies[body]; ok {
			body = n // "미 국방부": the Pentagon
		}
	}
	switch {
	case (body == "government" || body == "authorities") && bodySide != "":
		body = demonym(bodySide) + " " + body
	case (body == "Embassy" || body == "Consulate General") && side != "":
		body = side + " " + body // "주한 미국대사관": US Embassy
	}
	titles := zhTitles
	if script == 'k' {
		titles = koTitles
	}
	ti, i := lastTitle(subj, titles)
	if i >= 0 {
		var name string
		if script == 'k' {
			if !koGroups[ti] {
				name = koNameBefore(subj) // "지원 단체들": a group has no name before it
			}
		} else {
			name = zhNameIn(subj[i+len(ti):], c.raw)
		}
		if side == "" {
			side = titleSides[ti]
		}
		if side != "" {
			bodySide = side
		}
		if name != "" {
			sp := cjkSpeaker{name: name, side: bodySide, person: true}
			if han := hanBefore(subj[i+len(ti):]); han != "" && name[0] < 0x80 {
				c.people = append(c.people, cjkPerson{han, sp, ""}) // "艾伦（Alan Baker）" ... "艾伦说"
			}
			hangul := "" // "쑨하이타오(孫海濤) … 부부장": its Hangul form, for "쑨 부부장"
			if f := strings.Fields(subj); script == 'k' && len(f) > 0 {
				if k := strings.IndexAny(f[0], "(（"); k > 0 && f[0][:k] != name {
					hangul = f[0][:k]
				}
			}
			if romanizes(name, bodySide) {
				sp.name = romanizedFor(name, bodySide) // a Japanese name in Hangul stays as written
			}
			if known, ok := c.knownName(name); ok {
				sp.name = known
			}
			c.people = append(c.people, cjkPerson{name, sp, ti})
			if hangul != "" {
				c.people = append(c.people, cjkPerson{hangul, sp, ti})
			}
			if strings.Contains(ti, "发言人") || strings.Contains(ti, "發言人") || ti == "대변인" {
				c.spokesperson, c.hasSpokesperson = sp, true
			}
			return sp, true
		}
		// unnamed: "Foreign Ministry spokesperson", "State Department
		// official", "South Korean expert"
		noun := unnamedEnglish[ti]
		switch {
		case body != "" && (noun == "" || strings.HasSuffix(body, noun)):
			name = body
		case body != "":
			name = body + " " + noun
		case noun != "" && side != "":
			name = demonym(side) + " " + noun
		case noun != "":
			name = noun
		default:
			name = subj
		}
		if body != "" {
			c.rememberBody(subj, cjkSpeaker{name: name, side: bodySide}, side != "")
		}
		return cjkSpeaker{name: name, side: bodySide}, true
	}
	if body != "" {
		sp := cjkSpeaker{name: body, side: bodySide}
		c.rememberBody(subj, sp, side != "")
		return sp, true
	}
	if side != "" && n <= 8 {
		// "韩国", "韩国贸易协会", "미국은": a country, or a body of its
		name := subj
		for _, c := range cjkCountries {
			if strings.TrimSpace(c.word) == subj {
				name = side
			}
		}
		return cjkSpeaker{name: name, side: side}, true
	}
	return cjkSpeaker{}, false
}

// rememberBody lets a body named with its country ("주한 러시아대사관") speak
// for it when named alone later ("대사관은").
func (c *cjkContext) rememberBody(subj string, sp cjkSpeaker, sided bool) {
	if !sided {
		return
	}
	for _, b := range cjkBodies {
		// an embassy is one country's; "外交部" named alone later may be
		// the publisher's own ministry again
		if (b.name == "Embassy" || b.name == "Consulate General") && strings.Contains(subj, b.word) && b.word != subj {
			c.people = append(c.people, cjkPerson{b.word, sp, ""})
		}
	}
}

// demonym is the adjective of a side, as English news writes it before
// "government" or "official".
func demonym(side string) string {
	switch side {
	case "China":
		return "Chinese"
	case "ROK":
		return "South Korean"
	case "DPRK":
		return "North Korean"
	case "Japan":
		return "Japanese"
	case "Russia":
		return "Russian"
	case "Taiwan":
		return "Taiwanese"
	case "Vietnam":
		return "Vietnamese"
	case "Philippines":
		return "Philippine"
	}
	if d, ok := demonyms[side]; ok {
		return d
	}
	return side
}

// demonyms are the adjectives of the other sides.
var demonyms = map[string]string{"Indonesia": "Indonesian", "Australia": "Australian", "Brazil": "Brazilian", "India": "Indian",
	"Germany": "German", "UK": "British", "France": "French", "Kazakhstan": "Kazakh", "Cambodia": "Cambodian", "Laos": "Lao",
	"Thailand": "Thai", "Malaysia": "Malaysian", "Singapore": "Singaporean", "Mongolia": "Mongolian", "Turkey": "Turkish",
	"Iran": "Iranian", "Israel": "Israeli", "Egypt": "Egyptian", "Saudi Arabia": "Saudi", "Pakistan": "Pakistani",
	"Mexico": "Mexican", "Argentina": "Argentine", "South Africa": "South African", "Myanmar": "Myanmar", "Qatar": "Qatari"}

// lastTitleAt is the offset of the last Chinese title in s, or -1.
func lastTitleAt(s string) int {
	_, i := lastTitle(s, zhTitles)
	return i
}

// hanBefore is the run of Han characters that opens s, before a bracket.
func hanBefore(s string) string {
	i := strings.IndexAny(s, "（(")
	if i <= 0 || !allHan(s[:i]) {
		return ""
	}
	return s[:i]
}

// romanizes reports whether a name of a speaker of this side is written
// as its own language writes it: Hangul for Korea's, Han for China's,
// Taiwan's, Hong Kong's (a Chinese name in Hangul, "왕쥔", is a
// transcription, not a Korean name).
func romanizes(name, side string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	if unicode.Is(unicode.Hangul, r) {
		return side == "" || side == "ROK" || side == "DPRK" || side == Unknown
	}
	return side == "" || side == "China" || side == "Taiwan" || side == "Hong Kong" || side == "Singapore" || side == Unknown
}

// lastTitle is the title of titles that stands last in subj (the one
// right before a Chinese name: "副主委兼發言人梁文傑") and its byte offset, or
// -1.
func lastTitle(subj string, titles []string) (string, int) {
	best, at := "", -1
	for _, t := range titles {
		if i := strings.LastIndex(subj, t); i > at || i == at && i >= 0 && len(t) > len(best) {
			best, at = t, i
		}
	}
	return best, at
}

// notNameStart are characters that begin words, not names, after a title
// ("能否", "是否", "留言", "的话", "对此").
const notNameStart = "能是可如的留对對就此该該其这這那请請都也还還已曾将將"

// zhStops end a Chinese name after a title: the words that follow a
// speaker's name in a frame ("陈思远对《环球时报》记者", "吴江浩前日",
// "王沪宁出席致词时").
const zhStops = "对對在于於出接昨今表致向与與和同时時说說称稱曾也还還则則等将將已日月年的并並又均都亦再就"

// zhNameAfter is the name after a Chinese title: a parenthesized Latin
// name ("哈特（Thomas Hart）"), a known name, else two or three Han
// characters up to the words of the frame; "" when none.
func zhNameAfter(after string) string { return zhNameIn(after, "") }

// zhNameIn is zhNameAfter that chooses between a name of two and one of
// three characters by how often each stands in the document doc ("凌激亦表示"
// is 凌激 when 凌激 recurs without 亦; "何咏前" stays whole when it recurs).
func zhNameIn(after, doc string) string {
	for _, open := range []string{"（", "("} {
		if strings.HasPrefix(after, open) || strings.Contains(after, open) && !strings.ContainsFunc(after[:strings.Index(after, open)], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			in := after[strings.Index(after, open)+len(open):]
			if j := strings.IndexAny(in, "）)"); j > 0 && in[0] < 0x80 {
				return strings.TrimSpace(in[:j]) // "哈特（Thomas Hart）"
			}
		}
	}
	for _, nm := range cjkNameList() {
		if strings.HasPrefix(after, nm.surface) {
			return nm.surface
		}
	}
	if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(notNameStart, r) {
		return "" // "发言人能否介绍", "网友留言称"
	}
	if doc != "" {
		rs := []rune(after)
		if len(rs) >= 3 && allHan(string(rs[:3])) {
			two, three := string(rs[:2]), string(rs[:3])
			n2, n3 := strings.Count(doc, two), strings.Count(doc, three)
			switch {
			case n3 >= 2 && n3 == n2:
				return three // "何咏前" every time
			case n3 < n2 && n2 >= 2:
				return two // "凌激" and "凌激亦"
			}
		}
	}
	if k := strings.IndexAny(after, "·・•"); k > 0 && allHan(after[:k]) && utf8.RuneCountInString(after[:k]) <= 5 {
		// "卡洛斯·法瓦罗": a foreign name in Han, its parts joined by a dot
		rest := after[k:]
		_, size := utf8.DecodeRuneInString(rest)
		end := size
		for _, r := range rest[size:] {
			if !unicode.Is(unicode.Han, r) || strings.ContainsRune(zhStops, r) {
				break
			}
			end += utf8.RuneLen(r)
		}
		if end > size {
			return after[:k+end]
		}
	}
	var b strings.Builder
	n := 0
	rs := []rune(after)
	for k, r := range rs {
		stop := strings.ContainsRune(zhStops, r) || r == '前' && k+1 < len(rs) && strings.ContainsRune("日天往", rs[k+1])
		if !unicode.Is(unicode.Han, r) || stop && n >= 2 || n == 3 {
			break
		}
		b.WriteRune(r)
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// koNameBefore is the name at the head of a Korean speaker's phrase
// ("조태열 외교부 장관", "김민준 고려대 교수"; "하워드 러트닉 상무장관" keeps
// both words of a foreign name), or "".
func koNameBefore(subj string) string {
	f := strings.Fields(subj)
	if len(f) < 2 {
		return ""
	}
	w := f[0]
	if i := strings.IndexAny(w, "(（"); i > 0 {
		// "허융첸(何咏前) 중국 상무부 대변인": the name in its own script
		if in := strings.TrimRight(w[i:], ")）"); utf8.RuneCountInString(in) > 1 {
			if _, size := utf8.DecodeRuneInString(in); allHan(in[size:]) {
				return in[size:]
			}
		}
		w = w[:i]
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 5 || countryIn(w+" ") != "" || isBody(w) || isTitle(w) || koEnvoyPlace(w) || strings.HasSuffix(w, "의") {
		return "" // "서울의 한 당국자": a place, not a name
	}
	for _, x := range f {
		if x == "한" {
			return "" // "한 외교 소식통": an unnamed one
		}
	}
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return ""
		}
	}
	_, korean := koreanName(w)
	if !korean && len(f) >= 3 && !isTitle(f[1]) && countryIn(f[1]+" ") == "" && !isBody(f[1]) && !koEnvoyPlace(f[1]) {
		return w + " " + f[1] // a foreign name of two words: "하워드 러트닉 상무장관"
	}
	if !korean && cjkNames[w] == "" && countryIn(f[1]+" ") == "" && !koEnvoyPlace(f[1]) {
		return "" // "포스코 관계자": a company's official, not a person named 포스코; "쩐반민 베트남 부총리" is a name
	}
	return w
}

// koGroups are nouns of groups, which no person's name stands before.
var koGroups = map[string]bool{"시민단체": true, "단체들": true, "단체": true, "언론": true, "매체": true}

// koEnvoyPlace reports whether w says where an envoy serves ("주한",
// "주중", "주미", "주일").
func koEnvoyPlace(w string) bool {
	switch w {
	case "주한", "주중", "주미", "주일", "주북", "주러":
		return true
	}
	return false
}

// isTitle reports whether w is a Korean or Chinese title.
func isTitle(w string) bool {
	for _, t := range koTitles {
		if w == t || strings.HasSuffix(w, t) && utf8.RuneCountInString(w) <= utf8.RuneCountInString(t)+5 {
			return true
		}
	}
	return false
}

// titleSides are titles only one country's officials hold.
var titleSides = map[string]string{"관방장관": "Japan", "官房长官": "Japan", "官房長官": "Japan", "外相": "Japan",
	"国务卿": "US", "國務卿": "US", "국무장관": "US", "외교부장": "China"}

// countryIn is the side of the first country named in s, not counting one
// that says where an envoy serves ("驻韩国", "주한").
func countryIn(s string) string {
	best, at := "", len(s)+1
	for _, sw := range cjkSideWords {
		if i := strings.Index(s, sw.word); i >= 0 && i < at && sw.side != Both {
			best, at = sw.side, i
		}
	}
	for _, c := range cjkCountries {
		from := 0
		for {
			i := strings.Index(s[from:], c.word)
			if i < 0 {
				break
			}
			i += from
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if strings.HasSuffix(c.word, " ") && i > 0 && r != ' ' {
				from = i + len(c.word)
				continue // "의미 " is no "미 "
			}
			after := s[i+len(c.word):]
			if strings.HasPrefix(after, "研究") || strings.HasPrefix(after, "연구") || strings.HasPrefix(after, "학") || strings.HasPrefix(after, "问题") || strings.HasPrefix(after, "問題") || strings.HasPrefix(after, "학과") || koGlued(c.word, after) {
				from = i + len(c.word)
				continue // "日本研究所", "러시아연구소", "인도남아시아팀장": what a scholar studies
			}
			if r != '驻' && r != '駐' && i < at {
				best, at = c.side, i
				break
			}
			from = i + len(c.word)
		}
	}
	return best
}

// koGlued reports whether a Korean country's name runs into a word of a
// field of study or a desk ("인도남아시아팀장"), which says what a speaker
// studies, not whom he speaks for ("한국수출입은행", "미국대사관" are the
// country's).
func koGlued(word, after string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	a, _ := utf8.DecodeRuneInString(after)
	if !unicode.Is(unicode.Hangul, r) || !unicode.Is(unicode.Hangul, a) {
		return false
	}
	w := after
	if i := strings.IndexAny(w, " \t\n"); i >= 0 {
		w = w[:i]
	}
	for _, field := range []string{"팀", "연구", "학과", "담당", "전문", "센터"} {
		if strings.Contains(w, field) {
			return true // "인도남아시아팀장": a field of study or a desk
		}
	}
	return false // "한국수출입은행", "미국대사관": the country's own
}

// isBody reports whether w is the name of a body of cjkBodies.
func isBody(w string) bool {
	for _, b := range cjkBodies {
		if w == b.word {
			return true
		}
	}
	return false
}

// bodyName is the English name of the body s names, the last one when it
// names several ("美國商務部普查局" is the Census Bureau; "外交部发言人" the
// Foreign Ministry spokesperson), or "".
func bodyName(s string) string {
	best, end, n := "", -1, 0
	for _, b := range cjkBodies {
		if i := strings.LastIndex(s, b.word); i >= 0 {
			if after := s[i+len(b.word):]; after != "" && !koBodyEnd(after) {
				continue // "당국자" is an official, not 당국
			}
			if e := i + len(b.word); e > end || e == end && len(b.word) > n {
				best, end, n = b.name, e, len(b.word)
			}
		}
	}
	return best
}

// koBodyEnd reports whether what follows a body's Korean name ends it: not
// a Hangul syllable, or a particle ("외교부는", "외교부의").
func koBodyEnd(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if !unicode.Is(unicode.Hangul, r) {
		return true
	}
	w := after
	if i := strings.IndexAny(w, " \t\n"); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "은", "는", "이", "가", "의", "도", "에", "를", "을", "와", "과", "로", "측", "에서", "에서는", "와의", "과의", "장관", "대변인":
		return true
	}
	return false
}

// allHan reports whether s is all Han characters.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// koFrame reads a Korean sentence's frame: a joint statement ("공동성명"),
// "X에 따르면" (according to), a speech verb at the end after a
// quotation's ending ("…라고 밝혔다") or an agreement ("…하기로 했다",
// "합의했다"), whose speaker is the phrase before a topic or subject
// particle ("왕이 중국 외교부장은") ahead of any quotation, or a pronoun
// ("그는").
func (c *cjkContext) koFrame(text string) (cjkSpeaker, string, bool) {
	t := strings.TrimSpace(text)
	end := strings.TrimRight(t, ".。!?\"”' ")
	verb := ""
	for _, v := range koVerbList() {
		if strings.HasSuffix(end, v) {
			verb = v
			break
		}
	}
	body := strings.TrimSpace(strings.TrimSuffix(end, verb))
	if verb == "" && (strings.Contains(t, "기로 했") || strings.Contains(t, "기로 합의")) {
		verb, body = "했다", "기로" // "두 정상은 …이어가기로 했지만, …": an agreement inside the sentence
	}
	agreed := verb != "" && (strings.HasPrefix(verb, "합의") || strings.HasPrefix(verb, "공감") || strings.HasPrefix(verb, "모았") ||
		strings.HasPrefix(verb, "재확인") || strings.HasPrefix(verb, "약속") || strings.HasPrefix(verb, "명시") || strings.HasPrefix(verb, "다짐") ||
		strings.HasSuffix(body, "기로"))
	speech := verb != ""
	if strings.HasPrefix(verb, "모았") && !strings.HasSuffix(body, "뜻을") && !strings.HasSuffix(body, "의견을") {
		speech, agreed = false, false // only "뜻을/의견을 모았다" is an agreement
	}
	if (verb == "했다" || verb == "했습니다" || verb == "물었다" || verb == "물었습니다") && !strings.HasSuffix(body, "고") && !agreed {
		speech = false // only a quotation's ending makes 했다 speech: "…라고 했다"
	}
	if !speech && koQuoting(t) {
		// "…'이웃'이라고 부르며 … 드러냈다": a quotation's ending inside
		speech = true
	}
	if speech {
		if sp, cue, ok := c.koSubject(t, agreed); ok {
			return sp, cue, true
		}
		if koQuoting(t) && c.haveLast && !agreed && !koHasTopic(t) {
			// "이어 "……"며 "……"고 했다": no subject, the last speaker goes on
			return c.last, "continued", true
		}
	}
	if sp, ok := c.koAccording(t); ok {
		return sp, "according to", true
	}
	if sp, ok := c.koHeadline(t); ok {
		return sp, "quote", true
	}
	return koJoint(t)
}

// koQuoting reports whether a Korean sentence holds a quotation's ending:
// a closing quotation mark before 고, 라고 or 이라고 ("…"고 말했다,
// '…'이라고 부르며).
func koQuoting(t string) bool {
	for _, q := range []string{"\"", "”", "'", "’"} {
		for _, e := range []string{"고 ", "라고 ", "이라고 ", "며 ", "라며 ", "이라며 ", "고,", "라고,"} {
			if strings.Contains(t, q+e) {
				return true
			}
		}
	}
	return strings.Contains(t, "다고 ") || strings.Contains(t, "라고 ")
}

// koSubject is the speaker of a Korean frame: the phrase before the first
// topic or subject particle ahead of any quotation, or a pronoun.
func (c *cjkContext) koSubject(t string, agreed bool) (cjkSpeaker, string, bool) {
	words := strings.Fields(t)
	for k, wd := range words {
		if strings.ContainsAny(wd, "“\"‘'") {
			break
		}
		stem, ok := koTopic(wd)
		if !ok {
			continue
		}
		if k == 0 || k == 1 && (words[0] == "또" || words[0] == "이어") {
			if sp, ok := c.pronoun(stem + "는"); ok {
				return sp, "said", true
			}
		}
		from := max(0, k-3)
		phrase := strings.Join(append(append([]string{}, words[from:k]...), stem), " ")
		if koPair(phrase) {
			return cjkSpeaker{name: Both, side: Both}, "agreed", true // "한일 정상은 …하기로 합의했다", "세 장관은 …"
		}
		if sp, ok := c.subject(phrase, 'k'); ok {
			if agreed && sp.side != Both {
				continue
			}
			return sp, "said", true
		}
	}
	return cjkSpeaker{}, "", false
}

// koHasTopic reports whether a word with a topic or subject particle
// stands before the sentence's first quotation: a subject of its own, not
// the last speaker going on.
func koHasTopic(t string) bool {
	for _, wd := range strings.Fields(t) {
		if strings.ContainsAny(wd, "“\"‘'") {
			return false
		}
		if _, ok := koTopic(wd); ok {
			return true
		}
	}
	return false
}

// koPair reports whether a Korean phrase names the two (or three) parties
// together: "양국 정상", "두 장관", "한일 정상", "한중일 3국".
func koPair(phrase string) bool {
	f := strings.Fields(phrase)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	for _, h := range []string{"정상", "장관", "외교장관", "3국", "양국", "양측", "정부"} {
		if !strings.HasSuffix(last, h) {
			continue
		}
		if len(f) == 1 && (last == "양국" || last == "양측" || last == "3국") {
			return true
		}
		head := strings.TrimSuffix(last, h)
		if len(f) >= 2 {
			head = f[len(f)-2]
		}
		switch head {
		case "양", "양국", "두", "세", "한일", "한중", "한미", "중일", "한중일", "한미일", "북미", "미중", "미일", "3국", "양측":
			return true
		}
	}
	return false
}

// koAccording reads a Korean source: "X에 따르면", "X 집계로(는)",
// "X 통계로는", "X 자료에 따르면".
func (c *cjkContext) koAccording(t string) (cjkSpeaker, bool) {
	for _, m := range []string{"에 따르면", " 집계로는", " 집계로", " 집계에 따르면", " 통계로는", " 통계에 따르면", " 조사 결과"} {
		i := strings.Index(t, m)
		if i <= 0 {
			continue
		}
		phrase := strings.TrimSuffix(strings.TrimSuffix(lastWords(t[:i], 4), " 자료"), " 발표")
		if sp, ok := c.subject(phrase, 'k'); ok {
			return sp, true
		}
	}
	return cjkSpeaker{}, false
}

// koHanja are the one-character names of Korean headlines: 李 대통령, 習
// (Xi), 中 (China), 北 (North Korea), 美, 日.
var koHanja = map[string]string{"中": "중국", "北": "북한", "美": "미국", "日": "일본", "韓": "한국", "韩": "한국", "露": "러시아", "台": "대만"}

// koHeadline reads a Korean headline's speaker before a quotation: `李
// 대통령 "…"`, `中 외교부 "…"`, `北 김여정 "…"`, `한일 정상 "…"`.
func (c *cjkContext) koHeadline(t string) (cjkSpeaker, bool) {
	i := strings.IndexAny(t, "\"“")
	if i <= 0 {
		return cjkSpeaker{}, false
	}
	before := strings.TrimRight(t[:i], " ")
	if cut := strings.LastIndexAny(before, "…]】|>"); cut >= 0 {
		before = before[cut+1:]
	}
	f := strings.Fields(before)
	if len(f) == 0 || len(f) > 3 {
		return cjkSpeaker{}, false
	}
	for k, w := range f {
		if v, ok := koHanja[w]; ok {
			f[k] = v
		} else if utf8.RuneCountInString(w) == 1 && allHan(w) {
			// 李 대통령, 習: a family name in Hanja; the person named before
			r, _ := utf8.DecodeRuneInString(w)
			for _, p := range c.people {
				if strings.ContainsRune(p.surface, r) || cjkNames[w] != "" {
					f[k] = p.surface
					break
				}
			}
			if canon, ok := koHanjaNames[w]; ok {
				f[k] = canon
			}
		}
	}
	phrase := strings.Join(f, " ")
	if koPair(phrase) {
		return cjkSpeaker{name: Both, side: Both}, true
	}
	if sp, ok := c.named(phrase, 'k'); ok {
		return sp, true
	}
	return c.subject(phrase, 'k')
}

// koHanjaNames are the Hanja family names of headlines for the leaders
// they stand for.
var koHanjaNames = map[string]string{"習": "시진핑", "李": "이재명", "尹": "윤석열", "文": "문재인", "金": "김정은"}

// koJoint reads a joint statement as a Korean sentence's source
// ("공동성명에서", "공동성명은").
func koJoint(t string) (cjkSpeaker, string, bool) {
	for _, j := range []string{"공동성명", "공동 성명", "공동선언", "공동 선언", "공동 언론발표", "공동발표문"} {
		if strings.Contains(t, j) {
			return cjkSpeaker{name: Both, side: Both}, "joint statement", true
		}
	}
	return cjkSpeaker{}, "", false
}

// koTopic strips a topic or subject particle from a Korean word ("장관은",
// "측은", "정부가"), reporting whether it had one.
func koTopic(w string) (string, bool) {
	w = strings.TrimRight(w, ",")
	for _, p := range []string{"께서는", "께서", "은", "는", "이", "가"} {
		if s, ok := strings.CutSuffix(w, p); ok && s != "" {
			if p == "는" && adnominal(s) {
				return "", false // "추진하는", "있는": a verb's form before a noun
			}
			if p == "이" || p == "가" {
				// "이" ends many names and words: read it as a particle only
				// after a title, a body or a side word
				if !koHead(s) {
					return "", false
				}
			}
			return s, true
		}
	}
	return "", false
}

// adnominal reports whether s, before 는, is a verb's stem ("추진하",
// "있", "이라") rather than a noun.
func adnominal(s string) bool {
	for _, e := range []string{"하", "되", "있", "없", "라", "다", "시", "오", "주", "보", "지", "나", "가"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// koHead reports whether s ends with a title, a body or a side word, after
// which 이/가 is a subject particle.
func koHead(s string) bool {
	for _, t := range koTitles {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	for _, b := range cjkBodies {
		if strings.HasSuffix(s, b.word) {
			return true
		}
	}
	return strings.HasSuffix(s, "측") || strings.HasSuffix(s, "양국")
}

// lastWords is the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// knownName is the canonical name of a name of cjkNames.
func (c *cjkContext) knownName(name string) (string, bool) {
	canon, ok := cjkNames[name]
	return canon, ok
}

// cjkNameSides are the sides of names of cjkNames the table lacks (its
// short forms would take "Lee" from Lee Jae-myung).
var cjkNameSides = map[string]string{"John Lee": "Hong Kong", "Paul Chan": "Hong Kong", "Lin Chia-lung": "Taiwan",
	"Liang Wen-chieh": "Taiwan", "Cho Jung-tai": "Taiwan", "Hsiao Bi-khim": "Taiwan", "Chiu Chui-cheng": "Taiwan",
	"Wang Wentao": "China", "He Yadong": "China", "Sergey Lavrov": "Russia", "Howard Lutnick": "US", "Kihara Minoru": "Japan",
	"Wi Sung-lac": "ROK", "Kanasugi Kenji": "Japan", "Furuya Keiji": "Japan", "Pete Hegseth": "US", "Algernon Yau": "Hong Kong", "Tsai Ming-yen": "Taiwan", "Xie Feng": "China", "Liu Pengyu": "China", "Friedrich Merz": "Germany", "Hun Manet": "Cambodia", "Narendra Modi": "India",
	"Maroš Šefčovič": "EU", "Luiz Inácio Lula da Silva": "Brazil", "Karoline Leavitt": "US", "He Lifeng": "China", "Koizumi Shinjiro": "Japan", "Maria Zakharova": "Russia", "Pak Thae Song": "DPRK", "Chung Dong-young": "ROK", "Song Tao": "China", "Wang Huning": "China", "Zhu Fenglian": "China",
	"Chen Binhua": "China", "Sun Weidong": "China", "Akazawa Ryosei": "Japan", "Iwaya Takeshi": "Japan"}

// nameSide is the side of the table's actor with this canonical name, or
// "".
func (x *index) nameSide(name string) string {
	if s, ok := cjkNameSides[name]; ok {
		return s
	}
	x.namesOnce.Do(func() {
		x.names = make(map[string]string, len(x.actors))
		for _, a := range x.actors {
			if _, ok := x.names[a.Name]; !ok {
				x.names[a.Name] = a.Side
			}
		}
	})
	return x.names[name]
}
