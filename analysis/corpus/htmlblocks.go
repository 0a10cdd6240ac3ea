package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start and end a block of text: what a reader sees as its own
// paragraph, heading, list item or table cell.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true,
	atom.Nav: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Body: true, atom.Form: true, atom.Fieldset: true,
}

// skipTags hold no readable text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Select: true,
	atom.Button: true, atom.Textarea: true,
}

// textBlocks walks an extracted content tree into blocks of text, in order:
// each block element, and each run of text between two or more <br>, is
// one block, with its spacing collapsed; a single <br> is a line break
// inside its block.
func textBlocks(root *html.Node) []string {
	var w blockWriter
	w.walk(root)
	w.flush()
	return w.blocks
}

type blockWriter struct {
	blocks []string
	cur    strings.Builder
	brs    int // <br> seen since the last text
}

func (w *blockWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		// an unknown tag (go-trafilatura's own "hi", "ref", "lb" ...) has no
		// atom; it is read by name
		a := n.DataAtom
		if a == 0 {
			a = atom.Lookup([]byte(strings.ToLower(n.Data)))
		}
		if a == atom.Br || n.Data == "lb" {
			w.brs++
			return
		}
		if skipTags[a] {
			return
		}
		// "head" is go-trafilatura's heading, not a document's <head>
		if blockTags[a] || a == atom.Head || n.Data == "list" || n.Data == "item" || n.Data == "quote" {
			w.flush()
			w.children(n)
			w.flush()
			return
		}
	}
	w.children(n)
}

func (w *blockWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func (w *blockWriter) text(s string) {
	if strings.TrimSpace(s) == "" {
		if w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		return
	}
	switch {
	case w.brs >= 2:
		w.flush()
	case w.brs == 1 && w.cur.Len() > 0:
		w.cur.WriteByte('\n')
	}
	w.brs = 0
	w.cur.WriteString(lineBreaks.Replace(s)) // only <br> breaks a line
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\f", " ")

// flush ends the current block: each line's spacing is collapsed to single
// spaces, and empty lines are dropped.
func (w *blockWriter) flush() {
	w.brs = 0
	if w.cur.Len() == 0 {
		return
	}
	var lines []string
	for _, l := range strings.Split(w.cur.String(), "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			lines = append(lines, strings.Join(f, " "))
		}
	}
	w.cur.Reset()
	if len(lines) > 0 {
		w.blocks = append(w.blocks, strings.Join(lines, "\n"))
	}
}
