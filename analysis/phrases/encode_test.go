package phrases

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/wire"
	"github.com/dipstat/dipstat/analysis/period"
)

func seedCounts(t testing.TB, docs []*corpus.Document) (*Counts, []Occurrence, []Family) {
	t.Helper()
	m := NewMatcher(DefaultFamilies(), corpus.DefaultAliases(), MatchOptions{Context: 40})
	c := NewCounts()
	var all []Occurrence
	for _, d := range docs {
		occ := m.Match(d)
		c.Add(occ, d)
		all = append(all, occ...)
	}
	return c, all, m.Families()
}

func TestCountsEncode(t *testing.T) {
	c, _, fams := seedCounts(t, seeds(t))
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var d Counts
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, &d) {
		t.Fatal("decoded counts differ")
	}
	s1, s2 := c.Summarize(period.Month, fams), d.Summarize(period.Month, fams)
	if fmt.Sprintf("%+v", s1) != fmt.Sprintf("%+v", s2) {
		t.Fatal("summaries differ")
	}
	if b2, _ := d.MarshalBinary(); string(b2) != string(b) {
		t.Error("encoding is not deterministic")
	}
}

func TestOccurrencesEncode(t *testing.T) {
	_, occs, _ := seedCounts(t, seeds(t))
	if len(occs) < 10 {
		t.Fatalf("only %d occurrences in the seeds", len(occs))
	}
	// attributed occurrences (phrases -format csv): speaker, side and cue
	attributed := slices.Clone(occs)
	attributed[1].Speaker, attributed[1].Side, attributed[1].Cue = "Wang Yi", "China", "said"
	for _, list := range [][]Occurrence{occs, nil, occs[:1], attributed} {
		b, err := MarshalOccurrences(list)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalOccurrences(b)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, list) {
			t.Errorf("decoded %d occurrences differ", len(list))
		}
	}
}

// TestOccurrenceFields fails when Occurrence gains a field that its
// encoding (occWire) does not carry: give the field a column of its own.
func TestOccurrenceFields(t *testing.T) {
	carried := map[string]bool{}
	for f := range reflect.TypeFor[occWire]().Fields() {
		carried[f.Name] = true
	}
	for f := range reflect.TypeFor[Occurrence]().Fields() {
		if !carried[f.Name] {
			t.Errorf("Occurrence.%s is not encoded: add a column for it to occWire (encode.go)", f.Name)
		}
	}
}

func TestFamiliesEncode(t *testing.T) {
	fams := DefaultFamilies()
	b, err := MarshalFamilies(fams)
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnmarshalFamilies(b)
	if err != nil {
		t.Fatal(err)
	}
	if ok, why := SameFamilies(fams, got); !ok {
		t.Fatal(why)
	}
	if ok, _ := SameFamilies(fams, got[1:]); ok {
		t.Error("SameFamilies of different lists")
	}
}

func encodeDiscoverer(t testing.TB, dc *Discoverer) *Discoverer {
	t.Helper()
	b, err := dc.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var d Discoverer
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return &d
}

func discoverer(t testing.TB, docs []*corpus.Document, o DiscoverOptions) *Discoverer {
	t.Helper()
	dc, err := NewDiscoverer(corpus.DefaultAliases(), o)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		dc.Add(d)
	}
	return dc
}

// TestDiscovererEncodeMerge: the halves of a corpus, each encoded and
// decoded, merge into the discovery of one pass, with and without a sample.
func TestDiscovererEncodeMerge(t *testing.T) {
	docs := synthDocs(t, 200)
	for _, budget := range []int{0, totalWords(t, docs) / 5} {
		o := DefaultDiscoverOptions()
		if budget > 0 {
			o.MaxWords = budget
		}
		want := discoverer(t, docs, o).Run()
		if budget > 0 && want.Sample < 2 {
			t.Fatalf("budget %d: no sample", budget)
		}
		for _, cut := range []int{0, 1, 77, len(docs)} {
			a := encodeDiscoverer(t, discoverer(t, docs[:cut], o))
			b := encodeDiscoverer(t, discoverer(t, docs[cut:], o))
			if err := a.Merge(b); err != nil {
				t.Fatal(err)
			}
			if got := a.Run(); !reflect.DeepEqual(got, want) {
				t.Errorf("budget %d, cut at %d: merged discovery differs (%d phrases, sample 1/%d; want %d, 1/%d)",
					budget, cut, len(got.Phrases), got.Sample, len(want.Phrases), want.Sample)
			}
		}
		// interleaved shards merge in input order by their IDs
		pos := map[string]int{}
		var odd, even []*corpus.Document
		for i, d := range docs {
			pos[d.ID] = i
			if i%2 == 1 {
				odd = append(odd, d)
			} else {
				even = append(even, d)
			}
		}
		a, b := discoverer(t, odd, o), discoverer(t, even, o)
		if err := a.MergeOrdered(b, func(x, y string) int { return pos[x] - pos[y] }); err != nil {
			t.Fatal(err)
		}
		// (Phrase.ids are term numbers, which depend on the order terms were seen)
		if got := a.Run(); !reflect.DeepEqual(withoutIDs(got), withoutIDs(want)) {
			t.Errorf("budget %d: interleaved shards merge to another discovery", budget)
		}
	}
	o := DefaultDiscoverOptions()
	o.MinDocs = 3
	if err := discoverer(t, nil, o).Merge(discoverer(t, nil, DefaultDiscoverOptions())); err == nil {
		t.Error("merged discoverers of different options")
	}
}

func TestDiscovererRename(t *testing.T) {
	docs := synthDocs(t, 40)
	dc := discoverer(t, docs, DefaultDiscoverOptions())
	old := docs[3].ID
	if n := dc.Rename(map[string]string{old: old + "~2"}); n != 0 {
		t.Errorf("%d documents missing without a sample", n)
	}
	ids := []string{}
	for _, d := range dc.docs {
		ids = append(ids, d.id)
	}
	if slices.Contains(ids, old) || !slices.Contains(ids, old+"~2") {
		t.Errorf("not renamed: %v", ids)
	}
}

func TestDecodeErrors(t *testing.T) {
	c, occs, fams := seedCounts(t, seeds(t)[:2])
	cb, _ := c.MarshalBinary()
	ob, _ := MarshalOccurrences(occs)
	fb, _ := MarshalFamilies(fams)
	db, _ := discoverer(t, seeds(t)[:2], DefaultDiscoverOptions()).MarshalBinary()
	decoders := map[string]func([]byte) error{
		"counts":      func(b []byte) error { var c Counts; return c.UnmarshalBinary(b) },
		"occurrences": func(b []byte) error { _, err := UnmarshalOccurrences(b); return err },
		"families":    func(b []byte) error { _, err := UnmarshalFamilies(b); return err },
		"discoverer":  func(b []byte) error { var d Discoverer; return d.UnmarshalBinary(b) },
	}
	good := map[string][]byte{"counts": cb, "occurrences": ob, "families": fb, "discoverer": db}
	for name, dec := range decoders {
		b := good[name]
		if err := dec(b); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		for _, bad := range [][]byte{nil, b[:len(b)/2], b[:len(b)-1], []byte("dipstat:"), cb[:20]} {
			err := dec(bad)
			if !errors.Is(err, wire.ErrFormat) {
				t.Errorf("%s: %d bytes: got %v, want a format error", name, len(bad), err)
			}
		}
		for other, ob := range good {
			if other != name {
				if err := dec(ob); err == nil || !strings.Contains(err.Error(), "holds a ") {
					t.Errorf("%s given %s: %v", name, other, err)
				}
			}
		}
	}
}

// fuzzSeeds are small valid encodings of each kind.
func fuzzSeeds(f *testing.F) {
	docs := docsOf(f, " date 2025-03-01 The two countries are close neighbors that cannot be moved away. Close neighbors again.",
		"No date. Strategic cooperative partnership, close neighbours.")
	c, occs, _ := seedCounts(f, docs)
	for _, enc := range []func() ([]byte, error){
		c.MarshalBinary,
		func() ([]byte, error) { return MarshalOccurrences(occs) },
		func() ([]byte, error) { return MarshalFamilies(DefaultFamilies()[:2]) },
		discoverer(f, docs, DefaultDiscoverOptions()).MarshalBinary,
	} {
		b, err := enc()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// FuzzDecode: no input makes a decoder, or what it decoded, panic.
func FuzzDecode(f *testing.F) {
	fuzzSeeds(f)
	fams := DefaultFamilies()
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Counts
		if err := c.UnmarshalBinary(data); err == nil {
			c.Summarize(period.Day, fams)
			c.Summarize(period.Year, nil)
			NewCounts().Merge(&c)
		} else if !errors.Is(err, wire.ErrFormat) {
			t.Fatal(err)
		}
		if _, err := UnmarshalOccurrences(data); err != nil && !errors.Is(err, wire.ErrFormat) {
			t.Fatal(err)
		}
		if _, err := UnmarshalFamilies(data); err != nil && !errors.Is(err, wire.ErrFormat) {
			t.Fatal(err)
		}
		var d Discoverer
		if err := d.UnmarshalBinary(data); err == nil {
			d.Run()
			e, _ := NewDiscoverer(nil, d.Options())
			if err := e.Merge(&d); err != nil {
				t.Fatal(err)
			}
			e.Run()
		} else if !errors.Is(err, wire.ErrFormat) {
			t.Fatal(err)
		}
	})
}

func withoutIDs(d *Discovery) *Discovery {
	x := *d
	x.Phrases = slices.Clone(d.Phrases)
	for i := range x.Phrases {
		x.Phrases[i].ids = nil
	}
	return &x
}
