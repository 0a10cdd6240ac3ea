package corpus

import (
	"cmp"
	"strings"
)

// Input order is the order Stream delivers documents in: the files found
// under a path sorted by name (as strings), records in file order. Listings
// of separate loads merge in that order, so merging the listings of two
// halves of a folder gives the listing of the whole.

// ComparePaths compares two file paths in input order. (Paths given on the
// command line are read in the order given; merged listings order them by
// name like the files of a folder.)
func ComparePaths(a, b string) int { return strings.Compare(a, b) }

// CompareEntries compares two listing entries in input order: by file,
// then line.
func CompareEntries(a, b *Entry) int {
	return cmp.Or(ComparePaths(a.File, b.File), cmp.Compare(a.Line, b.Line))
}

// Merge merges o into l, both in input order, so that l lists the entries,
// warnings and inputs of both in input order (l's first where they tie).
// Prints are kept when both have them. IDs and duplicates are not decided
// again: see Decider.
func (l *Listing) Merge(o *Listing) {
	withPrints := l.Prints != nil && o.Prints != nil || len(l.Entries) == 0 && o.Prints != nil
	// the warnings about paths come first in a listing of one run; merged,
	// they are in file order like the rest
	if len(l.Entries)+len(l.Warnings) == 0 {
		l.PathWarnings = o.PathWarnings
	} else if len(o.Warnings) > 0 {
		l.PathWarnings = 0
	}
	l.LeftOut.Match += o.LeftOut.Match
	l.LeftOut.Lang += o.LeftOut.Lang
	defer func() {
		l.Warnings = mergeBy(l.Warnings, o.Warnings, func(a, b *Warning) int {
			return cmp.Or(ComparePaths(a.File, b.File), cmp.Compare(a.Line, b.Line))
		})
		l.Inputs = mergeBy(l.Inputs, o.Inputs, func(a, b *Input) int { return ComparePaths(a.Path, b.Path) })
	}()
	if len(o.Entries) == 0 || len(l.Entries) == 0 || CompareEntries(&l.Entries[len(l.Entries)-1], &o.Entries[0]) <= 0 {
		l.Entries = append(l.Entries, o.Entries...)
		if withPrints {
			l.Prints = append(l.Prints, o.Prints...)
		} else {
			l.Prints = nil
		}
		return
	}
	entries := make([]Entry, 0, len(l.Entries)+len(o.Entries))
	var prints []Print
	i, j := 0, 0
	for i < len(l.Entries) || j < len(o.Entries) {
		if j == len(o.Entries) || i < len(l.Entries) && CompareEntries(&l.Entries[i], &o.Entries[j]) <= 0 {
			entries = append(entries, l.Entries[i])
			if withPrints {
				prints = append(prints, l.Prints[i])
			}
			i++
			continue
		}
		entries = append(entries, o.Entries[j])
		if withPrints {
			prints = append(prints, o.Prints[j])
		}
		j++
	}
	l.Entries, l.Prints = entries, prints
}

// mergeBy merges two lists each in order by c, a's first on ties; when b
// comes wholly after a it is appended.
func mergeBy[T any](a, b []T, c func(x, y *T) int) []T {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 || c(&a[len(a)-1], &b[0]) <= 0 {
		return append(a, b...)
	}
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && c(&a[i], &b[j]) <= 0 {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}
