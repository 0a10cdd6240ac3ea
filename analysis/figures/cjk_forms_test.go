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
// names. Each case lists "text=value unit kind [qualifier]".
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
