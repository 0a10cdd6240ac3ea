package facet

import (
	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
)

// Part is the share of a document that has one facet value.
type Part struct {
	Value string
	Doc   *corpus.Document
}

// Split divides a document by the facet's value, for counting its words
// per value: a document facet gives the whole document one value; speaker
// and side give one part per value, each a copy of d holding only the
// sentences attributed to it (atts from attribution.Attributor.Document,
// aligned with d.Sentences), in text order. The parts share d's text and
// tokens.
func (f Facet) Split(d *corpus.Document, atts []attribution.Attribution) []Part {
	if !f.Attributed() {
		return []Part{{Value: f.Document(d), Doc: d}}
	}
	var parts []Part
	index := map[string]int{}
	for i, s := range d.Sentences {
		var a attribution.Attribution
		if i < len(atts) {
			a = atts[i]
		}
		v := orUnknown(a.Side)
		if f.Name == Speaker {
			v = orUnknown(a.Speaker)
		}
		k, ok := index[v]
		if !ok {
			k = len(parts)
			index[v] = k
			cp := *d
			cp.Sentences = nil
			parts = append(parts, Part{Value: v, Doc: &cp})
		}
		parts[k].Doc.Sentences = append(parts[k].Doc.Sentences, s)
	}
	return parts
}
