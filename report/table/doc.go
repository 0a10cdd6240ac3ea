// Package table is the last step of dipstat's pipeline for data output: every
// result (corpus listing, terms, phrases, figures) is turned into a Table of
// typed columns, and one table of writers renders it as an aligned text table,
// CSV or JSON Lines. The workbook and the report's data/*.csv files use the
// same tables, so every view of a result has the same columns.
package table
