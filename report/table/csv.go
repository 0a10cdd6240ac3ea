package table

import (
	"io"
	"math"
	"strconv"
	"time"
)

// WriteCSV writes a header row of column keys, then one row per table row.
// Numbers are written in full precision without separators, dates as
// YYYY-MM-DD, percents as fractions.
func WriteCSV(w io.Writer, t *Table) error {
	return writeAll(NewCSVRows(w, t), t)
}

// Plain is a value in machine-readable form, as WriteCSV writes it.
func Plain(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return ""
		}
		return formatFloat(x)
	case time.Time:
		if x.IsZero() {
			return ""
		}
		return x.Format(time.DateOnly)
	case bool:
		return strconv.FormatBool(x)
	}
	if n, ok := asInt(v); ok {
		return strconv.FormatInt(n, 10)
	}
	return ""
}

// formatFloat writes a float in full precision, in plain decimal notation for
// everyday magnitudes (298900000000, not 2.989e+11) and in exponent notation
// only for very large or very small numbers.
func formatFloat(x float64) string {
	if a := math.Abs(x); a == 0 || a >= 1e-6 && a < 1e21 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}
