package corpus

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Our own sentences, long enough for detection.
const (
	zhHansText = "新华社北京6月10日电 外交部发言人在例行记者会上表示，中韩两国是搬不走的近邻，也是分不开的合作伙伴。今年1至11月，双边贸易额同比增长百分之三点二，达到2989亿美元。双方同意加强人文交流，推动两国关系健康稳定发展。"
	zhHantText = "中央社台北10日電 外交部發言人在記者會上表示，台灣與韓國的經貿關係持續深化。今年前11個月雙邊貿易額較去年同期增加百分之五，達到三百億美元。雙方同意擴大文化與觀光交流，推動區域和平穩定。"
	koText     = "서울=연합뉴스 외교부는 10일 한중 양국이 전략적 협력 동반자 관계를 더욱 발전시키기로 했다고 밝혔다. 올해 1~11월 양국 교역액은 전년 대비 3.2% 증가한 2천989억 달러를 기록했다. 양측은 인적 교류를 확대하고 한반도 비핵화를 위해 협력하기로 했다."
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestTextOfLegacyCJK(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		want   string // the decoded text, "" when refused
		note   string // a note that must be there
		whyHas string // part of the reason a text is refused
	}{
		{"GB18030", encode(t, simplifiedchinese.GB18030, zhHansText), zhHansText, "decoded from GB18030", ""},
		{"GBK", encode(t, simplifiedchinese.GBK, zhHansText), zhHansText, "decoded from GB18030", ""},
		{"Big5", encode(t, traditionalchinese.Big5, zhHantText), zhHantText, "decoded from Big5", ""},
		{"EUC-KR", encode(t, korean.EUCKR, koText), koText, "decoded from EUC-KR", ""},
		{"windows-1252", []byte(strings.Repeat("Caf\xe9 cr\xe8me in Z\xfcrich. ", 5)), strings.Repeat("Café crème in Zürich. ", 5), "decoded from windows-1252", ""},
		{"unknown encoding", []byte(strings.Repeat("\x80\x81\xfe\xff\x90", 40)), "", "", "unknown encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes, why := textOf(tt.in)
			if tt.whyHas != "" {
				if !strings.Contains(why, tt.whyHas) {
					t.Fatalf("why = %q, want it to say %q", why, tt.whyHas)
				}
				return
			}
			if why != "" {
				t.Fatalf("refused: %s", why)
			}
			if string(got) != tt.want {
				t.Errorf("decoded\n%s\nwant\n%s", got, tt.want)
			}
			if !strings.Contains(strings.Join(notes, "; "), tt.note) {
				t.Errorf("notes %q lack %q", notes, tt.note)
			}
		})
	}
}

func TestTextOfLegacyUndecodable(t *testing.T) {
	b := encode(t, simplifiedchinese.GB18030, zhHansText+zhHansText)
	// a truncated double-byte character in the middle
	b = append(append(append([]byte{}, b[:40]...), 0x81), b[40:]...)
	got, notes, why := textOf(b)
	if why != "" {
		t.Fatalf("refused: %s", why)
	}
	if !strings.Contains(string(got), "外交部") {
		t.Errorf("text not decoded: %q", got)
	}
	joined := strings.Join(notes, "; ")
	if !strings.Contains(joined, "decoded from GB18030") || !strings.Contains(joined, "not valid GB18030 replaced by U+FFFD") {
		t.Errorf("notes %q", notes)
	}
}

func TestLoadLegacyEncodingWarning(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"gbk.txt":     encode(t, simplifiedchinese.GBK, zhHansText),
		"unknown.txt": []byte(strings.Repeat("\x80\x81\xfe\xff\x90", 40)),
		"ok.txt":      []byte("Both sides agreed on trade."),
	})
	c, err := Load(context.Background(), []string{dir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	checkWarnings(t, c.Warnings, "gbk.txt: decoded from GB18030", "unknown.txt: skipped: unknown encoding")
	if len(c.Docs) != 2 {
		t.Errorf("%d documents counted, want 2 (gbk.txt and ok.txt)", len(c.Docs))
	}
}
