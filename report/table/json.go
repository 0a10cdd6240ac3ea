package table

import (
	"encoding/json"
	"io"
	"math"
	"strconv"
	"time"
)

// WriteJSON writes JSON Lines: one object per row, keys in column order.
// Dates are "YYYY-MM-DD" ("" when absent), percents are fractions, and
// numbers that are not finite are null.
func WriteJSON(w io.Writer, t *Table) error {
	return writeAll(NewJSONRows(w, t), t)
}

func appendJSON(buf []byte, v any, k Kind) []byte {
	switch x := v.(type) {
	case nil:
		if k == Text || k == Date || k == Link {
			return append(buf, '"', '"')
		}
		return append(buf, "null"...)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return append(buf, "null"...)
		}
		return append(buf, formatFloat(x)...)
	case time.Time:
		if x.IsZero() {
			return append(buf, '"', '"')
		}
		return strconv.AppendQuote(buf, x.Format(time.DateOnly))
	}
	if n, ok := asInt(v); ok {
		return strconv.AppendInt(buf, n, 10)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return append(buf, "null"...)
	}
	return append(buf, b...)
}
