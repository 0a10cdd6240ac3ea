// Package highlights turns a report's tables into the few findings an
// analyst would tell first: the formula families that rose or fell most in
// the latest period against the periods before (rates, G2 and LRC, one
// quoted sentence each), who introduced the most used formulas (the first
// speaker and side to use each in the window, with date, document and
// sentence), new wordings of established formulas and new
// recurring phrases, the most cited figures and the figures that changed
// for the same subject, and the most distinctive terms of the latest
// period.
//
// It is the step between the tables (package table, the same ones the
// workbook and data/*.csv hold) and the renderers: report.pdf's first page,
// the top of the workbook's Summary sheet and report.html all show the same
// Highlights. Every line is built from table rows and names the numbers it
// took from them, the sheet that holds those rows and the chart that draws
// them; nothing is canned. It also picks the key tables the PDF and HTML
// print in full: the top families with their variants, the top figures
// with their sentences.
package highlights
