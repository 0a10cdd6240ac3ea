package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlDateOptions make go-htmldate read a page's publication date from what
// the page says of itself: JSON-LD, Open Graph and <meta> tags, then <time>,
// <abbr> and date-classed elements, then the URL. Its extensive search, which
// guesses from any date in the text and from copyright lines, is off. The
// bounds are the corpus's accepted years, so the result never depends on
// today's date. The extensive search must stay off: the go-dateparser it
// would call is a stand-in in dipstat's build (third_party/go-dateparser).
var htmlDateOptions = htmldate.Options{
	UseOriginalDate:     true, // published, not modified
	SkipExtensiveSearch: true,
	DeferUrlExtractor:   true,
	MinDate:             time.Date(minYear, 1, 1, 0, 0, 0, 0, time.UTC),
	MaxDate:             time.Date(maxYear, 12, 31, 0, 0, 0, 0, time.UTC),
}

func trafilaturaOptions() trafilatura.Options {
	return trafilatura.Options{
		ExcludeComments: true, // readers' comments are not the article
		HtmlDateOptions: &htmlDateOptions,
	}
}

// htmlRecord reads one web page into a record: the main text through
// go-trafilatura, one block (headline, paragraph, list item, table cell) per
// paragraph of the text, so that a block always ends a sentence; and the
// page's title, publication date, site name (as source), canonical URL and
// language. contentType is the page's HTTP Content-Type, "" for a file.
// With match, a page that cannot mention a term is left out (filtered)
// before its text is extracted.
// A page that is not HTML, has no main text or whose encoding is broken
// comes back with err set.
func htmlRecord(file string, data []byte, contentType string, match *Matcher) (rec record) {
	rec = record{file: file}
	defer func() {
		// go-trafilatura is a large library fed with arbitrary pages: a bug
		// in it must cost one page, not the run.
		if r := recover(); r != nil {
			rec = record{file: file, err: fmt.Sprintf("HTML extraction failed: internal error in the extractor: %v", r)}
		}
	}()
	if !hasUTF16BOM(data) && isBinary(data, bytes.Count(data, []byte{0})) {
		rec.err = "not HTML: binary data"
		return rec
	}
	text, notes, why := decodePage(data, contentType)
	rec.notes = notes
	if why != "" {
		rec.err = why
		return rec
	}
	if !hasMarkup(text) {
		rec.err = "not HTML: no tags found"
		return rec
	}
	if match != nil && !match.MayMatch(text) { // cheap: not worth extracting
		rec.filtered = leftMatch
		return rec
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		rec.err = "not HTML: " + err.Error()
		return rec
	}
	titleTag := titleElement(doc)
	res, err := trafilatura.ExtractDocument(doc, trafilaturaOptions())
	if err != nil || res.ContentNode == nil {
		rec.err = "no main text found"
		return rec
	}
	m := res.Metadata
	blocks := dropChrome(textBlocks(res.ContentNode))
	if art := flattenedArticle(res.ContentNode, text); art != nil {
		blocks = dropChrome(textBlocks(art))
	}
	if !hasProse(blocks) {
		rec.err = "no main text found"
		return rec
	}
	site := oneLine(m.Sitename)
	if len(strings.Fields(site)) > maxSiteNameWords { // a sentence, not a name: the extractor split a long <title>
		site = ""
	}
	title, site := pageTitle(oneLine(m.Title), site, titleTag, blocks)
	blocks = dropSiteName(blocks, site)
	if !hasProse(blocks) {
		rec.err = "no main text found"
		return rec
	}
	// The headline opens the text, as in a text file, whether or not the
	// extractor counted it as part of the article.
	if title != "" && !sameText(title, site) && !inLead(blocks, title) {
		blocks = append([]string{title}, blocks...)
	}
	rec.text = []byte(strings.Join(blocks, "\n\n"))
	rec.title, rec.source, rec.url = title, site, m.URL
	rec.lang = m.Language
	if rec.lang == "" {
		rec.lang = declaredLang(doc)
	}
	if !m.Date.IsZero() {
		rec.date, rec.hasDate = m.Date.Format(time.DateOnly), true
	}
	return rec
}

// flattenedArticle undoes go-trafilatura's last resort. When its extractor
// finds under 250 characters of text, it takes the text of the page's
// <article> as one paragraph, the headline and the paragraphs run together
// ("...in BusanThe two ministers..."). When content is that one paragraph,
// flattenedArticle returns the page's <article> (parsed again from text),
// to be read block by block; else nil.
func flattenedArticle(content *html.Node, text []byte) *html.Node {
	var only *html.Node
	for c := content.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	if only == nil || only.Data != "p" {
		return nil
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return nil
	}
	art := findElement(doc, atom.Article)
	if art == nil {
		return nil
	}
	blocks := textBlocks(art)
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if len(blocks) < 2 || squeeze(strings.Join(textBlocks(only), "")) != squeeze(strings.Join(blocks, "")) {
		return nil
	}
	return art
}

// findElement is the first element of type a under n, in document order.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// htmlDate is the publication date of a page, as htmlRecord would find it,
// without extracting its text: for ScanDates.
func htmlDate(data []byte, contentType string) (d time.Time) {
	defer func() {
		if recover() != nil {
			d = time.Time{}
		}
	}()
	text, _, why := decodePage(data, contentType)
	if why != "" {
		return time.Time{}
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return time.Time{}
	}
	r, err := htmldate.FromDocument(doc, htmlDateOptions)
	if err != nil {
		return time.Time{}
	}
	return time.Date(r.DateTime.Year(), r.DateTime.Month(), r.DateTime.Day(), 0, 0, 0, 0, time.UTC)
}

// minProseWords is the fewest words of the longest block of a page with a
// main text: a page of nothing but short blocks is an index or a menu.
const minProseWords = 8

func hasProse(blocks []string) bool {
	for _, b := range blocks {
		if len(strings.Fields(b)) >= minProseWords {
			return true
		}
	}
	return false
}

// hasMarkup reports whether text has at least one tag: "<" and a letter,
// "/" or "!".
func hasMarkup(text []byte) bool {
	for i := bytes.IndexByte(text, '<'); i >= 0 && i+1 < len(text); {
		c := text[i+1] | 0x20
		if c >= 'a' && c <= 'z' || text[i+1] == '/' || text[i+1] == '!' {
			return true
		}
		j := bytes.IndexByte(text[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// titleElement is the text of the page's <title>.
func titleElement(doc *html.Node) string {
	var find func(n *html.Node) string
	find = func(n *html.Node) string {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			var b strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					b.WriteString(c.Data)
				}
			}
			return strings.Join(strings.Fields(b.String()), " ")
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return ""
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := find(c); t != "" {
				return t
			}
		}
		return ""
	}
	return find(doc)
}

// declaredLang is the primary language of <html lang="...">, lower case.
func declaredLang(doc *html.Node) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			for _, a := range n.Attr {
				if a.Key == "lang" {
					l, _, _ := strings.Cut(strings.TrimSpace(a.Val), "-")
					if len(l) == 2 || len(l) == 3 {
						return strings.ToLower(l)
					}
				}
			}
		}
	}
	return ""
}

// titleSeparators split a <title> such as "Site - Headline" into its parts.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " : "}

// pageTitle settles the title and site name. go-trafilatura takes the title
// from JSON-LD, Open Graph, a single <h1> or the <title>; from a <title> like
// "Site - Headline" it may keep the site's half. When the title is none of
// the text's first blocks but one half of the <title> is, that half is the
// title, and the other half is the site name if none was found; when the
// title is the site name, the other half is the title.
func pageTitle(title, site, titleTag string, blocks []string) (string, string) {
	if title != "" && inLead(blocks, title) {
		return title, site
	}
	for _, sep := range titleSeparators {
		parts := strings.Split(titleTag, sep)
		if len(parts) != 2 {
			continue
		}
		for i, p := range parts {
			other := strings.TrimSpace(parts[1-i])
			if len(strings.Fields(p)) >= 3 && inLead(blocks, p) {
				// a site's name is short: a longer other half is more of
				// the headline, cut at a dash
				if site == "" && len(strings.Fields(other)) <= maxSiteWords {
					site = other
				}
				return strings.TrimSpace(p), site
			}
			if site != "" && sameText(title, site) && sameText(p, site) {
				return other, site
			}
		}
	}
	return title, site
}

// maxSiteWords is the most words a site's name taken from <title> has;
// maxSiteNameWords the most any site's name has ("Ministry of Foreign
// Affairs of the People's Republic of China" has ten).
const (
	maxSiteWords     = 6
	maxSiteNameWords = 12
)

// inLead reports whether s is one of the first three blocks.
func inLead(blocks []string, s string) bool {
	for _, b := range blocks[:min(len(blocks), 3)] {
		if sameText(b, s) {
			return true
		}
	}
	return false
}

// oneLine collapses the spacing of a metadata field to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// sameText compares two texts ignoring case and spacing.
func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
