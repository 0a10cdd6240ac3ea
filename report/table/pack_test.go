package table

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestPack(t *testing.T) {
	date := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	seoul := time.Date(2025, 6, 10, 9, 30, 0, 123, time.FixedZone("KST", 9*3600))
	cols := []Column{{Key: "a"}, {Key: "b"}, {Key: "c"}}
	tests := []struct {
		name string
		rows [][]any
		ok   bool
	}{
		{"strings", [][]any{{"close neighbors", "", "近邻 이웃"}, {"a\x00b", "x", "\xff"}}, true},
		{"numbers", [][]any{{0, int64(-1 << 62), int32(-7)}, {math.MaxInt, math.Inf(-1), 0.1}, {-0.0, 298.9e9, math.SmallestNonzeroFloat64}}, true},
		{"empty cells and flags", [][]any{{nil, true, false}}, true},
		{"dates", [][]any{{date, time.Time{}, date.Local()}, {seoul, date.Add(time.Nanosecond), time.Unix(-1e10, 5).UTC()}}, true},
		{"a cell of another type", [][]any{{"x", 1, []string{"y"}}}, false},
		{"no rows", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := &Table{Name: "t", Columns: cols}
			for _, r := range tt.rows {
				tb.Append(r...)
			}
			if got := tb.Pack(); got != tt.ok {
				t.Fatalf("Pack() = %v, want %v", got, tt.ok)
			}
			if !tt.ok {
				if tb.Source != nil || !reflect.DeepEqual(tb.Rows, tt.rows) {
					t.Fatalf("a table Pack refused was changed")
				}
				return
			}
			if tb.Rows != nil || tb.Len() != len(tt.rows) {
				t.Fatalf("packed: Rows %v, Len %d, want nil and %d", tb.Rows, tb.Len(), len(tt.rows))
			}
			// backwards, then forwards one cell at a time, as readers do
			for i := len(tt.rows) - 1; i >= 0; i-- {
				checkPackedRow(t, tb, i, tt.rows[i])
			}
			for i := range tt.rows {
				for c := range cols {
					checkCell(t, tb.Row(i)[c], tt.rows[i][c], i, c)
				}
			}
			// the row handed out is the caller's
			tb.Row(0)[0] = "changed"
			checkPackedRow(t, tb, 0, tt.rows[0])
		})
	}
}

func checkPackedRow(t *testing.T, tb *Table, i int, want []any) {
	t.Helper()
	got := tb.Row(i)
	if len(got) != len(want) {
		t.Fatalf("row %d: %d cells, want %d", i, len(got), len(want))
	}
	for c := range want {
		checkCell(t, got[c], want[c], i, c)
	}
}

func checkCell(t *testing.T, got, want any, i, c int) {
	t.Helper()
	if reflect.TypeOf(got) != reflect.TypeOf(want) {
		t.Fatalf("row %d cell %d: %T, want %T", i, c, got, want)
	}
	switch w := want.(type) {
	case time.Time:
		g := got.(time.Time)
		gn, go_ := g.Zone()
		wn, wo := w.Zone()
		if !g.Equal(w) || go_ != wo || g.Format(time.RFC3339Nano) != w.Format(time.RFC3339Nano) || g.IsZero() != w.IsZero() {
			t.Errorf("row %d cell %d: %v (%s), want %v (%s)", i, c, g, gn, w, wn)
		}
		if w.Location() == time.UTC && g.Location() != time.UTC || w.Location() == time.Local && g.Location() != time.Local {
			t.Errorf("row %d cell %d: location %v, want %v", i, c, g.Location(), w.Location())
		}
	case float64:
		if math.Float64bits(got.(float64)) != math.Float64bits(w) {
			t.Errorf("row %d cell %d: %v, want %v", i, c, got, w)
		}
	default:
		if got != want {
			t.Errorf("row %d cell %d: %#v, want %#v", i, c, got, want)
		}
	}
}

// A packed table writes what it wrote unpacked, in every format.
func TestPackWritesTheSame(t *testing.T) {
	date := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	mk := func() *Table {
		tb := New("t", "T", Column{Key: "s"}, Column{Key: "n", Kind: Int}, Column{Key: "f", Kind: Float, Decimals: 2},
			Column{Key: "p", Kind: Percent, Decimals: 1}, Column{Key: "d", Kind: Date})
		for i := range 300 {
			tb.Append(string(rune('a'+i%26))+" \"quoted\", line", i, float64(i)/3, 0.245, date.AddDate(0, 0, i))
		}
		tb.Append(nil, nil, nil, nil, time.Time{})
		tb.Notes = []string{"a note"}
		return tb
	}
	for _, format := range FormatNames() {
		w, err := Lookup(format)
		if err != nil {
			t.Fatal(err)
		}
		var plain, packed bytes.Buffer
		if err := w(&plain, mk()); err != nil {
			t.Fatal(err)
		}
		tb := mk()
		if !tb.Pack() {
			t.Fatal("not packed")
		}
		if err := w(&packed, tb); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(plain.Bytes(), packed.Bytes()) {
			t.Errorf("%s: packed table writes\n%s\nwant\n%s", format, packed.String(), plain.String())
		}
	}
}

// TestCellSize: Pack sizes its buffer with cellSize, which must be the
// length of appendCell's encoding of every value it takes.
func TestCellSize(t *testing.T) {
	zone := time.FixedZone("KST", 9*3600)
	west := time.FixedZone("", -5*3600-1800)
	vals := []any{nil, true, false, "", "a", strings.Repeat("x", 127), strings.Repeat("x", 128), strings.Repeat("界", 6000),
		0, 1, -1, 63, 64, -64, -65, 8191, 8192, math.MaxInt, math.MinInt,
		int64(0), int64(math.MaxInt64), int64(math.MinInt64), int64(-300),
		int32(0), int32(math.MaxInt32), int32(math.MinInt32),
		0.0, math.Inf(-1), 1e300,
		time.Time{}, time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 10, 9, 30, 0, 999_999_999, zone),
		time.Date(1950, 1, 1, 0, 0, 0, 1, west), time.Unix(0, 0).In(time.Local), time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC).In(zone)}
	for _, v := range vals {
		b, ok := appendCell(nil, v)
		n, sizeOK := cellSize(v)
		if !ok || !sizeOK || n != len(b) {
			t.Errorf("%T %v: cellSize %d (%v), appendCell %d bytes (%v)", v, v, n, sizeOK, len(b), ok)
		}
	}
	for _, v := range []any{uint(1), float32(1), []string{"a"}} {
		if _, ok := cellSize(v); ok {
			t.Errorf("%T: cellSize takes it, appendCell does not", v)
		}
	}
}
