package figures

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/dipstat/dipstat/analysis/internal/wire"
)

func TestEncodeRoundTrip(t *testing.T) {
	var figs []Figure
	for _, d := range loadSeeds(t) {
		figs = append(figs, FromDocument(d)...)
	}
	if len(figs) < 20 {
		t.Fatalf("only %d figures in the seeds", len(figs))
	}
	figs[0].Sentence = "" // past the report's cap, figures keep no sentence
	attributed := slices.Clone(figs)
	attributed[0].Speaker, attributed[0].Side, attributed[0].Cue = "Wang Yi", "China", "said"
	for _, list := range [][]Figure{figs, figs[:1], attributed} {
		b, err := MarshalFigures(list)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalFigures(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, list) {
			t.Fatalf("%d figures decoded differently", len(list))
		}
		if fmt.Sprintf("%+v", GroupSeries(got, SeriesOptions{})) != fmt.Sprintf("%+v", GroupSeries(list, SeriesOptions{})) {
			t.Fatal("series of decoded figures differ")
		}
	}
	got, err := UnmarshalFigures(mustMarshal(t, nil))
	if err != nil || len(got) != 0 {
		t.Fatalf("empty list: %v, %v", got, err)
	}
}

func mustMarshal(t testing.TB, figs []Figure) []byte {
	b, err := MarshalFigures(figs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFigureFields fails when Figure gains a field that its encoding does
// not carry: give the field a column of its own in figuresWire (encode.go).
func TestFigureFields(t *testing.T) {
	carried := map[string]bool{}
	for f := range reflect.TypeFor[figuresWire]().Fields() {
		carried[f.Name] = true
	}
	for f := range reflect.TypeFor[Figure]().Fields() {
		if !carried[f.Name] {
			t.Errorf("Figure.%s is not encoded: add a column for it to figuresWire (encode.go)", f.Name)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	b := mustMarshal(t, Extract("Trade reached $298.9 billion in 2024, up 6.5 percent."))
	for _, bad := range [][]byte{nil, []byte("dipstat:figures.List\x00"), b[:len(b)-1], b[:len(b)/2], []byte("dipstat:figures.List\x00\x02\xa0")} {
		if _, err := UnmarshalFigures(bad); !errors.Is(err, wire.ErrFormat) {
			t.Errorf("%q: got %v, want a format error", bad, err)
		}
	}
}

// FuzzDecode: no input makes the decoder, or grouping what it decoded, panic.
func FuzzDecode(f *testing.F) {
	f.Add(mustMarshal(f, Extract("Trade reached $298.9 billion in 2024, up 6.5 percent, with about 6.65 million visits.")))
	f.Add(mustMarshal(f, nil))
	f.Fuzz(func(t *testing.T, data []byte) {
		figs, err := UnmarshalFigures(data)
		if err != nil {
			if !errors.Is(err, wire.ErrFormat) {
				t.Fatal(err)
			}
			return
		}
		GroupSeries(figs, SeriesOptions{})
	})
}
