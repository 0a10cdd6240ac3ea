package corpus

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Status says what became of one input document.
type Status int

const (
	StatusOK        Status = iota // dated and counted
	StatusUndated                 // counted, but no date could be found
	StatusDuplicate               // a copy of an earlier document; not counted
	StatusSkipped                 // unusable input; see Entry.Reason
)

func (s Status) String() string {
	switch s {
	case StatusOK:
		return "ok"
	case StatusUndated:
		return "undated"
	case StatusDuplicate:
		return "duplicate"
	default:
		return "skipped"
	}
}

// Document is one article: its original text, its metadata and its sentences.
type Document struct {
	ID     string    // stable identifier: file name without extension, or record id
	File   string    // path as found
	Line   int       // line of the record in a JSONL/CSV file; 0 for whole files
	Date   time.Time // zero when undated
	Source string    // publisher or agency, when known
	Title  string    // title, when known
	URL    string    // the record's url field; a web page's canonical URL
	// Lang is the language of the text: "en", "zh-Hans", "zh-Hant" or
	// "ko" (also "ja"), from its script (see detectLang); a web page in
	// another Latin-script language keeps the ISO 639-1 code it declares.
	Lang string
	// Raw is the original text: the file's contents (decompressed, decoded
	// from UTF-16, with stray NUL bytes removed and invalid UTF-8 repaired, each
	// with a note) or the record's text field; for a web page, the main text
	// extracted from it, one block (headline, paragraph) a paragraph. All
	// offsets point into Raw.
	Raw       string
	Sentences []Sentence
	// Removed lists the spans of Raw that cleaning masked (date header, debris,
	// credits, disclaimers, datelines), in order.
	Removed []Span
	Status  Status
	// DuplicateOf is the ID of the document this one copies (Status duplicate).
	DuplicateOf string
	Notes       []string // non-fatal problems found while reading this document
	// Fields holds the record's fields that Options.Fields asks for, by
	// lower-case name: a JSONL object's string, number or boolean fields, a
	// CSV record's columns, a -meta file's columns (which win). Nil when
	// none was asked for or found.
	Fields map[string]string

	fp        fingerprint // for finding duplicates
	tokens    []Token     // the array behind the sentences' tokens, for Release
	holds     int32       // Release calls still to come before the tokens go back (see Share)
	fileNotes []string    // notes on the whole input file (its first document carries them)
	where     string      // an archived page's record ("record 3 at byte 1234 (URL)"), for warnings
	filtered  string      // why Options.Match or Options.Lang leave the document out, or ""
}

// tokenPool holds token arrays given back by Release, for the documents
// built next: a stream of documents then allocates (and the collector
// scans) few new ones.
var tokenPool sync.Pool // of *[]Token

// newTokens returns an empty token slice with room for at least n tokens,
// from the pool when it has one large enough.
func newTokens(n int) []Token {
	if p, ok := tokenPool.Get().(*[]Token); ok {
		if cap(*p) >= n {
			return (*p)[:0]
		}
	}
	return make([]Token, 0, n)
}

// Share says that n consumers will each call Release once they are done
// with the document (n >= 1): its tokens go back at the last call. Call it
// before handing the document on.
func (d *Document) Share(n int) { atomic.StoreInt32(&d.holds, int32(n)) }

// Release gives the document's tokens back for the next documents to use:
// its Sentences are gone after it (the other fields stay). Call it only
// when nothing holds the document's Sentences or their Tokens any more,
// as a stream's consumer may once it has counted the document; a
// document never released is collected as usual. A shared document (see
// Share) gives them back at the last of its consumers' calls, and is the
// same for the others until then.
func (d *Document) Release() {
	if atomic.AddInt32(&d.holds, -1) > 0 {
		return // another consumer is still reading it
	}
	toks := d.tokens
	d.tokens, d.Sentences = nil, nil
	if cap(toks) == 0 {
		return
	}
	// Norm may point into a document's text: clear it, so the pool does
	// not keep texts alive.
	clear(toks)
	toks = toks[:0]
	tokenPool.Put(&toks)
}

// Dated reports whether the document has a date.
func (d *Document) Dated() bool { return !d.Date.IsZero() }

// DateString is the date as YYYY-MM-DD, or "" when undated.
func (d *Document) DateString() string {
	if d.Date.IsZero() {
		return ""
	}
	return d.Date.Format(time.DateOnly)
}

// NumTokens counts the word and number tokens of all sentences.
func (d *Document) NumTokens() int {
	n := 0
	for i := range d.Sentences {
		n += len(d.Sentences[i].Tokens)
	}
	return n
}

// Text returns the original text of a span.
func (d *Document) Text(s Span) string { return d.Raw[s.Start:s.End] }

// Span is a half-open byte range [Start, End) of Document.Raw.
type Span struct {
	Start, End int
	Why        string // for removed spans: what was masked ("debris", "credit", ...)
}

// Sentence is one sentence: its span of Raw and its tokens.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Token is a word or number.
type Token struct {
	Start, End int // byte offsets of the surface form in Document.Raw
	// Norm is the key used for counting and matching: NFC, lower case, curly
	// apostrophes straightened, British spelling folded, stemmed with -stem.
	Norm string
	// Hash is WordHash(Norm), computed once per distinct word by the
	// tokenizer, for hash tables keyed by the word.
	Hash uint64
	Kind TokenKind
	Stop bool // Norm is in the stopword list
}

// TokenKind tells words from numbers.
type TokenKind uint8

const (
	Word   TokenKind = iota // letters, possibly with digits ("15th", "g20")
	Number                  // digits with optional separators ("298.9", "6,650,000")
)

// Surface is the token as written in the original text.
func (t Token) Surface(raw string) string { return raw[t.Start:t.End] }

// Warning is a problem with the input that did not stop the load.
type Warning struct {
	File string // "" for a note on the whole corpus
	Line int    // 0 when the problem concerns the whole file
	Msg  string
}

func (w Warning) Error() string {
	if w.File == "" { // about the whole corpus
		return w.Msg
	}
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.File, w.Msg)
}

// Entry is one row of the corpus listing: every input document, counted or not.
type Entry struct {
	ID          string
	File        string
	Line        int
	Date        time.Time
	Source      string
	Title       string
	URL         string
	Lang        string
	Sentences   int
	Tokens      int
	Bytes       int
	Status      Status
	DuplicateOf string
	Reason      string // why a document was skipped
}

// StatusText is the status as the listing prints it: ok, undated,
// duplicate-of ID, or skipped: reason.
func (e Entry) StatusText() string {
	switch e.Status {
	case StatusDuplicate:
		return "duplicate-of " + e.DuplicateOf
	case StatusSkipped:
		return "skipped: " + e.Reason
	}
	return e.Status.String()
}

// Counted reports whether the document is part of the statistics.
func (e Entry) Counted() bool { return e.Status == StatusOK || e.Status == StatusUndated }

// DateString is the date as YYYY-MM-DD, or "" when undated.
func (e Entry) DateString() string {
	if e.Date.IsZero() {
		return ""
	}
	return e.Date.Format(time.DateOnly)
}

// entryOf lists a document. Its strings are copied, so the listing, which
// lives as long as the run, never pins a document's text (CSV fields, for
// one, share the record's memory).
func entryOf(d *Document) Entry {
	c := strings.Clone
	return Entry{
		ID: c(d.ID), File: d.File, Line: d.Line, Date: d.Date, Source: c(d.Source), Title: c(d.Title),
		URL: c(d.URL), Lang: c(d.Lang),
		Sentences: len(d.Sentences), Tokens: d.NumTokens(), Bytes: len(d.Raw),
		Status: d.Status, DuplicateOf: c(d.DuplicateOf),
	}
}
