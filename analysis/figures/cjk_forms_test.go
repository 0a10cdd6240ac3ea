package figures

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestCJKFigureForms reads the forms of Chinese figures that the held-out
// set (testdata/heldout-cjk) showed missed or misread: tenths written with
// 成, 多 or 余 between a number and its scale, a currency named before the
// number and 元 after it, counts of times (次), and bare numerals that are
// names; hours, native Korean numerals, classifiers, ages, unit signs,
// ranges of tenths and law articles; native Korean day counts, weeks,
// 뿐 and 밖에 after counts, ratios of counts (10곳 중 6곳), 間 of shops,
// ticker lines and 주년 before a copula; 대 of machines (not age groups or
// rankings), metric tons written t, the pound sterling (英镑, 파운드 with a
// scale), 第 before a numeral of several characters and the 参与 counter of
// page chrome. Each case lists "text=value unit kind [qualifier]".
func TestCJKFigureForms(t *testing.T) {
	date := time.Date(2025, 12, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		// tenths
		{"出口同比增长约三成。", "三成=30 % percent (about, year on year)"},
		{"赴华旅客按年增長逾七成。", "七成=70 % percent (more than)"},
		{"佔整體貿易近兩成。", "兩成=20 % percent (nearly)"},
		{"其中约4成来自东盟。", "4成=40 % percent (about)"},
		{"三成员国发表声明。", ""},
		{"双方一成不变地坚持原则。", ""},
		{"两国关系取得三成果。", ""},
		// 多, 余 between the number and its scale
		{"伤亡3500多万人。", "3500多万人=3.5e+07 人 count (more than)"},
		{"投资二十多亿美元。", "二十多亿美元=2e+09 USD money (more than)"},
		{"惠及1000余万人次。", "1000余万人次=1e+07 人次 count (more than)"},
		// the currency before the number
		{"國防預算編列新台幣9,495億元。", "9,495億元=9.495e+11 TWD money"},
		{"港幣500億元的基金。", "500億元=5e+10 HKD money"},
		{"总额达3000亿元。", "3000亿元=3e+11 CNY money"},
		// counts of times
		{"补给行动已遭阻撓逾20次。", "20次=20 次 count (more than)"},
		{"两国外长今年会晤三次。", "三次=3 次 count"},
		{"会议次日举行。", ""},
		// bare numerals are no figures; names with 号 are labels
		{"神舟二十一號明日發射。", ""},
		{"面向二十一世纪的伙伴关系。", ""},
		{"嫦娥六号完成任务。", ""},
		// fractions, as percents
		{"东盟约占中国外贸的三分之一。", "三分之一=33.3333 % percent"},
		{"五分之一的企业表示乐观。", "五分之一=20 % percent"},
		{"교역의 3분의 1을 차지했다.", "3분의 1=33.3333 % percent"},
		{"这十分之一的份额十分重要。", "十分之一=10 % percent"},
		{"会谈持续了三分钟。", ""},
		// N대 before a noun is "the N major", not N machines
		{"양국은 5대 핵심 분야에서 협력한다.", ""},
		{"전투기 50대가 참가했다.", "50대=50 대 count"},
		// hours as durations: 시간 is no time of day (9시), 个小时 no count of 个
		{"정상회담은 약 2시간 동안 이어졌다.", "2시간=2 hour duration (about)"},
		{"양측 실무진은 4시간 가까이 협의했다.", "4시간 가까이=4 hour duration (nearly)"},
		{"회담은 오전 9시 청사에서 열렸다.", ""},
		{"两国外长会谈持续了5个小时。", "5个小时=5 hour duration"},
		{"雙方閉門磋商長達6個小時。", "6個小時=6 hour duration"},
		{"代表团乘机飞行了12小时。", "12小时=12 hour duration"},
		{"谈判进行了四个多小时。", "四个多小时=4 hour duration (more than)"},
		{"部长级对话持续了两个半小时。", "两个半小时=2.5 hour duration"},
		{"协商已持续8个多月。", "8个多月=8 month duration (more than)"},
		{"협상은 6개월간 진행됐다.", "6개월=6 month duration"},
		// native Korean numerals, only before a counter of a closed list
		{"협상은 세 달 넘게 이어졌다.", "세 달 넘게=3 month duration (more than)"},
		{"북측은 올해 네 차례 시험 발사를 했다.", "네 차례=4 차례 count"},
		{"대표단은 다섯 곳의 산업단지를 방문했다.", "다섯 곳=5 곳 count"},
		{"열두 척의 함정이 훈련에 참가했다.", "열두 척=12 척 count"},
		{"교섭은 한 달 만에 재개됐다.", "한 달=1 month duration"},
		{"두 정상은 공동성명을 채택했다.", ""},
		{"세 나라 외교장관이 모였다.", ""},
		{"장관은 입장을 다시 한 번 확인했다.", ""},
		{"두 번째 회담이 열렸다.", ""},
		{"지난 한 해 교역이 늘었다.", ""},
		// classifiers of missiles, flights, pairs, rounds and sorties
		{"朝方当天试射了3枚弹道导弹。", "3枚=3 枚 count"},
		{"两地每周往返航班增至28班。", "28班=28 班 count"},
		{"两国已缔结45对友好省州和城市。", "45对=45 对 count"},
		{"雙方已舉行五輪磋商。", "五輪=5 轮 count"},
		{"解放军出动战机60架次。", "60架次=60 架次 count"},
		{"군은 단거리 탄도미사일 3발을 포착했다.", "3발=3 발 count"},
		// ages, years as durations
		{"고인은 향년 93세로 별세했다.", "93세=93 year duration"},
		{"老人今年已95岁高龄。", "95岁=95 year duration"},
		{"這位前總統享壽八十八歲。", "八十八歲=88 year duration"},
		{"21세기 들어 교류가 늘었다.", ""},
		{"5세대 통신망을 구축했다.", ""},
		{"재미교포 2세가 대사로 임명됐다.", ""},
		// unit signs
		{"양국 국경선은 1,400㎞에 달한다.", "1,400㎞=1400 km length"},
		{"세관은 마약 25㎏을 압수했다.", "25㎏=25 kg mass"},
		{"전시장 면적은 3만㎡ 규모다.", "3만㎡=30000 m2 area"},
		// a range of tenths: the unit 成 scales both bounds
		{"对东盟出口有望增长3至4成。", "3至4成=30 % percent (range to 40)"},
		{"占比約兩到三成。", "兩到三成=20 % percent (range to 30)"},
		{"份额可提升1成至2成。", "1成至2成=10 % percent (range to 20)"},
		// a law's article is a label
		{"美方援引301條款啟動調查。", ""},
		{"依据贸易法122条款征收附加税。", ""},
		{"무역확장법 232조를 근거로 관세를 매겼다.", ""},
		// tip and copyright lines are chrome
		{"KBS는 24시간 시청자 여러분의 제보를 기다립니다.", ""},
		// native Korean day counts as durations, and 석/넉 before 달
		{"특사단은 나흘간 현지에 머물렀다.", "나흘=4 day duration"},
		{"양국 해군은 닷새 동안 연합훈련을 벌였다.", "닷새=5 day duration"},
		{"총리는 엿새간의 순방을 마쳤다.", "엿새=6 day duration"},
		{"협상단은 열흘 넘게 현지에 머물렀다.", "열흘 넘게=10 day duration (more than)"},
		{"약 이틀 뒤 답신이 왔다.", "이틀=2 day duration (about)"},
		{"사절단은 하루 만에 귀국했다.", "하루=1 day duration"},
		{"휴전은 이레째 이어졌다.", ""},
		{"정부는 하루빨리 협상을 재개하길 바란다.", ""},
		{"결론은 하루 이틀 사이에 나올 것이다.", ""},
		{"양측은 하루 세 차례 핫라인으로 통화한다.", "세 차례=3 차례 count"},
		{"하루 평균 3만 명이 국경을 넘는다.", "3만 명=30000 명 count"},
		{"회담 준비에 석 달이 걸렸다.", "석 달=3 month duration"},
		{"대사관은 넉 달간 문을 닫았다.", "넉 달=4 month duration"},
		{"석 장관은 기자회견을 열었다.", ""},
		// weeks: 주 glued to a small number
		{"실사에는 3~4주가 걸릴 전망이다.", "3~4주=3 week duration (range to 4)"},
		{"대표단은 5주간 체류했다.", "5주간=5 week duration"},
		{"관세 유예는 2주 연장됐다.", "2주=2 week duration"},
		{"합의 발효까지 6주밖에 남지 않았다.", "6주=6 week duration"},
		{"수교 40주년을 맞았다.", "40주년=40 year duration"},
		{"회사는 자사주 300만 주를 매입했다.", "300만=3e+06  count"},
		{"1주당 500원을 배당했다.", "500원=500 KRW money"},
		// 뿐 and 밖에 right after a counter
		{"회의에 참석한 장관은 5명뿐이었다.", "5명=5 명 count"},
		{"협력 사업은 3건밖에 되지 않는다.", "3건=3 건 count"},
		// a ratio of two counts with the same counter is a percent
		{"조사 대상 20곳 중 15곳이 찬성했다.", "20곳 중 15곳=75 % percent"},
		{"응답자 5명 중 4명이 지지했다.", "5명 중 4명=80 % percent"},
		{"부품 8개 중 2개 이상이 수입품이다.", "8개 중 2개 이상=25 % percent (more than)"},
		{"기업 30곳 중 3명이 참석했다.", "30곳=30 곳 count; 3명=3 명 count"},
		// 間/间 as a classifier of companies and shops
		{"全港共有3,450間餐廳參與計劃。", "3,450間=3450 间 count"},
		{"当地新开了12间门店。", "12间=12 间 count"},
		{"會談期間雙方交換意見。", ""},
		{"两国之间的合作空间广阔。", ""},
		{"三年間貿易增長。", "三年=3 year duration"},
		// stock tickers are page chrome
		{"코스피 3,512.08 ▼21.40 (-0.61%)", ""},
		{"코스닥 871.55 ▲4.02 (+0.46%) 원·달러 1,392.50 ▲2.10", ""},
		{"上证指数 3,402.15 +12.33 (+0.36%)", ""},
		{"恒生指數 24,118.40 ▼95.20 (-0.39%)", ""},
		{"코스피는 이날 1.2% 상승 마감했다.", "1.2%=1.2 % percent (up)"},
		{"上证指数收涨0.8%。", "0.8%=0.8 % percent (up)"},
		// N주년 before a copula
		{"올해는 수교 35주년인 해다.", "35주년=35 year duration"},
		{"내년은 조약 체결 50주년이다.", "50주년=50 year duration"},
		{"양국 관계 70주년입니다.", "70주년=70 year duration"},
		// 대 counts aircraft, vehicles and machines; not an age group, a
		// ranking ("the N major") or a decade of years
		{"해군은 초계기 12대를 새로 들여온다.", "12대=12 대 count"},
		{"지진으로 차량 35대 파손이 확인됐다.", "35대=35 대 count"},
		{"공군은 전투기 KF-21 20대를 배치했다.", "20대=20 대 count"},
		{"복구 작업에는 굴착기가 아닌 60대 이상이 동원돼야 한다.", "60대 이상=60 대 count (more than)"},
		{"현장에는 70대 가량이 배치됐다.", "70대 가량=70 대 count (about)"},
		{"사고 운전자는 60대 남성으로 알려졌다.", ""},
		{"용의자는 30대 중반의 외국인이다.", ""},
		{"50대 이상 여성의 투표율이 높았다.", ""},
		{"20~40대 유권자가 등을 돌렸다.", ""},
		{"40대와 50대의 지지가 엇갈렸다.", ""},
		{"베트남은 한국의 4대 수출국이다.", ""},
		{"2050년대 인구 감소가 예상된다.", ""},
		{"80년대 후반 양국 교류가 시작됐다.", ""},
		// metric tons: t, 톤, 吨 (also t glued to a Korean particle)
		{"정부는 밀가루 320t을 보냈다.", "320t=320 t mass"},
		{"지원 규모를 450t으로 늘렸다.", "450t=450 t mass"},
		{"비료 1만5천톤이 항구에 도착했다.", "1만5천톤=15000 t mass"},
		{"中方向灾区运送物资420吨。", "420吨=420 t mass"},
		{"该港年吞吐量约90t。", "90t=90 t mass (about)"},
		{"Model 5t6 출시", ""},
		// the pound sterling: 英镑, 英鎊 and 파운드 with a scale
		{"英方承诺提供3.2亿英镑援助。", "3.2亿英镑=3.2e+08 GBP money"},
		{"雙方簽署價值12億英鎊的協議。", "12億英鎊=1.2e+09 GBP money"},
		{"영국 정부는 7억 파운드를 출연했다.", "7억 파운드=7e+08 GBP money"},
		{"투자 규모는 2천만파운드에 이른다.", "2천만파운드=2e+07 GBP money"},
		{"환율은 1파운드당 1,850원이다.", "1,850원=1850 KRW money"},
		// 第 covers the whole numeral after it: ordinals, not figures
		{"第十四次中日韩领导人会议举行。", ""},
		{"第三十一届亚太经合组织会议开幕。", ""},
		{"這是雙方第一百零二次會談。", ""},
		{"第十二次会议后双方又会晤三次。", "三次=3 次 count"},
		// page chrome counters of Chinese portals
		{"评论 2,417 参与 5.6万", ""},
		{"參與 8.2萬", ""},
		{"参与：1,093", ""},
		{"阅读 4.7万 点赞 812", ""},
		{"中方参与5个合作项目。", "5个=5 个 count"},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range ExtractDated(tt.text, date) {
			s := fmt.Sprintf("%s=%.6g %s %s", f.Text, f.Value, f.Unit, f.Kind)
			if f.Qualifier != "" {
				s += " (" + f.Qualifier + ")"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.text, g, tt.want)
		}
	}
}
