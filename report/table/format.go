package table

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// A Writer renders a table to w.
type Writer func(w io.Writer, t *Table) error

// Writers maps each output format's name to its writer.
var Writers = map[string]Writer{
	"text": WriteText,
	"csv":  WriteCSV,
	"json": WriteJSON,
}

// FormatNames lists the known formats, sorted, for help and error messages.
func FormatNames() []string {
	var names []string
	for n := range Writers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the writer for a format name, or an error listing the known ones.
func Lookup(format string) (Writer, error) {
	if w, ok := Writers[format]; ok {
		return w, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(FormatNames(), ", "))
}
