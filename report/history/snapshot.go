package history

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/table"
)

// The report tables a Snapshot reads, by table.Table.Name (and data/NAME.csv).
const (
	DocumentsTable       = "documents"             // table.Corpus
	FamiliesTable        = "phrase_families"       // table.PhraseFamilies
	FamilyPeriodsTable   = "phrase_family_periods" // table.PhraseFamilyPeriods, if phrase_families is absent
	DiscoveredTable      = "discovered_phrases"    // table.DiscoveredPhrases
	FiguresTable         = "figures"               // table.Figures
	familyPeriodsOverall = "all"
)

// Snapshot is what one report says about its corpus, as far as run history
// compares it.
type Snapshot struct {
	Report string // the report's name (its folder name)
	// Documents lists the corpus of a Snapshot made in memory (tests); a
	// Snapshot read from a report's tables walks them instead when compared
	// (EachDocument), so that no list of every document is held: a report of
	// a million articles would hold a million rows twice.
	Documents []Document
	docs      *grid
	docKeys   []uint64 // the docKey of each document of docs, sorted
	Families  []Family
	Phrases   []Phrase
	Figures   []Figure
	// Has tells which parts the report had; a part missing on either side is
	// not compared (a report without figures does not make every figure new).
	Has map[string]bool
}

// Document is one row of the corpus listing.
type Document struct {
	ID     string    `json:"id"`
	File   string    `json:"file"`
	Date   time.Time `json:"date,omitzero"`
	Title  string    `json:"title,omitempty"`
	Status string    `json:"status"`
}

// Family is a formula family's overall rate.
type Family struct {
	Name        string  `json:"family"`
	Occurrences int     `json:"occurrences"`
	Per10k      float64 `json:"per10k"`
}

// Phrase is a discovered recurring phrase.
type Phrase struct {
	Text      string    `json:"phrase"`
	Count     int       `json:"count"`
	Docs      int       `json:"docs"`
	FirstSeen time.Time `json:"first_seen,omitzero"`
}

// Figure is a cited figure (ordinals are left out: they are not amounts).
type Figure struct {
	Subject string    `json:"subject"`
	Kind    string    `json:"kind"`
	Unit    string    `json:"unit"`
	Value   float64   `json:"value"`
	Text    string    `json:"text"`
	Doc     string    `json:"doc"`
	Date    time.Time `json:"date,omitzero"`
}

// grid is a table as text: column keys and a way to walk its rows, the same
// whether it comes from a table in memory or a CSV file a report wrote. Rows
// are streamed, never all held as text: a figures.csv can have a million.
type grid struct {
	name string
	cols map[string]int
	each func(fn func(row []string)) error
}

// cell is the cell of column key in row, copied so that keeping it does not
// keep the row's buffer alive.
func (g *grid) cell(row []string, key string) string {
	return strings.Clone(g.field(row, key))
}

// field is the cell of column key in row, not to be kept.
func (g *grid) field(row []string, key string) string {
	if i, ok := g.cols[key]; ok && i < len(row) {
		return row[i]
	}
	return ""
}

func (g *grid) require(keys ...string) error {
	for _, k := range keys {
		if _, ok := g.cols[k]; !ok {
			return fmt.Errorf("history: table %s has no column %q", g.name, k)
		}
	}
	return nil
}

func gridOf(t *table.Table) *grid {
	g := &grid{name: t.Name, cols: map[string]int{}}
	for i, c := range t.Columns {
		g.cols[c.Key] = i
	}
	g.each = func(fn func([]string)) error {
		row := make([]string, len(t.Columns))
		for k := range t.Len() {
			for i, v := range t.Row(k) {
				row[i] = table.Plain(v) // as data/*.csv holds it
			}
			fn(row)
		}
		return nil
	}
	return g
}

// FromTables builds the Snapshot of the report named name from its tables;
// tables Snapshot does not read are ignored.
func FromTables(name string, tabs ...*table.Table) (Snapshot, error) {
	grids := map[string]*grid{}
	for _, t := range tabs {
		if t != nil {
			grids[t.Name] = gridOf(t)
		}
	}
	return fromGrids(name, grids)
}

// ReadSnapshot reads the Snapshot of the report in dir from its
// data/NAME.csv files. A missing file leaves that part out (see Has).
func ReadSnapshot(dir string) (Snapshot, error) {
	grids := map[string]*grid{}
	for _, name := range []string{DocumentsTable, FamiliesTable, FamilyPeriodsTable, DiscoveredTable, FiguresTable} {
		g, err := readCSV(filepath.Join(dir, "data", name+".csv"), name)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return Snapshot{}, err
		}
		grids[name] = g
	}
	return fromGrids(filepath.Base(filepath.Clean(dir)), grids)
}

func readCSV(path, name string) (*grid, error) {
	return csvGrid(name, func() (io.ReadCloser, error) { return os.Open(path) }, path)
}

// csvGrid reads the header of a table written by table.WriteCSV; the grid's
// rows are read again from open on each walk. where names the source in errors.
func csvGrid(name string, open func() (io.ReadCloser, error), where string) (*grid, error) {
	f, err := open()
	if err != nil {
		return nil, err
	}
	head, err := csv.NewReader(f).Read()
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("history: %s: %w", where, err)
	}
	g := &grid{name: name, cols: map[string]int{}}
	for i, k := range head {
		g.cols[k] = i
	}
	g.each = func(fn func([]string)) error {
		f, err := open()
		if err != nil {
			return err
		}
		defer f.Close()
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		r.ReuseRecord = true
		for first := true; ; first = false {
			rec, err := r.Read()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return fmt.Errorf("history: %s: %w", where, err)
			}
			if !first {
				fn(rec)
			}
		}
	}
	return g, nil
}

func fromGrids(name string, grids map[string]*grid) (Snapshot, error) {
	s := Snapshot{Report: name, Has: map[string]bool{}}
	if g := grids[DocumentsTable]; g != nil {
		if err := g.require("id", "file"); err != nil {
			return s, err
		}
		// read once here, so that a broken table fails now, not when compared
		if err := g.each(func(r []string) {
			s.docKeys = append(s.docKeys, docKey(Document{ID: g.field(r, "id"), File: g.field(r, "file")}))
		}); err != nil {
			return s, err
		}
		slices.Sort(s.docKeys)
		s.docs = g
		s.Has[DocumentsTable] = true
	}
	if g := grids[FamiliesTable]; g != nil {
		if err := g.require("family", "per10k"); err != nil {
			return s, err
		}
		if err := g.each(func(r []string) {
			s.Families = append(s.Families, Family{Name: g.cell(r, "family"),
				Occurrences: atoi(g.cell(r, "occurrences")), Per10k: atof(g.cell(r, "per10k"))})
		}); err != nil {
			return s, err
		}
		s.Has[FamiliesTable] = true
	} else if g := grids[FamilyPeriodsTable]; g != nil {
		if err := g.require("family", "period", "per10k"); err != nil {
			return s, err
		}
		if err := g.each(func(r []string) {
			if g.cell(r, "period") == familyPeriodsOverall {
				s.Families = append(s.Families, Family{Name: g.cell(r, "family"),
					Occurrences: atoi(g.cell(r, "occurrences")), Per10k: atof(g.cell(r, "per10k"))})
			}
		}); err != nil {
			return s, err
		}
		s.Has[FamiliesTable] = true
	}
	if g := grids[DiscoveredTable]; g != nil {
		if err := g.require("phrase"); err != nil {
			return s, err
		}
		if err := g.each(func(r []string) {
			s.Phrases = append(s.Phrases, Phrase{Text: g.cell(r, "phrase"),
				Count: atoi(g.cell(r, "count")), Docs: atoi(g.cell(r, "docs")), FirstSeen: day(g.cell(r, "first_seen"))})
		}); err != nil {
			return s, err
		}
		s.Has[DiscoveredTable] = true
	}
	if g := grids[FiguresTable]; g != nil {
		if err := g.require("value", "unit", "kind", "subject"); err != nil {
			return s, err
		}
		if err := g.each(func(r []string) {
			v, err := strconv.ParseFloat(g.cell(r, "value"), 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || g.cell(r, "kind") == "ordinal" {
				return
			}
			s.Figures = append(s.Figures, Figure{Subject: g.cell(r, "subject"), Kind: g.cell(r, "kind"),
				Unit: g.cell(r, "unit"), Value: v, Text: g.cell(r, "text"), Doc: g.cell(r, "doc"),
				Date: day(g.cell(r, "date"))})
		}); err != nil {
			return s, err
		}
		s.Has[FiguresTable] = true
	}
	return s, nil
}

// EachDocument calls fn with each document of the snapshot's corpus, in the
// order of its table; a table read from a file is read again on each call.
func (s Snapshot) EachDocument(fn func(Document)) error {
	if s.docs == nil {
		for _, d := range s.Documents {
			fn(d)
		}
		return nil
	}
	g := s.docs
	return g.each(func(r []string) {
		fn(Document{ID: g.cell(r, "id"), File: g.cell(r, "file"),
			Date: day(g.cell(r, "date")), Title: g.cell(r, "title"), Status: g.cell(r, "status")})
	})
}

// keys returns the sorted docKeys of the snapshot's documents.
func (s Snapshot) keys() []uint64 {
	if s.docs != nil {
		return s.docKeys
	}
	keys := make([]uint64, 0, len(s.Documents))
	for _, d := range s.Documents {
		keys = append(keys, docKey(d))
	}
	slices.Sort(keys)
	return keys
}

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func atof(s string) float64 {
	x, _ := strconv.ParseFloat(s, 64)
	return x
}
