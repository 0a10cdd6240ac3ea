package html

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/dipstat/dipstat/report/table"
)

// tableView is a table as the template draws it.
type tableView struct {
	ID, Name, Title string
	Cols            []colView
	Rows            [][]cellView
	Total           int // rows in the table; Rows may hold fewer
	Notes           []string
}

type colView struct {
	Title string
	Num   bool // right-aligned, sorted as numbers
}

type cellView struct {
	Text string
	Sort string // the value sorted on, when it is not the text
	Href string // a link
	Mark bool   // the matched words of a concordance hit
}

func (r *Report) tableView(t *table.Table) tableView {
	v := tableView{ID: "t-" + t.Name, Name: t.Name, Title: t.Title, Total: t.Len(), Notes: t.Notes}
	for _, c := range t.Columns {
		v.Cols = append(v.Cols, colView{Title: c.Header(), Num: numeric(c.Kind)})
	}
	col := func(key string) int { return t.Col(key) }
	docCol, matchCol, leftCol, textCol := col("doc"), col("match"), col("left"), col("text")
	rows := t.Len()
	if rows > r.MaxRows {
		rows = r.MaxRows
		v.Notes = append(v.Notes, fmt.Sprintf("The first %d of %d rows; every row is in the workbook and data/%s.csv.", r.MaxRows, t.Len(), t.Name))
	}
	for k := range rows {
		row := t.Row(k)
		cells := make([]cellView, len(row))
		for i, val := range row {
			c := t.Columns[i]
			c.Max = 0
			cv := cellView{Text: table.Human(val, c)}
			switch c.Kind {
			case table.Int, table.Float, table.Percent:
				cv.Sort = table.Plain(val)
			case table.Date:
				if d, ok := val.(time.Time); ok && !d.IsZero() {
					cv.Sort = d.Format(time.DateOnly)
				}
			case table.Link:
				if s, ok := val.(string); ok && s != "" {
					cv.Href = s
					if r.Link != nil && !strings.Contains(s, "://") {
						cv.Href = r.Link(s)
					}
				}
			}
			cells[i] = cv
		}
		// A hit or a figure links to its document, scrolled to its words.
		if docCol >= 0 {
			if href := r.DocLinks[str(row[docCol])]; href != "" {
				words, prefix := "", ""
				switch {
				case matchCol >= 0:
					words = str(row[matchCol])
					if leftCol >= 0 {
						prefix = lastWords(str(row[leftCol]), 3)
					}
				case textCol >= 0:
					words = str(row[textCol])
				}
				cells[docCol].Href = href + fragment(prefix, words)
			}
		}
		if matchCol >= 0 {
			cells[matchCol].Mark = true
		}
		v.Rows = append(v.Rows, cells)
	}
	return v
}

func numeric(k table.Kind) bool { return k == table.Int || k == table.Float || k == table.Percent }

func str(v any) string {
	s, _ := v.(string)
	return s
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	// a word cut by the context window would not match
	if len(f) > 1 && !strings.HasPrefix(s, f[0]) && !strings.Contains(s, " "+f[0]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// fragment is a text fragment (#:~:text=prefix-,words) that browsers
// scroll to and mark; "" without words.
func fragment(prefix, words string) string {
	words = strings.Join(strings.Fields(words), " ")
	if words == "" {
		return ""
	}
	f := "#:~:text="
	if prefix = strings.Join(strings.Fields(prefix), " "); prefix != "" {
		f += fragEscape(prefix) + "-,"
	}
	return f + fragEscape(words)
}

// fragEscape percent-encodes s for a text fragment, where '-', ',' and
// '&' are syntax.
func fragEscape(s string) string {
	s = url.PathEscape(s)
	return strings.NewReplacer("-", "%2D", ",", "%2C", "&", "%26").Replace(s)
}
