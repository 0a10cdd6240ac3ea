package attribution

import "testing"

func TestChromeLines(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Home | About Us | Contact", true},
		{"Yonhap News Agency Home | National | Opinion All News 16:48 January 14, 2020 (LEAD) S. Korea, China agree to boost ties ahead of Xi's visit", true},
		{"Japan, China to build ties for new era ahead of Xi state visit", true},
		{"Wang said ties were stable. Enditem", false},
		{"SEOUL, Dec. 12 (Yonhap) -- South Korea and China agreed to talk.", false},
		{"Minister says Oslo wants 'balanced' trade as Beijing calls for 'true multilateralism'", true},
		{"Leaders agree to open \u201cnew chapter\u201d", true},
		{"\u201cWe agree,\u201d", false},
		{"She added: \"It is a good start.\"", false},
		{"He said, 'We are ready.'", false},
	}
	for _, tt := range tests {
		if got := isChromeLine(tt.line); got != tt.want {
			t.Errorf("isChromeLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		s, after string // after: the text that follows the end; "" for none
	}{
		{"Headline here SEOUL, March 10 (Yonhap) -- North Korea said", "North Korea said"},
		{"Headline Seoul (AFP) \u2013 The leaders agreed", "The leaders agreed"},
		{"Headline Listen Share [Anchor Lead] President Lee said", " President Lee said"},
		{"Wang said (in a statement) - nothing more", ""},
		{"No dateline in this sentence.", ""},
	}
	for _, tt := range tests {
		end := datelineEnd(tt.s)
		got := ""
		if end > 0 {
			got = tt.s[end:]
		}
		if got != tt.after {
			t.Errorf("datelineEnd(%q): rest %q, want %q", tt.s, got, tt.after)
		}
	}
}
