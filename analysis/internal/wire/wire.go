// Package wire is the envelope of dipstat's binary encodings: a magic
// string naming what is encoded, a version byte, then CBOR (RFC 8949) of a
// wire struct. Each aggregate defines its own wire struct beside its type
// (terms, phrases, figures, corpus, pipeline); this package knows none of
// them.
//
// Wire structs key their fields by small integers (`cbor:"N,keyasint"`), so
// a field can be added without breaking older files: a reader ignores keys
// it does not know and a missing key decodes as the zero value. The version
// byte is raised only when a change would make old data mean something else;
// a reader refuses other versions with a message that says which it reads.
package wire

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/fxamacker/cbor/v2"
)

// ErrFormat is wrapped by every error about bytes that are not a valid
// encoding: wrong magic, unknown version, malformed or inconsistent data.
var ErrFormat = errors.New("not a valid dipstat encoding")

const magicPrefix = "dipstat:"

var (
	encMode = func() cbor.EncMode {
		m, err := cbor.EncOptions{Sort: cbor.SortNone}.EncMode()
		if err != nil {
			panic(err)
		}
		return m
	}()
	// decMode allows the long arrays of a big corpus's aggregates (a
	// vocabulary of millions of words); the decoder checks that the data
	// holds every element before it allocates, so the limits bound nothing
	// but what the bytes themselves hold.
	decMode = func() cbor.DecMode {
		m, err := cbor.DecOptions{
			MaxArrayElements: math.MaxInt32,
			MaxMapPairs:      math.MaxInt32,
			MaxNestedLevels:  64,
			DupMapKey:        cbor.DupMapKeyEnforcedAPF,
		}.DecMode()
		if err != nil {
			panic(err)
		}
		return m
	}()
)

// Marshal encodes v (a wire struct) under kind and version.
func Marshal(kind string, version byte, v any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(magicPrefix)
	b.WriteString(kind)
	b.WriteByte(0)
	b.WriteByte(version)
	if err := encMode.NewEncoder(&b).Encode(v); err != nil {
		return nil, fmt.Errorf("encoding %s: %w", kind, err)
	}
	return b.Bytes(), nil
}

// Unmarshal decodes data, which must hold kind at version, into v (a
// pointer to a wire struct). Errors wrap ErrFormat.
func Unmarshal(data []byte, kind string, version byte, v any) error {
	head := magicPrefix + kind + "\x00"
	if !bytes.HasPrefix(data, []byte(head)) {
		if got, ok := Kind(data); ok {
			return fmt.Errorf("%w: holds a %s, not a %s", ErrFormat, got, kind)
		}
		return fmt.Errorf("%w: no %s header (not written by dipstat, or damaged)", ErrFormat, kind)
	}
	data = data[len(head):]
	if len(data) == 0 {
		return fmt.Errorf("%w: %s: truncated after the header", ErrFormat, kind)
	}
	if data[0] != version {
		rel := "an older dipstat"
		if data[0] > version {
			rel = "a newer dipstat"
		}
		return fmt.Errorf("%w: %s format version %d, written by %s; this dipstat reads version %d only: analyse the corpus again with this version",
			ErrFormat, kind, data[0], rel, version)
	}
	if err := decMode.Unmarshal(data[1:], v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrFormat, kind, err)
	}
	return nil
}

// Kind returns the kind named by data's header.
func Kind(data []byte) (string, bool) {
	if !bytes.HasPrefix(data, []byte(magicPrefix)) {
		return "", false
	}
	rest := data[len(magicPrefix):]
	i := bytes.IndexByte(rest, 0)
	if i <= 0 || i > 64 {
		return "", false
	}
	return string(rest[:i]), true
}

// Errorf returns an error wrapping ErrFormat, for data that decodes but is
// inconsistent (an index out of range, lengths that differ).
func Errorf(kind, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrFormat, kind, fmt.Sprintf(format, args...))
}

// Time is a time as wire structs hold it: seconds since the zero time
// (0001-01-01 UTC), so the zero time is 0. Dipstat's times are dates; a
// fraction of a second is dropped. Times decode in UTC.
func Time(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix() - zeroUnix
}

// FromTime is the time of a Time value.
func FromTime(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s+zeroUnix, 0).UTC()
}

var zeroUnix = time.Time{}.Unix()

// Strings interns the strings of an encoding: each distinct string is
// written once, and records refer to it by index.
type Strings struct {
	ids  map[string]uint32
	List []string
}

// ID returns the index of s, adding it.
func (t *Strings) ID(s string) uint32 {
	if i, ok := t.ids[s]; ok {
		return i
	}
	if t.ids == nil {
		t.ids = map[string]uint32{}
	}
	i := uint32(len(t.List))
	t.ids[s] = i
	t.List = append(t.List, s)
	return i
}

// Lookup returns the string at index i of list, or an error naming what
// was looked up.
func Lookup(kind string, list []string, i uint32, what string) (string, error) {
	if int64(i) >= int64(len(list)) {
		return "", Errorf(kind, "%s refers to string %d of %d", what, i, len(list))
	}
	return list[i], nil
}

// Column interns field(x) for every x of list, or returns nil when every
// value is "": a column added to an encoding after its first version, which
// older files do not have and most lists leave empty.
func Column[T any](t *Strings, list []T, field func(*T) string) []uint32 {
	empty := true
	for i := range list {
		if field(&list[i]) != "" {
			empty = false
			break
		}
	}
	if empty {
		return nil
	}
	col := make([]uint32, len(list))
	for i := range list {
		col[i] = t.ID(field(&list[i]))
	}
	return col
}

// CheckColumns checks the lengths of a list encoded by columns: every
// column of need (their lengths) holds n values, and every column of
// optional (added after the encoding's first version; see Column) holds n
// or none. rows names what the list holds ("figures") in the error.
func CheckColumns(kind, rows string, n int, need, optional []int) error {
	for _, l := range need {
		if l != n {
			return Errorf(kind, "columns of %d and %d %s", n, l, rows)
		}
	}
	for _, l := range optional {
		if l != n && l != 0 {
			return Errorf(kind, "columns of %d and %d %s", n, l, rows)
		}
	}
	return nil
}

// A Table looks up the strings of a list encoded by columns, keeping the
// first error, so that a decoder reads a whole row and checks once.
type Table struct {
	Kind    string
	Strings []string
	Err     error // the first lookup that failed
}

// Str is the string at index i, named what in an error.
func (t *Table) Str(i uint32, what string) string {
	s, err := Lookup(t.Kind, t.Strings, i, what)
	if err != nil && t.Err == nil {
		t.Err = err
	}
	return s
}

// Opt is the string of row i of an optional column (see Column): "" when
// the column is empty.
func (t *Table) Opt(col []uint32, i int, what string) string {
	if len(col) == 0 {
		return ""
	}
	return t.Str(col[i], what)
}
