package corpus

import (
	"strings"
	"testing"
)

// TestKoreanQuoteAndDot checks that a word with Hangul is cut at a closing
// quote or a middle dot (UAX #29 joins letters across both), that the
// particle after a closing quote is no word, and that English keeps its
// apostrophes.
func TestKoreanQuoteAndDot(t *testing.T) {
	tests := []struct{ text, want string }{
		{"'전략동맹'으로 발전", "전략동맹 발전"},
		{"핵심축'이라고 말했다", "핵심축 말했다"},
		{"‘동반자’를 강조", "동반자 강조"},
		{"평화·안정을 위해", "평화 안정 위해"},
		{"공급망·에너지·원전 분야", "공급망 에너지 원전 분야"},
		{"한·일 관계", "한 일 관계"},
		// a word after the quote that is not a particle stays
		{"'동맹'관계", "동맹 관계"},
		// English and other scripts are left as they were
		{"It's a don't", "it's a don't"},
		{"Côte d'Ivoire", "côte d'ivoire"},
	}
	tz := NewTokenizer(nil, false)
	for _, tt := range tests {
		var got []string
		for _, tk := range tz.Tokens(nil, tt.text, 0, len(tt.text)) {
			got = append(got, tk.Norm)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestLexiconKeepsKoreanWords checks that a Korean word of the lexicon that
// ends like a particle is not stripped alone, so it reads as it does before
// a particle, and that a lexicon word with its particle is still stripped.
func TestLexiconKeepsKoreanWords(t *testing.T) {
	lx := NewLexicon([]string{"일대일로", "관계", "관계를", "다자주의"})
	tests := []struct{ text, want string }{
		{"일대일로 협력", "일대일로 협력"},
		{"일대일로와 협력", "일대일로 협력"},
		{"일대일로를", "일대일로"},
		{"관계를", "관계"},
		{"서울로", "서울"},
	}
	tz := NewTokenizer(nil, false)
	tz.SetLexicon(lx)
	plain := NewTokenizer(nil, false)
	for _, tt := range tests {
		var got []string
		for _, tk := range tz.Tokens(nil, tt.text, 0, len(tt.text)) {
			got = append(got, tk.Norm)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
	// without the lexicon the bare word loses its last syllable
	if toks := plain.Tokens(nil, "일대일로", 0, len("일대일로")); len(toks) != 1 || toks[0].Norm != "일대일" {
		t.Errorf("without a lexicon: %v", toks)
	}
}

// TestStripKoreanCopulaIm checks the nominal copula 임 (동맹임을) and the
// nouns that end in 임.
func TestStripKoreanCopulaIm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"동맹임을", "동맹"}, {"원칙임은", "원칙"}, {"이웃임에도", "이웃"},
		{"책임을", "책임"}, {"무책임을", "무책임"}, {"사임을", "사임"}, {"재신임을", "재신임"}, {"운임이", "운임"},
		{"임을", "임을"},
	}
	for _, tt := range tests {
		if got := stripKorean(tt.in); got != tt.want {
			t.Errorf("stripKorean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
