package workbook

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// rowXML appends a table's data rows as sheet XML, cell for cell what
// excelize's StreamWriter.SetRow writes for the same excelize.Cell values
// (TestRowXMLMatchesExcelize), without its per-cell allocations,
// reflection and regular expressions: SetRow was half of the workbook's
// CPU time on 20,000 articles (issue 16).
type rowXML struct {
	buf []byte
	ref []byte // column letters of each column, then the row number
	col [][]byte
	// timeStyle is the style excelize gives a date in a cell without one
	// (number format 22); made when first needed.
	timeStyle func() (int, error)
}

func newRowXML(ncol int, timeStyle func() (int, error)) *rowXML {
	x := &rowXML{col: make([][]byte, ncol), timeStyle: timeStyle}
	for i := range ncol {
		name, _ := excelize.ColumnNumberToName(i + 1)
		x.col[i] = []byte(name)
	}
	return x
}

// row appends row r (1-based) of cells.
func (x *rowXML) row(r int, cells []excelize.Cell) error {
	b := append(x.buf, `<row r="`...)
	b = strconv.AppendInt(b, int64(r), 10)
	b = append(b, `">`...)
	num := strconv.AppendInt(x.ref[:0], int64(r), 10)
	x.ref = num
	for i := range cells {
		var err error
		if b, err = x.cell(b, i, num, &cells[i]); err != nil {
			x.buf = b
			return err
		}
	}
	x.buf = append(b, `</row>`...)
	return nil
}

// cell appends one cell as excelize's writeCell does.
func (x *rowXML) cell(b []byte, i int, num []byte, c *excelize.Cell) ([]byte, error) {
	style := c.StyleID
	typ, val, raw := "", "", false // raw: val is a <v> value, else inline text
	space := false                 // xml:space="preserve" on the cell (formula) or its text
	var text string
	hasText := false
	switch v := c.Value.(type) {
	case nil:
	case string:
		if c.Formula != "" {
			typ, val, raw = "str", bstrMarshal(v), true
			space = edgeSpace(v)
		} else {
			typ, text, hasText = "inlineStr", v, true
			space = edgeSpace(v)
		}
	case int:
		val, raw = strconv.Itoa(v), true
	case int64:
		val, raw = strconv.FormatInt(v, 10), true
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			s := fmt.Sprint(v)
			typ, text, hasText = "inlineStr", s, true
		} else {
			val, raw = strconv.FormatFloat(v, 'f', -1, 64), true
		}
	case bool:
		typ, val, raw = "b", "0", true
		if v {
			val = "1"
		}
	case time.Time:
		serial, adjusted, ok := excelTime(v)
		if ok {
			val, raw = strconv.FormatFloat(serial, 'f', -1, 64), true
			if style == 0 {
				var err error
				if style, err = x.timeStyle(); err != nil {
					return b, err
				}
			}
		} else {
			// excelize keeps the text as it is (no escaping: RFC 3339
			// needs none)
			typ = "inlineStr"
			b = x.open(b, i, num, style, typ, false)
			b = append(b, `<is><t>`...)
			b = adjusted.AppendFormat(b, time.RFC3339Nano)
			return append(b, `</t></is></c>`...), nil
		}
	default:
		return b, fmt.Errorf("workbook: cell value of type %T", c.Value)
	}
	if c.Formula != "" && c.Value == nil {
		typ = "str" // excelize's setCellFormula; a value sets its own type
	}
	b = x.open(b, i, num, style, typ, space && !hasText)
	if c.Formula != "" {
		b = append(b, `<f>`...)
		b = appendEscaped(b, c.Formula, true)
		b = append(b, `</f>`...)
	}
	if raw && val != "" {
		b = append(b, `<v>`...)
		b = appendEscaped(b, val, true)
		b = append(b, `</v>`...)
	}
	if hasText {
		if space {
			b = append(b, `<is><t xml:space="preserve">`...)
		} else {
			b = append(b, `<is><t>`...)
		}
		b = appendText(b, text)
		b = append(b, `</t></is>`...)
	}
	return append(b, `</c>`...), nil
}

// open appends a cell's start tag.
func (x *rowXML) open(b []byte, i int, num []byte, style int, typ string, space bool) []byte {
	b = append(b, `<c`...)
	if space {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = append(b, ` r="`...)
	b = append(b, x.col[i]...)
	b = append(b, num...)
	b = append(b, '"')
	if style != 0 {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(style), 10)
		b = append(b, '"')
	}
	if typ != "" {
		b = append(b, ` t="`...)
		b = append(b, typ...)
		b = append(b, '"')
	}
	return append(b, '>')
}

// edgeSpace reports whether s starts or ends with a tab, newline,
// carriage return or space, which excelize marks xml:space="preserve".
func edgeSpace(s string) bool {
	if s == "" {
		return false
	}
	isSp := func(c byte) bool { return c == 9 || c == 10 || c == 13 || c == 32 }
	return isSp(s[0]) || isSp(s[len(s)-1])
}

// appendText appends an inline string's text as excelize does: escaped
// as XML (newlines kept), then with Excel's _xHHHH_ escapes protected.
func appendText(b []byte, s string) []byte {
	start := len(b)
	b = appendEscaped(b, s, false)
	if !strings.Contains(s, "_x") {
		return b
	}
	m := bstrMarshal(string(b[start:]))
	return append(b[:start], m...)
}

// xmlEsc is the escape of each ASCII byte that needs one (as
// encoding/xml.EscapeText writes them), nil for the others.
var xmlEsc = func() (t [128][]byte) {
	for c, e := range map[byte]string{'"': "&#34;", '\'': "&#39;", '&': "&amp;", '<': "&lt;", '>': "&gt;",
		'\t': "&#x9;", '\n': "&#xA;", '\r': "&#xD;"} {
		t[c] = []byte(e)
	}
	for c := range 0x20 {
		if t[c] == nil {
			t[c] = []byte("\uFFFD")
		}
	}
	return t
}()

// appendEscaped appends s escaped as encoding/xml.EscapeText escapes it
// (invalid UTF-8 and characters XML cannot hold become U+FFFD); newlines
// are kept as they are unless escapeNewline.
func appendEscaped(b []byte, s string, escapeNewline bool) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			e := xmlEsc[c]
			if e == nil || c == '\n' && !escapeNewline {
				continue
			}
			b = append(b, s[last:i-1]...)
			b = append(b, e...)
			last = i
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if r == utf8.RuneError && w == 1 || r > 0xD7FF && r < 0xE000 || r == 0xFFFE || r == 0xFFFF || r > 0x10FFFF {
			b = append(b, s[last:i-w]...)
			b = append(b, "\uFFFD"...)
			last = i
		}
	}
	return append(b, s[last:]...)
}

// excelTime is t as an Excel serial date, as excelize's setCellTime
// computes it for a workbook of the 1900 date system; false for a date
// before 1900, which excelize writes as text (the time it returns, moved
// by its zone's offset as excelize moves it).
func excelTime(t time.Time) (float64, time.Time, bool) {
	_, offset := t.In(t.Location()).Zone()
	t = t.Add(time.Duration(offset) * time.Second)
	const day = 24 * time.Hour
	const maxDuration = 290 * 364 * day
	date := time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC)
	if t.Before(date) {
		return 0, t, false
	}
	tt, diff, result := t, t.Sub(date), 0.0
	for diff >= maxDuration {
		result += float64(maxDuration / day)
		tt = tt.Add(-maxDuration)
		diff = tt.Sub(date)
	}
	rem := diff % day
	result += float64(diff-rem)/float64(day) + float64(rem)/float64(day)
	if t.After(time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)) {
		result++
	}
	return result, t, result > 0
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal is excelize's: it escapes the text _xHHHH_ (which Excel
// reads as a character code) as _x005F_xHHHH_.
func bstrMarshal(s string) (result string) {
	if !strings.Contains(s, "_x") {
		return s
	}
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}
