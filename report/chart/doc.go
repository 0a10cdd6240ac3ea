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
// Render writes PDF, SVG or PNG at a chosen DPI. PDF goes through PDF, a
// canvas of dipstat's own on fpdf that embeds each face as a subset of the
// glyphs used; SVG names its font (FontStack: Liberation Sans and fonts of
// the same widths) instead of embedding it. Every label goes through Safe,
// which keeps what Windows-1252 can show, transliterates the rest (minus
// sign, Hangul by Revised Romanization, accented letters) and marks what it
// cannot with "[…]", so the three formats read alike with Liberation's
// glyphs.
package chart
