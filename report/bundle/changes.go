package bundle

import (
	"bytes"
	"fmt"

	"github.com/dipstat/dipstat/report/history"
	"github.com/dipstat/dipstat/report/table"
)

// ChangesPart is the comparison with the previous report: the Changes sheet
// (data/changes.csv) and changes.json.
func ChangesPart(ch history.Changes) (Part, error) {
	p := Part{Name: "changes"}
	for _, t := range ch.Tables() {
		p.Tables = append(p.Tables, sheet(t, "Changes"))
	}
	var b bytes.Buffer
	if err := ch.WriteJSON(&b); err != nil {
		return p, fmt.Errorf("changes.json: %w", err)
	}
	p.Files = map[string][]byte{"changes.json": b.Bytes()}
	for _, s := range ch.Skipped {
		p.Warnings = append(p.Warnings, "changes: "+s)
	}
	return p, nil
}

// AllTables is every table of the parts, in order: what the workbook and
// data/*.csv will hold (a history.Snapshot is built from them).
func AllTables(parts []Part) []*table.Table {
	var out []*table.Table
	for _, p := range parts {
		out = append(out, p.Tables...)
	}
	return out
}
