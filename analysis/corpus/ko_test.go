package corpus

import "testing"

func TestStripKorean(t *testing.T) {
	tests := []struct{ in, want string }{
		// the particles and the copula
		{"중국과", "중국"}, {"중국은", "중국"}, {"중국의", "중국"}, {"중국이다", "중국"}, {"중국이", "중국"},
		{"중국을", "중국"}, {"중국에", "중국"}, {"중국에서", "중국"}, {"중국에서는", "중국"}, {"중국으로", "중국"},
		{"중국과의", "중국"}, {"중국까지", "중국"}, {"중국입니다", "중국"}, {"중국이며", "중국"}, {"중국도", "중국"},
		{"정부는", "정부"}, {"정부가", "정부"}, {"정부를", "정부"}, {"정부와", "정부"}, {"정부로", "정부"},
		{"관계를", "관계"}, {"관계는", "관계"}, {"관계다", "관계"}, {"관계이다", "관계"}, {"협력을", "협력"},
		{"서울로", "서울"}, {"비핵화란", "비핵화"}, {"공동의", "공동"}, {"안정의", "안정"}, {"국회의", "국회"}, {"협력만", "협력"}, {"디커플링보다는", "디커플링"}, {"정상회의", "정상회의"}, {"민주주의", "민주주의"}, {"대만", "대만"}, {"동맹이란", "동맹"}, {"혼란", "혼란"}, {"반란", "반란"}, {"이웃이다", "이웃"}, {"비핵화를", "비핵화"}, {"동반자로", "동반자"},
		// particles only after the right kind of syllable
		{"사이", "사이"}, {"차이", "차이"}, {"국가", "국가"}, {"평가", "평가"},
		// too short to strip
		{"회의", "회의"}, {"대만", "대만"}, {"결과", "결과"}, {"인도", "인도"}, {"없는", "없는"}, {"하는", "하는"},
		// nouns that end like a particle
		{"다자주의", "다자주의"}, {"다자주의를", "다자주의"}, {"한반도", "한반도"}, {"한반도의", "한반도"},
		{"민주주의", "민주주의"}, {"정상회의", "정상회의"}, {"정상회의에서", "정상회의"}, {"제도", "제도"},
		{"효과", "효과"}, {"증가", "증가"},
		// numbers with units, and other scripts
		{"665만", "665만"}, {"2천989억", "2천989억"}, {"APEC", "APEC"}, {"", ""},
	}
	for _, tt := range tests {
		if got := stripKorean(tt.in); got != tt.want {
			t.Errorf("stripKorean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzStripKorean(f *testing.F) {
	for _, s := range []string{"중국과의", "한반도", "665만", "다자주의를", "서울로", "가"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := stripKorean(s)
		if len(got) > len(s) || s[:len(got)] != got {
			t.Fatalf("stripKorean(%q) = %q: not a prefix", s, got)
		}
		if got != s && len([]rune(got)) < 2 {
			t.Fatalf("stripKorean(%q) = %q: stem too short", s, got)
		}
	})
}
