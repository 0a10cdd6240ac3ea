package corpustest

import (
	"fmt"
	"io"
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
	var pages [][]byte
	err := EachBenchPage(sentences, layouts, n, seed, func(_ int, page []byte) error {
		pages = append(pages, page)
		return nil
	})
	return pages, err
}

// EachBenchPage makes the pages of BenchPages one at a time and hands each
// to fn with its index, so that an archive of any size can be written
// without holding its pages; fn may keep the page. It stops at fn's first
// error and returns it.
func EachBenchPage(sentences []string, layouts map[string]*template.Template, n int, seed uint64, fn func(i int, page []byte) error) error {
	names := slices.Sorted(maps.Keys(layouts))
	var links strings.Builder
	links.WriteString(`<div class="more-stories"><h2>More stories</h2><ul>`)
	for i := range 120 {
		s := sentences[i%len(sentences)]
		fmt.Fprintf(&links, `<li><a href="/news/2024/story-%d">%s</a></li>`, i, s[:min(60, len(s))])
	}
	links.WriteString("</ul></div>")
	g := newGen(sentences, Spec{Articles: n, Seed: seed, Undated: 1})
	for i := range n {
		p := PageOf(g.article())
		if len(p.Title) > maxHeadline {
			// Resampled articles often have no short first line; a real
			// page's headline is a line, not the first paragraph, and the
			// listing keeps it per page.
			p.Paras = append([]string{p.Title}, p.Paras...)
			p.Title = headline(p.Title)
		}
		if i%MatchEvery == 0 {
			p.Paras = append(p.Paras, matchSentence)
		}
		page, err := Render(layouts[names[i%len(names)]], p)
		if err != nil {
			return err
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
		if err := fn(i, []byte(s)); err != nil {
			return err
		}
	}
	return nil
}

// maxHeadline is the longest first paragraph BenchPages keeps as a page's
// headline, in bytes.
const maxHeadline = 120

// headline is the first words of a paragraph, at most maxHeadline bytes, as
// a page's headline.
func headline(para string) string {
	var b strings.Builder
	for _, w := range strings.Fields(para) {
		if b.Len()+1+len(w) > maxHeadline-20 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return strings.TrimRight(b.String(), ",;:")
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
		uris[i] = benchURI(i)
	}
	return Crawl(uris, pages), nil
}

// WriteBenchArchive writes what WriteWARC writes of BenchArchive's records,
// byte for byte, making and writing one page at a time: its memory does
// not grow with n.
func WriteBenchArchive(w io.Writer, sentences []string, layouts map[string]*template.Template, n int, seed uint64, gz bool) error {
	rec := 0
	write := func(rs []WARCRecord) error {
		for _, r := range rs {
			if err := writeRecord(w, Marshal(rec, r), gz); err != nil {
				return err
			}
			rec++
		}
		return nil
	}
	if err := write(Crawl(nil, nil)); err != nil {
		return err
	}
	return EachBenchPage(sentences, layouts, n, seed, func(i int, page []byte) error {
		return write(Crawl([]string{benchURI(i)}, [][]byte{page})[1:])
	})
}

func benchURI(i int) string { return fmt.Sprintf("https://news.example/2024/story-%d", i) }
