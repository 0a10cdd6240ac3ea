// Package workbook writes dipstat's Excel workbook with excelize: a Summary
// sheet, one sheet per table.Table (an Excel table with a frozen header row,
// autofilter, column widths from Column.Width and real number, percent,
// date and hyperlink cells, never numbers stored as text), native Excel
// charts that reference the sheet data so analysts can restyle them, and a
// Charts sheet with the PNG renderings.
//
// Table sheets go through excelize's StreamWriter, so a sheet of a million
// rows costs little memory. A table longer than Excel's 1,048,576 rows is
// truncated and the Summary says so; a cell longer than Excel's 32,767
// characters is cut and ends with CutMarker.
package workbook
