// Package facet splits the statistics of a corpus by who says it and where:
// the speaker and side of each formula occurrence and cited figure (package
// attribution), the outlet of its document, the cited source of a figure,
// or any metadata field of the document (a -meta column, a JSONL or CSV
// field). It is the grouping step between matching (phrases, figures) and
// the tables of package report/table.
//
// Counts aggregates (key, facet value, day) counts, such as a family's
// occurrences by side, and merges like phrases.Counts; Summarize buckets
// them into the periods of a unit. Speakers lists every speaker with the
// families they use; FiguresBy groups cited figures. Everything here is
// computation over what it is handed: no files, no clock.
package facet
