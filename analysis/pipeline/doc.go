// Package pipeline runs every analysis (terms, formula families, phrase
// discovery, cited figures) over a stream of documents in one pass, the way
// dipstat report does. It sits between analysis/corpus, which delivers the
// documents, and the report, which renders the results.
//
// Each document is handed to three stages that run at the same time: one
// term counter, a pool of workers that match formula families and extract
// figures, and the discoverer of recurring phrases. A document is garbage as
// soon as every stage is done with it, so memory does not grow with the
// number of documents beyond the aggregates. Stage results of workers are
// merged at the end into exactly what one pass gives (terms.Counter.Merge,
// phrases.Counts.Merge), and lists are sorted into input order, so the
// result does not depend on the number of workers.
//
// The lists a report prints row by row are capped so that a corpus of any
// size fits: the concordance keeps the first MaxOccurrences occurrences in
// input order (the counts use all of them), and figures past MaxFigures keep
// their value, unit, subject, document and date but not their sentence.
// Result.Notes says when a cap was reached.
package pipeline
