package table

import (
	"reflect"
	"testing"
)

func TestStack(t *testing.T) {
	mk := func(notes ...string) *Table {
		t := New("terms", "Terms", Column{Key: "term"}, Column{Key: "side"}, Column{Key: "count", Kind: Int})
		t.Append("china", "x", 2)
		t.Notes = notes
		return t
	}
	for _, tc := range []struct {
		name, key string
		values    []string
		ts        []*Table
		rows      [][]any
		notes     []string
	}{
		{"outlet", "outlet", []string{"Yonhap", "Xinhua"}, []*Table{mk("same", "3 docs"), mk("same", "2 docs")},
			[][]any{{"Yonhap", "china", "x", 2}, {"Xinhua", "china", "x", 2}}, []string{"same", "Yonhap: 3 docs", "Xinhua: 2 docs"}},
		{"side", "by_side", []string{"China"}, []*Table{mk()}, [][]any{{"China", "china", "x", 2}}, nil},
	} {
		got := Stack(tc.name, tc.values, tc.ts)
		if got.Columns[0].Key != tc.key || got.Columns[0].Title != facetTitle(tc.name) || len(got.Columns) != 4 || got.Name != "terms_by_"+tc.name {
			t.Errorf("%s: columns %+v, name %s", tc.name, got.Columns, got.Name)
		}
		if !reflect.DeepEqual(got.Rows, tc.rows) || !reflect.DeepEqual(got.Notes, tc.notes) {
			t.Errorf("%s: rows %v notes %q, want %v %q", tc.name, got.Rows, got.Notes, tc.rows, tc.notes)
		}
	}
	if got := Stack("side", nil, nil); len(got.Rows) != 0 || len(got.Columns) != 1 {
		t.Errorf("empty stack: %+v", got)
	}
}

func TestWithColumn(t *testing.T) {
	tb := New("concordance", "Concordance", Column{Key: "doc"}, Column{Key: "match"})
	tb.Append("d1", "close neighbors")
	tb.Append("d2", "close neighbours")
	got := WithColumn(tb, Column{Key: "doc", Title: "doc"}, []any{"Yonhap", "Xinhua"})
	if got.Columns[0].Key != "by_doc" || got.Columns[0].Title != "Doc" || !reflect.DeepEqual(got.Rows, [][]any{{"Yonhap", "d1", "close neighbors"}, {"Xinhua", "d2", "close neighbours"}}) {
		t.Errorf("got %+v", got)
	}
	if len(tb.Columns) != 2 || len(tb.Rows[0]) != 2 {
		t.Error("WithColumn changed its input")
	}
}
