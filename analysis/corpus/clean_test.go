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
		md      bool     // a Markdown file (front matter is read)
		date    string   // "" for undated
		title   string   // from front matter
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
			name:    "a line of links",
			in:      "Xi spoke.\nAbout Us | Advertise | Privacy Policy | Contact Us\nLee replied.",
			removed: []string{"menu: About Us | Advertise | Privacy Policy | Contact Us"},
			kept:    "Xi spoke. | Lee replied.",
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
			name:    "header in capitals",
			in:      " DATE 2025-03-03 China and Korea met.",
			date:    "2025-03-03",
			removed: []string{"date header:  DATE 2025-03-03"},
			kept:    "China and Korea met.",
		},
		{
			name:    "no-break space in the header",
			in:      " date\u00a02025-03-10\u00a0China and Korea met.",
			date:    "2025-03-10",
			removed: []string{"date header:  date\u00a02025-03-10"},
			kept:    "China and Korea met.",
		},
		{
			name:    "ideographic and thin spaces in the header",
			in:      "\u3000Date\u20092025-03-11 China and Korea met.",
			date:    "2025-03-11",
			removed: []string{"date header: \u3000Date\u20092025-03-11"},
			kept:    "China and Korea met.",
		},
		{
			name:    "header date not in the calendar",
			in:      "date 2025-02-29 Text here.",
			removed: []string{"date header: date 2025-02-29"},
			kept:    "Text here.",
			noteHas: `malformed date header "2025-02-29": not a calendar date (February 2025 has 28 days)`,
		},
		{
			name:    "header year out of range",
			in:      "date 9999-12-31 Text here.",
			removed: []string{"date header: date 9999-12-31"},
			kept:    "Text here.",
			noteHas: `malformed date header "9999-12-31": year 9999 is outside the accepted range 1900-2200`,
		},
		{
			name:    "front matter",
			in:      "---\ndate: 2025-03-05\ntitle: \"Talks in Seoul\"\ntags: [trade]\n---\n\nXi spoke.",
			md:      true,
			date:    "2025-03-05",
			title:   "Talks in Seoul",
			removed: []string{"front matter: ---\ndate: 2025-03-05\ntitle: \"Talks in Seoul\"\ntags: [trade]\n---"},
			kept:    "Xi spoke.",
		},
		{
			name:    "front matter with a bad date",
			in:      "---\r\nDate: 2025-13-01\r\n...\r\nXi spoke.",
			md:      true,
			removed: []string{"front matter: ---\r\nDate: 2025-13-01\r\n..."},
			kept:    "Xi spoke.",
			noteHas: `malformed date "2025-13-01" in front matter: not a calendar date (there is no month 13)`,
		},
		{
			name:    "front matter never closed",
			in:      "---\ndate: 2025-03-05\nXi spoke.",
			md:      true,
			removed: []string{"debris: ---"},
			kept:    "date: 2025-03-05\nXi spoke.",
			noteHas: "front matter has no closing ---; read as text",
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
			name: "a wrapped disclaimer runs to the blank line",
			in:   "Xi spoke.\n\nDisclaimer: The views expressed are the author's\nown and not the paper's.\n\nLee spoke.",
			removed: []string{"disclaimer: Disclaimer: The views expressed are the author's",
				"disclaimer: own and not the paper's."},
			kept: "Xi spoke. | Lee spoke.",
		},
		{
			name:    "a disclaimer ends at a heading or a numbered list",
			in:      "Xi spoke.\nDisclaimer: Comments are the readers' own.\nMOST READ\n1. Rates stay at 6.5 percent",
			removed: []string{"disclaimer: Disclaimer: Comments are the readers' own."},
			kept:    "Xi spoke. | MOST READ\n1. Rates stay at 6.5 percent",
		},
		{
			name:    "a photo's credit is no copyright notice: the story goes on",
			in:      "Xi spoke.\n© Sputnik / Sergei Voronin / Go to the mediabank\nLee spoke.\nMoon spoke.",
			removed: []string{"credit: © Sputnik / Sergei Voronin / Go to the mediabank"},
			kept:    "Xi spoke. | Lee spoke.\nMoon spoke.",
		},
		{
			name:    "a copyright notice runs to the blank line",
			in:      "Xi spoke.\n© 2025 Example Daily. All rights reserved.\nReproduction prohibited.\n\nLee spoke.",
			removed: []string{"disclaimer: © 2025 Example Daily. All rights reserved.", "disclaimer: Reproduction prohibited."},
			kept:    "Xi spoke. | Lee spoke.",
		},
		{
			name: "a site's notices, calls and accounts",
			in: "Xi spoke.\n[ⓒ Hankyoreh. All rights reserved.] Unauthorized reproduction and redistribution prohibited.\n\n" +
				"Copyright ⓒ Example.com. All rights reserved.\n\nUnauthorized reproduction prohibited.\n\n" +
				"Download the EXAMPLE app from Google Play and App Store for the latest news.\nFollow us on social media :\n" +
				"Facebook : @exampleofficial, @exampletv\nOur Standards: The Example Trust Principles.\nLee spoke.",
			removed: []string{"disclaimer: [ⓒ Hankyoreh. All rights reserved.] Unauthorized reproduction and redistribution prohibited.",
				"disclaimer: Copyright ⓒ Example.com. All rights reserved.", "disclaimer: Unauthorized reproduction prohibited.",
				"furniture: Download the EXAMPLE app from Google Play and App Store for the latest news.",
				"furniture: Follow us on social media :", "furniture: Facebook : @exampleofficial, @exampletv",
				"furniture: Our Standards: The Example Trust Principles."},
			kept: "Xi spoke. | Lee spoke.",
		},
		{
			name: "an account named in a sentence",
			in:   "The embassy wrote on X, @exampleembassy, that talks went well.",
			kept: "The embassy wrote on X, @exampleembassy, that talks went well.",
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
		{
			name:    "calls to subscribe on a line of their own",
			in:      "Lee met Ishiba.\n\nSubscribe to HERALD GOLD for full access to 40+ regional papers.\nSign up for our Asia Briefing\n\nThey agreed to subscribe to the plan.",
			removed: []string{"furniture: Subscribe to HERALD GOLD for full access to 40+ regional papers.", "furniture: Sign up for our Asia Briefing"},
			kept:    "Lee met Ishiba. | They agreed to subscribe to the plan.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cleanText(tt.in, tt.md)
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
			if c.title != tt.title {
				t.Errorf("title %q, want %q", c.title, tt.title)
			}
			notes := strings.Join(c.notes, "; ")
			if tt.noteHas != "" && !strings.Contains(notes, tt.noteHas) {
				t.Errorf("notes %q lack %q", notes, tt.noteHas)
			}
		})
	}
}

func TestDateProblem(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"notadate", " (want YYYY-MM-DD)"},
		{"2025-13-45", ": not a calendar date (there is no month 13)"},
		{"2025-00-10", ": not a calendar date (there is no month 0)"},
		{"2025-04-31", ": not a calendar date (April 2025 has 30 days)"},
		{"2024-02-30T10:00:00Z", ": not a calendar date (February 2024 has 29 days)"},
		{"2025-01-00", ": not a calendar date (there is no day 0)"},
		{"1899-12-31", ": year 1899 is outside the accepted range 1900-2200"},
		{"9999-12-31T00:00:00Z", ": year 9999 is outside the accepted range 1900-2200"},
	} {
		if _, ok := ParseDate(tt.in); ok {
			t.Errorf("ParseDate(%q) accepted it", tt.in)
		}
		if got := dateProblem(tt.in); got != tt.want {
			t.Errorf("dateProblem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
