package attribution

// The word lists of Chinese and Korean attribution (cjk.go): side words,
// countries, bodies, office-holders' spellings, titles, speech verbs and
// outlets, each with what it stands for.

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

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

// cjkNameFirst indexes cjkNameList by the first character of each surface.
var cjkNameFirst = sync.OnceValue(func() map[rune][]cjkNamed {
	m := map[rune][]cjkNamed{}
	for _, nm := range cjkNameList() {
		r, _ := utf8.DecodeRuneInString(nm.surface)
		m[r] = append(m[r], nm)
	}
	return m
})

// zhSurnames are common Chinese family names: a bare name of two or three
// characters that begins with one, before a speech verb, is a person's.
const zhSurnames = "庄莊葛左祝鲁魯凌霍虞柯管包申焦牛邢游洪甘颜顏俞伍施聂聶温溫章纪紀严嚴欧歐殷庞龐樊兰蘭齐齊季向翁辛卓詹宁寧阎岳柴郭涂塗蓝藍覃骆駱葉邱饶饒房裴卫衛滕童毕畢蒲钟王李张張刘劉陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱高林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮于董萧蕭程曹袁邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣蔡贾賈丁魏薛叶葉阎閻余潘杜戴夏钟鍾汪田任姜范方石姚谭譚廖邹鄒熊金陆陸郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段雷钱錢汤湯尹黎易常武乔喬贺賀赖賴龚龔文"

// notInNames are characters of bodies, places and groups that no personal
// name of a bare subject holds.
const notInNames = "国國方部府会會院局委党黨军軍们們省市州县縣署厅廳处處社报報网網台臺"

// zhDataNouns and zhDataVerbs make a data frame: "数据显示", "调查则显示".
var (
	zhDataNouns = []string{"数据", "數據", "数字", "數字", "资料", "資料", "统计", "統計", "调查", "調查", "民调", "民調", "报告", "報告"}
	zhDataVerbs = []string{"显示", "顯示", "指出", "称", "稱"}
)

// zhVerbStarts are the first characters of the Chinese speech verbs.
var zhVerbStarts = sync.OnceValue(func() map[rune]bool {
	m := map[rune]bool{'分': true, '研': true, '估': true, '指': true}
	for _, v := range zhVerbs {
		r, _ := utf8.DecodeRuneInString(v)
		m[r] = true
	}
	return m
})

// demonyms are the adjectives of the other sides.
var demonyms = map[string]string{"Indonesia": "Indonesian", "Australia": "Australian", "Brazil": "Brazilian", "India": "Indian",
	"Germany": "German", "UK": "British", "France": "French", "Kazakhstan": "Kazakh", "Cambodia": "Cambodian", "Laos": "Lao",
	"Thailand": "Thai", "Malaysia": "Malaysian", "Singapore": "Singaporean", "Mongolia": "Mongolian", "Turkey": "Turkish",
	"Iran": "Iranian", "Israel": "Israeli", "Egypt": "Egyptian", "Saudi Arabia": "Saudi", "Pakistan": "Pakistani",
	"Mexico": "Mexican", "Argentina": "Argentine", "South Africa": "South African", "Myanmar": "Myanmar", "Qatar": "Qatari"}

// notNameStart are characters that begin words, not names, after a title
// ("能否", "是否", "留言", "的话", "对此").
const notNameStart = "能是可如的留对對就此该該其这這那请請都也还還已曾将將"

// zhStops end a Chinese name after a title: the words that follow a
// speaker's name in a frame ("陈思远对《环球时报》记者", "吴江浩前日",
// "王沪宁出席致词时").
const zhStops = "对對在于於出接昨今表致向与與和同时時说說称稱曾也还還则則等将將已日月年的并並又均都亦再就"

// koGroups are nouns of groups, which no person's name stands before.
var koGroups = map[string]bool{"시민단체": true, "단체들": true, "단체": true, "언론": true, "매체": true}

// titleSides are titles only one country's officials hold.
var titleSides = map[string]string{"관방장관": "Japan", "官房长官": "Japan", "官房長官": "Japan", "外相": "Japan",
	"国务卿": "US", "國務卿": "US", "국무장관": "US", "외교부장": "China"}

// koHanja are the one-character names of Korean headlines: 李 대통령, 習
// (Xi), 中 (China), 北 (North Korea), 美, 日.
var koHanja = map[string]string{"中": "중국", "北": "북한", "美": "미국", "日": "일본", "韓": "한국", "韩": "한국", "露": "러시아", "台": "대만"}

// koHanjaNames are the Hanja family names of headlines for the leaders
// they stand for.
var koHanjaNames = map[string]string{"習": "시진핑", "李": "이재명", "尹": "윤석열", "文": "문재인", "金": "김정은"}

// cjkNameSides are the sides of names of cjkNames the table lacks (its
// short forms would take "Lee" from Lee Jae-myung).
var cjkNameSides = map[string]string{"John Lee": "Hong Kong", "Paul Chan": "Hong Kong", "Lin Chia-lung": "Taiwan",
	"Liang Wen-chieh": "Taiwan", "Cho Jung-tai": "Taiwan", "Hsiao Bi-khim": "Taiwan", "Chiu Chui-cheng": "Taiwan",
	"Wang Wentao": "China", "He Yadong": "China", "Sergey Lavrov": "Russia", "Howard Lutnick": "US", "Kihara Minoru": "Japan",
	"Wi Sung-lac": "ROK", "Kanasugi Kenji": "Japan", "Furuya Keiji": "Japan", "Pete Hegseth": "US", "Algernon Yau": "Hong Kong", "Tsai Ming-yen": "Taiwan", "Xie Feng": "China", "Liu Pengyu": "China", "Friedrich Merz": "Germany", "Hun Manet": "Cambodia", "Narendra Modi": "India",
	"Maroš Šefčovič": "EU", "Luiz Inácio Lula da Silva": "Brazil", "Karoline Leavitt": "US", "He Lifeng": "China", "Koizumi Shinjiro": "Japan", "Maria Zakharova": "Russia", "Pak Thae Song": "DPRK", "Chung Dong-young": "ROK", "Song Tao": "China", "Wang Huning": "China", "Zhu Fenglian": "China",
	"Chen Binhua": "China", "Sun Weidong": "China", "Akazawa Ryosei": "Japan", "Iwaya Takeshi": "Japan"}
