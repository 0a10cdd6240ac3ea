package phrases

import (
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// TestCJKFamilies matches the built-in families in Chinese (both scripts)
// and Korean sentences: each case lists the family:surface pairs found.
func TestCJKFamilies(t *testing.T) {
	tests := []struct{ text, want string }{
		{"中韩两国是搬不走的近邻，也是分不开的合作伙伴。", "close-neighbors:搬不走的近邻 inseparable-partners:分不开的合作伙伴"},
		{"中韓兩國是搬不走的近鄰。", "close-neighbors:搬不走的近鄰"},
		{"双方同意尊重彼此核心利益和重大关切。", "core-interests:核心利益和重大关切"},
		{"推动中韩战略合作伙伴关系健康发展。", "strategic-partnership:战略合作伙伴关系"},
		{"两国全面战略合作伙伴关系不断深化。", "strategic-partnership:全面战略合作伙伴关系"},
		{"坚持互利共赢，加强人文交流。", "mutual-benefit:互利共赢 win-win-cooperation:互利共赢 people-to-people:人文交流"},
		{"恪守一个中国原则。", "one-china:一个中国原则"},
		{"坚持一個中國原則。", "one-china:一個中國原則"},
		{"推动朝鲜半岛无核化，维护半岛和平稳定。", "korean-peninsula:朝鲜半岛无核化 korean-peninsula:半岛和平稳定"},
		{"构建人类命运共同体。", "community-shared-future:人类命运共同体"},
		{"秉持睦邻友好方针。", "good-neighborliness:睦邻友好"},
		{"维护地区和平与稳定。", "regional-peace-stability:地区和平与稳定"},
		{"一带一路合作成果丰硕。", "belt-and-road:一带一路"},
		{"양국은 이사 갈 수 없는 이웃이다.", "close-neighbors:이사 갈 수 없는 이웃이다"},
		{"한중 전략적 협력 동반자 관계를 발전시키기로 했다.", "strategic-partnership:전략적 협력 동반자 관계를"},
		{"호혜 상생의 원칙에 따라 인적 교류를 확대한다.", "mutual-benefit:호혜 win-win-cooperation:상생의 people-to-people:인적 교류를"},
		{"한반도 비핵화와 하나의 중국 원칙을 논의했다.", "korean-peninsula:한반도 비핵화와 one-china:하나의 중국 원칙을"},
		{"양측은 서로의 핵심 이익을 존중하기로 했다.", "core-interests:핵심 이익을"},
		{"다자주의를 수호하고 인류 운명공동체를 구축하자.", "true-multilateralism:다자주의를 community-shared-future:인류 운명공동체를"},
		{"양국은 선린우호 관계를 이어왔다.", "good-neighborliness:선린우호"},
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
