package table

import (
	"encoding/binary"
	"math"
	"sync"
	"time"
)

// Pack replaces t's Rows by a Source that holds the same rows encoded end
// to end in one byte slice, and reports whether it did. A row of cells as
// []any costs an interface and a boxed value per cell, all of which the
// garbage collector scans; packed, a table costs about its text's bytes
// and four bytes a row, none of it scanned. A report holds all its tables
// until they are written, so packing the long ones once built lowers its
// peak memory (issue 16). Row returns values of the types appended:
// string, int, int64, int32, float64, bool, time.Time (its instant and
// zone offset; the zone's name is kept only for UTC and Local), nil. A
// table with a cell of another type, or with a Source, is left as it is.
func (t *Table) Pack() bool {
	if t.Source != nil || len(t.Rows) == 0 {
		return false
	}
	// The exact size first, so that the rows are encoded into one
	// allocation, not copied as a growing slice doubles.
	size := 0
	for _, r := range t.Rows {
		for _, v := range r {
			n, ok := cellSize(v)
			if !ok {
				return false
			}
			size += n
		}
	}
	if uint64(size) > math.MaxUint32 {
		return false
	}
	p := &packed{ncol: len(t.Columns), data: make([]byte, 0, size), ends: make([]uint32, 0, len(t.Rows))}
	for _, r := range t.Rows {
		for _, v := range r {
			p.data, _ = appendCell(p.data, v)
		}
		p.ends = append(p.ends, uint32(len(p.data)))
	}
	t.Rows, t.Source = nil, p
	return true
}

// cellSize is the length of appendCell's encoding of v, and whether
// appendCell takes v.
func cellSize(v any) (int, bool) {
	switch x := v.(type) {
	case nil, bool:
		return 1, true
	case string:
		return 1 + uvarintLen(uint64(len(x))) + len(x), true
	case int:
		return 1 + varintLen(int64(x)), true
	case int64:
		return 1 + varintLen(x), true
	case int32:
		return 1 + varintLen(int64(x)), true
	case float64:
		return 9, true
	case time.Time:
		n := 1 + varintLen(x.Unix()) + uvarintLen(uint64(x.Nanosecond()))
		if l := x.Location(); l != time.UTC && l != time.Local {
			_, off := x.Zone()
			n += varintLen(int64(off))
		}
		return n, true
	}
	return 0, false
}

// uvarintLen is the length of binary.AppendUvarint's encoding of x.
func uvarintLen(x uint64) int {
	n := 1
	for ; x >= 0x80; x >>= 7 {
		n++
	}
	return n
}

// varintLen is the length of binary.AppendVarint's encoding of x.
func varintLen(x int64) int {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return uvarintLen(ux)
}

// The packed cell's first byte is its type.
const (
	cellNil byte = iota
	cellString
	cellInt
	cellInt64
	cellInt32
	cellFloat
	cellFalse
	cellTrue
	cellTime    // Unix seconds, nanoseconds, zone offset in seconds
	cellTimeUTC // Unix seconds, nanoseconds
	cellTimeLocal
)

func appendCell(b []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case nil:
		return append(b, cellNil), true
	case string:
		b = binary.AppendUvarint(append(b, cellString), uint64(len(x)))
		return append(b, x...), true
	case int:
		return binary.AppendVarint(append(b, cellInt), int64(x)), true
	case int64:
		return binary.AppendVarint(append(b, cellInt64), x), true
	case int32:
		return binary.AppendVarint(append(b, cellInt32), int64(x)), true
	case float64:
		return binary.LittleEndian.AppendUint64(append(b, cellFloat), math.Float64bits(x)), true
	case bool:
		if x {
			return append(b, cellTrue), true
		}
		return append(b, cellFalse), true
	case time.Time:
		kind := cellTime
		switch x.Location() {
		case time.UTC:
			kind = cellTimeUTC
		case time.Local:
			kind = cellTimeLocal
		}
		b = binary.AppendVarint(append(b, kind), x.Unix())
		b = binary.AppendUvarint(b, uint64(x.Nanosecond()))
		if kind == cellTime {
			_, off := x.Zone()
			b = binary.AppendVarint(b, int64(off))
		}
		return b, true
	}
	return b, false
}

// packed is a RowSource of rows packed by Table.Pack. The last row read
// is kept decoded, for readers that take a row one cell at a time.
type packed struct {
	ncol int
	data []byte
	ends []uint32 // where each row's cells end in data

	mu   sync.Mutex
	at   int // the row last holds, plus one (0: none)
	last []any
}

func (p *packed) Len() int { return len(p.ends) }

func (p *packed) Row(i int) []any {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.at != i+1 {
		start := uint32(0)
		if i > 0 {
			start = p.ends[i-1]
		}
		p.last = decodeRow(p.data[start:p.ends[i]], p.ncol)
		p.at = i + 1
	}
	return append([]any(nil), p.last...)
}

// decodeRow decodes n cells that appendCell encoded into b.
func decodeRow(b []byte, n int) []any {
	row := make([]any, n)
	for c := range row {
		kind := b[0]
		b = b[1:]
		switch kind {
		case cellString:
			l, k := binary.Uvarint(b)
			row[c] = string(b[k : k+int(l)])
			b = b[k+int(l):]
		case cellInt, cellInt64, cellInt32:
			v, k := binary.Varint(b)
			b = b[k:]
			switch kind {
			case cellInt:
				row[c] = int(v)
			case cellInt64:
				row[c] = v
			default:
				row[c] = int32(v)
			}
		case cellFloat:
			row[c] = math.Float64frombits(binary.LittleEndian.Uint64(b))
			b = b[8:]
		case cellFalse, cellTrue:
			row[c] = kind == cellTrue
		case cellTime, cellTimeUTC, cellTimeLocal:
			sec, k := binary.Varint(b)
			b = b[k:]
			nsec, k := binary.Uvarint(b)
			b = b[k:]
			t := time.Unix(sec, int64(nsec))
			switch kind {
			case cellTimeUTC:
				t = t.UTC()
			case cellTime:
				off, k := binary.Varint(b)
				b = b[k:]
				t = t.In(time.FixedZone("", int(off)))
			}
			row[c] = t
		}
	}
	return row
}
