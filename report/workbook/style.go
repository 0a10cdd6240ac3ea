package workbook

import (
	"fmt"
	"strings"

	"github.com/dipstat/dipstat/report/table"
	"github.com/xuri/excelize/v2"
)

// styles caches excelize style IDs by number format.
type styles struct {
	f      *excelize.File
	byFmt  map[string]int
	header int
	link   int
	title  int
	key    int
}

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{f: f, byFmt: map[string]int{}}
	var err error
	if s.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DCE6F1"}},
		Alignment: &excelize.Alignment{Vertical: "center"},
	}); err != nil {
		return nil, err
	}
	if s.link, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}}); err != nil {
		return nil, err
	}
	if s.title, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}); err != nil {
		return nil, err
	}
	if s.key, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
		return nil, err
	}
	return s, nil
}

// NumberFormat is the Excel number format of a column: "#,##0" for Int,
// "#,##0.00" for Float with 2 decimals, "0.0%" for Percent with 1 decimal,
// "yyyy-mm-dd" for Date, "" (General) for text and links and for Float
// with Decimals < 0 (as many digits as the value has).
func NumberFormat(c table.Column) string {
	switch c.Kind {
	case table.Int:
		return "#,##0"
	case table.Float:
		if c.Decimals < 0 {
			return ""
		}
		if c.Decimals == 0 {
			return "#,##0"
		}
		return "#,##0." + strings.Repeat("0", c.Decimals)
	case table.Percent:
		if c.Decimals <= 0 {
			return "0%"
		}
		return "0." + strings.Repeat("0", c.Decimals) + "%"
	case table.Date:
		return "yyyy-mm-dd"
	}
	return ""
}

// number is the style of a number format ("" for none).
func (s *styles) number(format string) (int, error) {
	if format == "" {
		return 0, nil
	}
	if id, ok := s.byFmt[format]; ok {
		return id, nil
	}
	f := format
	id, err := s.f.NewStyle(&excelize.Style{CustomNumFmt: &f})
	if err != nil {
		return 0, fmt.Errorf("number format %q: %w", format, err)
	}
	s.byFmt[format] = id
	return id, nil
}

// column is the style of a table column's cells.
func (s *styles) column(c table.Column) (int, error) {
	if c.Kind == table.Link {
		return s.link, nil
	}
	return s.number(NumberFormat(c))
}
