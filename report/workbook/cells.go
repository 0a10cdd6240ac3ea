package workbook

import (
	"math"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dipstat/dipstat/report/table"
	"github.com/xuri/excelize/v2"
)

// Excel's limits.
const (
	MaxCellChars = 32767
	MaxSheetRows = 1048576
)

// CutMarker ends a cell cut at Excel's 32,767-character limit.
const CutMarker = " […cut]"

// cellText cuts s to Excel's cell limit, ending it with CutMarker, and
// reports whether it did.
func cellText(s string) (string, bool) {
	if len(s) <= MaxCellChars {
		// a UTF-16 unit takes at least one byte of UTF-8 (a pair, four)
		return s, false
	}
	if utf8.RuneCountInString(s) <= MaxCellChars {
		// Excel counts UTF-16 units; runes are close enough for BMP text.
		if utf16Len(s) <= MaxCellChars {
			return s, false
		}
	}
	keep := MaxCellChars - utf16Len(CutMarker)
	n := 0
	for i, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if n+w > keep {
			return s[:i] + CutMarker, true
		}
		n += w
	}
	return s, false
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// LinkFunc turns a Link cell's value (a file path or URL) into the target
// written in the workbook, e.g. a path relative to the workbook's folder.
type LinkFunc func(string) string

// cell is one table value as an excelize stream cell with the column's style.
func cell(v any, c table.Column, style int, link LinkFunc) (excelize.Cell, bool) {
	out := excelize.Cell{StyleID: style}
	cut := false
	switch x := v.(type) {
	case nil:
		return excelize.Cell{}, false
	case string:
		x, cut = cellText(x)
		if c.Kind == table.Link && x != "" {
			target := x
			if link != nil && !isURL(x) {
				target = link(x)
			}
			out.Formula = "HYPERLINK(" + quote(target) + "," + quote(x) + ")"
		}
		out.Value = x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return excelize.Cell{}, false
		}
		out.Value = x
	case time.Time:
		if x.IsZero() {
			return excelize.Cell{}, false
		}
		out.Value = x
	case bool:
		out.Value = x
	case int:
		out.Value = x
	case int64:
		out.Value = x
	case int32:
		out.Value = int64(x)
	default:
		out.Value = table.Human(v, c)
	}
	return out, cut
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// quote is an Excel string literal.
func quote(s string) string {
	if len(s) > 255 { // Excel's limit for a string in a formula
		s = s[:255]
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// RelativeTo returns a LinkFunc giving paths relative to dir (both are
// made absolute first), with forward slashes as Excel expects.
func RelativeTo(dir string) LinkFunc {
	absDir, derr := filepath.Abs(dir)
	return func(p string) string {
		ap, err := filepath.Abs(p)
		if err != nil || derr != nil {
			return filepath.ToSlash(p)
		}
		rel, err := filepath.Rel(absDir, ap)
		if err != nil {
			return filepath.ToSlash(ap)
		}
		return filepath.ToSlash(rel)
	}
}
