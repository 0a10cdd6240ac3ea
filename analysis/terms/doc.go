// Package terms counts words and n-grams (up to 5 words) in a corpus, overall
// and per period, and computes what analysts read from them: relative
// frequencies, document frequencies, dispersion, collocation strength,
// keyness between periods and per-document tf-idf.
//
// # Counting
//
// Counting is a mergeable aggregate:
//
//	c := terms.NewCounter(terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month})
//	for _, d := range docs { c.Add(d) }   // or inside corpus.Stream; d may be dropped after
//	c.Merge(other)                        // shards: exactly the same as one pass
//	res, err := c.Result(terms.Query{Measure: terms.ByCount, Top: 50})
//
// Terms are Token.Norm (lower case, NFC, British spelling folded, stemmed
// with corpus.Options.Stem); an n-gram's text is its words joined by single
// spaces. N-grams never cross a sentence boundary. In the default view an
// n-gram neither starts nor ends with a stopword, though stopwords may sit
// inside ("mutual benefit and win-win" is one 4-gram), and stopwords are not
// unigrams; Options.Raw keeps them. Numbers are terms ("6.5", "1,200").
// Words are interned (uint32 ids) and n-grams are counted under fixed-size
// keys of word ids. Unigram counts are always exact; n-gram counts are exact
// unless the counter outgrows Options.MaxEntries, when it prunes n-grams seen
// once (see Counter.Prune for the policy and the bound it reports).
//
// # Statistics (Result)
//
//   - Result.Terms: the selected terms, sorted by Query.Measure (count,
//     per10k, docs, dp, llr, pmi, t, logdice), ties by term then n. Each Term
//     has Count, Per10k (per 10,000 tokens, stopwords included in the
//     denominator), Docs, DocShare, dispersion and, for n >= 2, Assoc.
//   - Dispersion is Rosengren's S over documents (Term.Disp, 0..1, 1 = spread
//     in proportion to document length) and the adjusted frequency AF =
//     S * Count (Term.AdjCount), so one long article repeating a word cannot
//     dominate a period: a word used 40 times in a single article of a
//     hundred has AF near 4. It is used instead of Gries' DP because it is a
//     sum over documents and so merges exactly across shards; "dp" sorts by AF.
//   - Term.Assoc: G2, PMI, t-score, logDice (see package stats); against
//     unigram frequencies over all tokens.
//   - Result.Periods: per-period totals (label, dates, docs, tokens) over the
//     whole timeline (empty periods included) plus "undated" last when some
//     documents have no date; Term.Periods is aligned with it.
//   - Result.Series(term) and Result.Lookup(term): any counted term, selected
//     or not, for charts.
//   - Result.Keyness(KeyQuery): one period ("latest" by default) against a
//     reference ("before": every earlier period; "rest"; or a label): KeyRow
//     has counts, docs and per10k on both sides, G2 and its p-value, log
//     ratio, LRC and a Direction (new, rising, fading, gone). Undated
//     documents are on neither side.
//   - Result.TfIdf(top): each document's most distinctive words, tf-idf
//     computed per document (needs Options.DocTerms).
//
// Everything is deterministic: the same documents give the same Result, in
// any shard order.
package terms
