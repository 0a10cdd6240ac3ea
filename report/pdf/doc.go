// Package pdf writes report.pdf, the report as an analyst's brief: the
// highlights and a linked table of contents on page 1, the key tables as
// text tables, the text pages of the parts (what changed), every chart at
// full width on its own page, and the run (corpus, parameters, warnings)
// last; a header naming the corpus and window and a numbered footer on
// every page, and an outline of bookmarks. Plan lays a Document out
// without drawing it, so the workbook can name the page of each chart
// before the PDF is written. It also has Check, a small structural PDF
// parser tests use to count pages.
package pdf
