package figures

// The words of figures in Chinese (both scripts) and Korean: scale
// characters, units, qualifiers, change verbs and the chrome words of news
// sites. Tables only; cjk.go reads them.

// cjkDigits are the Chinese numerals (and fullwidth digits) with their values.
var cjkDigits = map[rune]float64{
	'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

// cjkSmallScales multiply the digit before them within a section.
var cjkSmallScales = map[rune]float64{
	'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
	'십': 10, '백': 100, '천': 1000,
}

// cjkBigScales multiply a whole section: 万 and 만 are 10^4, 亿 and 억
// 10^8, 兆 and 조 10^12 (Taiwan and Korea; 兆瓦 is a unit, read first).
var cjkBigScales = map[rune]float64{
	'万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12,
	'만': 1e4, '억': 1e8, '조': 1e12,
}

// hangulScale reports the Korean scale syllables, which count only after
// a digit (만 also begins 만나다, "meet").
func hangulScale(r rune) bool {
	return r == '십' || r == '백' || r == '천' || r == '만' || r == '억' || r == '조'
}

// cjkUnit is a unit written after a number.
type cjkUnit struct {
	unit  string
	kind  Kind
	scale float64 // multiplies the value (万吨: scale words come before)
}

// cjkUnits are the units after a number, longest match first.
var cjkUnits = map[string]cjkUnit{
	// money
	"美元": {"USD", Money, 0}, "美金": {"USD", Money, 0}, "달러": {"USD", Money, 0},
	"元": {"CNY", Money, 0}, "元人民币": {"CNY", Money, 0}, "人民币": {"CNY", Money, 0}, "위안": {"CNY", Money, 0},
	"日元": {"JPY", Money, 0}, "日圆": {"JPY", Money, 0}, "日圓": {"JPY", Money, 0}, "엔": {"JPY", Money, 0},
	"欧元": {"EUR", Money, 0}, "歐元": {"EUR", Money, 0}, "유로": {"EUR", Money, 0},
	"韩元": {"KRW", Money, 0}, "韓元": {"KRW", Money, 0}, "韩币": {"KRW", Money, 0}, "원": {"KRW", Money, 0},
	"港元": {"HKD", Money, 0}, "港币": {"HKD", Money, 0}, "港幣": {"HKD", Money, 0},
	"新台币": {"TWD", Money, 0}, "新台幣": {"TWD", Money, 0}, "台币": {"TWD", Money, 0}, "台幣": {"TWD", Money, 0},
	"越南盾": {"VND", Money, 0}, "동": {"VND", Money, 0},
	"英镑": {"GBP", Money, 0}, "英鎊": {"GBP", Money, 0}, "파운드화": {"GBP", Money, 0},
	// 파운드: sterling with a scale (5억 파운드), else no figure (see figureAt)
	"파운드": {"lb", Mass, 0},
	// percents and percentage points
	"%": {"%", Percent, 0}, "％": {"%", Percent, 0}, "퍼센트": {"%", Percent, 0}, "프로": {"%", Percent, 0},
	"个百分点": {"pp", PercentagePoints, 0}, "個百分點": {"pp", PercentagePoints, 0},
	"%포인트": {"pp", PercentagePoints, 0}, "％포인트": {"pp", PercentagePoints, 0}, "%p": {"pp", PercentagePoints, 0},
	"%P": {"pp", PercentagePoints, 0}, "퍼센트포인트": {"pp", PercentagePoints, 0},
	// durations
	"周年": {"year", Duration, 0}, "週年": {"year", Duration, 0}, "주년": {"year", Duration, 0},
	"年": {"year", Duration, 0}, "년": {"year", Duration, 0}, "년간": {"year", Duration, 0}, "年来": {"year", Duration, 0}, "年來": {"year", Duration, 0},
	"个月": {"month", Duration, 0}, "個月": {"month", Duration, 0}, "개월": {"month", Duration, 0},
	"天": {"day", Duration, 0}, "일간": {"day", Duration, 0}, "日间": {"day", Duration, 0},
	"小时": {"hour", Duration, 0}, "小時": {"hour", Duration, 0}, "시간": {"hour", Duration, 0},
	"个小时": {"hour", Duration, 0}, "個小時": {"hour", Duration, 0}, "个钟头": {"hour", Duration, 0}, "個鐘頭": {"hour", Duration, 0},
	// ages: 90岁, 90歲, 90周岁, 90세, 5살
	"岁": {"year", Duration, 0}, "歲": {"year", Duration, 0}, "周岁": {"year", Duration, 0}, "週歲": {"year", Duration, 0},
	"세": {"year", Duration, 0}, "살": {"year", Duration, 0},
	"周": {"week", Duration, 0}, "週": {"week", Duration, 0}, "주간": {"week", Duration, 0},
	// 2주, 3주일: only glued to one or two digits (see unitAt), not 주년, 300만 주 (shares)
	"주": {"week", Duration, 0}, "주일": {"week", Duration, 0},
	// physical units
	"吨": {"t", Mass, 0}, "噸": {"t", Mass, 0}, "톤": {"t", Mass, 0}, "t": {"t", Mass, 0},
	"千瓦时": {"kWh", Energy, 0}, "千瓦時": {"kWh", Energy, 0}, "킬로와트시": {"kWh", Energy, 0}, "kWh": {"kWh", Energy, 0},
	"兆瓦": {"MW", Power, 0}, "메가와트": {"MW", Power, 0}, "MW": {"MW", Power, 0},
	"千瓦": {"kW", Power, 0}, "킬로와트": {"kW", Power, 0}, "吉瓦": {"GW", Power, 0}, "기가와트": {"GW", Power, 0}, "GW": {"GW", Power, 0},
	"公里": {"km", Length, 0}, "千米": {"km", Length, 0}, "킬로미터": {"km", Length, 0}, "km": {"km", Length, 0}, "㎞": {"km", Length, 0},
	"平方公里": {"km2", Area, 0}, "제곱킬로미터": {"km2", Area, 0}, "㎢": {"km2", Area, 0},
	"平方米": {"m2", Area, 0}, "제곱미터": {"m2", Area, 0}, "㎡": {"m2", Area, 0},
	"公斤": {"kg", Mass, 0}, "千克": {"kg", Mass, 0}, "킬로그램": {"kg", Mass, 0}, "kg": {"kg", Mass, 0}, "㎏": {"kg", Mass, 0},
	// counts: the classifier is the unit
	"人次": {"人次", Count, 0}, "人": {"人", Count, 0}, "名": {"名", Count, 0}, "位": {"位", Count, 0},
	"家": {"家", Count, 0}, "项": {"项", Count, 0}, "項": {"项", Count, 0}, "个": {"个", Count, 0}, "個": {"个", Count, 0},
	"份": {"份", Count, 0}, "艘": {"艘", Count, 0}, "架": {"架", Count, 0}, "座": {"座", Count, 0},
	"所": {"所", Count, 0}, "批": {"批", Count, 0}, "条": {"条", Count, 0}, "條": {"条", Count, 0},
	"场": {"场", Count, 0}, "場": {"场", Count, 0}, "辆": {"辆", Count, 0}, "輛": {"辆", Count, 0},
	"件": {"件", Count, 0}, "倍": {"倍", Count, 0}, "次": {"次", Count, 0},
	"枚": {"枚", Count, 0}, "班": {"班", Count, 0}, "架次": {"架次", Count, 0},
	"对": {"对", Count, 0}, "對": {"对", Count, 0}, "轮": {"轮", Count, 0}, "輪": {"轮", Count, 0},
	// 間 of companies and shops (1,208間港商), Hong Kong and Taiwan
	"間": {"间", Count, 0}, "间": {"间", Count, 0},
	// tenths: 三成 is 30 %, 逾七成 more than 70 %
	"成": {"%", Percent, 10},
	"명": {"명", Count, 0}, "개": {"개", Count, 0}, "건": {"건", Count, 0}, "곳": {"곳", Count, 0},
	"개국": {"개국", Count, 0}, "개사": {"개사", Count, 0}, "차례": {"차례", Count, 0}, "척": {"척", Count, 0},
	"회": {"회", Count, 0}, "번": {"번", Count, 0}, "대": {"대", Count, 0}, "발": {"발", Count, 0}, "배": {"배", Count, 0}, "가구": {"가구", Count, 0}, "편": {"편", Count, 0},
	"개 기업": {"개", Count, 0},
}

// cjkUnitMax is the longest unit in runes.
const cjkUnitMax = 6

// cjkNotUnitAfter are the words a count classifier must not begin: 个 of
// 个人, 名 of 名单, 家 of 国家 read wrongly, 国 of 国家, 대 of 대표 ...
var cjkNotUnitAfter = map[string][]string{
	"人": {"人民", "人员", "人士", "人文", "人类", "人口"},
	"名": {"名单", "名义", "名称"},
	"家": {"家庭"},
	"个": {"个人"},
	"位": {"位于", "位置"},
	"대": {"대표", "대통령", "대화", "대한", "대해", "대비", "대응", "대상", "대만", "대학"},
	"배": {"배경", "배치"},
	"명": {"명의", "명단"},
	"원": {"원칙", "원장", "원전"},
	"周": {"周边", "周恩来"},
	"年": {"年轻", "年代", "年度", "年底", "年初"},
	"년": {"년대"}, // 90년대: a decade, not 90 years
	"天": {"天然", "天津"},
	"次": {"次日", "次年", "次要", "次于", "次於", "次长", "次長"},
	"成": {"成为", "成為", "成员", "成員", "成立", "成功", "成本", "成果", "成就", "成熟", "成长", "成長", "成交", "成都",
		"成效", "成绩", "成績", "成品", "成型", "成年", "成千", "成百", "成套", "成批", "成片", "成真", "成形", "成了", "成的"},
	"조": {"조치", "조사", "조선"},
	"편": {"편에"},
	"회": {"회의", "회담", "회장", "회견", "회복"},
	"번": {"번째"},
	"对": {"对于", "对话", "对外", "对方", "对此", "对华", "对美", "对日", "对韩", "对俄", "对台", "对等", "对抗", "对接", "对冲",
		"对比", "对待", "对象", "对手", "对称", "对应", "对立", "对策", "对岸", "对口", "对面", "对照", "对其", "对该", "对这"},
	"對": {"對於", "對話", "對外", "對方", "對此", "對華", "對美", "對日", "對韓", "對俄", "對台", "對臺", "對等", "對抗", "對接", "對沖",
		"對比", "對待", "對象", "對手", "對稱", "對應", "對立", "對策", "對岸", "對口", "對面", "對照", "對其", "對該", "對這"},
	"轮": {"轮流", "轮换", "轮值", "轮船", "轮胎", "轮廓", "轮椅", "轮番", "轮岗"},
	"輪": {"輪流", "輪換", "輪值", "輪船", "輪胎", "輪廓", "輪椅", "輪番", "輪崗"},
	"班": {"班子", "班级", "班級", "班长", "班長", "班主任"},
	"岁": {"岁月", "岁末", "岁首", "岁出", "岁入"},
	"歲": {"歲月", "歲末", "歲首", "歲出", "歲入"},
	"세": {"세대"}, // 5세대 이동통신: the fifth generation
	"間": {"間接", "間隔", "間諜", "間斷", "間或"},
	"间": {"间接", "间隔", "间谍", "间断", "间或"},
}

// cjkQualBefore are the qualifiers written before a number, longest first.
var cjkQualBefore = []struct{ w, q string }{
	{"超过", "more than"}, {"超過", "more than"}, {"大约", "about"}, {"大約", "about"}, {"将近", "nearly"}, {"將近", "nearly"},
	{"不到", "less than"}, {"不足", "less than"}, {"至少", "at least"}, {"最多", "up to"}, {"高达", "up to"}, {"高達", "up to"},
	{"约", "about"}, {"約", "about"}, {"近", "nearly"}, {"逾", "more than"}, {"超", "more than"},
	{"최대", "up to"}, {"최소", "at least"}, {"약", "about"},
}

// cjkQualAfter are the qualifiers written after a number or its unit.
var cjkQualAfter = []struct{ w, q string }{
	{"以上", "more than"}, {"以下", "less than"}, {"左右", "about"}, {"多", "more than"}, {"余", "more than"}, {"餘", "more than"},
	{"이상", "more than"}, {"이하", "less than"}, {"미만", "less than"}, {"가량", "about"}, {"안팎", "about"}, {"여", "more than"},
	{"넘는", "more than"}, {"넘게", "more than"}, {"가까이", "nearly"},
}

// cjkUpVerbs and cjkDownVerbs give a percent its direction: before it in
// Chinese (同比增长3.2%), after it in Korean (3.2% 증가).
var (
	cjkUpVerbs   = []string{"增长", "增長", "上升", "上涨", "上漲", "增加", "提高", "增", "涨", "漲", "증가", "상승", "늘어", "늘었", "확대"}
	cjkDownVerbs = []string{"下降", "减少", "減少", "下滑", "降低", "下跌", "减", "減", "降", "감소", "하락", "줄어", "줄었", "축소"}
)

// cjkYearOnYear mark a change as year on year.
var cjkYearOnYear = []string{"同比", "同期比", "比上年", "比去年", "전년 대비", "전년대비", "전년 동기 대비", "전년 동기대비", "전년보다", "지난해보다", "작년보다", "전년 동기보다"}

// cjkChrome are the words of page furniture whose numbers are no figures:
// counters, timestamps and sources.
var cjkChrome = []string{"评论", "評論", "留言", "讚", "赞", "阅读", "閱讀", "点赞", "點讚", "分享", "浏览", "瀏覽", "转发", "轉發", "收藏",
	"조회수", "조회", "댓글", "공감", "추천", "좋아요", "공유"}

// cjkChromeSpaced are counter words that are also verbs (参与 of
// 参与3个项目): chrome only with a space or colon before the number
// (参与 3.4万, 參與：1,286).
var cjkChromeSpaced = []string{"参与", "參與"}

// cjkChromeLine begin the lines that are page chrome: no figure in them.
var cjkChromeLine = []string{"发布时间", "發布時間", "发布于", "發佈時間", "发布日期", "来源", "來源", "责任编辑", "責任編輯", "编辑", "編輯",
	"记者", "記者", "入力", "입력", "수정", "기사입력", "최종수정", "송고시간", "승인", "출처", "更新时间", "更新時間"}

// cjkChromeSentence mark the sentences of page chrome anywhere in them:
// copyright and tip lines (MBC 뉴스는 24시간 여러분의 제보를 기다립니다).
var cjkChromeSentence = []string{"제보를 기다립니다", "무단 전재", "무단전재", "재배포 금지", "저작권자", "版权所有", "版權所有", "未经授权", "未經授權"}

// cjkTickers name the stock indices and exchange rates of ticker lines
// (코스피 4,012.37 ▲15.22, 上证指数 3,402.15 +12.33): page chrome.
var cjkTickers = []string{"코스피", "코스닥", "코스피200", "원·달러", "원ㆍ달러", "원/달러", "원・달러",
	"上证指数", "上證指數", "深证成指", "深證成指", "恒生指数", "恒生指數", "创业板指", "創業板指"}

// koNativeDays are the native Korean words for a number of days, read as
// durations on their own (사흘간, 닷새 동안, 열흘 넘게).
var koNativeDays = map[string]float64{
	"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15,
}

// koNativeMonth are the native numerals 석 and 넉 (3 and 4), used only
// before 달 (석 달, 넉 달), as 세 and 네 are before other counters.
var koNativeMonth = map[string]float64{"석": 3, "넉": 4}

// koNative are the native Korean numerals before a counter (세 차례, 두 명,
// 한 달): the attributive forms (한, 두, 세, 네, 스무) and the bare ones
// (하나, 둘, 셋, 넷, 스물). 열 takes a unit numeral glued after it: 열두 달.
var koNative = map[string]float64{
	"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6,
	"일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20, "스물": 20,
}

// koNativeCounters are the counters a native Korean numeral is read with,
// a closed list: the words after 두, 세 ... that are no counters (두 정상,
// 세 나라, 네 가지 원칙 of nouns) are no figures. Durations take their unit
// of time (두 달 is 2 months), counts the counter as written.
var koNativeCounters = map[string]cjkUnit{
	"달": {"month", Duration, 0}, "해": {"year", Duration, 0}, "시간": {"hour", Duration, 0}, "살": {"year", Duration, 0},
	"차례": {"차례", Count, 0}, "번": {"번", Count, 0}, "곳": {"곳", Count, 0}, "명": {"명", Count, 0}, "개": {"개", Count, 0},
	"척": {"척", Count, 0}, "발": {"발", Count, 0}, "건": {"건", Count, 0}, "개국": {"개국", Count, 0}, "개사": {"개사", Count, 0},
	"회": {"회", Count, 0}, "편": {"편", Count, 0}, "가구": {"가구", Count, 0}, "쌍": {"쌍", Count, 0},
}
