package script

import "testing"

func TestRunes(t *testing.T) {
	tests := []struct {
		r           rune
		han, hangul bool
	}{
		{'中', true, false},
		{'國', true, false},
		{'々', true, false},
		{'〇', true, false},
		{'𠀀', true, false}, // extension B
		{'한', false, true},
		{'ㄱ', false, true}, // compatibility jamo
		{'ᄀ', false, true}, // jamo
		{'あ', false, false},
		{'カ', false, false},
		{'a', false, false},
		{'，', false, false},
		{'Ω', false, false},
	}
	for _, tt := range tests {
		if got := IsHan(tt.r); got != tt.han {
			t.Errorf("IsHan(%q) = %v, want %v", tt.r, got, tt.han)
		}
		if got := IsHangul(tt.r); got != tt.hangul {
			t.Errorf("IsHangul(%q) = %v, want %v", tt.r, got, tt.hangul)
		}
		if got := IsCJK(tt.r); got != (tt.han || tt.hangul) {
			t.Errorf("IsCJK(%q) = %v, want %v", tt.r, got, tt.han || tt.hangul)
		}
	}
}

func TestStrings(t *testing.T) {
	tests := []struct {
		s           string
		has, allHan bool
	}{
		{"", false, false},
		{"trade rose 3.2%", false, false},
		{"Café — naïve", false, false},
		{"こんにちは", false, false},
		{"王毅", true, true},
		{"王毅表示 said", true, false},
		{"the 외교부 said", true, false},
		{"二〇二五", true, true},
	}
	for _, tt := range tests {
		if got := HasCJK(tt.s); got != tt.has {
			t.Errorf("HasCJK(%q) = %v, want %v", tt.s, got, tt.has)
		}
		if got := AllHan(tt.s); got != tt.allHan {
			t.Errorf("AllHan(%q) = %v, want %v", tt.s, got, tt.allHan)
		}
	}
}
