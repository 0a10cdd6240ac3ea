package main

import (
	"flag"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/facet"
)

// byFlag is -by: the facet a command splits its counts by.
type byFlag struct {
	name  string
	facet facet.Facet
}

func (b *byFlag) register(fs *flag.FlagSet, source string) {
	fs.StringVar(&b.name, "by", "", "split the counts by a `facet`: speaker, side (who says it), outlet (the document's source or agency credit), "+
		source+" or any metadata field (a -meta column, a JSONL or CSV field); combines with -period")
}

// parse checks -by and asks the loader for the field it reads.
func (b *byFlag) parse(cf *corpusFlags) error {
	if b.name == "" {
		return nil
	}
	f, err := facet.Parse(b.name)
	if err != nil {
		return usagef("-by: %v", err)
	}
	b.facet = f
	if fld := f.Field(); fld != "" {
		cf.fields = append(cf.fields, fld)
	}
	return nil
}

// set reports whether -by was given.
func (b *byFlag) set() bool { return b.facet.Name != "" }

// dateSpan is the first and last date of the documents it has seen, and
// whether any was undated; add documents as they stream by.
type dateSpan struct {
	first, last time.Time
	undated     bool
}

func (s *dateSpan) add(d *corpus.Document) {
	switch {
	case !d.Dated():
		s.undated = true
	case s.first.IsZero() || d.Date.Before(s.first):
		s.first = d.Date
		fallthrough
	default:
		if d.Date.After(s.last) {
			s.last = d.Date
		}
	}
}

// docValues is, with -by on a document's field (attributed says the facet
// comes with each occurrence or figure instead: speaker, side), the value of
// every document by ID, filled by record as the documents stream by. Without
// one, the map is nil and record does nothing.
func (b *byFlag) docValues(attributed bool) (map[string]string, func(*corpus.Document)) {
	if !b.set() || attributed {
		return nil, func(*corpus.Document) {}
	}
	dm := map[string]string{}
	return dm, func(d *corpus.Document) { dm[d.ID] = b.facet.Document(d) }
}
