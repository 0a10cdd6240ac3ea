package phrases

import (
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// TestKoreanShapes matches Korean formulas in the shapes news gives them:
// compounds written with or without spaces, a closing quote before the
// particle, lists with a middle dot, the nominal copula 임, and words that
// end like a particle. Each case lists the family:surface pairs found.
func TestKoreanShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		// spacing of compounds
		{"한중 전략적협력동반자관계 발전", "strategic-partnership:전략적협력동반자관계"},
		{"한중 전략적 협력동반자 관계를 발전시키자", "strategic-partnership:전략적 협력동반자 관계를"},
		{"양국 간 포괄적 전략 동반자 관계를 심화", "strategic-partnership:포괄적 전략 동반자 관계를"},
		{"포괄적 전략동반자 관계 수립", "strategic-partnership:포괄적 전략동반자 관계"},
		{"글로벌발전이니셔티브를 언급했다", "global-initiatives:글로벌발전이니셔티브를"},
		{"남중국해 행동강령(COC) 협상", "south-china-sea-code:남중국해 행동강령(COC"},
		{"남중국해 행동준칙 조속 타결", "south-china-sea-code:남중국해 행동준칙"},
		// a closing quote before a particle, and middle dots
		{"한미동맹을 '글로벌 포괄적 전략동맹'으로 발전", "ironclad-alliance:글로벌 포괄적 전략동맹"},
		{"동맹을 '인도태평양의 린치핀'이라고 불렀다", "ironclad-alliance:린치핀"},
		{"동북아 평화·안정을 위해", "regional-peace-stability:동북아 평화·안정을"},
		{"공급망·에너지 협력", "supply-chains:공급망"},
		{"'아세안 중심성'을 지지", "asean-centrality:아세안 중심성"},
		// the nominal copula, and a word that ends like a particle
		{"한미동맹이 철통 같은 동맹임을 재확인했다", "ironclad-alliance:철통 같은 동맹임을"},
		{"일대일로와 다자주의", "belt-and-road:일대일로와 true-multilateralism:다자주의"},
		{"일대일로 협력", "belt-and-road:일대일로"},
		// other wordings
		{"분리될 수 없는 파트너", "inseparable-partners:분리될 수 없는 파트너"},
		{"중·일 4개 정치 문건", "four-political-documents:4개 정치 문건"},
		{"과거사를 직시하는 가운데", "face-history:과거사를 직시하는"},
		{"규칙에 기반한 질서를 지키자", "rules-based-order:규칙에 기반한 질서를"},
		{"규칙 기반 국제질서를 수호", "rules-based-order:규칙 기반 국제질서를"},
		// 전략적 호혜 관계 is its own family, not also mutual-benefit; 호혜 alone is
		{"'전략적 호혜관계'를 추진", "mutual-benefit-strategic-relationship:전략적 호혜관계"},
		{"호혜적 협력을 확대", "mutual-benefit:호혜적"},
		{"한중은 이사갈 수 없는 이웃이다", "close-neighbors:이사갈 수 없는 이웃이다"},
		{"인적·문화 교류를 확대한다", "people-to-people:인적·문화 교류를"},
		{"중국의 핵심적 이익", "core-interests:핵심적 이익"},
		// Chinese: 互惠 alone, but not inside 战略互惠关系
		{"双方坚持平等互惠，深化互惠合作。", "mutual-benefit:互惠 mutual-benefit:互惠"},
		{"全面推进战略互惠关系。", "mutual-benefit-strategic-relationship:战略互惠关系"},
	}
	fams := DefaultFamilies()
	o := corpus.DefaultOptions()
	o.Lexicon = Lexicon(fams)
	ps := corpus.NewParser(o)
	m := NewMatcher(fams, corpus.DefaultAliases(), MatchOptions{})
	for _, tt := range tests {
		d := ps.Parse("x.txt", []byte(tt.text))
		var got []string
		for _, oc := range m.Match(d) {
			got = append(got, oc.Family+":"+oc.Text)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.text, g, tt.want)
		}
	}
}

// TestKoSplitter checks how Korean words are cut into the parts of the
// patterns: only words wholly made of two or more parts are cut.
func TestKoSplitter(t *testing.T) {
	s := newKoSplitter([]Family{{Name: "x", Patterns: mustPatterns(t,
		"전략적 협력 동반자 관계", "전략 동반자관계", "글로벌 발전 이니셔티브", "이사 갈 수 없는 이웃")}})
	tests := []struct{ in, want string }{
		{"전략적협력동반자관계", "전략적 협력 동반자 관계"},
		{"협력동반자", "협력 동반자"},
		{"전략동반자", "전략 동반자"},
		{"동반자관계", "동반자 관계"},
		{"글로벌발전이니셔티브", "글로벌 발전 이니셔티브"},
		{"동반자", ""},      // a part
		{"관계자", ""},      // not made of parts
		{"이사갈", ""},      // 갈 is too short to be a part
		{"협력관계자", ""},    // 자 is no part
		{"발전이니셔티브들", ""}, // a tail that is no part
	}
	for _, tt := range tests {
		if got := strings.Join(s.split(tt.in), " "); got != tt.want {
			t.Errorf("split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if newKoSplitter([]Family{{Name: "en", Patterns: mustPatterns(t, "close neighbors")}}) != nil {
		t.Error("a splitter without Korean patterns")
	}
}

func mustPatterns(t *testing.T, srcs ...string) []*Pattern {
	t.Helper()
	var out []*Pattern
	for _, s := range srcs {
		p, err := ParsePattern(s)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}
