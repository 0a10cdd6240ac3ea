package evaluation

import (
	"strings"
	"testing"
)

const article = " date 2025-06-10 Trade reached $298.9 billion, up two point five percent. " +
	"China and the ROK are close neighbours. They are close neighbours again. 1,234 comments"

func TestReadGold(t *testing.T) {
	tests := []struct {
		name, gold, err string
		fams, figs      int
	}{
		{"ok", "# c\nF\tclose-neighbors\tclose neighbours\nF\tclose-neighbors\tclose neighbours\nN\t$298.9 billion\t298900000000\tUSD\tmoney\n", "", 2, 1},
		{"blank lines and CRLF", "\r\nN\ttwo point five percent\t2.5\t%\tpercent\r\n", "", 0, 1},
		{"missing surface", "F\tclose-neighbors\tclose neighbors\n", `g:1: "close neighbors" does not occur in the article as whole words`, 0, 0},
		{"listed too often", "F\tclose-neighbors\tclose neighbours\nF\tclose-neighbors\tclose neighbours\nF\tclose-neighbors\tclose neighbours\n", "g:3: \"close neighbours\" is listed more often than it occurs", 0, 0},
		{"bad kind", "N\t$298.9 billion\t298900000000\tUSD\tcash\n", `g:1: unknown kind "cash"`, 0, 0},
		{"bad value", "N\t$298.9 billion\t298.9bn\tUSD\tmoney\n", `g:1: value "298.9bn" is not a number`, 0, 0},
		{"fields", "F\tclose-neighbors\n", "g:1: an F line has 3 fields", 0, 0},
		{"fields N", "N\t$298.9 billion\t1\n", "g:1: an N line has 5 fields", 0, 0},
		{"speaker and side", "F\tclose-neighbors\tclose neighbours\tXi Jinping\tChina\nN\t$298.9 billion\t298900000000\tUSD\tmoney\tnarrator\tnone\n", "", 1, 1},
		{"empty side", "F\tclose-neighbors\tclose neighbours\tXi Jinping\t\n", "g:1: empty speaker or side", 0, 0},
		{"line kind", "X\ta\tb\n", `g:1: a line starts with F (formula) or N (figure), not "X"`, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ReadGold("g", strings.NewReader(tt.gold), article)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Families) != tt.fams || len(g.Figures) != tt.figs {
				t.Fatalf("%d families, %d figures", len(g.Families), len(g.Figures))
			}
			for _, f := range g.Families {
				if article[f.Start:f.End] != f.Surface {
					t.Errorf("span %d-%d is %q", f.Start, f.End, article[f.Start:f.End])
				}
			}
			if len(g.Families) == 2 && g.Families[0].Start == g.Families[1].Start {
				t.Error("a surface listed twice is placed twice at the same occurrence")
			}
		})
	}
}

func TestScoreFigures(t *testing.T) {
	g, err := ReadGold("g", strings.NewReader("N\t$298.9 billion\t298900000000\tUSD\tmoney\nN\ttwo point five percent\t2.5\t%\tpercent\n"), article)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) (int, int) { i := strings.Index(article, s); return i, i + len(s) }
	s1, e1 := at("$298.9 billion")
	s2, e2 := at("five percent")
	s3, e3 := at("1,234 comments")
	tests := []struct {
		name               string
		pred               []FigureHit
		predicted, correct int
		digitsOK, wordsOK  int
		falsePos, missed   int
	}{
		{"all right", []FigureHit{{"$298.9 billion", 298.9e9, "USD", "money", s1, e1, "", "", ""}, {"two point five percent", 2.5, "%", "percent", s2 - 10, e2, "", "", ""}}, 2, 2, 1, 1, 0, 0},
		{"wrong number is both errors", []FigureHit{{"$298.9 billion", 298.9e9, "USD", "money", s1, e1, "", "", ""}, {"five percent", 5, "%", "percent", s2, e2, "", "", ""}}, 2, 1, 1, 0, 1, 1},
		{"wrong currency", []FigureHit{{"$298.9 billion", 298.9e9, "CNY", "money", s1, e1, "", "", ""}}, 1, 0, 0, 0, 1, 2},
		{"chrome and ordinals", []FigureHit{{"1,234 comments", 1234, "comments", "count", s3, e3, "", "", ""}, {"30th", 30, "", "ordinal", s3, e3, "", "", ""}}, 1, 0, 0, 0, 1, 2},
		{"value within rounding", []FigureHit{{"$298.9 billion", 298.95e9, "usd", "money", s1, e1, "", "", ""}}, 1, 1, 1, 0, 0, 1},
		// a prediction written otherwise than its gold counts in the gold's
		// form, so that no form's precision passes 1
		{"form of the gold", []FigureHit{{"2.5 percent", 2.5, "%", "percent", s2 - 10, e2, "", "", ""}}, 1, 1, 0, 1, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScores()
			s.AddFigures("d", article, g.Figures, tt.pred)
			fp, miss := 0, 0
			for _, e := range s.Errors {
				if e.Miss {
					miss++
				} else {
					fp++
				}
			}
			if s.Digits.Correct > s.Digits.Predicted || s.Words.Correct > s.Words.Predicted {
				t.Errorf("a form's precision passes 1: digits %+v words %+v", s.Digits, s.Words)
			}
			if s.FiguresTotal.Predicted != tt.predicted || s.FiguresTotal.Correct != tt.correct ||
				s.Digits.Correct != tt.digitsOK || s.Words.Correct != tt.wordsOK || fp != tt.falsePos || miss != tt.missed {
				t.Errorf("total %+v digits %+v words %+v, %d false positives, %d missed", s.FiguresTotal, s.Digits, s.Words, fp, miss)
			}
		})
	}
}

func TestScoreFamilies(t *testing.T) {
	g, err := ReadGold("g", strings.NewReader("F\tclose-neighbors\tclose neighbours\nF\tclose-neighbors\tclose neighbours\n"), article)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(article, "close neighbours")
	j := strings.LastIndex(article, "close neighbours")
	s := NewScores()
	s.AddFamilies("d", article, g.Families, []FamilyHit{
		{"close-neighbors", "close neighbours", i, i + 16, "", "", ""},
		{"close-neighbors", "close neighbours", i, i + 16, "", "", ""}, // twice on one span: one is a false positive
		{"good-neighborliness", "neighbours again", j + 6, j + 22, "", "", ""},
	})
	c := s.Families["close-neighbors"]
	if c.Gold != 2 || c.Predicted != 2 || c.Correct != 1 || s.Families["good-neighborliness"].Precision() != 0 {
		t.Errorf("close-neighbors %+v, good-neighborliness %+v", *c, *s.Families["good-neighborliness"])
	}
	if s.FamiliesTotal != (Count{Gold: 2, Predicted: 3, Correct: 1}) || len(s.Errors) != 3 {
		t.Errorf("total %+v, errors %v", s.FamiliesTotal, s.Errors)
	}
	var b strings.Builder
	if err := s.WriteTable(&b); err != nil || !strings.Contains(b.String(), "close-neighbors") {
		t.Errorf("table %q", b.String())
	}
}

func TestReadGoldPlacement(t *testing.T) {
	raw := "supply chains matter; denuclearization of the Korean Peninsula, then denuclearization; supply chain"
	g, err := ReadGold("g", strings.NewReader("F\tsupply-chains\tsupply chains\nF\tkorean-peninsula\tdenuclearization of the Korean Peninsula\n"+
		"F\tkorean-peninsula\tdenuclearization\nF\tsupply-chains\tsupply chain\n"), raw)
	if err != nil {
		t.Fatal(err)
	}
	want := []int{0, strings.Index(raw, "denuclearization of"), strings.LastIndex(raw, "denuclearization"), strings.LastIndex(raw, "supply chain")}
	for i, f := range g.Families {
		if f.Start != want[i] {
			t.Errorf("%q placed at %d, want %d", f.Surface, f.Start, want[i])
		}
	}
}

func TestSameSpeakerSide(t *testing.T) {
	tests := []struct {
		gold, got string
		speaker   bool
	}{
		{"Fumio Kishida", "Kishida Fumio", true},
		{"Xi Jinping", "Xi", true},
		{"Chinese Embassy spokesperson", "spokesperson", true},
		{"the Chinese side", "Chinese side", true},
		{"Wang Yi", "Wang Wenbin", false},
		{"narrator", "journalist", false},
		{"both", "both", true},
		{"Chinese customs", "General Administration of Customs", true},
		{"Korea Customs Service", "General Administration of Customs", false},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.gold, tt.got); got != tt.speaker {
			t.Errorf("sameSpeaker(%q, %q) = %v", tt.gold, tt.got, got)
		}
	}
	for _, c := range []struct {
		gold, got string
		want      bool
	}{{"none", "narrator", true}, {"none", "press", true}, {"China", "china", true}, {"ROK", "unknown", false}, {"none", "China", false},
		// a side's other name in the table: an annotator's "Türkiye" is "Turkey"
		{"Türkiye", "Turkey", true}, {"Türkiye", "China", false}} {
		if sameSide(c.gold, c.got) != c.want {
			t.Errorf("sameSide(%q, %q) != %v", c.gold, c.got, c.want)
		}
	}
}
