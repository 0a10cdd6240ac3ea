package table

import (
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// WriteText writes an aligned table for a terminal: a header, a rule, the
// rows with numbers right-aligned and thousands separated, then any notes.
// Control characters and bidirectional overrides in cells are shown escaped
// (Escape), so a file name cannot send commands to the terminal.
func WriteText(w io.Writer, t *Table) error {
	return writeAll(NewTextRows(w, t, 0), t)
}

// displayWidth is the number of terminal columns s takes: two for each
// East Asian wide or fullwidth character (Han, Hangul, kana, fullwidth
// forms), one for any other, so Chinese and Korean cells line up.
func displayWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

func right(k Kind) bool { return k == Int || k == Float || k == Percent }

// Human is a value as a person reads it: thousands separators, fixed
// decimals, percents with a % sign, dates as YYYY-MM-DD, long text cut at
// Column.Max runes with an ellipsis.
func Human(v any, c Column) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		x = strings.Join(strings.Fields(x), " ")
		if c.Max > 0 && utf8.RuneCountInString(x) > c.Max {
			r := []rune(x)
			return string(r[:c.Max-1]) + "…"
		}
		return x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return ""
		}
		if c.Kind == Percent {
			return strconv.FormatFloat(x*100, 'f', c.Decimals, 64) + "%"
		}
		return Thousands(strconv.FormatFloat(x, 'f', c.Decimals, 64))
	case time.Time:
		if x.IsZero() {
			return ""
		}
		return x.Format(time.DateOnly)
	}
	if n, ok := asInt(v); ok {
		return Thousands(strconv.FormatInt(n, 10))
	}
	return ""
}

// Thousands inserts commas into the integer part of a decimal number string.
func Thousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if len(intPart) <= 3 {
		return sign + s
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}
