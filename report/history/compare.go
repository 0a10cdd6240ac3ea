package history

import (
	"hash/maphash"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dipstat/dipstat/analysis/figures"
)

// Changes is what changed from the previous report to the current one.
type Changes struct {
	// First is true when there was no previous report to compare with; every
	// list is then empty.
	First    bool   `json:"first"`
	Previous string `json:"previous,omitempty"` // previous report's name
	Current  string `json:"current"`

	NewDocuments     []Document     `json:"new_documents"`
	DroppedDocuments []Document     `json:"dropped_documents"`
	Families         []FamilyChange `json:"families"` // rate moves, largest first
	NewPhrases       []Phrase       `json:"new_phrases"`
	NewFigures       []Figure       `json:"new_figures"`
	ChangedFigures   []FigureChange `json:"changed_figures"`
	// Skipped names the comparisons left out because a report lacked the
	// table they need.
	Skipped []string `json:"skipped,omitempty"`
}

// FamilyChange is a formula family whose overall rate per 10,000 tokens moved.
type FamilyChange struct {
	Family string  `json:"family"`
	Before float64 `json:"before_per10k"`
	After  float64 `json:"after_per10k"`
	Delta  float64 `json:"delta_per10k"`
}

// FigureChange is a subject (with kind and unit) whose latest cited value
// differs between the reports.
type FigureChange struct {
	Subject string `json:"subject"`
	Kind    string `json:"kind"`
	Unit    string `json:"unit"`
	Before  Figure `json:"before"`
	After   Figure `json:"after"`
}

// NothingToCompare is what a first run says.
const NothingToCompare = "nothing to compare with: this is the first report in its output folder"

// First returns the Changes of a run with no previous report.
func First(cur Snapshot) Changes {
	return Changes{First: true, Current: cur.Report}
}

// Compare lists what changed from prev to cur. Lists are sorted so output is
// deterministic: documents by id and file, families by the size of the move
// (then name), phrases by count (then text), figures by subject, kind, unit
// and value. It fails only when a report's table cannot be read again.
func Compare(prev, cur Snapshot) (Changes, error) {
	c := Changes{Previous: prev.Report, Current: cur.Report}
	both := func(part string) bool {
		if prev.Has[part] && cur.Has[part] {
			return true
		}
		c.Skipped = append(c.Skipped, part)
		return false
	}
	if both(DocumentsTable) {
		var err error
		if c.NewDocuments, err = docsNotIn(cur, prev); err != nil {
			return c, err
		}
		if c.DroppedDocuments, err = docsNotIn(prev, cur); err != nil {
			return c, err
		}
	}
	if both(FamiliesTable) {
		c.Families = familyMoves(prev.Families, cur.Families)
	}
	if both(DiscoveredTable) {
		seen := map[string]bool{}
		for _, p := range prev.Phrases {
			seen[p.Text] = true
		}
		for _, p := range cur.Phrases {
			if !seen[p.Text] {
				c.NewPhrases = append(c.NewPhrases, p)
				seen[p.Text] = true
			}
		}
		sort.SliceStable(c.NewPhrases, func(i, j int) bool {
			a, b := c.NewPhrases[i], c.NewPhrases[j]
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Text < b.Text
		})
	}
	if both(FiguresTable) {
		c.ChangedFigures, c.NewFigures = figureChanges(prev.Figures, cur.Figures)
	}
	return c, nil
}

// docKey identifies a document by id and file, as a 64-bit hash: the keys
// of a million documents take 8 MB and nothing for the collector to scan,
// where the strings took hundreds. Two documents in two reports share a key
// by chance with a probability of about n²/2⁶⁵ (3e-8 for a million).
func docKey(d Document) uint64 {
	var h maphash.Hash
	h.SetSeed(docKeySeed)
	h.WriteString(d.ID)
	h.WriteByte(0)
	h.WriteString(d.File)
	return h.Sum64()
}

var docKeySeed = maphash.MakeSeed()

// docsNotIn lists the documents of a that are not in b, by id and file.
// Only the keys of b's documents and the documents listed are held.
func docsNotIn(a, b Snapshot) ([]Document, error) {
	in := b.keys()
	listed := map[uint64]bool{}
	var out []Document
	err := a.EachDocument(func(d Document) {
		k := docKey(d)
		if _, ok := slices.BinarySearch(in, k); ok || listed[k] {
			return
		}
		listed[k] = true
		out = append(out, d)
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].ID != out[j].ID {
			return out[i].ID < out[j].ID
		}
		return out[i].File < out[j].File
	})
	return out, nil
}

// familyMoves lists every family whose rate changed, largest move first; a
// family present on one side only has rate 0 on the other.
func familyMoves(prev, cur []Family) []FamilyChange {
	rates := map[string]*FamilyChange{}
	get := func(name string) *FamilyChange {
		if rates[name] == nil {
			rates[name] = &FamilyChange{Family: name}
		}
		return rates[name]
	}
	for _, f := range prev {
		get(f.Name).Before = f.Per10k
	}
	for _, f := range cur {
		get(f.Name).After = f.Per10k
	}
	var out []FamilyChange
	for _, fc := range rates {
		fc.Delta = round4(fc.After - fc.Before)
		if fc.Delta != 0 {
			out = append(out, *fc)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := math.Abs(out[i].Delta), math.Abs(out[j].Delta)
		if a != b {
			return a > b
		}
		return out[i].Family < out[j].Family
	})
	return out
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// keys computes what "the same subject" means for figures: the subject as
// figures.SubjectKey groups it ("trade volume" = "volume of trade"), kind
// and unit. SubjectKey stems and folds, so keys are cached per subject.
type keys map[string]string

func (k keys) subject(f Figure) string {
	sk, ok := k[f.Subject]
	if !ok {
		sk = figures.SubjectKey(f.Subject)
		k[f.Subject] = sk
	}
	return sk + "\x00" + f.Kind + "\x00" + strings.ToLower(f.Unit)
}

func (k keys) figure(f Figure) string {
	return k.subject(f) + "\x00" + strconv.FormatFloat(f.Value, 'g', -1, 64)
}

// latest is the most recent figure of each subject: dated figures beat
// undated ones, later dates beat earlier ones, and on equal dates the later
// figure in report order wins.
func latest(figs []Figure, ks keys) map[string]Figure {
	out := map[string]Figure{}
	for _, f := range figs {
		k := ks.subject(f)
		old, ok := out[k]
		switch {
		case !ok:
		case f.Date.IsZero() != old.Date.IsZero():
			if f.Date.IsZero() {
				continue
			}
		case f.Date.Before(old.Date):
			continue
		}
		out[k] = f
	}
	return out
}

// figureChanges compares figures. A subject with a subject name whose latest
// value differs is changed; any other figure whose subject, kind, unit and
// value were not cited before is new.
func figureChanges(prev, cur []Figure) (changed []FigureChange, added []Figure) {
	ks := keys{}
	before, after := latest(prev, ks), latest(cur, ks)
	changedKeys := map[string]bool{}
	for k, a := range after {
		b, ok := before[k]
		if !ok || ks[a.Subject] == "" || sameValue(a.Value, b.Value) {
			continue
		}
		changed = append(changed, FigureChange{Subject: a.Subject, Kind: a.Kind, Unit: a.Unit, Before: b, After: a})
		changedKeys[k] = true
	}
	seen := make(map[string]bool, len(prev))
	for _, f := range prev {
		seen[ks.figure(f)] = true
	}
	for _, f := range cur {
		k := ks.figure(f)
		if seen[k] || changedKeys[ks.subject(f)] {
			continue
		}
		seen[k] = true
		added = append(added, f)
	}
	sort.Slice(changed, func(i, j int) bool { return figLess(changed[i].After, changed[j].After) })
	sort.SliceStable(added, func(i, j int) bool { return figLess(added[i], added[j]) })
	return changed, added
}

func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func figLess(a, b Figure) bool {
	if a.Subject != b.Subject {
		return a.Subject < b.Subject
	}
	if a.Kind != b.Kind {
		return a.Kind < b.Kind
	}
	if a.Unit != b.Unit {
		return a.Unit < b.Unit
	}
	if a.Value != b.Value {
		return a.Value < b.Value
	}
	return a.Date.Before(b.Date) || (a.Date.Equal(b.Date) && a.Doc < b.Doc)
}

// Summary is one line for the log: "3 new documents, 1 dropped, ...".
func (c Changes) Summary() string {
	if c.First {
		return NothingToCompare
	}
	parts := []string{
		plural(len(c.NewDocuments), "new document"),
		plural(len(c.DroppedDocuments), "dropped document"),
		plural(len(c.Families), "family rate") + " moved",
		plural(len(c.NewPhrases), "new phrase"),
		plural(len(c.NewFigures), "new figure"),
		plural(len(c.ChangedFigures), "changed figure"),
	}
	s := "since " + c.Previous + ": " + strings.Join(parts, ", ")
	if len(c.Skipped) > 0 {
		s += " (not compared: " + strings.Join(c.Skipped, ", ") + ")"
	}
	return s
}

func plural(n int, what string) string {
	s := strconv.Itoa(n) + " " + what
	if n != 1 {
		if strings.HasSuffix(s, "y") {
			return s[:len(s)-1] + "ies"
		}
		return s + "s"
	}
	return s
}
