package facet

import (
	"cmp"
	"slices"

	"github.com/dipstat/dipstat/analysis/internal/wire"
)

// A Tally encodes as its two Counts, each a list of (key, value, day, n)
// items and of (key, value, documents), with the strings interned.

const (
	tallyKind    = "facet.Tally"
	tallyVersion = 1
)

type countsWire struct {
	Key   []uint32 `cbor:"1,keyasint"`
	Value []uint32 `cbor:"2,keyasint"`
	Day   []int32  `cbor:"3,keyasint"`
	N     []int    `cbor:"4,keyasint"`
	DKey  []uint32 `cbor:"5,keyasint"`
	DVal  []uint32 `cbor:"6,keyasint"`
	DN    []int    `cbor:"7,keyasint"`
}

type tallyWire struct {
	Strings  []string   `cbor:"1,keyasint"`
	Sides    countsWire `cbor:"2,keyasint"`
	Speakers countsWire `cbor:"3,keyasint"`
}

// MarshalBinary encodes the tally (in a fixed order: equal tallies, equal
// bytes).
func (t *Tally) MarshalBinary() ([]byte, error) {
	var st wire.Strings
	w := tallyWire{Sides: t.Sides.wire(&st), Speakers: t.Speakers.wire(&st)}
	w.Strings = st.List
	return wire.Marshal(tallyKind, tallyVersion, &w)
}

// UnmarshalTally decodes a tally encoded by MarshalBinary; errors wrap
// wire.ErrFormat.
func UnmarshalTally(data []byte) (*Tally, error) {
	var w tallyWire
	if err := wire.Unmarshal(data, tallyKind, tallyVersion, &w); err != nil {
		return nil, err
	}
	t := NewTally()
	if err := t.Sides.fromWire(&w.Sides, w.Strings); err != nil {
		return nil, err
	}
	if err := t.Speakers.fromWire(&w.Speakers, w.Strings); err != nil {
		return nil, err
	}
	return t, nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func (c *Counts) wire(st *wire.Strings) countsWire {
	var w countsWire
	for _, k := range sortedKeys(c.n) {
		for _, v := range sortedKeys(c.n[k]) {
			byDay := c.n[k][v]
			days := make([]day, 0, len(byDay))
			for d := range byDay {
				days = append(days, d)
			}
			slices.SortFunc(days, func(a, b day) int { return cmp.Compare(a, b) })
			for _, d := range days {
				w.Key, w.Value = append(w.Key, st.ID(k)), append(w.Value, st.ID(v))
				w.Day, w.N = append(w.Day, int32(d)), append(w.N, byDay[d])
			}
		}
	}
	for _, k := range sortedKeys(c.docs) {
		for _, v := range sortedKeys(c.docs[k]) {
			w.DKey, w.DVal, w.DN = append(w.DKey, st.ID(k)), append(w.DVal, st.ID(v)), append(w.DN, c.docs[k][v])
		}
	}
	return w
}

func (c *Counts) fromWire(w *countsWire, strs []string) error {
	if len(w.Value) != len(w.Key) || len(w.Day) != len(w.Key) || len(w.N) != len(w.Key) ||
		len(w.DVal) != len(w.DKey) || len(w.DN) != len(w.DKey) {
		return wire.Errorf(tallyKind, "columns of different lengths")
	}
	for i := range w.Key {
		k, err := wire.Lookup(tallyKind, strs, w.Key[i], "a key")
		if err != nil {
			return err
		}
		v, err := wire.Lookup(tallyKind, strs, w.Value[i], "a value")
		if err != nil {
			return err
		}
		if w.N[i] < 0 {
			return wire.Errorf(tallyKind, "a negative count")
		}
		c.add(k, v, day(w.Day[i]), w.N[i])
	}
	for i := range w.DKey {
		k, err := wire.Lookup(tallyKind, strs, w.DKey[i], "a key")
		if err != nil {
			return err
		}
		v, err := wire.Lookup(tallyKind, strs, w.DVal[i], "a value")
		if err != nil {
			return err
		}
		if w.DN[i] < 0 {
			return wire.Errorf(tallyKind, "a negative count")
		}
		c.addDocs(k, v, w.DN[i])
	}
	return nil
}
