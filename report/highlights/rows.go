package highlights

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/table"
)

// rows reads a table's cells by column key. A missing table or column
// reads as empty values, so a report without (say) discovery simply has no
// highlight of that kind.
type rows struct {
	t   *table.Table
	col map[string]int
}

func newRows(t *table.Table) rows {
	r := rows{t: t, col: map[string]int{}}
	if t != nil {
		for i, c := range t.Columns {
			r.col[c.Key] = i
		}
	}
	return r
}

// n is the number of rows.
func (r rows) n() int {
	if r.t == nil {
		return 0
	}
	return r.t.Len()
}

func (r rows) cell(i int, key string) any {
	c, ok := r.col[key]
	if !ok || r.t == nil {
		return nil
	}
	return r.t.Row(i)[c]
}

func (r rows) str(i int, key string) string {
	switch v := r.cell(i, key).(type) {
	case string:
		return v
	case nil:
		return ""
	default:
		return fmt.Sprint(v)
	}
}

func (r rows) num(i int, key string) float64 {
	switch v := r.cell(i, key).(type) {
	case int:
		return float64(v)
	case int64:
		return float64(v)
	case float64:
		return v
	}
	return 0
}

func (r rows) int(i int, key string) int { return int(r.num(i, key)) }

func (r rows) date(i int, key string) time.Time {
	d, _ := r.cell(i, key).(time.Time)
	return d
}

// period is a dated period of the report (a row of the Periods table).
type period struct {
	Label      string
	Start, End time.Time // End is the period's last day
	Docs       int
	Tokens     int
}

// Contains reports whether d falls in the period.
func (p period) Contains(d time.Time) bool {
	return !d.IsZero() && !d.Before(p.Start) && !d.After(p.End)
}

// latestPeriod is the last period with documents in the Periods table.
func latestPeriod(t *table.Table) (period, bool) {
	r := newRows(t)
	for i := r.n() - 1; i >= 0; i-- {
		if r.int(i, "docs") > 0 {
			return period{Label: r.str(i, "period"), Start: r.date(i, "start"), End: r.date(i, "end"),
				Docs: r.int(i, "docs"), Tokens: r.int(i, "tokens")}, true
		}
	}
	return period{}, false
}

// Formatting of the numbers a line names. The tests read them back and
// compare them with the sheets, so each has one form.

// fix formats x with d decimals.
func fix(x float64, d int) string { return strconv.FormatFloat(x, 'f', d, 64) }

// count is "1 document", "3 documents", "2 families".
func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "y") {
		what = strings.TrimSuffix(what, "y") + "ie"
	}
	return table.Thousands(strconv.Itoa(n)) + " " + what + "s"
}

func day(d time.Time) string {
	if d.IsZero() {
		return "undated"
	}
	return d.Format(time.DateOnly)
}

// quoted is s in curly quotes.
func quoted(s string) string { return "“" + strings.TrimSpace(s) + "”" }
