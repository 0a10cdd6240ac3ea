package figures

import (
	"math"
	"testing"
	"time"
)

// want is one expected figure of a local case.
type want struct {
	text  string
	value float64
	unit  string
	kind  Kind
	qual  string
	subj  string // checked when not empty
}

// Local cases for what the external suites lack: energy and power with
// scale words, RMB/yuan/won, "per cent", percentage points, qualifiers,
// and things that are not figures.
var localCases = []struct {
	in   string
	want []want
}{
	{"The project is expected to generate about 764 million kilowatt-hours of electricity annually.",
		[]want{{"764 million kilowatt-hours", 764e6, "kWh", Energy, "about", "electricity"}}},
	{"The plant will generate 1.2 billion kWh a year and has 2 GW of capacity.",
		[]want{{"1.2 billion kWh", 1.2e9, "kWh", Energy, "", "plant"}, {"2 GW", 2, "GW", Power, "", "capacity"}}},
	{"Wind farms added 3.5 gigawatts, producing 12 terawatt-hours.",
		[]want{{"3.5 gigawatts", 3.5, "GW", Power, "", ""}, {"12 terawatt-hours", 12, "TWh", Energy, "", ""}}},
	{"With an installed capacity of 109 megawatts, it produces 450 GWh and 1.5 million MWh.",
		[]want{{"109 megawatts", 109, "MW", Power, "", "installed capacity"}, {"450 GWh", 450, "GWh", Energy, "", ""}, {"1.5 million MWh", 1.5e6, "MWh", Energy, "", ""}}},
	{"China's imports rose to RMB 5 billion, while exports hit 5 billion yuan.",
		[]want{{"RMB 5 billion", 5e9, "CNY", Money, "", "China's imports"}, {"5 billion yuan", 5e9, "CNY", Money, "", "exports"}}},
	{"Korea invested 2.2 trillion won (US$1.6 billion) and ₩300 million.",
		[]want{{"2.2 trillion won", 2.2e12, "KRW", Money, "", ""}, {"US$1.6 billion", 1.6e9, "USD", Money, "", ""}, {"₩300 million", 3e8, "KRW", Money, "", ""}}},
	{"Samsung will spend W1.5 trillion ($1.1 billion) on the W3 line and KRW 20 billion.",
		[]want{{"W1.5 trillion", 1.5e12, "KRW", Money, "", "Samsung"}, {"$1.1 billion", 1.1e9, "USD", Money, "", "Samsung"}, {"KRW 20 billion", 20e9, "KRW", Money, "", ""}}},
	{"Bilateral trade volume reached $298.9 billion during the January-November period this year.",
		[]want{{"$298.9 billion", 298.9e9, "USD", Money, "", "Bilateral trade volume"}}},
	{"Exports grew 5.3 per cent, while the share rose 2 percentage points to 31%.",
		[]want{{"5.3 per cent", 5.3, "%", Percent, "up", "Exports"}, {"2 percentage points", 2, "pp", PercentagePoints, "up", "share"}, {"31%", 31, "%", Percent, "", "share"}}},
	{"Exports fell 3.5% and imports declined by 0.4 percentage points.",
		[]want{{"3.5%", 3.5, "%", Percent, "down", "Exports"}, {"0.4 percentage points", 0.4, "pp", PercentagePoints, "down", "imports"}}},
	{"Personnel exchanges exceeded 6.65 million visits, up 24.5 percent year-on-year.",
		[]want{{"6.65 million visits", 6.65e6, "visits", Count, "more than", "Personnel exchanges"}, {"24.5 percent", 24.5, "%", Percent, "up", "Personnel exchanges"}}},
	{"Investment was between 20 and 30 million dollars, or 2 to 3 percent of GDP.",
		[]want{{"20 and 30 million dollars", 20e6, "USD", Money, "range to 30000000", ""}, {"2 to 3 percent", 2, "%", Percent, "range to 3", "GDP"}}},
	{"Nearly 40,000 students, more than 20 times, up to 700 workers and around 1,000 tonnes.",
		[]want{{"40,000 students", 40000, "students", Count, "nearly", ""}, {"20 times", 20, "times", Count, "more than", ""},
			{"700 workers", 700, "workers", Count, "up to", ""}, {"1,000 tonnes", 1000, "t", Mass, "about", ""}}},
	{"The reservoir covers 1,200 square kilometers and the pipeline runs 550 km.",
		[]want{{"1,200 square kilometers", 1200, "km2", Area, "", "reservoir"}, {"550 km", 550, "km", Length, "", "pipeline"}}},
	{"Saving roughly 310,000 tons of coal and cutting carbon dioxide emissions by around 760,000 tons.",
		[]want{{"310,000 tons", 310000, "t", Mass, "about", "coal"}, {"760,000 tons", 760000, "t", Mass, "about", "carbon dioxide emissions"}}},
	{"Fifteen agreements, two hundred and two thousand yuan, two dozen firms and 1 234 567 people.",
		[]want{{"Fifteen agreements", 15, "agreements", Count, "", ""}, {"two hundred and two thousand yuan", 202000, "CNY", Money, "", ""},
			{"two dozen firms", 24, "firms", Count, "", ""}, {"1 234 567 people", 1234567, "people", Count, "", ""}}},
	{"It cost $2.2T, €10M, 10 bln euros and £8.10 million.",
		[]want{{"$2.2T", 2.2e12, "USD", Money, "", ""}, {"€10M", 10e6, "EUR", Money, "", ""}, {"10 bln euros", 10e9, "EUR", Money, "", ""}, {"£8.10 million", 8.1e6, "GBP", Money, "", ""}}},
	{"Over the past 33 years since the establishment of diplomatic ties, trade grew.",
		[]want{{"33 years", 33, "year", Duration, "", "establishment of diplomatic ties"}}},
	{"Park hopes to mark the 30th anniversary, the 32nd APEC meeting and the 15th Five-Year Plan.",
		[]want{{"30th", 30, "", Ordinal, "", "anniversary"}, {"32nd", 32, "", Ordinal, "", "APEC meeting"}, {"15th", 15, "", Ordinal, "", "Five-Year Plan"}}},
	{"Samsung will invest 20 trillion won ($14.5 billion) in its plant over five years.",
		[]want{{"20 trillion won", 20e12, "KRW", Money, "", "Samsung"}, {"$14.5 billion", 14.5e9, "USD", Money, "", "Samsung"}, {"five years", 5, "year", Duration, "", ""}}},
	{"Trade grew from $6.4 billion in 1992 to $362.3 billion in 2022, or 50-fold.",
		[]want{{"$6.4 billion", 6.4e9, "USD", Money, "", "Trade"}, {"$362.3 billion", 362.3e9, "USD", Money, "", "Trade"}, {"50-fold", 50, "times", Count, "", ""}}},
	{"About two-thirds of the 4.5 million tourists, over 100,000 Chinese tourists, paid ($99.99).",
		[]want{{"two-thirds", 200.0 / 3, "%", Percent, "about", ""}, {"4.5 million tourists", 4.5e6, "tourists", Count, "", ""},
			{"100,000 Chinese tourists", 100000, "Chinese tourists", Count, "more than", ""}, {"($99.99)", -99.99, "USD", Money, "", ""}}},
	{"It invested RMB5 billion, 3.2pc more, as 1,200 North Korean defectors and 1.5m visitors came; a 48m tower.",
		[]want{{"RMB5 billion", 5e9, "CNY", Money, "", ""}, {"3.2pc", 3.2, "%", Percent, "", ""},
			{"1,200 North Korean defectors", 1200, "North Korean defectors", Count, "", ""}, {"1.5m visitors", 1.5e6, "visitors", Count, "", ""}, {"48m", 48, "m", Length, "", ""}}},
	{"Two-way investment topped 100 billion dollars; one in three Koreans and 1 in 5 students; the won hit 1,445.2 per dollar.",
		[]want{{"100 billion dollars", 100e9, "USD", Money, "more than", "Two-way investment"}, {"one in three", 100.0 / 3, "%", Percent, "", ""},
			{"1 in 5", 20, "%", Percent, "", ""}, {"1,445.2 per dollar", 1445.2, "per USD", Other, "", ""}}},
	{"The number of Chinese tourists visiting South Korea reached 4.6 million, up 130 percent; exports rose 5.8 percent on-year to US$57.3 billion.",
		[]want{{"4.6 million", 4.6e6, "", Count, "", "number of Chinese tourists visiting South Korea"}, {"130 percent", 130, "%", Percent, "up", "number of Chinese tourists visiting South Korea"},
			{"5.8 percent", 5.8, "%", Percent, "up", "exports"}, {"US$57.3 billion", 57.3e9, "USD", Money, "", "exports"}}},
	{"Exports rose 38.2 percent on year to $8.1 billion; a 29-year-old man.",
		[]want{{"38.2 percent", 38.2, "%", Percent, "up", "Exports"}, {"$8.1 billion", 8.1e9, "USD", Money, "", "Exports"}, {"29-year-old", 29, "year", Duration, "", ""}}},
	{"It is larger than 10 and smaller than 20, at least or equal to 30, less than or equal to 100 and about 20~100.",
		[]want{{"10 and smaller than 20", 10, "", Count, "range to 20", ""}, {"30", 30, "", Count, "at least", ""}, {"100", 100, "", Count, "at most", ""}, {"20~100", 20, "", Count, "range to 100", ""}}},
	{"Sell Mex$ 10 million forward, MUSD 30 and 120 MEUR.",
		[]want{{"Mex$ 10 million", 10e6, "MXN", Money, "", ""}, {"MUSD 30", 30e6, "USD", Money, "", ""}, {"120 MEUR", 120e6, "EUR", Money, "", ""}}},
	// "per day" after an amount is its period, as "a day" is; a speed, a
	// price and the abbreviated rates keep their unit
	{"The pipeline will carry 0.6 million barrels per day and 3,200 tonnes per year by rail, trucks drive at 80 km per hour, and rice sells at $9 per kg; the mill handles 700 tpd.",
		[]want{{"0.6 million barrels", 6e5, "bbl", Other, "", ""}, {"3,200 tonnes", 3200, "t", Mass, "", ""}, {"80 km per hour", 80, "km/h", Other, "", ""},
			{"$9 per kg", 9, "USD/kg", Money, "", ""}, {"700 tpd", 700, "t/d", Other, "", ""}}},
	// not figures
	{"The two sides agreed to hold the 2+2 dialogue and a three-party meeting.", nil},
	{"The COVID-19 crisis, the 9/11 attacks and 24/7 coverage; Section 301 tariffs hit Su-57 jets.", nil},
	{"The 5-4 vote and a 3-2 win made him the No. 2 official among Fortune 500 firms and the Top 10; Rule 5.", nil},
	{"Hundreds of firms, thousands of people, dozens of projects and tens of thousands of visitors came.", nil},
	{"The 1970s, Article 23, Resolution 2397 and the No. 1 priority were discussed at 10 a.m. on 5 May.", nil},
	{"On Nov 1, 2025 the talks opened at 10:30 am in Room 5; in 2024 and in the 2013-14 season.", nil},
	{"The two countries, both sides and the two leaders agreed; one of them said the one-China principle stands.", nil},
	{"+ ↺ − 16 px", nil},
	{"Contact: 01-5135000, or dial 007 from abroad. © Star Media Group Berhad [197101000523 (10894-D)]", nil},
	{"Chinese ship 3105 blasted it with water, and coast guard vessel 5901 followed.", nil},
	{"July 9, 2025 08:12 pm Comments - 0 Views - 2418 Sri Lanka refused the ship.", nil},
	{"Updated : 11/06/2025 09:42 GMT + 7. The boat fled at Mile 201 past the Muse 105-Mile Border Trade Zone.", nil},
	{"They will ship 500 containers.", []want{{"500 containers", 500, "containers", Count, "", ""}}},
	{"Some 4.3m Chinese tourists came; the wall is 48m high.", []want{{"4.3m Chinese tourists", 4.3e6, "Chinese tourists", Count, "about", ""}, {"48m", 48, "m", Length, "", ""}}},
	{"Imports climbed to N7.2 trillion; N95 masks were sold.", []want{{"N7.2 trillion", 7.2e12, "NGN", Money, "", ""}}},
	{"Tanzania's exports to China reached Sh5.6 trillion, the Bank of Tanzania said in Dar es Salaam.", []want{{"Sh5.6 trillion", 5.6e12, "TZS", Money, "", ""}}},
	{"Kenya imported goods worth Sh600 billion.", []want{{"Sh600 billion", 6e11, "KES", Money, "", ""}}},
	{"Trade reached R570 billion, a deficit of R2.5 billion; Bt86.7 billion came in. The R2 road and R&D spending.",
		[]want{{"R570 billion", 5.7e11, "ZAR", Money, "", ""}, {"R2.5 billion", 2.5e9, "ZAR", Money, "", ""}, {"Bt86.7 billion", 8.67e10, "THB", Money, "", ""}}},
	{"My two containers are stuck, and our two countries must act.", []want{{"two containers", 2, "containers", Count, "", ""}}},
	{"In the first 10 months of this year, Xi met Lee twice during the January-November period.", nil},
	{"See https://example.com/a?id=30%25&x=2020 for the 5G and COVID-19 rules of F-16 jets.", nil},
}

// extractCase is one text and every figure expected in it, in order.
type extractCase struct {
	in   string
	want []want
}

func TestExtractLocal(t *testing.T) {
	cases := make([]extractCase, len(localCases))
	for i, c := range localCases {
		cases[i] = extractCase{c.in, c.want}
	}
	checkCases(t, cases)
}

// checkCases runs Extract on each case and compares text, value, unit,
// kind, qualifier and, where given, subject.
func checkCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, c := range cases {
		got := Extract(c.in)
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d figures, want %d: %s", c.in, len(got), len(c.want), describe(got))
			continue
		}
		for i, w := range c.want {
			g := got[i]
			if g.Text != w.text || math.Abs(g.Value-w.value) > 1e-9*math.Abs(w.value) || g.Unit != w.unit || g.Kind != w.kind || g.Qualifier != w.qual {
				t.Errorf("%q figure %d:\n got  %q %v %q %s %q\n want %q %v %q %s %q", c.in, i, g.Text, g.Value, g.Unit, g.Kind, g.Qualifier, w.text, w.value, w.unit, w.kind, w.qual)
			}
			if w.subj != "" && g.Subject != w.subj {
				t.Errorf("%q figure %d: subject %q, want %q", c.in, i, g.Subject, w.subj)
			}
			if c.in[g.Start:g.End] != g.Text {
				t.Errorf("%q: offsets do not give the text", c.in)
			}
		}
	}
}

func TestPeriods(t *testing.T) {
	date := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	cases := []struct{ in, want string }{
		{"Trade reached $298.9 billion during the January-November period this year.", "2025-01/2025-11"},
		{"Exchanges exceeded 6.65 million visits in the first 10 months of this year.", "2025-01/2025-10"},
		{"He visited China more than 20 times this year.", "2025"},
		{"Exports fell 3 percent last year.", "2024"},
		{"Trade hit $362.3 billion in 2022.", "2022"},
		{"Sales were $5 billion in the first half of 2024.", "2024-H1"},
		{"Sales were $5 billion in the third quarter of 2023.", "2023-Q3"},
		{"Sales were $5 billion in March 2024.", "2024-03"},
		{"Sales were $5 billion.", ""},
		{"Trade hit $362.3 billion in 2022 after $310 billion in 2021.", "2022"},
		{"China took 19.5 percent of trade, against 25 in 2021.", ""},
	}
	for _, c := range cases {
		got := ExtractDated(c.in, date)
		if len(got) < 1 {
			t.Errorf("%q: no figures", c.in)
			continue
		}
		if got[0].Period != c.want {
			t.Errorf("%q: period %q, want %q", c.in, got[0].Period, c.want)
		}
	}
	// without a date "this year" stays unresolved
	if got := Extract("He visited China more than 20 times this year."); len(got) != 1 || got[0].Period != "" {
		t.Errorf("undated: %s period %q", describe(got), got[0].Period)
	}
}

// Figures as broadcasters and wire copy write them: decimals spoken with
// "point", ratios ("one in every four", "three out of ten") and fractions
// in words, which are shares and so percents.
var spokenCases = []extractCase{
	// decimals with "point", spaced or hyphenated, in words or digits
	{"Growth was two point five percent.", []want{{"two point five percent", 2.5, "%", Percent, "", "Growth"}}},
	{"Growth was two-point-five percent.", []want{{"two-point-five percent", 2.5, "%", Percent, "", "Growth"}}},
	{"Inflation hit three-point-one percent in March.", []want{{"three-point-one percent", 3.1, "%", Percent, "", "Inflation"}}},
	{"The budget is one point eight trillion won.", []want{{"one point eight trillion won", 1.8e12, "KRW", Money, "", "budget"}}},
	{"They pledged nine point eight billion dollars.", []want{{"nine point eight billion dollars", 9.8e9, "USD", Money, "", ""}}},
	{"Growth of 1 point 5 percent and 2 point 5 percent.", []want{{"1 point 5 percent", 1.5, "%", Percent, "", "Growth"}, {"2 point 5 percent", 2.5, "%", Percent, "", ""}}},
	{"Travelers made eight-point-three-eight million visits and two point zero five percent more.",
		[]want{{"eight-point-three-eight million visits", 8.38e6, "visits", Count, "", ""}, {"two point zero five percent", 2.05, "%", Percent, "", ""}}},
	// "point" not followed by an amount is no decimal
	{"At one point five countries objected to a 10-point plan.", []want{{"five countries", 5, "countries", Count, "", ""}}},
	// ratios
	{"One in five Koreans agreed.", []want{{"One in five", 20, "%", Percent, "", ""}}},
	{"One in every four firms exports.", []want{{"One in every four", 25, "%", Percent, "", ""}}},
	{"Three out of every ten firms said so.", []want{{"Three out of every ten", 30, "%", Percent, "", ""}}},
	{"Four out of ten respondents and two out of three voters agreed.", []want{{"Four out of ten", 40, "%", Percent, "", ""}, {"two out of three", 200.0 / 3, "%", Percent, "", ""}}},
	{"About 3 out of 10 companies and 7 out of 12 members; one in seven Japanese.",
		[]want{{"3 out of 10", 30, "%", Percent, "about", ""}, {"7 out of 12", 700.0 / 12, "%", Percent, "", ""}, {"one in seven", 100.0 / 7, "%", Percent, "", ""}}},
	// fractions in words
	{"Two-thirds of exports go to China.", []want{{"Two-thirds", 200.0 / 3, "%", Percent, "", ""}}},
	{"Two thirds of exports and three quarters of imports.", []want{{"Two thirds", 200.0 / 3, "%", Percent, "", ""}, {"three quarters", 75, "%", Percent, "", ""}}},
	{"Three-quarters of sales, one-third of the budget, one-fifth of the land, three-fifths of the vote and one-quarter of trade.",
		[]want{{"Three-quarters", 75, "%", Percent, "", ""}, {"one-third", 100.0 / 3, "%", Percent, "", ""}, {"one-fifth", 20, "%", Percent, "", ""},
			{"three-fifths", 60, "%", Percent, "", ""}, {"one-quarter", 25, "%", Percent, "", ""}}},
	{"Exports fell by two-thirds.", []want{{"two-thirds", 200.0 / 3, "%", Percent, "down", "Exports"}}},
	// quarters of a year are counted, not shares; a fraction with a scale word is an amount
	{"GDP grew for three quarters in a row after two quarters of contraction; it cost three quarters billion dollars.",
		[]want{{"three quarters", 3, "quarters", Count, "", ""}, {"two quarters", 2, "quarters", Count, "", ""}, {"three quarters billion dollars", 0.75e9, "USD", Money, "", ""}}},
	// the article or "half" alone is no figure
	{"Half of the firms, a third of exports and a quarter of imports; nearly half said no; it lasted about half an hour.", nil},
	{"Half a million people came.", []want{{"Half a million people", 5e5, "people", Count, "", ""}}},
}

func TestExtractSpoken(t *testing.T) { checkCases(t, spokenCases) }

// Page chrome that scraped articles carry is not cited: posting times,
// bylines with times, counters of comments, views, shares and likes in
// English, Korean and Chinese widgets, reading times, photo numbers, lists
// of headlines.
var chromeCases = []extractCase{
	{"Posted : 2025-04-26 10:02", nil},
	{"Updated 14:32 KST", nil},
	{"By Kim, 09:15 KST", nil},
	{"09:15, 03-Nov-2025", nil},
	{"Published : 2025.04.26 10:02 | Updated : 2025.04.26 14:32", nil},
	{"입력 2025.04.26 10:02 수정 2025.04.26 14:32", nil},
	{"发布时间：2025-04-26 10:02 来源：新华网", nil},
	{"May 12, 2025 10:47 AM GMT+8 Updated 3 hours ago", nil},
	{"Posted 3 days ago | 1,234 comments", nil},
	{"Published: November 3, 2026 | 2:15 pm 1,067 Views | 5 Comments Like | Share", nil},
	{"Listen to this article | 5 mins Recommended Stories list of 4 items list 1 of 4 Ukraine trade accusations list 2 of 4 end of list", nil},
	{"Von der Leyen warns of 'inflection point' — 2 hours ago", nil},
	{"Gift this article | Listen (5 min) | Share", nil},
	{"By Kim Soo-yeon Share | Facebook | X | Email | 12", nil},
	{"1,234 comments", nil},
	{"Comments (34)", nil},
	{"Comments 12", nil},
	{"Share 1.2K", nil},
	{"1.2K views", nil},
	{"Views 5,421", nil},
	{"Like 88", nil},
	{"Share  Tweet  LINE  12 comments", nil},
	{"조회수 1,204", nil},
	{"조회수 5,678 댓글 12 공유 5 추천 3", nil},
	{"评论 35 阅读 2万 点赞 88 转发 12", nil},
	{"3 min read", nil},
	{"Nov 3, 2025 | 4 min listen | 2 min watch", nil},
	{"Listen 5-minute read 412 Chinese President Xi Jinping spoke.", nil},
	{"Photo 1 of 5", nil},
	{"Seoul readies plan 1 of 4 | Secretary of State Marco Rubio meets Cho Hyun.", nil},
	{"By Owen Pryce Thu 29 Jan 2026 11.47 GMT Last modified on Thu 29 Jan 2026 13.02 GMT", nil},
	{"Imports totaled 61,300 tons in the first three quarters, the group said.", []want{{"61,300 tons", 61300, "t", Mass, "", ""}}},
	{"Listen to this article 7 mins When the talks began, they agreed.", nil},
	{"Image 3 of 10 | 4 photos | 2 Comments", nil},
	{"Recommended 1,204 | Most Viewed 3 | 阅读 10万+ 在看 12", nil},
	{"1 hour ago · 3 min read · 12 Comments", nil},
	{"Tariffs took effect just after midnight (0401 GMT) and at 1200 UTC.", nil},
	{"MOST READ\n1. Ghosn's lawyers file motion to dismiss case\n2. Japan Cabinet approves record budget\n3. Heavy snow disrupts train services", nil},
	{"MOST POPULAR\n1  Tokyo Medical University admits rigging exams\n2  Typhoon Trami leaves trail of damage in Okinawa", nil},
	{"Most read 1 Chinese tourists flock south 2 Fujian aircraft carrier completes sea trials 3 GT Voice: Decoupling will backfire", nil},
	{"1. Kospi ends higher 2. Kospi ends higher on foreign buying 3. [Herald Interview] K-beauty brand eyes US", nil},
	{"Related: 1. China, US agree on counternarcotics cooperation 2. Xi meets Biden in San Francisco", nil},
	{"Source: Xinhua | 2023-11-16 10:25:12 | Editor: huaxia\n阅读 1.5万 | 点赞 321 | 评论 (56)", nil},
	{"The toll rose to 12. On Tuesday it hit 13. Officials said more.", []want{{"12", 12, "", Count, "", ""}, {"13", 13, "", Count, "", ""}}},
	{"Q: How do you view the relations? A: 1. Thirty years ago today, the two countries established ties.", []want{{"Thirty years", 30, "year", Duration, "", ""}}},
	{"(ATTN: UPDATES with trade data in paras 8-9)", nil},
	// the same nouns in a sentence are figures
	{"The post drew 1,234 comments and 1.2 million views; the death toll rose to 12. Officials said 13 Japanese and 14 Chinese were held.",
		[]want{{"1,234 comments", 1234, "comments", Count, "", ""}, {"1.2 million views", 1.2e6, "views", Count, "", ""}, {"12", 12, "", Count, "", ""},
			{"13", 13, "", Count, "", ""}, {"14", 14, "", Count, "", ""}}},
	{"He left 3 hours ago; imports in 2024: $438.9 bln.", []want{{"3 hours", 3, "hour", Duration, "", ""}, {"$438.9 bln", 438.9e9, "USD", Money, "", ""}}},
	// counters in other languages, reading times with a label, approximate
	// posting times, abbreviated months
	{"Dibaca: 2,517 | Komentar: 9", nil},
	{"Lượt xem: 3.210", nil},
	{"Views: 1,077   Reading time: 7 min", nil},
	{"Read time 6 minutes", nil},
	{"By Ana Lim | Published May 4, 2026 | Updated about 5 hours ago", nil},
	{"Mar 9, 2026 (updated: Mar 10, 2026 11:20)", nil},
	// lists of headlines: a currency with a capital begins a headline; under
	// a list header an item may follow any word
	{"MOST READ\n1  Storm closes schools in Osaka\n2  Won slides against euro\n3  Rail union calls strike", nil},
	{"Most Viewed 1 Ferry service resumes on island route 2 Port strike talks drag on 3 Busan mayor names new deputy", nil},
	{"Most Viewed 1 Ferry fares rise 4% 2 Port talks drag on 3 Busan mayor names 2 deputies",
		[]want{{"4%", 4, "%", Percent, "up", ""}, {"2 deputies", 2, "deputies", Count, "", ""}}},
	{"Osaka subway line 7 adds late trains; phase 2 trials start.", nil},
	// the same words in sentences are figures
	{"Shares of the carmaker fell 2 percent and the line carried 7 trains an hour.",
		[]want{{"2 percent", 2, "%", Percent, "down", ""}, {"7 trains", 7, "trains", Count, "", ""}}},
}

func TestExtractChrome(t *testing.T) { checkCases(t, chromeCases) }

// What news writes with a number that is no cited figure: the two (or
// three) parties, amounts given only with the article, vague amounts,
// years and names said in words.
var referenceCases = []extractCase{
	// the parties
	{"The two central banks agreed, as did the two foreign ministers, the two nations and the three countries.", nil},
	{"Both sides held two-way talks; the two leaders met.", nil},
	{"They signed two agreements. The two agreements signed on Monday matter.", []want{{"two agreements", 2, "agreements", Count, "", ""}}},
	{"For two large countries like China and the United States, and as two major economies, cooperation matters.", nil},
	{"Lee visited three countries and leaders from two countries met.", []want{{"three countries", 3, "countries", Count, "", ""}, {"two countries", 2, "countries", Count, "", ""}}},
	{"We are two democracies. All three countries signed, and vehicles went to all nine provinces.", []want{{"nine provinces", 9, "provinces", Count, "", ""}}},
	{"They resumed a two-plus-two dialogue and a seventy-billion-won fund; only one in 20 said so, plus or minus 2.8 percentage points. He won two in 30 days.",
		[]want{{"seventy-billion-won", 70e9, "KRW", Money, "", ""}, {"one in 20", 5, "%", Percent, "", ""}, {"2.8 percentage points", 2.8, "pp", PercentagePoints, "", ""},
			{"two", 2, "", Count, "", ""}, {"30 days", 30, "day", Duration, "", ""}}},
	{"The talks lasted about 2½ hours; he got 3½ years. Arrivals rose 27 per cent to 4.3 million, over the past 34 years of ties.",
		[]want{{"2½ hours", 2.5, "hour", Duration, "about", ""}, {"3½ years", 3.5, "year", Duration, "", ""}, {"27 per cent", 27, "%", Percent, "up", ""},
			{"4.3 million", 4.3e6, "", Count, "", ""}, {"34 years", 34, "year", Duration, "", ""}}},
	{"Trade rose in the first three quarters of this year. Tune in on FM93.9 (Klang Valley).", nil},
	// a period that dates another figure
	{"Trade was $13.7 billion in the ten months to January 20. Exports for the 12 months through March rose.",
		[]want{{"$13.7 billion", 13.7e9, "USD", Money, "", ""}}},
	// the article alone
	{"A week later, a ton of rice arrived a day earlier and a million people watched a dozen officials.", nil},
	{"About a dozen protesters came; about a third of exports.", nil},
	{"A $5 billion deal, a 3% rise, a 29-year-old man, a quarter million dollars and fewer than a thousand pandas.",
		[]want{{"$5 billion", 5e9, "USD", Money, "", ""}, {"3%", 3, "%", Percent, "", ""}, {"29-year-old", 29, "year", Duration, "", ""},
			{"a quarter million dollars", 250000, "USD", Money, "", ""}, {"a thousand pandas", 1000, "pandas", Count, "less than", ""}}},
	// vague amounts
	{"Dozens of firms, hundreds of workers, thousands of visitors, tens of thousands of fans and billions of dollars.", nil},
	// a duration is a figure
	{"He paid a two-day visit to Seoul after the three-day trip.", []want{{"two-day", 2, "day", Duration, "", ""}, {"three-day", 3, "day", Duration, "", ""}}},
	// a tour counts the places it visits, with "the" too
	{"Lee began a five-nation tour of Europe after the two-country trip; the three-party talks and two-way trade went on.",
		[]want{{"five-nation", 5, "nations", Count, "", ""}, {"two-country", 2, "countries", Count, "", ""}}},
	{"Over the past 50 years, trade grew; it could last one to two years.", []want{{"50 years", 50, "year", Duration, "", ""}, {"one to two years", 1, "year", Duration, "range to 2", ""}}},
	{"They will implement the five-year plan on trade cooperation and a 10-year plan.", []want{{"10-year", 10, "year", Duration, "", ""}}},
	// years, dates and names in words or quotes
	{"In twenty-sixteen a record eight million tourists came, and in the year two thousand and twenty-one fewer.", []want{{"eight million tourists", 8e6, "tourists", Count, "", ""}}},
	{"The visit ran from January 13 to 14, 2026.", nil},
	{"The ministers held their first \"two plus two\" talks on Vietnam’s “Two Corridors, One Economic Belt” framework and the \"six more\" orientations.", nil},
	{"The ROK may join the so-called \"Chip 4\" alliance; the S&P 500 rose; a zero sum mentality.", nil},
	{"He said “two people died”.", []want{{"two people", 2, "people", Count, "", ""}}},
	// a quoted name spelled out after a dash or a colon; "no one", "no two"
	{"They recalled the \"three musts\" - must talk, must trade, must trust; the “two pillars”: trade and tourism.", nil},
	{"No one wins a tariff war, and no two economies are alike; four firms and three rivals bid.",
		[]want{{"four firms", 4, "firms", Count, "", ""}, {"three rivals", 3, "rivals", Count, "", ""}}},
	// "from X to Y" after a change verb is two figures; a range otherwise
	{"Tariffs will quadruple from 25 percent to 100 percent, while duties ranged from 10% to 25%.",
		[]want{{"25 percent", 25, "%", Percent, "", ""}, {"100 percent", 100, "%", Percent, "", ""}, {"10% to 25%", 10, "%", Percent, "range to 25", ""}}},
	{"Trade grew from about 5 billion U.S. dollars in 1992 to 362.3 billion dollars in 2021.",
		[]want{{"5 billion U.S. dollars", 5e9, "USD", Money, "", ""}, {"362.3 billion dollars", 362.3e9, "USD", Money, "", ""}}},
	// the verb of change may stand earlier in the clause; a range word
	// between them keeps the range
	{"The pact will lower duties on Vietnamese shrimp from 18% to 6%.",
		[]want{{"18%", 18, "%", Percent, "", ""}, {"6%", 6, "%", Percent, "", ""}}},
	{"The operators will expand the terminal in Haiphong, Vietnam, from 2 GW to 3.5 GW of capacity.",
		[]want{{"2 GW", 2, "GW", Power, "", ""}, {"3.5 GW", 3.5, "GW", Power, "", ""}}},
	{"Seoul plans to raise the quota for seasonal workers from 7,000 to 9,500 places a year.",
		[]want{{"7,000", 7000, "", Count, "", ""}, {"9,500 places", 9500, "places", Count, "", ""}}},
	{"Fees rose last year, with quotes ranging from 40 to 65 dollars.",
		[]want{{"40 to 65 dollars", 40, "USD", Money, "range to 65", ""}}},
	{"The survey put the share from 12 to 15 percent.", []want{{"12 to 15 percent", 12, "%", Percent, "range to 15", ""}}},
	// a change and its new level, not a range
	{"Shipments through the port climbed 7 percent to 12,400 containers in May; prices may rise 2 to 4 percent.",
		[]want{{"7 percent", 7, "%", Percent, "up", ""}, {"12,400 containers", 12400, "containers", Count, "", ""}, {"2 to 4 percent", 2, "%", Percent, "range to 4", ""}}},
	// an amount with a scale word after an amount of money is money
	{"Exports reached 12.5 billion euros in 2025, and the target is 15 billion by 2028.",
		[]want{{"12.5 billion euros", 12.5e9, "EUR", Money, "", ""}, {"15 billion", 15e9, "EUR", Money, "", ""}}},
	{"The $3 billion fund serves 1.4 billion people; visits went from 8,000 tourists to 2.1 million.",
		[]want{{"$3 billion", 3e9, "USD", Money, "", ""}, {"1.4 billion people", 1.4e9, "people", Count, "", ""},
			{"8,000 tourists", 8000, "tourists", Count, "", ""}, {"2.1 million", 2.1e6, "", Count, "", ""}}},
}

func TestExtractReferences(t *testing.T) { checkCases(t, referenceCases) }

// Currencies of the Asia-Pacific press and their notations: signs (₱, ₫,
// ฿, ₸), local prefixes ("Rs", "Rp", "RM", "P"), Indian numbering (lakh,
// crore, "12,34,567"), abbreviated and hyphenated scale words, and the
// currencies a document decides (¥, pesos, rupees).
var currencyCases = []extractCase{
	{"Manila will seek an additional ₱5 billion on top of the ₱35-billion modernization allocation.",
		[]want{{"₱5 billion", 5e9, "PHP", Money, "", ""}, {"₱35-billion", 35e9, "PHP", Money, "", ""}}},
	{"Local papers write P12.5 billion, a P1,000 fine and Php 2 billion; the P5 nations met on P2P lending.",
		[]want{{"P12.5 billion", 12.5e9, "PHP", Money, "", ""}, {"P1,000", 1000, "PHP", Money, "", ""}, {"Php 2 billion", 2e9, "PHP", Money, "", ""}}},
	{"Nairobi secured Sh180 billion ($1.39 billion) and KSh 2 billion; Riyadh pledged SR31.5 billion, Doha QR2 billion and Dubai Dh5 billion.",
		[]want{{"Sh180 billion", 180e9, "KES", Money, "", ""}, {"$1.39 billion", 1.39e9, "USD", Money, "", ""}, {"KSh 2 billion", 2e9, "KES", Money, "", ""},
			{"SR31.5 billion", 31.5e9, "SAR", Money, "", ""}, {"QR2 billion", 2e9, "QAR", Money, "", ""}, {"Dh5 billion", 5e9, "AED", Money, "", ""}}},
	{"Warsaw paid 9.6 billion zloty, Ankara 40 billion lira and Buenos Aires 2 trillion Argentine pesos; a farmer earns 9,000 kwacha ($340).",
		[]want{{"9.6 billion zloty", 9.6e9, "PLN", Money, "", ""}, {"40 billion lira", 40e9, "TRY", Money, "", ""},
			{"2 trillion Argentine pesos", 2e12, "ARS", Money, "", ""}, {"9,000", 9000, "", Count, "", ""}, {"$340", 340, "USD", Money, "", ""}}},
	{"Seoul set aside W1.5 trillion and W10,000 vouchers for the W3 line.",
		[]want{{"W1.5 trillion", 1.5e12, "KRW", Money, "", ""}, {"W10,000", 10000, "KRW", Money, "", ""}}},
	{"Pharma exports were worth barely Rs 1,300 crore, a fee was Rs.450 and a grant Rs1,200 crore.",
		[]want{{"Rs 1,300 crore", 1.3e10, "INR", Money, "", ""}, {"Rs.450", 450, "INR", Money, "", ""}, {"Rs1,200 crore", 1.2e10, "INR", Money, "", ""}}},
	{"Imports were worth nearly ₹1.5 lakh crore, proposals ₹30,000 crore, a Rs 5,000-crore plant, 13 lakh tonnes and 12,34,567 rupees.",
		[]want{{"₹1.5 lakh crore", 1.5e12, "INR", Money, "nearly", ""}, {"₹30,000 crore", 3e11, "INR", Money, "", ""}, {"Rs 5,000-crore", 5e10, "INR", Money, "", ""},
			{"13 lakh tonnes", 1.3e6, "t", Mass, "", ""}, {"12,34,567 rupees", 1234567, "INR", Money, "", ""}}},
	{"One lakh crore rupees and two thousand million dollars.",
		[]want{{"One lakh crore rupees", 1e12, "INR", Money, "", ""}, {"two thousand million dollars", 2e9, "USD", Money, "", ""}}},
	// a splitter may end a sentence at "Rs."; the number after it keeps the currency
	{"The deal is worth Rs. 500 crore, officials said.", []want{{"Rs. 500 crore", 5e9, "INR", Money, "", ""}}},
	{"A ticket costs 95.000₫, a meal Rp 1.250.000 and a pledge ₫10 trillion.",
		[]want{{"95.000₫", 95000, "VND", Money, "", ""}, {"Rp 1.250.000", 1.25e6, "IDR", Money, "", ""}, {"₫10 trillion", 1e13, "VND", Money, "", ""}}},
	{"RM5 billion, Rp 5 trillion, ฿2.5 trillion, ₸1 trillion, A$5 billion, NZ$3 million, S$1.2 billion, €5bn and £3.2bn.",
		[]want{{"RM5 billion", 5e9, "MYR", Money, "", ""}, {"Rp 5 trillion", 5e12, "IDR", Money, "", ""}, {"฿2.5 trillion", 2.5e12, "THB", Money, "", ""},
			{"₸1 trillion", 1e12, "KZT", Money, "", ""}, {"A$5 billion", 5e9, "AUD", Money, "", ""}, {"NZ$3 million", 3e6, "NZD", Money, "", ""},
			{"S$1.2 billion", 1.2e9, "SGD", Money, "", ""}, {"€5bn", 5e9, "EUR", Money, "", ""}, {"£3.2bn", 3.2e9, "GBP", Money, "", ""}}},
	// scale words abbreviated, dotted or hyphenated
	{"Tokyo will back $550 bil. investment and a $12-billion fund.",
		[]want{{"$550 bil.", 550e9, "USD", Money, "", ""}, {"$12-billion", 12e9, "USD", Money, "", ""}}},
	{"It cost 3 trln rubles, 5 mln dollars, 2 tril. yen, 4 bln euros, RM5bil and 3bn won; 7 mil. people came.",
		[]want{{"3 trln rubles", 3e12, "RUB", Money, "", ""}, {"5 mln dollars", 5e6, "USD", Money, "", ""}, {"2 tril. yen", 2e12, "JPY", Money, "", ""},
			{"4 bln euros", 4e9, "EUR", Money, "", ""}, {"RM5bil", 5e9, "MYR", Money, "", ""}, {"3bn won", 3e9, "KRW", Money, "", ""},
			{"7 mil. people", 7e6, "people", Count, "", ""}}},
	// ¥ is yen or yuan: the currency words of the text, else its country
	{"Japan will lend ¥1 trillion. The yen fell.", []want{{"¥1 trillion", 1e12, "JPY", Money, "", ""}}},
	{"China will lend ¥1 trillion, Beijing said.", []want{{"¥1 trillion", 1e12, "CNY", Money, "", ""}}},
	// ¥ alone is the yen in English-language news, unless a Chinese outlet writes it
	{"It lent ¥1 trillion.", []want{{"¥1 trillion", 1e12, "JPY", Money, "", ""}}},
	{"Chinese visitors spent ¥1.6 trillion (about $10.5 billion) in Japan, and 2.1 trillion yuan was traded.",
		[]want{{"¥1.6 trillion", 1.6e12, "JPY", Money, "", ""}, {"$10.5 billion", 10.5e9, "USD", Money, "about", ""}, {"2.1 trillion yuan", 2.1e12, "CNY", Money, "", ""}}},
	{"It lent ¥70 billion ($9.7 billion) to Japan and Korea.", []want{{"¥70 billion", 7e10, "CNY", Money, "", ""}, {"$9.7 billion", 9.7e9, "USD", Money, "", ""}}},
	{"Tokyo and Beijing each pledged ¥1 trillion.", []want{{"¥1 trillion", 1e12, "JPY", Money, "", ""}}},
	{"Japan, Tokyo said, lent ¥2 trillion, or 100 billion yuan.", []want{{"¥2 trillion", 2e12, "CNY", Money, "", ""}, {"100 billion yuan", 100e9, "CNY", Money, "", ""}}},
	{"Japan sent 3 billion yen. China sent ¥1 trillion. Beijing sent 5 billion yuan.",
		[]want{{"3 billion yen", 3e9, "JPY", Money, "", ""}, {"¥1 trillion", 1e12, "JPY", Money, "", ""}, {"5 billion yuan", 5e9, "CNY", Money, "", ""}}},
	// pesos and rupees take the country of the text
	{"Manila will spend 5 billion pesos, the Philippines said.", []want{{"5 billion pesos", 5e9, "PHP", Money, "", ""}}},
	{"Islamabad will spend Rs 500 crore, Pakistan said.", []want{{"Rs 500 crore", 5e9, "PKR", Money, "", ""}}},
	{"He paid 300 pesos.", []want{{"300 pesos", 300, "peso", Money, "", ""}}},
	// a currency the text leaves open is that of the outlet's country, when it
	// names itself in its first lines
	{"Global Times\nTokyo and Beijing each pledged ¥1 trillion.", []want{{"¥1 trillion", 1e12, "CNY", Money, "", ""}}},
	{"Nepali Times\nNepal earned Rs 17 billion selling power to India; India bought more.", []want{{"Rs 17 billion", 17e9, "NPR", Money, "", ""}}},
	{"Dawn\nIndia and Pakistan traded goods worth Rs 500 crore, India said.", []want{{"Rs 500 crore", 5e9, "PKR", Money, "", ""}}},
	// ... before the currencies the text names elsewhere: the Indian rupee is
	// written out where the bare sign is the Nepali one
	// a bare "$" is an Australian, New Zealand, Canadian or Singaporean
	// paper's own dollar; elsewhere the US dollar
	{"Sydney Morning Herald\nExports rose to $189.4 billion, and US$98 a tonne.",
		[]want{{"$189.4 billion", 189.4e9, "AUD", Money, "", ""}, {"US$98", 98, "USD", Money, "", ""}}},
	{"Exports rose to $189.4 billion.", []want{{"$189.4 billion", 189.4e9, "USD", Money, "", ""}}},
	{"Nepali Times\nNepal earned Rs 17 billion. India owes INR 45 crore.", []want{{"Rs 17 billion", 17e9, "NPR", Money, "", ""}, {"INR 45 crore", 45e7, "INR", Money, "", ""}}},
	{"Nepali Times\nIndia will lend 3 billion Indian rupees.", []want{{"3 billion Indian rupees", 3e9, "INR", Money, "", ""}}},
	// rials, riyals, dinars and shillings likewise; more dollars and currencies of the region
	{"A swap line worth 40 trillion rials is planned.", []want{{"40 trillion rials", 40e12, "IRR", Money, "", ""}}},
	{"Muscat, Oman's capital, raised 2 billion rials.", []want{{"2 billion rials", 2e9, "OMR", Money, "", ""}}},
	{"Doha lent 5 billion riyals to Qatar's partners.", []want{{"5 billion riyals", 5e9, "QAR", Money, "", ""}}},
	{"Kuwait pledged 3 million dinars.", []want{{"3 million dinars", 3e6, "KWD", Money, "", ""}}},
	{"Equipment worth SI$28 million reached Honiara; Fiji added FJ$5 million.",
		[]want{{"SI$28 million", 28e6, "SBD", Money, "", ""}, {"FJ$5 million", 5e6, "FJD", Money, "", ""}}},
	{"The line is to cost 203 trillion Vietnamese dong.", []want{{"203 trillion Vietnamese dong", 203e12, "VND", Money, "", ""}}},
	{"Baku spent 1.7 billion manat and Port Moresby 300 million kina.",
		[]want{{"1.7 billion manat", 1.7e9, "AZN", Money, "", ""}, {"300 million kina", 300e6, "PGK", Money, "", ""}}},
}

func TestExtractCurrencies(t *testing.T) { checkCases(t, currencyCases) }

// Fractions of one percent or percentage point, which wire copy writes in
// words: a precise value, not a vague share, even with the article.
var shareCases = []extractCase{
	{"The levies could shave two-tenths of a percentage point off growth.",
		[]want{{"two-tenths of a percentage point", 0.2, "pp", PercentagePoints, "", ""}}},
	{"The bank cut by three-quarters of a percentage point, then half a percentage point, then a quarter of a percentage point.",
		[]want{{"three-quarters of a percentage point", 0.75, "pp", PercentagePoints, "", ""}, {"half a percentage point", 0.5, "pp", PercentagePoints, "", ""},
			{"a quarter of a percentage point", 0.25, "pp", PercentagePoints, "", ""}}},
	{"Prices rose a tenth of a percent, or one-half of one percent, after a quarter-percentage-point hike.",
		[]want{{"a tenth of a percent", 0.1, "%", Percent, "up", ""}, {"one-half of one percent", 0.5, "%", Percent, "", ""},
			{"a quarter-percentage-point", 0.25, "pp", PercentagePoints, "", ""}}},
	{"For a quarter of a century, half a century and a third of the time.", nil},
}

func TestExtractShares(t *testing.T) { checkCases(t, shareCases) }

// Spans of days are dates, not ranges of figures; a list of headlines loses
// its numbers but not the figures in its headlines; "N more <noun>" counts
// the noun.
var datesListsCases = []extractCase{
	{"The holidays overlap from Oct. 1 to 8 this year.", nil},
	// the day after a weekday, as papers in Brazil and Portugal write it
	{"The summit opened on Friday (17), when the ministers signed 12 protocols.", []want{{"12 protocols", 12, "protocols", Count, "", ""}}},
	// "the first N months" is a period whatever follows it
	{"Exports to Laos rose 9.2 percent in the first 11 months to $3.4 billion.",
		[]want{{"9.2 percent", 9.2, "%", Percent, "up", ""}, {"$3.4 billion", 3.4e9, "USD", Money, "", ""}}},
	{"The fair runs Oct. 1-8 and the talks ran from Sept. 29 to Oct. 3.", nil},
	{"The expo runs 1 to 8 October, between 3 and 5 November, 10-12 Dec. and 1-3 March 2024; Jan. 5 and 6 are off.", nil},
	{"Growth of 3 to 8 percent in October; 2 to 5 may come.",
		[]want{{"3 to 8 percent", 3, "%", Percent, "range to 8", ""}, {"2 to 5", 2, "", Count, "range to 5", ""}}},
	{"MOST READ\n1. Senate probe of POGO hub widens to 3 more towns\n2. Pagasa: Low pressure area may become storm by Friday\n3. BSP keeps key rate at 6.5 percent for fifth straight meeting",
		[]want{{"3 more towns", 3, "towns", Count, "", ""}, {"6.5 percent", 6.5, "%", Percent, "", ""}}},
	{"MOST READ 1. Senate probe of POGO hub widens to 3 more towns 2. Pagasa: Low pressure area may become storm by Friday 3. BSP keeps key rate at 6.5 percent for fifth straight meeting",
		[]want{{"3 more towns", 3, "towns", Count, "", ""}, {"6.5 percent", 6.5, "%", Percent, "", ""}}},
	{"MOST READ\n1. 3 dead as storm hits Mindanao\n2. iPhone sales drop 10% in China\n3. ‘Walang iwanan’: Marcos vows help",
		[]want{{"3", 3, "", Count, "", ""}, {"10%", 10, "%", Percent, "down", ""}}},
	{"They signed two more agreements, waited 5 more days and won 3 more seats than in 2020.",
		[]want{{"two more agreements", 2, "agreements", Count, "", ""}, {"5 more days", 5, "day", Duration, "", ""}, {"3 more seats", 3, "seats", Count, "", ""}}},
}

func TestExtractDatesLists(t *testing.T) { checkCases(t, datesListsCases) }

// TestExactScaledValues: a value a scale word multiplies is the whole number
// it names, not the float product ("8.3 billion" is 8,300,000,000, not
// 8,300,000,000.000001), so that tables print it whole.
func TestExactScaledValues(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"It will cost about 8.3 billion U.S. dollars.", 8_300_000_000},
		{"Trade reached $298.9 billion.", 298_900_000_000},
		{"Visits rose to 6.65 million.", 6_650_000},
		{"It grew 11.47 percent.", 11.47},
	} {
		fs := Extract(c.in)
		if len(fs) != 1 || fs[0].Value != c.want {
			t.Errorf("%q: got %v, want exactly %v", c.in, fs, c.want)
		}
	}
}
