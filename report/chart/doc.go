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
// Render writes PDF, SVG or PNG at a chosen DPI. Text is drawn with Liberation
// Sans and, character by character, the CJK fonts of Debian's
// fonts-droid-fallback (Han) and fonts-nanum (Hangul) when they are
// installed (package fallback: one text handler measures and draws the
// runs of each font, so every canvas shows them). PDF goes through PDF, a
// canvas of dipstat's own on fpdf that embeds each face as a subset of the
// glyphs used; SVG names its fonts (FontStack, CJKFontStacks) instead of
// embedding them. Every label goes through Safe, which keeps what the
// fonts can draw, transliterates the rest (minus sign, Hangul by Revised
// Romanization when no Korean font is installed, accented letters) and
// marks what it cannot with "[…]", so the three formats read alike.
// CJKFonts says which packages to install when the CJK fonts are missing.
package chart
