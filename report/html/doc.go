// Package html writes report.html, the report as one self-contained web
// page an analyst can mail: the highlights, every chart as inline SVG, and
// the main tables (formula families, their variants, cited figures, the
// concordance, what changed, the documents) sortable by a click on a
// column's header and filterable by typing. Styles and the small script
// that sorts and filters are inline; nothing is fetched, so the page opens
// from a mail attachment, and it prints cleanly (filters and buttons
// hidden, headers repeated, charts kept whole).
//
// Concordance hits and figures link back to their document, with a text
// fragment that scrolls a browser to the words matched. Tables longer than
// Report.MaxRows are cut, with a note naming the sheet and CSV that hold
// every row.
package html
