package facet

import (
	"fmt"
	"strings"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// The built-in facets; any other name is a document field.
const (
	Speaker = "speaker" // who says it (attribution)
	Side    = "side"    // the side the speaker represents (attribution)
	Outlet  = "outlet"  // the document's source metadata or agency credit line
	Source  = "source"  // a figure's cited source; a document's source field otherwise
)

// None is the value of a document that lacks the facet's field, and of a
// figure that cites no source.
const None = "(none)"

// Facet is one way of splitting a corpus: a built-in name or a document
// field.
type Facet struct {
	Name string
}

// Parse checks a facet name: speaker, side, outlet, source, or the name of
// a document field (letters, digits, "_", "-" and "."), case folded.
func Parse(s string) (Facet, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if name == "" {
		return Facet{}, fmt.Errorf("empty facet; want speaker, side, outlet, source or a metadata field")
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.' || r > 127) {
			return Facet{}, fmt.Errorf("%q is not a field name; want speaker, side, outlet, source or a metadata field (letters, digits, _ - .)", s)
		}
	}
	if name == "text" {
		return Facet{}, fmt.Errorf("\"text\" is the article itself, not a facet; want speaker, side, outlet, source or a metadata field")
	}
	return Facet{Name: name}, nil
}

// String is the facet's name.
func (f Facet) String() string { return f.Name }

// Attributed reports whether the facet's values come from attribution
// (speaker, side), so occurrences and figures must be attributed; for
// figures, source is attributed too.
func (f Facet) Attributed() bool { return f.Name == Speaker || f.Name == Side }

// Field is the document field a facet reads, for the loader to keep
// (corpus.Options.Fields): "" for the facets that are no field of the
// record.
func (f Facet) Field() string {
	switch f.Name {
	case Speaker, Side, Outlet, Source, "lang", "title", "url", "id", "file", "date":
		return ""
	}
	return f.Name
}

// Document is the facet's value for a document: its outlet (Document.Source,
// which the agency credit line fills when no metadata gives it), a built-in
// field (lang, title, url, id, file, date) or Document.Fields[name]; None
// when empty. Speaker and side are no document's: None.
func (f Facet) Document(d *corpus.Document) string {
	var v string
	switch f.Name {
	case Outlet, Source:
		v = d.Source
	case "lang":
		v = d.Lang
	case "title":
		v = d.Title
	case "url":
		v = d.URL
	case "id":
		v = d.ID
	case "file":
		v = d.File
	case "date":
		v = d.DateString()
	case Speaker, Side:
	default:
		v = d.Fields[f.Name]
	}
	return orNone(v)
}

// Occurrence is the facet's value for a formula occurrence: its speaker or
// side, else the value of its document in docs (from Docs).
func (f Facet) Occurrence(o phrases.Occurrence, docs map[string]string) string {
	switch f.Name {
	case Speaker:
		return orUnknown(o.Speaker)
	case Side:
		return orUnknown(o.Side)
	}
	return orNone(docs[o.Doc])
}

// Figure is the facet's value for a cited figure: its speaker or side, its
// cited source (CitedSource), else the value of its document in docs.
func (f Facet) Figure(g figures.Figure, docs map[string]string) string {
	switch f.Name {
	case Speaker:
		return orUnknown(g.Speaker)
	case Side:
		return orUnknown(g.Side)
	case Source:
		return CitedSource(g)
	}
	return orNone(docs[g.Doc])
}

// FigureAttributed reports whether the figures must be attributed for the
// facet: speaker, side and source.
func (f Facet) FigureAttributed() bool { return f.Attributed() || f.Name == Source }

// CitedSource is who a figure is cited from: the speaker of its sentence
// ("General Administration of Customs" for "according to China's General
// Administration of Customs", "Xi Jinping" for "Xi said"), or None for a
// figure in the journalist's own words.
func CitedSource(g figures.Figure) string {
	switch g.Speaker {
	case "", attribution.Narrator:
		return None
	}
	return g.Speaker
}

func orNone(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return None
	}
	return s
}

func orUnknown(s string) string {
	if s == "" {
		return attribution.Unknown
	}
	return s
}

// IsSide reports whether a side value names a country or body, rather than
// the narrator, both sides, the press or an unknown side.
func IsSide(s string) bool {
	switch s {
	case "", attribution.Narrator, attribution.Both, attribution.Unknown, attribution.Press:
		return false
	}
	return true
}
