package facet

import (
	"sort"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/phrases"
)

// Occurrences counts formula occurrences by family (the key) and the
// facet's value, one document at a time (occurrences come in document
// order, as phrases.Analyze returns them); docs maps document IDs to the
// values of a document facet (Facet.Docs), and may be nil for speaker and
// side.
func Occurrences(occs []phrases.Occurrence, f Facet, docs map[string]string) *Counts {
	c := NewCounts()
	var items []Item
	for i, o := range occs {
		if i > 0 && o.Doc != occs[i-1].Doc {
			c.AddDocument(items)
			items = items[:0]
		}
		items = append(items, Item{Key: o.Family, Value: f.Occurrence(o, docs), Date: o.Date})
	}
	c.AddDocument(items)
	return c
}

// Tally is what a report needs of attributed formula occurrences: the
// families by side and by speaker. Tallies of parts of a corpus merge.
type Tally struct {
	Sides    *Counts // family x side
	Speakers *Counts // speaker and side (joined by speakerSep) x family
}

const speakerSep = "\x00"

// NewTally returns an empty tally.
func NewTally() *Tally { return &Tally{Sides: NewCounts(), Speakers: NewCounts()} }

// AddDocument counts the attributed occurrences of one document.
func (t *Tally) AddDocument(occs []phrases.Occurrence) {
	sides := make([]Item, 0, len(occs))
	spk := make([]Item, 0, len(occs))
	for _, o := range occs {
		side := orUnknown(o.Side)
		sides = append(sides, Item{Key: o.Family, Value: side, Date: o.Date})
		spk = append(spk, Item{Key: orUnknown(o.Speaker) + speakerSep + side, Value: o.Family, Date: o.Date})
	}
	t.Sides.AddDocument(sides)
	t.Speakers.AddDocument(spk)
}

// Merge adds the tally o to t.
func (t *Tally) Merge(o *Tally) {
	t.Sides.Merge(o.Sides)
	t.Speakers.Merge(o.Speakers)
}

// FamilyCount is a family and how often a speaker used it.
type FamilyCount struct {
	Family string
	Count  int
}

// SpeakerStats is one speaker: the side, the occurrences of formula
// families, and the families used, most used first.
type SpeakerStats struct {
	Speaker, Side string
	Occurrences   int
	Families      []FamilyCount
	First, Last   time.Time // first and last dated use
}

// SpeakerList lists every speaker of the tally (a speaker with two sides
// is listed once per side), most occurrences first, then by name.
func (t *Tally) SpeakerList() []SpeakerStats {
	var out []SpeakerStats
	for key, byFam := range t.Speakers.n {
		name, side, _ := strings.Cut(key, speakerSep)
		s := SpeakerStats{Speaker: name, Side: side}
		for fam, byDay := range byFam {
			fc := FamilyCount{Family: fam}
			for d, n := range byDay {
				fc.Count += n
				if d == 0 {
					continue
				}
				if s.First.IsZero() || d.Time().Before(s.First) {
					s.First = d.Time()
				}
				if d.Time().After(s.Last) {
					s.Last = d.Time()
				}
			}
			s.Occurrences += fc.Count
			s.Families = append(s.Families, fc)
		}
		sort.Slice(s.Families, func(i, j int) bool {
			a, b := s.Families[i], s.Families[j]
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Family < b.Family
		})
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Occurrences != b.Occurrences {
			return a.Occurrences > b.Occurrences
		}
		if a.Speaker != b.Speaker {
			return a.Speaker < b.Speaker
		}
		return a.Side < b.Side
	})
	return out
}
