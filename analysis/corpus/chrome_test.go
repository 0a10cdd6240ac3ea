package corpus

import (
	"slices"
	"testing"
)

func TestChromeBlock(t *testing.T) {
	tests := []struct {
		block, why string
	}{
		{"Advertisement", "furniture"},
		{"ADVERTISEMENT", "furniture"},
		{"Story continues below advertisement", "furniture"},
		{"Subscribe to our newsletter", "furniture"},
		{"Sign up for our daily briefing", "furniture"},
		{"Tags: Korea China Trade", "furniture"},
		{"Copyright 2021 Harbor Daily Media. All rights reserved.", "copyright"},
		{"© 2019 East Asia Monitor Ltd.", "copyright"},
		{"Copyright (c) 2003 Peninsula Wire.", "copyright"},
		{"Share 4,321", "counter"},
		{"1,234 comments", "counter"},
		{"Visitors:48,213", "counter"},
		{"Like 870", "counter"},
		{"5 min read", "counter"},
		{"4.3k shares", "counter"},
		{"We use cookies to improve your experience. By continuing you accept our use of cookies.", "cookie notice"},
		{"Home | News | Analysis | Events", "menu"},
		{"Home › News › Diplomacy", "menu"},
		{"Print this story | E-mail this story", "menu"},
		{"Daniel Park · 14 May 2024 · 5 min read", "menu"},
		{"By Mina Cho, Staff Reporter", "byline"},
		{"Published 14 May 2024", "furniture"},
		// article text stays
		{"Trade between the two countries reached $312.4 billion.", ""},
		{"Officials said visits rose to 4.8 million in the first half.", ""},
		{"By contrast, exports of chips fell.", ""},
		{"Trade figures", ""},
		{"Korea and China: a timeline", ""},
		{"The ministers did not share a view on the 2,000 comments submitted by the public during the consultation, officials said.", ""},
		{"The cookie maker's exports to China rose 12 percent last year, the company said on Monday.", ""},
		{"4.8 million visits", ""},
	}
	for _, tt := range tests {
		if got := chromeBlock(tt.block); got != tt.why {
			t.Errorf("chromeBlock(%q) = %q, want %q", tt.block, got, tt.why)
		}
	}
}

func TestDropChrome(t *testing.T) {
	para := "The ministers met in Busan on Tuesday and agreed to widen talks on trade."
	tests := []struct {
		name     string
		in, want []string
	}{
		{"menu run", []string{"Front page", "Politics", "Economy", "Archive", para}, []string{para}},
		{"two short blocks stay", []string{"Trade figures", "Outlook", para}, []string{"Trade figures", "Outlook", para}},
		{"subheading between paragraphs", []string{para, "What comes next", para}, []string{para, "What comes next", para}},
		{"furniture inside", []string{para, "Advertisement", para, "Share 4,321"}, []string{para, para}},
	}
	for _, tt := range tests {
		if got := dropChrome(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := dropSiteName([]string{"Peninsula Wire", para}, "peninsula  wire"); !slices.Equal(got, []string{para}) {
		t.Errorf("dropSiteName: got %q", got)
	}
}

func TestMenuLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"About Us | Advertise | Terms of Use | Privacy Policy | Contact Us", true},
		{"Contact ABC | Editorial Policies | Accessibility | Help | Terms of Use | About the ABC | ABC Privacy Policy", true},
		{"Share this: Facebook | X | Viber | Email | Copy link     2,314 shares", true},
		{"Share   Facebook   Twitter   Email   Chia sẻ", true},
		{"News   Hong Kong   China   Asia   World   Economy   Tech", true},
		{"Comments 58 | Share 904 | 조회수 3,417", true},
		{"Home\tNews\tWorld\tBusiness", true},
		// two items are a title and a site, not a menu
		{"Lee, Xi agree to restore exchanges | Yonhap", false},
		{"Home | News", false},
		// an item of five words or more, or a sentence's end, is text
		{"Trade | Investment | The two sides signed fourteen agreements", false},
		{"Exports rose.  Imports fell.  The deficit narrowed.", false},
		{"The ministers met in Busan on Tuesday and agreed to widen talks on trade.", false},
		{"Seoul / Beijing / Tokyo agreed on a three-way hotline last year, officials said.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := menuLine(tt.line); got != tt.want {
			t.Errorf("menuLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
