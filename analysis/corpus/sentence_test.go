package corpus

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "One here. Two there.", []string{"One here.", "Two there."}},
		{"run together", "bilateral ties.After attending the meeting, he left.",
			[]string{"bilateral ties.", "After attending the meeting, he left."}},
		{"run together after year", "relations stabilized in 2025.Hwang Jae-ho said so.",
			[]string{"relations stabilized in 2025.", "Hwang Jae-ho said so."}},
		{"run together short word", "a greener economy.In Korea's province, it grew.",
			[]string{"a greener economy.", "In Korea's province, it grew."}},
		{"a bracketed tag opens a sentence", "Our correspondent reports from Seoul. [Pkg] Meeting Lee, Xi said so.",
			[]string{"Our correspondent reports from Seoul.", "[Pkg] Meeting Lee, Xi said so."}},
		{"run together after a bracket", "a report from the customs department (GDCE).Cambodia's exports rose [sic].They grew (in 2024).x",
			[]string{"a report from the customs department (GDCE).", "Cambodia's exports rose [sic].", "They grew (in 2024).x"}},
		{"run together before an acronym", "tariffs stayed in place.US officials insist they work.",
			[]string{"tariffs stayed in place.", "US officials insist they work."}},
		{"an acronym after a dot inside a name is no boundary", "He joined Samsung.AI Lab and e.ON staff. The site is shop.CO.",
			[]string{"He joined Samsung.AI Lab and e.ON staff.", "The site is shop.CO."}},
		{"domain is not a boundary", "Lee Jae-myung, News.Az reports, citing Xinhua.",
			[]string{"Lee Jae-myung, News.Az reports, citing Xinhua."}},
		{"U.S. mid sentence", "The U.S. President spoke. Then he left.",
			[]string{"The U.S. President spoke.", "Then he left."}},
		{"U.S. at the end", "He flew to the U.S. The talks began.",
			[]string{"He flew to the U.S.", "The talks began."}},
		{"month abbreviation", "It was signed on Nov. 1 in Gyeongju. Both sides agreed.",
			[]string{"It was signed on Nov. 1 in Gyeongju.", "Both sides agreed."}},
		{"No. 1", "Korea is the No. 1 partner. China agrees.",
			[]string{"Korea is the No. 1 partner.", "China agrees."}},
		{"Dr.", "Dr. Kim met Prof. Lee. They talked.", []string{"Dr. Kim met Prof. Lee.", "They talked."}},
		{"a currency's dotted sign", "They lose Rs. 7 billion a year. Fines reach Rs.  150 million. Tk. 5 was paid. He saw Rs. Then left.",
			[]string{"They lose Rs. 7 billion a year.", "Fines reach Rs.  150 million.", "Tk. 5 was paid.", "He saw Rs.", "Then left."}},
		{"decimals", "Trade reached $298.9 billion. It rose 24.5 percent.",
			[]string{"Trade reached $298.9 billion.", "It rose 24.5 percent."}},
		{"initials", "J. K. Rowling wrote it. Fans cheered.", []string{"J. K. Rowling wrote it.", "Fans cheered."}},
		{"quote closes sentence", "“Once people travel, stereotypes fade away,” he added.From a wide range",
			[]string{"“Once people travel, stereotypes fade away,” he added.", "From a wide range"}},
		{"quote after terminator", "He said: “We agree.” Then they left.",
			[]string{"He said: “We agree.”", "Then they left."}},
		{"question and exclamation", "Is it true? Yes! It is.", []string{"Is it true?", "Yes!", "It is."}},
		{"lower case after dot", "about 5 approx. five times", []string{"about 5 approx. five times"}},
		{"Co. Ltd. mid sentence", "developed by CGN Energy International Co. Ltd. is a great example.",
			[]string{"developed by CGN Energy International Co. Ltd. is a great example."}},
		{"Inc. at the end", "He works for Acme Inc. The firm grew.", []string{"He works for Acme Inc.", "The firm grew."}},
		{"ellipsis", "He paused... Then spoke.", []string{"He paused...", "Then spoke."}},
		{"no terminator", "no full stop at the end", []string{"no full stop at the end"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.in, 0, len(tt.in)) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIdeographicFullStop(t *testing.T) {
	in := "中韩关系稳定。Both sides agreed."
	var got []string
	for _, s := range SplitSentences(in, 0, len(in)) {
		got = append(got, in[s.Start:s.End])
	}
	if want := []string{"中韩关系稳定。", "Both sides agreed."}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if "。"[0] != 0xE3 {
		t.Fatal("maybeTerminator marks the wrong lead byte for 。")
	}
}

func TestSplitSentencesCJK(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"full stop", "两国是近邻。双方同意加强合作。", []string{"两国是近邻。", "双方同意加强合作。"}},
		{"fullwidth marks", "真的吗？是的！就这样；再见", []string{"真的吗？", "是的！", "就这样；", "再见"}},
		{"closing quotes stay", "他说：「两国是近邻。」双方同意。", []string{"他说：「两国是近邻。」", "双方同意。"}},
		{"double corner quotes", "『合作共赢。』其后", []string{"『合作共赢。』", "其后"}},
		{"curly quotes", "他表示：“互利共赢。”外交部称", []string{"他表示：“互利共赢。”", "外交部称"}},
		{"ellipsis in Chinese", "贸易额继续增长……双方表示", []string{"贸易额继续增长……", "双方表示"}},
		{"ellipsis between Latin words", "and so on… the rest", []string{"and so on… the rest"}},
		{"question then exclamation", "为什么？！因为", []string{"为什么？！", "因为"}},
		{"Korean with space", "양국은 합의했다. 외교부는 밝혔다.", []string{"양국은 합의했다.", "외교부는 밝혔다."}},
		{"Korean run together", "합의했다.외교부는 밝혔다.", []string{"합의했다.", "외교부는 밝혔다."}},
		{"Korean question", "가능할까?정부는 답했다", []string{"가능할까?", "정부는 답했다"}},
		{"Korean decimal", "3.2% 증가했다.", []string{"3.2% 증가했다."}},
		{"Chinese decimal", "同比增长3.2%。", []string{"同比增长3.2%。"}},
		{"fullwidth decimal", "增长３．２％。其后", []string{"增长３．２％。", "其后"}},
		{"mixed", "中韩关系稳定。Both sides agreed. 한중 관계다.", []string{"中韩关系稳定。", "Both sides agreed.", "한중 관계다."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.in, 0, len(tt.in)) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
