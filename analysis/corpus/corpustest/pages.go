package corpustest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

// Layouts are the page templates in a folder (NAME.html.tmpl): a site's
// page around an article, written with Go's text/template and given a
// Page.
func Layouts(dir string) (map[string]*template.Template, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.html.tmpl"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("corpustest: no *.html.tmpl in %s", dir)
	}
	sort.Strings(files)
	out := map[string]*template.Template{}
	for _, f := range files {
		t, err := template.ParseFiles(f)
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(filepath.Base(f), ".html.tmpl")] = t
	}
	return out, nil
}

// Page is what a layout is filled with: a headline and the paragraphs.
type Page struct {
	Title string
	Paras []string
}

// PageOf splits a plain-text article into its headline (the first
// paragraph) and its paragraphs (separated by blank lines).
func PageOf(text string) Page {
	paras := strings.Split(strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n")), "\n\n")
	for i := range paras {
		paras[i] = strings.TrimSpace(paras[i])
	}
	return Page{Title: paras[0], Paras: paras[1:]}
}

// Render fills a layout with an article.
func Render(t *template.Template, p Page) ([]byte, error) {
	var b bytes.Buffer
	if err := t.Execute(&b, p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Pages renders every layout of dir around the plain-text article in
// dir/article.txt and returns the article and the pages by layout name.
func Pages(dir string) (string, map[string][]byte, error) {
	text, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		return "", nil, err
	}
	layouts, err := Layouts(dir)
	if err != nil {
		return "", nil, err
	}
	pages := map[string][]byte{}
	for name, t := range layouts {
		if pages[name], err = Render(t, PageOf(string(text))); err != nil {
			return "", nil, fmt.Errorf("corpustest: layout %s: %w", name, err)
		}
	}
	return string(text), pages, nil
}
