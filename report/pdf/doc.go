// Package pdf writes report.pdf, the report for people who just want to
// read: a summary page (corpus, dates, parameters, warnings) followed by
// every chart at full width, one per page, with page numbers. It also has
// Check, a small structural PDF parser tests use to count pages.
package pdf
