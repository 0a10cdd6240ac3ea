package corpus

import (
	"strings"
	"testing"

	"github.com/go-ego/gse"
)

func surfaces(raw string, toks []Token) (surf, norms []string) {
	for _, t := range toks {
		surf = append(surf, t.Surface(raw))
		norms = append(norms, t.Norm)
	}
	return surf, norms
}

func TestChineseTokens(t *testing.T) {
	lx := NewLexicon([]string{"搬不走的近邻", "互利共赢", "人文交流", "核心利益", "重大关切", "战略合作伙伴关系", "Korea", "중국"})
	tests := []struct {
		name, text string
		want       string // surfaces joined by "/"
		norms      string // norms joined by "/", when they differ
	}{
		{"formula kept whole", "两国是搬不走的近邻", "两国/是/搬不走的近邻", ""},
		{"traditional formula kept whole, folded", "兩國是搬不走的近鄰", "兩國/是/搬不走的近鄰", "两国/是/搬不走的近邻"},
		{"lexicon beats the dictionary", "推动互利共赢和人文交流", "推动/互利共赢/和/人文交流", ""},
		{"digits and Latin between", "2025年中韩APEC会议", "2025/年/中韩/APEC/会议", "2025/年/中韩/apec/会议"},
		{"percent stays apart", "同比增长3.2%", "同比/增长/3.2", ""},
		{"mixed with English", "Xi said 搬不走的近邻 twice.", "Xi/said/搬不走的近邻/twice", "xi/said/搬不走的近邻/twice"},
		{"single character", "中", "中", ""},
	}
	tz := NewTokenizer(nil, false)
	tz.SetLexicon(lx)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, n := surfaces(tt.text, tz.Tokens(nil, tt.text, 0, len(tt.text)))
			if got := strings.Join(s, "/"); got != tt.want {
				t.Errorf("surfaces %s, want %s", got, tt.want)
			}
			want := tt.norms
			if want == "" {
				want = tt.want
			}
			if got := strings.Join(n, "/"); got != want {
				t.Errorf("norms %s, want %s", got, want)
			}
		})
	}
}

func TestKoreanTokens(t *testing.T) {
	text := "중국과 한국은 2천989억 달러, 665만 명의 교류를 이어가는 이웃이다."
	tz := NewTokenizer(nil, false)
	s, n := surfaces(text, tz.Tokens(nil, text, 0, len(text)))
	if got, want := strings.Join(s, "/"), "중국과/한국은/2천989억/달러/665만/명의/교류를/이어가는/이웃이다"; got != want {
		t.Errorf("surfaces %s, want %s", got, want)
	}
	if got, want := strings.Join(n, "/"), "중국/한국/2천989억/달러/665만/명의/교류/이어가/이웃"; got != want {
		t.Errorf("norms %s, want %s", got, want)
	}
}

// TestChineseDictionary checks that the embedded dictionary loads;
// BenchmarkChineseDictionaryLoad measures the load, which is under half a
// second on one core.
func TestChineseDictionary(t *testing.T) {
	if n := zhSegmenter().Dict.NumTokens(); n < 50000 {
		t.Errorf("dictionary has %d words", n)
	}
	if got := toSimplified("搬不走的近鄰"); got != "搬不走的近邻" {
		t.Errorf("t2s: %q", got)
	}
}

func BenchmarkChineseDictionaryLoad(b *testing.B) {
	for b.Loop() {
		seg := new(gse.Segmenter)
		seg.SkipLog = true
		if err := seg.LoadDictStr(zhDictText); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokensChinese is the tokenizer on Chinese text (MB/s).
func BenchmarkTokensChinese(b *testing.B) {
	text := strings.Repeat(zhHansText, 50)
	tz := NewTokenizer(nil, false)
	tz.SetLexicon(NewLexicon([]string{"搬不走的近邻", "人文交流"}))
	tz.Tokens(nil, text, 0, len(text)) // loads the dictionary
	b.SetBytes(int64(len(text)))
	var toks []Token
	for b.Loop() {
		toks = tz.Tokens(toks[:0], text, 0, len(text))
	}
}
