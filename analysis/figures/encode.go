package figures

import "github.com/dipstat/dipstat/analysis/internal/wire"

// A list of figures is an aggregate of a corpus: lists of shards
// concatenate (in input order), and series are grouped from the whole list
// (GroupSeries). It encodes by columns with its strings interned, since a
// corpus cites the same units, kinds, qualifiers, periods and subjects over
// and over. A field added to Figure gets a column of its own (a new key);
// TestFigureFields fails until it has one.

const (
	figuresKind    = "figures.List"
	figuresVersion = 1
)

type figuresWire struct {
	Strings   []string  `cbor:"1,keyasint"`
	Text      []uint32  `cbor:"2,keyasint"`
	Value     []float64 `cbor:"3,keyasint"`
	Unit      []uint32  `cbor:"4,keyasint"`
	Kind      []uint32  `cbor:"5,keyasint"`
	Qualifier []uint32  `cbor:"6,keyasint"`
	Subject   []uint32  `cbor:"7,keyasint"`
	Period    []uint32  `cbor:"8,keyasint"`
	Sentence  []uint32  `cbor:"9,keyasint"`
	Doc       []uint32  `cbor:"10,keyasint"`
	Date      []int64   `cbor:"11,keyasint"`
	Start     []int     `cbor:"12,keyasint"`
	End       []int     `cbor:"13,keyasint"`
	High      []float64 `cbor:"14,keyasint"`
	NumStart  []int     `cbor:"15,keyasint"`
	NumEnd    []int     `cbor:"16,keyasint"`
	QualStart []int     `cbor:"17,keyasint"`
	// columns added later: empty when every value is ""
	Speaker []uint32 `cbor:"18,keyasint,omitempty"`
	Side    []uint32 `cbor:"19,keyasint,omitempty"`
	Cue     []uint32 `cbor:"20,keyasint,omitempty"`
	Source  []uint32 `cbor:"21,keyasint,omitempty"`
}

// MarshalFigures encodes a list of figures.
func MarshalFigures(figs []Figure) ([]byte, error) {
	var st wire.Strings
	n := len(figs)
	w := figuresWire{Text: make([]uint32, n), Value: make([]float64, n), Unit: make([]uint32, n), Kind: make([]uint32, n),
		Qualifier: make([]uint32, n), Subject: make([]uint32, n), Period: make([]uint32, n), Sentence: make([]uint32, n),
		Doc: make([]uint32, n), Date: make([]int64, n), Start: make([]int, n), End: make([]int, n), High: make([]float64, n),
		NumStart: make([]int, n), NumEnd: make([]int, n), QualStart: make([]int, n)}
	for i, f := range figs {
		w.Text[i], w.Value[i], w.Unit[i], w.Kind[i] = st.ID(f.Text), f.Value, st.ID(f.Unit), st.ID(string(f.Kind))
		w.Qualifier[i], w.Subject[i], w.Period[i], w.Sentence[i] = st.ID(f.Qualifier), st.ID(f.Subject), st.ID(f.Period), st.ID(f.Sentence)
		w.Doc[i], w.Date[i], w.Start[i], w.End[i] = st.ID(f.Doc), wire.Time(f.Date), f.Start, f.End
		w.High[i], w.NumStart[i], w.NumEnd[i], w.QualStart[i] = f.High, f.NumStart, f.NumEnd, f.QualStart
	}
	w.Speaker = wire.Column(&st, figs, func(f *Figure) string { return f.Speaker })
	w.Side = wire.Column(&st, figs, func(f *Figure) string { return f.Side })
	w.Cue = wire.Column(&st, figs, func(f *Figure) string { return f.Cue })
	w.Source = wire.Column(&st, figs, func(f *Figure) string { return f.Source })
	w.Strings = st.List
	return wire.Marshal(figuresKind, figuresVersion, &w)
}

// UnmarshalFigures decodes a list encoded by MarshalFigures; errors wrap
// wire.ErrFormat.
func UnmarshalFigures(data []byte) ([]Figure, error) {
	var w figuresWire
	if err := wire.Unmarshal(data, figuresKind, figuresVersion, &w); err != nil {
		return nil, err
	}
	n := len(w.Text)
	if err := wire.CheckColumns(figuresKind, "figures", n,
		[]int{len(w.Value), len(w.Unit), len(w.Kind), len(w.Qualifier), len(w.Subject), len(w.Period),
			len(w.Sentence), len(w.Doc), len(w.Date), len(w.Start), len(w.End), len(w.High), len(w.NumStart), len(w.NumEnd), len(w.QualStart)},
		[]int{len(w.Speaker), len(w.Side), len(w.Cue), len(w.Source)}); err != nil {
		return nil, err
	}
	out := make([]Figure, n)
	t := wire.Table{Kind: figuresKind, Strings: w.Strings}
	str, opt := t.Str, t.Opt
	for i := range out {
		out[i] = Figure{Text: str(w.Text[i], "text"), Value: w.Value[i], Unit: str(w.Unit[i], "unit"), Kind: Kind(str(w.Kind[i], "kind")),
			Qualifier: str(w.Qualifier[i], "qualifier"), Subject: str(w.Subject[i], "subject"), Period: str(w.Period[i], "period"),
			Sentence: str(w.Sentence[i], "sentence"), Doc: str(w.Doc[i], "doc"), Date: wire.FromTime(w.Date[i]),
			Start: w.Start[i], End: w.End[i], High: w.High[i], NumStart: w.NumStart[i], NumEnd: w.NumEnd[i], QualStart: w.QualStart[i]}
		f := &out[i]
		f.Speaker, f.Side, f.Cue = opt(w.Speaker, i, "speaker"), opt(w.Side, i, "side"), opt(w.Cue, i, "cue")
		f.Source = opt(w.Source, i, "source")
		if t.Err != nil {
			return nil, t.Err
		}
	}
	return out, nil
}
