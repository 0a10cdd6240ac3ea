package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{"", " date ", " date 2025-13-45 x", "Gyeongju, Nov 1 x", "a.B.c.D", "U.S.\n\n.", "\xff\xfe", "“”‘’—–\u00a0", "1,2.3.4", "-", "a-", "Disclaimer:",
		zhHansText, zhHantText, koText, "两国是搬不走的近鄰。「互利共赢。」", "중국과의 2천989억 달러……", "\u4e00\U00020000\u3007々", "一"} {
		f.Add([]byte(s))
	}
}

// FuzzDocument checks that any input becomes a document without panicking,
// with sentences and tokens inside the text, in order, and non-empty.
func FuzzDocument(f *testing.F) {
	addSeeds(f)
	p := newProcessor(DefaultOptions())
	f.Fuzz(func(t *testing.T, data []byte) {
		d := p.document(record{file: "fuzz.txt", text: data})
		if d.Status == StatusSkipped {
			return
		}
		if !utf8.ValidString(d.Raw) {
			t.Fatal("Raw is not valid UTF-8")
		}
		last := 0
		for _, s := range d.Sentences {
			if s.Start < last || s.End > len(d.Raw) || s.Start >= s.End {
				t.Fatalf("sentence [%d,%d) out of order or range (len %d)", s.Start, s.End, len(d.Raw))
			}
			last = s.End
			for _, tk := range s.Tokens {
				if tk.Start < s.Start || tk.End > s.End || tk.Start >= tk.End || tk.Norm == "" {
					t.Fatalf("token [%d,%d) %q outside sentence [%d,%d)", tk.Start, tk.End, tk.Norm, s.Start, s.End)
				}
			}
		}
	})
}

// FuzzTokens checks the tokenizer alone: offsets are in range, in order,
// and every token has letters or digits.
func FuzzTokens(f *testing.F) {
	addSeeds(f)
	tz := NewTokenizer(nil, false)
	tz.SetLexicon(NewLexicon([]string{"搬不走的近邻", "互利共赢", "近邻", "共赢"}))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := strings.ToValidUTF8(string(data), "\uFFFD")
		last := 0
		for _, tk := range tz.Tokens(nil, s, 0, len(s)) {
			if tk.Start < last || tk.End > len(s) || tk.Start >= tk.End {
				t.Fatalf("token [%d,%d) out of order or range", tk.Start, tk.End)
			}
			last = tk.End
			if _, ok := classify(s[tk.Start:tk.End]); !ok {
				t.Fatalf("token %q has no letter or digit", s[tk.Start:tk.End])
			}
		}
		for _, sp := range SplitSentences(s, 0, len(s)) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("sentence [%d,%d) out of range", sp.Start, sp.End)
			}
		}
	})
}
