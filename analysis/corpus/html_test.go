package corpus_test

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
	"github.com/dipstat/dipstat/analysis/figures"
)

// pagesDir holds page layouts written for these tests (an <article> site, a
// <div>-only site with JSON-LD, an old table layout) and the article
// they are filled with, all of our own writing.
const pagesDir = "testdata/html"

func pages(t testing.TB) (string, map[string][]byte) {
	t.Helper()
	article, pages, err := corpustest.Pages(pagesDir)
	if err != nil {
		t.Fatal(err)
	}
	return article, pages
}

// TestHTMLLayouts reads each layout: the text is the headline and the
// paragraphs of the article, one a paragraph, with none of the page's
// furniture, and the metadata is the page's.
func TestHTMLLayouts(t *testing.T) {
	article, pages := pages(t)
	want := map[string]struct{ source, url, lang, date string }{
		"article": {"Harbor Daily", "https://harbor-daily.example/world/asia/seoul-beijing-trade-talks", "en", "2024-05-14"},
		"divs":    {"East Asia Monitor", "https://eastasia-monitor.example/news/2024/trade-talks-busan", "en", "2024-05-14"},
		"table":   {"Peninsula Wire", "", "en", "2024-05-14"},
	}
	p := corpustest.PageOf(article)
	text := strings.Join(append([]string{p.Title}, p.Paras...), "\n\n")
	ps := corpus.NewParser(corpus.DefaultOptions())
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("layout %s has no expectations in this test", name)
			}
			d := ps.Parse(name+".html", page)
			if d.Status != corpus.StatusOK || len(d.Notes) > 0 {
				t.Fatalf("status %v, notes %q", d.Status, d.Notes)
			}
			got := map[string]string{"title": d.Title, "source": d.Source, "url": d.URL, "lang": d.Lang, "date": d.DateString()}
			for k, v := range map[string]string{"title": p.Title, "source": w.source, "url": w.url, "lang": w.lang, "date": w.date} {
				if got[k] != v {
					t.Errorf("%s %q, want %q", k, got[k], v)
				}
			}
			if d.Raw != text {
				t.Errorf("text:\n%s\nwant:\n%s", d.Raw, text)
			}
		})
	}
}

// TestHTMLEqualsText checks that a page counts exactly as the same article
// saved as plain text: the same terms, each as often, and the same cited
// figures, so no term or figure comes from the page's furniture.
func TestHTMLEqualsText(t *testing.T) {
	article, pages := pages(t)
	ps := corpus.NewParser(corpus.DefaultOptions())
	plain := ps.Parse("article.txt", []byte(" date 2024-05-14\n"+article))
	if plain.Status != corpus.StatusOK {
		t.Fatalf("plain text: %v %q", plain.Status, plain.Notes)
	}
	wantTerms, wantFigs := termCounts(plain), figureList(plain)
	if len(wantFigs) < 4 {
		t.Fatalf("the article has %d figures; the test wants some", len(wantFigs))
	}
	for name, page := range pages {
		d := ps.Parse(name+".html", page)
		terms := termCounts(d)
		for term, n := range terms {
			if wantTerms[term] != n {
				t.Errorf("%s: %q counted %d times, %d in the plain text", name, term, n, wantTerms[term])
			}
		}
		for term, n := range wantTerms {
			if terms[term] != n {
				t.Errorf("%s: %q counted %d times, %d in the plain text", name, term, terms[term], n)
			}
		}
		if figs := figureList(d); !slices.Equal(figs, wantFigs) {
			t.Errorf("%s: figures\n%q\nwant\n%q", name, figs, wantFigs)
		}
		for _, chrome := range []string{"cookies", "advertisement", "subscribe", "newsletter", "comments", "copyright",
			"4,321", "1,234", "48,213", "870", "politics", "visitors", "harbor", "monitor", "wire", "reserved", "trending"} {
			if terms[chrome] > 0 {
				t.Errorf("%s: furniture term %q counted", name, chrome)
			}
		}
	}
}

func termCounts(d *corpus.Document) map[string]int {
	m := map[string]int{}
	for _, s := range d.Sentences {
		for _, tk := range s.Tokens {
			m[tk.Norm]++
		}
	}
	return m
}

// figureList is what an analyst sees of each figure, without offsets.
func figureList(d *corpus.Document) []string {
	var out []string
	for _, f := range figures.FromDocument(d) {
		out = append(out, strings.Join([]string{f.Text, f.Unit, string(f.Kind), f.Qualifier, f.Subject, f.Period, f.Sentence,
			f.Date.Format("2006-01-02")}, " | "))
	}
	return out
}

// FuzzHTML checks that any bytes read as a page give a document or a
// reason, never a panic, with sentences and tokens inside valid UTF-8 text.
func FuzzHTML(f *testing.F) {
	_, pages := pages(f)
	for _, name := range slices.Sorted(maps.Keys(pages)) {
		f.Add(pages[name])
	}
	for _, s := range []string{"", "<", "<html>", "<p>x</p>", "<!doctype html><title>a - b c d</title><h1>b c d</h1><p>Text here.</p>",
		"<meta charset=euc-kr><p>\xc7\xd1\xb1\xb9</p>", "<meta charset=utf-8><p>caf\xe9</p>", "\xff\xfe<\x00p\x00>\x00",
		"<table><tr><td>a<br><br>b</td></tr></table>", "<p>Share 4,321</p><p>Home</p><p>News</p><p>Sport</p>"} {
		f.Add([]byte(s))
	}
	ps := corpus.NewParser(corpus.DefaultOptions())
	f.Fuzz(func(t *testing.T, data []byte) {
		d := ps.Parse("fuzz.html", data)
		if d.Status == corpus.StatusSkipped {
			if len(d.Notes) == 0 || d.Notes[0] == "" {
				t.Fatal("skipped without a reason")
			}
			return
		}
		if !utf8.ValidString(d.Raw) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.Source) {
			t.Fatal("text or metadata is not valid UTF-8")
		}
		last := 0
		for _, s := range d.Sentences {
			if s.Start < last || s.End > len(d.Raw) || s.Start >= s.End {
				t.Fatalf("sentence [%d,%d) out of order or range (len %d)", s.Start, s.End, len(d.Raw))
			}
			last = s.End
			for _, tk := range s.Tokens {
				if tk.Start < s.Start || tk.End > s.End || tk.Start >= tk.End {
					t.Fatalf("token [%d,%d) outside sentence [%d,%d)", tk.Start, tk.End, s.Start, s.End)
				}
			}
		}
	})
}
