// Package chart draws dipstat's charts with gonum.org/v1/plot: corpus volume,
// top terms, term trends, formula families, variant shares, keyness and
// cited-figure series. Builders are pure functions over small generic inputs
// (periods and series, labelled items, dated points) and return a *Chart, or
// ErrNoData when there is nothing to draw, so callers skip the chart with a
// warning instead of drawing an empty axis.
//
// A Chart is laid out for a Size (Column: 3.5 in, Full: 7 in of a printed
// page): fonts, the number of period labels that fit without overlapping and
// the height all follow from the size. Every chart has a title, axis labels
// with units and a caption line (corpus, period, date range).
//
// Render writes PDF (fonts embedded), SVG or PNG at a chosen DPI. gonum's PDF
// backend only encodes Windows-1252, so every label goes through Safe, which
// keeps what Windows-1252 can show, transliterates the rest (minus sign,
// Hangul by Revised Romanization, accented letters) and marks what it cannot
// with "[…]"; the PDF canvas then encodes the text to Windows-1252 bytes.
package chart
