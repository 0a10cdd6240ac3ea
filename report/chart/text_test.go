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
		got := safe(c.in, nil)
		if got != c.want {
			t.Errorf("safe(%q, nil) = %q, want %q", c.in, got, c.want)
		}
		if !isCP1252(got) {
			t.Errorf("Safe(%q) = %q is not Windows-1252", c.in, got)
		}
	}
	// With the CJK fonts, Chinese and Korean stay as written; other
	// characters as without.
	all := func(rune) bool { return true }
	for _, c := range []struct{ in, want string }{
		{"习近平 met 윤석열", "习近平 met 윤석열"},
		{"“搬不走的近邻”−「近鄰」。", "“搬不走的近邻”-「近鄰」。"},
		{"₩1.2 trillion, 3.2万亿元", "KRW 1.2 trillion, 3.2万亿元"},
		{"Ελλάδα", "[…]"},
	} {
		if got := safe(c.in, all); got != c.want {
			t.Errorf("safe(%q, all) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzSafe(f *testing.F) {
	for _, s := range []string{"China−ROK “ties”", "윤석열", "习近平", "e\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := safe(s, nil); !isCP1252(got) {
			t.Errorf("safe(%q, nil) = %q is not Windows-1252", s, got)
		}
		for _, r := range Safe(s) {
			if r >= 0x80 && !encodable(r) && !(isCJK(r) && fonts().has(r)) {
				t.Errorf("Safe(%q) keeps %q, which no chart font draws", s, r)
			}
		}
	})
}
