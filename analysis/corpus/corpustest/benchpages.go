package corpustest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/template"
)

// MatchWord is in one page in MatchEvery of BenchPages, and in no other
// page or layout: a -match that fits one page in twenty.
const (
	MatchWord  = "Ulaanbaatar"
	MatchEvery = 20
)

// matchSentence is the sentence that carries MatchWord.
const matchSentence = "The delegation later travelled on to " + MatchWord + " for talks on rail links and mining."

// BenchPages are n web pages of about 50 KB, as saved news pages run:
// synthetic articles (resampled sentences, see Articles) in the layouts,
// with an inline script in the head and a long list of links to other
// stories after the article. Every MatchEvery-th page, from the first, ends
// its article with a sentence naming MatchWord.
func BenchPages(sentences []string, layouts map[string]*template.Template, n int, seed uint64) ([][]byte, error) {
	names := slices.Sorted(maps.Keys(layouts))
	var links strings.Builder
	links.WriteString(`<div class="more-stories"><h2>More stories</h2><ul>`)
	for i := range 120 {
		s := sentences[i%len(sentences)]
		fmt.Fprintf(&links, `<li><a href="/news/2024/story-%d">%s</a></li>`, i, s[:min(60, len(s))])
	}
	links.WriteString("</ul></div>")
	var pages [][]byte
	for i, text := range Articles(sentences, Spec{Articles: n, Seed: seed, Undated: 1}) {
		p := PageOf(text)
		if i%MatchEvery == 0 {
			p.Paras = append(p.Paras, matchSentence)
		}
		page, err := Render(layouts[names[i%len(names)]], p)
		if err != nil {
			return nil, err
		}
		s := string(page)
		pad := 50<<10 - len(s) - links.Len()
		script := "<script>" + strings.Repeat("window.__cfg = window.__cfg || {}; __cfg.slot = 'top';\n", max(pad, 0)/57) + "</script>"
		s = strings.Replace(s, "</head>", script+"</head>", 1)
		if strings.Contains(s, "</body>") {
			s = strings.Replace(s, "</body>", links.String()+"</body>", 1)
		} else {
			s = strings.Replace(s, "</BODY>", links.String()+"</BODY>", 1)
		}
		pages = append(pages, []byte(s))
	}
	return pages, nil
}

// BenchArchive is the records of a crawl of BenchPages, as WriteWARC
// writes them: a request, a response and a metadata record per page.
func BenchArchive(sentences []string, layouts map[string]*template.Template, n int, seed uint64) ([]WARCRecord, error) {
	pages, err := BenchPages(sentences, layouts, n, seed)
	if err != nil {
		return nil, err
	}
	uris := make([]string, len(pages))
	for i := range pages {
		uris[i] = fmt.Sprintf("https://news.example/2024/story-%d", i)
	}
	return Crawl(uris, pages), nil
}
