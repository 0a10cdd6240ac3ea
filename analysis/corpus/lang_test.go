package corpus

import "testing"

func TestLang(t *testing.T) {
	tests := []struct {
		name, text, declared, want string
	}{
		{"english", "Both sides agreed to expand trade.", "", "en"},
		{"simplified", "中韩两国是搬不走的近邻，双边贸易额达到2989亿美元。", "", "zh-Hans"},
		{"traditional", "中韓兩國是搬不走的近鄰，雙邊貿易額達到三百億美元。", "", "zh-Hant"},
		{"korean", "한중 양국은 전략적 협력 동반자 관계를 발전시키기로 했다.", "", "ko"},
		{"korean with hanja and latin", "韓中 정상은 APEC 회의에서 만나 협력을 논의했다.", "", "ko"},
		{"japanese", "日本と中国は重要な隣国であると述べた。", "", "ja"},
		{"chinese with english names", "外交部发言人在回答Reuters记者提问时表示，中方愿同各方加强合作。", "", "zh-Hans"},
		{"english with chinese term", "Xi called the two countries 搬不走的近邻 in his speech to the assembly.", "", "en"},
		{"page declares zh, text traditional", "台灣與韓國的經貿關係持續深化。", "zh", "zh-Hant"},
		{"page declares fr", "Les deux pays ont signé un accord.", "fr", "fr"},
		{"no letters", "2025 1234", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c scriptCounts
			c.add(tt.text)
			if got := c.lang(tt.declared); got != tt.want {
				t.Errorf("lang(%q) = %q, want %q (%+v)", tt.text, got, tt.want, c)
			}
		})
	}
}

func TestDocumentLang(t *testing.T) {
	ps := NewParser(DefaultOptions())
	for file, want := range map[string]string{
		"en.txt": "en", "hans.txt": "zh-Hans", "hant.txt": "zh-Hant", "ko.txt": "ko",
	} {
		text := map[string]string{
			"en.txt": "Both sides agreed.", "hans.txt": zhHansText, "hant.txt": zhHantText, "ko.txt": koText,
		}[file]
		if d := ps.Parse(file, []byte(text)); d.Lang != want {
			t.Errorf("%s: Lang %q, want %q", file, d.Lang, want)
		}
	}
}

func TestCJKDocumentDate(t *testing.T) {
	ps := NewParser(DefaultOptions())
	for _, tt := range []struct{ text, want string }{
		{"新华社北京6月10日电\n发布时间：2025-06-10 09:28 来源：新华社\n\n两国关系稳定发展。", "2025-06-10"},
		{"(서울=연합뉴스) 입력 2025.06.11 09:30\n\n외교부는 11일 밝혔다.", "2025-06-11"},
		{"外交部2025年6月12日表示，双方同意加强合作。", "2025-06-12"},
		{"외교부는 2025년 6월 13일 이같이 밝혔다.", "2025-06-13"},
		{" date 2025-01-02\n外交部2025年6月12日表示。", "2025-01-02"},
		{"香港01 2025-11-03 18:40\n中韓兩國領導人在慶州會晤。", "2025-11-03"},
		{"外交部6月12日表示。", ""},
		{"外交部2025年2月30日表示。", ""},
	} {
		if d := ps.Parse("x.txt", []byte(tt.text)); d.DateString() != tt.want {
			t.Errorf("%q: date %q, want %q", tt.text, d.DateString(), tt.want)
		}
	}
}
