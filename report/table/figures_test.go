package table

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/figures"
)

func TestFiguresTable(t *testing.T) {
	figs := figures.ExtractDated("Bilateral trade volume reached $298.9 billion during the January-November period this year, up 24.5 percent.",
		time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC))
	for i := range figs {
		figs[i].Doc = "004"
	}
	tb := Figures(figs)
	var keys []string
	for _, c := range tb.Columns {
		keys = append(keys, c.Key)
	}
	if got := strings.Join(keys, ","); got != "text,value,unit,kind,qualifier,subject,period,sentence,doc,date,start,end" {
		t.Fatalf("columns %s", got)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, tb); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d JSON lines: %s", len(lines), buf.String())
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &obj); err != nil {
		t.Fatal(err)
	}
	if len(obj) != 12 || obj["text"] != "$298.9 billion" || obj["value"] != 298.9e9 || obj["unit"] != "USD" ||
		obj["kind"] != "money" || obj["subject"] != "Bilateral trade volume" || obj["period"] != "2025-01/2025-11" || obj["doc"] != "004" {
		t.Errorf("JSON object %v", obj)
	}
	buf.Reset()
	if err := WriteText(&buf, Without(tb, "sentence", "start", "end")); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "298,900,000,000") || !strings.Contains(out, "24.5") || strings.Contains(out, "Sentence") {
		t.Errorf("text table:\n%s", out)
	}
}

func TestFigureSeriesTable(t *testing.T) {
	var figs []figures.Figure
	for i, s := range []string{"Trade reached $300 billion in 2024.", "Bilateral trade hit $310 billion in 2024."} {
		for _, f := range figures.Extract(s) {
			f.Doc = string(rune('a' + i))
			figs = append(figs, f)
		}
	}
	tb := FigureSeries(figures.Series(figs))
	if len(tb.Rows) != 2 || len(tb.Notes) != 1 || tb.Rows[0][tb.Col("conflict")] != "yes" {
		t.Errorf("rows %v notes %v", tb.Rows, tb.Notes)
	}
}
