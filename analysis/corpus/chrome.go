package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropChrome removes the blocks of an extracted page that are the site's
// furniture rather than the article, where the extractor let them through:
// see chromeBlock, and menus (three or more short blocks in a row).
func dropChrome(blocks []string) []string {
	out := blocks[:0:0]
	for i := 0; i < len(blocks); {
		if n := menuRun(blocks[i:]); n >= 3 {
			i += n
			continue
		}
		b := blocks[i]
		i++
		if chromeBlock(b) == "" {
			out = append(out, b)
		}
	}
	return out
}

// dropSiteName removes the blocks that are only the site's name (a logo's
// text).
func dropSiteName(blocks []string, site string) []string {
	if site == "" {
		return blocks
	}
	out := blocks[:0:0]
	for _, b := range blocks {
		if !sameText(b, site) {
			out = append(out, b)
		}
	}
	return out
}

// menuRun is the number of menu items at the start of blocks: short blocks
// (at most three words and 30 characters, without a sentence's end or a
// digit) in a row.
func menuRun(blocks []string) int {
	n := 0
	for _, b := range blocks {
		if !menuItem(b) {
			break
		}
		n++
	}
	return n
}

func menuItem(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 30 || len(strings.Fields(s)) > 3 {
		return false
	}
	if strings.ContainsAny(s, ".!?:;0123456789") && !chromePhrases[chromeKey(s)] {
		return false
	}
	return true
}

// chromeBlock says why a block is page furniture ("furniture" for the
// usual phrases of sites: "Advertisement", "Subscribe to ...";
// "counter", "copyright", "cookie notice", "menu", "byline"), or "" when
// it may be article text. Only short blocks are ever furniture.
func chromeBlock(b string) string {
	words := strings.Fields(b)
	if len(words) > 60 {
		return ""
	}
	lower := strings.ToLower(b)
	if strings.Contains(lower, "cookie") && len(words) <= 60 {
		for _, p := range cookieWords {
			if strings.Contains(lower, p) {
				return "cookie notice"
			}
		}
	}
	if len(words) > 25 {
		return ""
	}
	key := chromeKey(b)
	switch {
	case strings.HasPrefix(key, "copyright") || strings.HasPrefix(lower, "©") || strings.HasPrefix(lower, "(c) ") ||
		strings.Contains(lower, "all rights reserved"):
		return "copyright"
	case chromePhrases[key]:
		return "furniture"
	case counter(words):
		return "counter"
	}
	if len(words) > 12 {
		return ""
	}
	for _, p := range chromePrefixes {
		if strings.HasPrefix(key, p) {
			return "furniture"
		}
	}
	if byline(b, words) {
		return "byline"
	}
	if items := splitItems(b); len(items) >= 2 {
		// "Home | News | Analysis", "Print this story | E-mail this story",
		// "Daniel Park · 14 May 2024 · 5 min read"
		short, furniture := 0, 0
		for _, it := range items {
			if chromePhrases[chromeKey(it)] || counter(strings.Fields(it)) {
				furniture++
			}
			if len(strings.Fields(it)) <= 3 && !strings.ContainsAny(it, ".!?") {
				short++
			}
		}
		if furniture == len(items) || len(items) >= 3 && short == len(items) {
			return "menu"
		}
	}
	return ""
}

// chromeKey is a block reduced for matching: lower case, single spaces, no
// punctuation or symbols at either end.
func chromeKey(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// splitItems splits a line of links at the separators sites put between
// them.
func splitItems(b string) []string {
	f := func(r rune) bool { return strings.ContainsRune("|·•›»/", r) }
	var items []string
	for _, it := range strings.FieldsFunc(b, f) {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	return items
}

// counter reports a widget's count: numbers and counter words only, with
// at least one number ("Share 4,321", "1,234 comments", "5 min read",
// "Visitors: 48,213").
func counter(words []string) bool {
	if len(words) <= 6 {
		var split []string // "Visitors:48,213", "Share|4,321"
		for _, w := range words {
			split = append(split, strings.FieldsFunc(w, func(r rune) bool { return r == ':' || r == '|' || r == '·' })...)
		}
		words = split
	}
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	nums := 0
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ":.,()[]·|-"))
		switch {
		case w == "":
		case counterNumber(w):
			nums++
		case !counterWords[w]:
			return false
		}
	}
	return nums > 0
}

// counterNumber matches "4,321", "870", "4.3k", "1.2m".
func counterNumber(w string) bool {
	w = strings.TrimRight(w, "km+")
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9' || r == ',' || r == '.') {
			return false
		}
	}
	return true
}

// byline is "By Name Surname, Staff Reporter": a short block starting with
// "By" and a capital, not ending a sentence.
func byline(b string, words []string) bool {
	if len(words) < 2 || len(words) > 10 || words[0] != "By" || strings.HasSuffix(b, ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[1])
	return unicode.IsUpper(r)
}

var cookieWords = []string{"we use", "uses cookies", "use of cookies", "accept", "consent", "cookie policy", "cookie settings", "manage preferences"}

// chromePhrases are whole blocks that are furniture, as chromeKey gives them.
var chromePhrases = setOfLines(`advertisement
advertisements
advert
ad
ads
sponsored
sponsored content
paid content
promoted
promoted content
partner content
continue reading
read more
read next
read also
see also
related
related articles
related stories
related news
related content
more stories
more on this story
most read
most popular
most viewed
trending
trending now
top stories
recommended
recommended for you
you may also like
you might also like
skip to content
skip to main content
back to top
print
print this story
print this article
print this page
e-mail this story
email this story
e-mail this article
email this article
share
share this
share this article
share this story
share on facebook
share on twitter
follow us
log in
login
sign in
sign up
register
menu
search
home
next article
previous article
next story
previous story
story continues below advertisement
article continues below advertisement
scroll to continue
scroll to continue with content
listen to this article
listen
comments
leave a comment
add a comment
view comments
show comments
subscribe
subscribe now
newsletter
tweet
whatsapp
facebook
twitter
linkedin
email
copy link`)

// chromePrefixes open short blocks that are furniture.
var chromePrefixes = []string{"subscribe to", "sign up for", "sign up to", "get our newsletter", "join our newsletter",
	"our newsletter", "follow us on", "download our app", "download the app", "get the app", "click here", "tags:", "tags ",
	"topics:", "filed under", "related:", "read also", "also read", "read more", "see also", "advertisement",
	"share on", "share this", "listen to this article", "published", "updated", "last updated", "posted",
	"photo:", "image:", "sponsored", "support our journalism", "become a member", "already a subscriber",
	"this article is for subscribers", "to continue reading"}

// counterWords may stand beside a number in a counter.
var counterWords = setOf(`share shares shared comment comments like likes view views viewed visitors visits hits reads read
	min mins minute minutes reaction reactions tweet tweets retweets followers votes replies reply responses
	points clap claps facebook twitter email print save saves bookmark bookmarks`)

func setOfLines(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[l] = true
		}
	}
	return m
}

// menuLine reports a line of a text file that is a row of links: three or
// more items, split as splitItems does or by runs of two or more spaces,
// each short (at most four words, no sentence's end) or a counter ("About
// Us | Advertise | Terms of Use | Privacy Policy", "Share   Copy link
// Email   Facebook   X"). An extracted page's blocks get the same test
// from chromeBlock for blocks of up to 12 words; a saved page's lines of
// links run longer.
func menuLine(line string) bool {
	if !strings.ContainsAny(line, "|·•›»/\t") && !strings.Contains(line, "  ") {
		return false // most lines: no separator at all
	}
	var items []string
	for _, it := range splitItems(line) {
		items = appendSpaced(items, it)
	}
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		ws := strings.Fields(it)
		if len(ws) == 0 {
			continue
		}
		if counter(ws) || chromePhrases[chromeKey(it)] {
			continue
		}
		if len(ws) > 4 || strings.ContainsAny(it, ".!?") {
			return false
		}
	}
	return true
}

// appendSpaced appends the parts of s between runs of two or more spaces
// (or a tab) to items.
func appendSpaced(items []string, s string) []string {
	start := 0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j-i >= 2 || j > i && s[i] == '\t' {
			items = append(items, s[start:i])
			start = j
		}
		if j == i {
			j++
		}
		i = j
	}
	return append(items, s[start:])
}
