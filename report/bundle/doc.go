// Package bundle assembles a dipstat report folder from analysis results:
// it turns the corpus listing and each analysis's result into Parts (tables,
// charts, native workbook charts, warnings), builds the highlights from the
// tables (package highlights), then Write renders everything into one
// folder:
//
//	report.xlsx      the workbook (package workbook)
//	report.pdf       highlights, key tables, changes, charts, the run (package pdf)
//	report.html      highlights, inline SVG charts, tables to sort and filter (package html)
//	charts/NAME.{pdf,svg,png}         full width (7 in)
//	charts/NAME-column.{pdf,svg,png}  single column (3.5 in)
//	data/TABLE.csv   every table of the workbook
//	manifest.json    version, parameters, inputs and outputs with SHA-256,
//	                 warnings, timings
//
// Write only writes into the folder it is given; the caller stages and
// publishes it (package outdir). Empty data never fails a report: a chart
// without data is skipped with a warning.
package bundle
