package table

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// rowsSample is sample with a wide-character cell, a cell cut at Max and a
// note, so every writer's special cases are streamed too.
func rowsSample() *Table {
	t := sample()
	t.Columns[0].Max = 12
	t.Append("中韩关系", 7, 1.0, 0.5, nil)
	t.Append("a term far longer than its column allows", 12, 2.0, 0.1, nil)
	t.Notes = []string{"a note"}
	return t
}

// TestRowWritersEqualWriters: a table written row by row is the table
// written whole, in every format; for text, whenever it fits in a block.
func TestRowWritersEqualWriters(t *testing.T) {
	for _, tab := range []*Table{rowsSample(), New("empty", "Empty", Column{Key: "a"}, Column{Key: "n", Kind: Int})} {
		for _, format := range FormatNames() {
			t.Run(tab.Name+"/"+format, func(t *testing.T) {
				var whole bytes.Buffer
				if err := Writers[format](&whole, tab); err != nil {
					t.Fatal(err)
				}
				newRows, err := LookupRows(format)
				if err != nil {
					t.Fatal(err)
				}
				var rows bytes.Buffer
				rw := newRows(&rows, &Table{Name: tab.Name, Columns: tab.Columns, Notes: tab.Notes})
				for _, r := range tab.Rows {
					if err := rw.Write(r...); err != nil {
						t.Fatal(err)
					}
				}
				if err := rw.Close(); err != nil {
					t.Fatal(err)
				}
				if rows.String() != whole.String() {
					t.Errorf("row by row:\n%s\nwhole:\n%s", rows.String(), whole.String())
				}
			})
		}
	}
	if _, err := LookupRows("xlsx"); err == nil {
		t.Error("LookupRows(xlsx): no error")
	}
}

// TestTextRowsBlocks: past its block, a text table is written a block at a
// time; the first block is aligned as WriteText aligns it, the next on
// its own cells and the widths before, so columns only widen, and the
// header and notes are written once.
func TestTextRowsBlocks(t *testing.T) {
	tab := New("ids", "IDs", Column{Key: "id", Title: "ID"}, Column{Key: "n", Kind: Int}, Column{Key: "status"})
	for i := range 5 {
		tab.Append(fmt.Sprintf("page#%d", i*i*i*10), i, "ok")
	}
	tab.Notes = []string{"end"}
	for _, tc := range []struct {
		block int
		want  string
	}{
		{0, "ID        n  status\n--------  -  ------\npage#0    0  ok\npage#10   1  ok\npage#80   2  ok\npage#270  3  ok\npage#640  4  ok\nnote: end\n"},
		{5, "ID        n  status\n--------  -  ------\npage#0    0  ok\npage#10   1  ok\npage#80   2  ok\npage#270  3  ok\npage#640  4  ok\nnote: end\n"},
		{2, "ID       n  status\n-------  -  ------\npage#0   0  ok\npage#10  1  ok\npage#80   2  ok\npage#270  3  ok\npage#640  4  ok\nnote: end\n"},
	} {
		var b bytes.Buffer
		rw := NewTextRows(&b, &Table{Name: tab.Name, Columns: tab.Columns, Notes: tab.Notes}, tc.block)
		for _, r := range tab.Rows {
			if err := rw.Write(r...); err != nil {
				t.Fatal(err)
			}
		}
		if err := rw.Close(); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("block %d:\n%s\nwant:\n%s", tc.block, b.String(), tc.want)
		}
	}
}

// TestTextRowsHoldsABlock: a streamed text table holds at most a block of
// rows, whatever its length.
func TestTextRowsHoldsABlock(t *testing.T) {
	var b strings.Builder
	rw := NewTextRows(&b, New("x", "X", Column{Key: "a"}), 3).(*textRows)
	for i := range 10 {
		if err := rw.Write(fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
		if len(rw.cells) >= 3 {
			t.Fatalf("after %d rows %d held", i+1, len(rw.cells))
		}
	}
	if err := rw.Close(); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "\n"); n != 12 {
		t.Errorf("%d lines, want 12:\n%s", n, b.String())
	}
}
