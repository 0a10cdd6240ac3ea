// Package corpus is the first step of dipstat's pipeline: it finds article files,
// reads them (plain text, Markdown, JSON Lines, CSV and web pages, each optionally
// gzipped; a page's main text and metadata are extracted with go-trafilatura;
// WARC web archives are read as one stream with gowarc, their pages extracted
// in parallel; Word documents with archive/zip and encoding/xml; PDF through
// poppler's pdftotext, the one program the package runs),
// dates them, strips scraping debris, agency credits and disclaimers, drops
// syndicated duplicates, and splits the rest into sentences and tokens.
//
// Cleaning never rewrites the text. It masks spans of the original, so every
// sentence and token keeps byte offsets into Document.Raw and every later hit can
// quote the original words. Matching uses Token.Norm: NFC, lower case, curly
// quotes straightened, British spelling folded to American, optionally stemmed.
//
// Bad input never aborts a load: each problem becomes a Warning naming the file
// (and line, for record files) and the document is listed as skipped.
//
// The package imports nothing else of dipstat's but the encoding envelope
// (internal/wire) and does no I/O beyond the paths it is handed.
package corpus
