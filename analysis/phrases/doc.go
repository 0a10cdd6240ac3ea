// Package phrases finds the formulae of diplomatic discourse in a corpus.
//
// Formula families (Family) are named sets of token patterns ("close|important
// neighbors that cannot be moved away") matched over the normalized tokens of
// each sentence, with actor aliases folded (ROK = South Korea) and British
// spelling folded by the corpus layer (neighbours = neighbors). A Matcher finds
// the Occurrences of every family in one document; each carries the document,
// date, sentence and the byte span of the original text, and the variant (the
// normalized surface form) that matched. Counts aggregates occurrences per
// family, period and variant; counts of parts of a corpus Merge into the same
// result as one pass.
//
// Discovery (Discoverer) finds the phrases the corpus itself repeats: n-grams
// occurring in at least two documents, read as phrases (no function word at
// either end, a phrase nested in a longer one folded into it unless it also
// stands alone), each given a kind (formula, actor, generic, other) and a
// formula score from cohesion, spread, shape, quotation marks and a reference
// list of ordinary English (reference.txt), formulas ranked first and grouped
// into candidate families; MarkKnown then says which are variants of a known
// family and which are new. Ranking never looks the lexicon up. It works
// within a word budget (DiscoverOptions.MaxWords): beyond it, on a hash sample
// of the documents that is the same whatever their order and spreads evenly
// over time, so documents can be streamed through it.
//
// The pattern syntax and the families file format are described in
// docs/phrases.md and in ParsePattern and ReadFamilies.
package phrases
