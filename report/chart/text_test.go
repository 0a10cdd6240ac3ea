package chart

import "testing"

func TestSafe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"“win−win” – 12.5%", "“win-win” – 12.5%"},
		{"Café Zürich", "Café Zürich"},
		{"Łódź", "Lódz"},
		{"윤석열 said", "Yunseokyeol said"},
		{"President 이재명", "President Ijaemyeong"},
		{"₩1.2 trillion", "KRW 1.2 trillion"},
		{"习近平 met 윤석열", "[…] met Yunseokyeol"},
		{"a\u200bb", "ab"},
	} {
		got := Safe(c.in)
		if got != c.want {
			t.Errorf("Safe(%q) = %q, want %q", c.in, got, c.want)
		}
		if !isCP1252(got) {
			t.Errorf("Safe(%q) = %q is not Windows-1252", c.in, got)
		}
	}
}

func FuzzSafe(f *testing.F) {
	for _, s := range []string{"China−ROK “ties”", "윤석열", "习近平", "e\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := Safe(s); !isCP1252(got) {
			t.Errorf("Safe(%q) = %q is not Windows-1252", s, got)
		}
	})
}
