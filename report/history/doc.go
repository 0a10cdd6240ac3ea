// Package history compares a report with the previous report in the same
// output folder: which documents are new or gone, which formula families'
// rates moved most, which recurring phrases appear for the first time, and
// which cited figures are new or changed value for the same subject.
//
// Both sides are Snapshots read from report tables: the current run builds
// its Snapshot from the tables it is about to write (FromTables), the
// previous run's is read back from its data/*.csv files (ReadSnapshot), so
// the comparison depends only on what reports publish. Compare gives the
// Changes, which render as the "changes" table (Tables, for the Changes sheet
// and data/changes.csv) and as changes.json (WriteJSON).
package history
