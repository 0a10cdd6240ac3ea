package figures

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestCJKFigures reads figures in Chinese and Korean sentences; each case
// lists "text=value unit kind [qualifier] [period]" for every figure.
func TestCJKFigures(t *testing.T) {
	date := time.Date(2025, 12, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"今年1-11月，中韩双边贸易额达2989亿美元，同比增长3.2%。",
			"2989亿美元=2.989e+11 USD money [2025-01/2025-11]; 3.2%=3.2 % percent (up, year on year) [2025-01/2025-11]"},
		{"双方贸易额为3.2万亿元。", "3.2万亿元=3.2e+12 CNY money"},
		{"占比百分之二十四点五。", "百分之二十四点五=24.5 % percent"},
		{"两千九百八十九亿美元的贸易额。", "两千九百八十九亿美元=2.989e+11 USD money"},
		{"人员往来达665万人次。", "665万人次=6.65e+06 人次 count"},
		{"今年是中韩建交33周年。", "33周年=33 year duration"},
		{"约有300多家企业参展。", "300多家=300 家 count (more than)"},
		{"出口下降5.1个百分点。", "5.1个百分点=5.1 pp percentage_points (down)"},
		{"1~11월 양국 교역액은 2천989억 달러로 전년 대비 3.2% 증가했다.",
			"2천989억 달러=2.989e+11 USD money [2025-01/2025-11]; 3.2%=3.2 % percent (up, year on year) [2025-01/2025-11]"},
		{"방한 중국인 관광객은 665만 명을 기록했다.", "665만 명=6.65e+06 명 count"},
		{"올해는 한중 수교 33주년이다.", "33주년=33 year duration"},
		{"약 1조 2천억 원 규모다.", "1조 2천억 원=1.2e+12 KRW money (about)"},
		{"기업 1만여 곳이 참여했다.", "1만여 곳=10000 곳 count (more than)"},
		{"정부는 15건의 협정에 서명했다.", "15건=15 건 count"},
		// not figures
		{"2025年6月10日，外交部发言人表示。", ""},
		{"외교부는 2025년 6월 10일 밝혔다.", ""},
		{"发布时间：2025-06-10 09:28 来源：新华社", ""},
		{"댓글 0 조회수 1,234", ""},
		{"阅读 2万 评论 35", ""},
		{"坚持一个中国原则，推进一带一路合作。", ""},
		{"第33届会议在G20峰会期间举行。", ""},
		{"两国是搬不走的近邻。", ""},
		{"9月外长会晤。", ""},
		{"한미일 3국 정상은 제5차 회의를 열었다.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range ExtractDated(tt.text, date) {
			s := fmt.Sprintf("%s=%g %s %s", f.Text, f.Value, f.Unit, f.Kind)
			if f.Qualifier != "" {
				s += " (" + f.Qualifier + ")"
			}
			if f.Period != "" {
				s += " [" + f.Period + "]"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.text, g, tt.want)
		}
	}
}

// TestSameValueAcrossLanguages: the three renderings of one figure.
func TestSameValueAcrossLanguages(t *testing.T) {
	var vals []float64
	for _, s := range []string{"贸易额达2989亿美元。", "교역액은 2천989억 달러다.", "Trade reached $298.9 billion."} {
		fs := Extract(s)
		if len(fs) != 1 || fs[0].Unit != "USD" {
			t.Fatalf("%s: %+v", s, fs)
		}
		vals = append(vals, fs[0].Value)
	}
	if vals[0] != vals[1] || vals[1] != vals[2] {
		t.Errorf("values differ: %v", vals)
	}
}

func FuzzCJKFigures(f *testing.F) {
	for _, s := range []string{"今年1-11月贸易额达2989亿美元，同比增长3.2%。", "百分之二十四点五", "2천989억 달러", "1조 2천억 원",
		"两千九百八十九亿", "665万人次", "33周年", "1~11월", "万亿亿万", "一二三四五六七八九十百千万亿", "9,999,999.99%", "３．２％"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "")
		for _, fg := range Extract(s) {
			if fg.Start < 0 || fg.End > len(s) || fg.Start >= fg.End || s[fg.Start:fg.End] != fg.Text {
				t.Fatalf("figure %+v out of range in %q", fg, s)
			}
			if fg.NumStart < fg.Start || fg.NumEnd > fg.End {
				t.Fatalf("number [%d,%d) outside figure [%d,%d)", fg.NumStart, fg.NumEnd, fg.Start, fg.End)
			}
		}
	})
}
