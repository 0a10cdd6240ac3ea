package wire

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckColumns(t *testing.T) {
	for _, tc := range []struct {
		name           string
		n              int
		need, optional []int
		want           string // "" for no error
	}{
		{"all equal", 3, []int{3, 3}, []int{3}, ""},
		{"optional empty", 3, []int{3}, []int{0, 3}, ""},
		{"no rows", 0, []int{0}, []int{0}, ""},
		{"a column short", 3, []int{3, 2}, nil, "columns of 3 and 2 rows"},
		{"a needed column empty", 3, []int{0}, nil, "columns of 3 and 0 rows"},
		{"an optional column short", 3, []int{3}, []int{2}, "columns of 3 and 2 rows"},
		{"an optional column long", 3, nil, []int{4}, "columns of 3 and 4 rows"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckColumns("test", "rows", tc.n, tc.need, tc.optional)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("error %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrFormat)):
				t.Errorf("error %v, want one wrapping ErrFormat with %q", err, tc.want)
			}
		})
	}
}

// TestTable: lookups give the strings, an optional column left empty gives
// "", and the first index out of range is the error kept.
func TestTable(t *testing.T) {
	tb := Table{Kind: "test", Strings: []string{"a", "b"}}
	if got := tb.Str(1, "x") + tb.Opt(nil, 5, "y") + tb.Opt([]uint32{0, 1}, 0, "z"); got != "ba" || tb.Err != nil {
		t.Fatalf("got %q, %v", got, tb.Err)
	}
	if got := tb.Str(7, "first") + tb.Opt([]uint32{9}, 0, "second"); got != "" {
		t.Errorf("out of range gave %q", got)
	}
	if tb.Err == nil || !errors.Is(tb.Err, ErrFormat) || !strings.Contains(tb.Err.Error(), "first refers to string 7 of 2") {
		t.Errorf("error %v, want the first lookup's", tb.Err)
	}
}
