package table

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// TestAttributedTables: the attributed tables add speaker, side and cue, in
// that order, after the plain tables' columns; the plain ones do not have them.
func TestAttributedTables(t *testing.T) {
	occ := phrases.Occurrence{Doc: "d", Date: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), Family: "f",
		Variant: "v", Text: "t", Start: 1, End: 2, Sentence: "s", Speaker: "Wang Yi", Side: "China", Cue: "said"}
	fig := figures.Figure{Text: "$1", Value: 1, Unit: "USD", Kind: figures.Money, Doc: "d",
		Speaker: "Yonhap News Agency", Side: "ROK", Cue: "reported"}
	for _, c := range []struct {
		plain, attributed *Table
		want              string
	}{
		{PhraseOccurrences([]phrases.Occurrence{occ}), AttributedPhraseOccurrences([]phrases.Occurrence{occ}),
			`"sentence":"s","speaker":"Wang Yi","side":"China","cue":"said"}`},
		{Figures([]figures.Figure{fig}), AttributedFigures([]figures.Figure{fig}),
			`"end":0,"speaker":"Yonhap News Agency","side":"ROK","cue":"reported","source":""}`},
	} {
		var plain, attributed bytes.Buffer
		if err := WriteJSON(&plain, c.plain); err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(&attributed, c.attributed); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(plain.String(), `"speaker"`) {
			t.Errorf("%s: plain table has a speaker: %s", c.plain.Name, plain.String())
		}
		if !strings.HasSuffix(strings.TrimSpace(attributed.String()), c.want) {
			t.Errorf("%s: attributed table: %s, want it to end %s", c.attributed.Name, attributed.String(), c.want)
		}
		extra := 3 // speaker, side, cue; and a figure's source
		if c.plain.Name == "figures" {
			extra = 4
		}
		if len(c.attributed.Columns) != len(c.plain.Columns)+extra {
			t.Errorf("%s: %d columns, want %d", c.attributed.Name, len(c.attributed.Columns), len(c.plain.Columns)+extra)
		}
	}
}
