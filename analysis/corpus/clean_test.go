package corpus

import (
	"strings"
	"testing"
	"time"
)

func TestCleanText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		date    string   // "" for undated
		removed []string // the masked texts, as "why: text"
		kept    string   // the paragraphs' text joined by " | "
		noteHas string
	}{
		{
			name:    "header on the text's line",
			in:      " date 2025-06-10 China and Korea met.",
			date:    "2025-06-10",
			removed: []string{"date header:  date 2025-06-10"},
			kept:    "China and Korea met.",
		},
		{
			name:    "header on its own line, debris after",
			in:      " date 2025-06-10 + ↺ − 16 px\n\nXi spoke.\n\nNews.Az",
			date:    "2025-06-10",
			removed: []string{"date header:  date 2025-06-10", "debris: + ↺ − 16 px", "credit: News.Az"},
			kept:    "Xi spoke.",
		},
		{
			name:    "malformed header",
			in:      "date 2025-13-45 Text here.",
			removed: []string{"date header: date 2025-13-45"},
			kept:    "Text here.",
			noteHas: "malformed date header",
		},
		{
			name: "not a header",
			in:   "Date of the summit was set.",
			kept: "Date of the summit was set.",
		},
		{
			name:    "disclaimer",
			in:      "Xi spoke.\n\nDisclaimer: This post has been auto-published from an agency feed",
			removed: []string{"disclaimer: Disclaimer: This post has been auto-published from an agency feed"},
			kept:    "Xi spoke.",
		},
		{
			name:    "share widgets",
			in:      "Share | Print | Email\nXi spoke.\nFont size A A",
			removed: []string{"debris: Share | Print | Email", "debris: Font size A A"},
			kept:    "Xi spoke.",
		},
		{
			name:    "dateline with header date",
			in:      " date 2025-11-01 Gyeongju, Nov 1 South Korean President Lee met Xi.",
			date:    "2025-11-01",
			removed: []string{"date header:  date 2025-11-01", "dateline: Gyeongju, Nov 1 "},
			kept:    "South Korean President Lee met Xi.",
		},
		{
			name:    "dateline dates when the year is in the text",
			in:      "SEOUL, Nov. 3 (Yonhap) -- Trade in 2025 grew.",
			date:    "2025-11-03",
			removed: []string{"dateline: SEOUL, Nov. 3 (Yonhap) -- "},
			kept:    "Trade in 2025 grew.",
		},
		{
			name:    "dateline without a year stays undated",
			in:      "Gyeongju, Nov 1 Lee met Xi.",
			removed: []string{"dateline: Gyeongju, Nov 1 "},
			kept:    "Lee met Xi.",
			noteHas: "no year",
		},
		{
			name:    "source credit line",
			in:      "Xi spoke.\nSource: Xinhua",
			removed: []string{"credit: Source: Xinhua"},
			kept:    "Xi spoke.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cleanText(tt.in)
			got := ""
			if !c.date.IsZero() {
				got = c.date.Format(time.DateOnly)
			}
			if got != tt.date {
				t.Errorf("date = %q, want %q", got, tt.date)
			}
			var removed []string
			for _, r := range c.removed {
				removed = append(removed, r.Why+": "+tt.in[r.Start:r.End])
			}
			if strings.Join(removed, "\n") != strings.Join(tt.removed, "\n") {
				t.Errorf("removed\n%s\nwant\n%s", strings.Join(removed, "\n"), strings.Join(tt.removed, "\n"))
			}
			var kept []string
			for _, p := range c.paras {
				kept = append(kept, tt.in[p.Start:p.End])
			}
			if k := strings.Join(kept, " | "); k != tt.kept {
				t.Errorf("kept %q, want %q", k, tt.kept)
			}
			notes := strings.Join(c.notes, "; ")
			if tt.noteHas != "" && !strings.Contains(notes, tt.noteHas) {
				t.Errorf("notes %q lack %q", notes, tt.noteHas)
			}
		})
	}
}
