// Package stats holds the corpus-linguistic measures dipstat's analyses share:
// association (collocation) measures for n-grams and keyness measures for
// comparing a word's frequency in two corpora. All functions are pure; each
// formula is checked against a hand-computed case in the tests.
//
// Association, for an n-gram seen O times whose words occur f1..fn times in a
// corpus of N tokens, with expected count E = N * prod(fi/N):
//
//   - G2 (log-likelihood): for bigrams the full 2x2 contingency table
//     (Dunning 1993), 2 * sum Oij ln(Oij/Eij); for longer n-grams Evert's
//     single-cell "simple-ll", 2 * (O ln(O/E) - (O - E)). Negative when O < E.
//   - PMI: log2(O/E).
//   - t-score: (O - E) / sqrt(O).
//   - logDice (bigrams only; NaN otherwise): 14 + log2(2*O / (f1 + f2)).
//
// Keyness, for a word seen a times in a target of c tokens and b times in a
// reference of d tokens:
//
//   - G2: 2 * (a ln(a/E1) + b ln(b/E2)), E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
//     with its p-value from the chi-squared distribution with 1 degree of freedom.
//   - LogRatio: log2((a/c) / (b/d)), a zero count taken as 0.5 (Hardie 2014).
//   - LRC, the conservative log ratio: the bound of the 95% Clopper-Pearson
//     interval of the log ratio nearest zero, or 0 when the interval holds 0.
package stats
