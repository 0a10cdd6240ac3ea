package corpus

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// processor turns records into documents. Each worker has its own.
type processor struct {
	opts  Options
	tz    *Tokenizer
	match *Matcher // opts.Match with this worker's scratch space
}

func newProcessor(opts Options) *processor {
	tz := NewTokenizer(opts.stopwords(), opts.Stem)
	tz.hashes = make([]uint64, 0, 1024)
	tz.SetLexicon(opts.Lexicon)
	return &processor{opts: opts, tz: tz, match: opts.Match.clone()}
}

// document builds a document from a record: it checks the bytes, repairs
// UTF-8, cleans, dates, splits sentences and tokenizes. A document that cannot
// be used comes back with StatusSkipped and the reason in Notes[0]; so does
// one the filters (Options.Match, Options.Lang) leave out, marked filtered.
func (p *processor) document(rec record) *Document {
	d := p.build(rec)
	if d.filtered == "" {
		d.filtered = p.filter(d)
	}
	if d.filtered != "" {
		skip(d, "left out by -"+d.filtered)
	}
	return d
}

func (p *processor) build(rec record) *Document {
	d := &Document{File: rec.file, Line: rec.line, ID: recordID(rec), Title: rec.title, Source: rec.source, URL: rec.url, Lang: rec.lang}
	if rec.err != "" {
		return skip(d, rec.err)
	}
	if rec.filtered != "" {
		d.filtered = rec.filtered
		return d
	}
	d.Notes = append(d.Notes, rec.notes...)
	data, notes, why := textOf(rec.text)
	d.Notes = append(d.Notes, notes...)
	if why != "" {
		return skip(d, why)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return skip(d, "empty")
	}
	if p.match != nil && !p.match.MayMatch(data) {
		d.filtered = leftMatch
		return d
	}
	if !utf8.Valid(data) {
		bad := countInvalid(data)
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		d.Notes = append(d.Notes, fmt.Sprintf("invalid UTF-8 repaired (%d bad bytes replaced by U+FFFD)", bad))
	}
	d.Raw = string(data)
	c := cleanText(d.Raw, isMarkdown(rec.file))
	d.Notes = append(d.Notes, c.notes...)
	d.Removed = c.removed
	d.Date = c.date
	if d.Source == "" {
		d.Source = strings.Clone(c.credit) // a copy: the listing must not pin Raw
	}
	if d.Title == "" {
		d.Title = strings.Clone(c.title)
	}
	if d.Title == "" && isMarkdown(rec.file) && len(c.paras) > 0 {
		d.Title = strings.Clone(markdownTitle(d.Raw[c.paras[0].Start:c.paras[0].End]))
	}
	if rec.hasDate && !(rec.fallbackDate && d.Dated()) {
		if dt, ok := ParseDate(rec.date); ok {
			d.Date = dt
		} else {
			d.Notes = append(d.Notes, "malformed date "+quote(rec.date)+dateProblem(rec.date))
		}
	}
	d.Fields = recordFields(rec, p.opts.Fields)
	if r, ok := p.opts.Meta.lookup(rec.file); ok && rec.line == 0 && !rec.archived {
		r.apply(d, p.opts.Fields)
	}
	toks := newTokens(len(d.Raw)/6 + 16) // about one token per 6 bytes of English
	p.tz.hashes = p.tz.hashes[:0]
	for _, para := range c.paras {
		for _, s := range SplitSentences(d.Raw, para.Start, para.End) {
			n := len(toks)
			toks = p.tz.Tokens(toks, d.Raw, s.Start, s.End)
			if len(c.inline) > 0 {
				kept := dropMasked(toks[n:], c.inline)
				p.tz.hashes = p.tz.hashes[:len(p.tz.hashes)-(len(toks)-n)]
				for _, t := range kept {
					p.tz.hashes = append(p.tz.hashes, hashString(t.Norm))
				}
				toks = append(toks[:n], kept...)
			}
			if len(toks) > n {
				d.Sentences = append(d.Sentences, Sentence{Start: s.Start, End: s.End})
				d.Sentences[len(d.Sentences)-1].Tokens = toks[n:len(toks):len(toks)]
			}
		}
	}
	d.tokens = toks
	if len(d.Sentences) == 0 {
		return skip(d, "no text left after cleaning")
	}
	d.Lang = detectLang(d)
	d.fp = fingerprintHashes(p.tz.hashes)
	d.Status = StatusOK
	if !d.Dated() {
		d.Status = StatusUndated
	}
	return d
}

// dropMasked removes the tokens inside masked spans (inline credits) in place.
func dropMasked(toks []Token, removed []Span) []Token {
	out := toks[:0]
	for _, t := range toks {
		masked := false
		for _, r := range removed {
			if t.Start >= r.Start && t.End <= r.End {
				masked = true
				break
			}
		}
		if !masked {
			out = append(out, t)
		}
	}
	return out
}

func skip(d *Document, why string) *Document {
	d.Status = StatusSkipped
	d.Notes = append([]string{why}, d.Notes...)
	d.Sentences, d.Raw = nil, ""
	return d
}

func recordID(rec record) string {
	if rec.id != "" {
		return rec.id
	}
	base := filepath.Base(rec.file)
	base = strings.TrimSuffix(base, ".gz")
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if rec.line > 0 {
		return fmt.Sprintf("%s:%d", base, rec.line)
	}
	return base
}

func countInvalid(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		b = b[size:]
	}
	return n
}

// Parser builds documents from text in memory, as Load would from files of
// those names (without duplicate detection). A Parser is not safe for
// concurrent use; it caches normalized words, so reuse it across documents.
type Parser struct{ p *processor }

// NewParser returns a parser with the given options.
func NewParser(opts Options) *Parser { return &Parser{p: newProcessor(opts)} }

// Parse builds the document for one article's text.
func (ps *Parser) Parse(file string, text []byte) *Document {
	if in, ok := classifyPath(file); ok {
		switch in.format {
		case formatHTML:
			return ps.p.document(htmlRecord(file, text, "", ps.p.match))
		case formatDOCX:
			return ps.p.document(docxRecord(file, text, ps.p.opts.MaxSize))
		case formatPDF:
			return ps.p.document(pdfRecord(context.Background(), file, text, ps.p.opts.MaxSize))
		}
	}
	return ps.p.document(record{file: file, text: text})
}

func isMarkdown(file string) bool {
	f := strings.TrimSuffix(strings.ToLower(file), ".gz")
	return strings.HasSuffix(f, ".md") || strings.HasSuffix(f, ".markdown")
}

// markdownTitle is the text of a leading "# heading" line, or "".
func markdownTitle(para string) string {
	line, _, _ := strings.Cut(para, "\n")
	if !strings.HasPrefix(line, "#") {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(line, "#"))
}
