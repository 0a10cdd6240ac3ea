// Package evaluation scores dipstat's analyses against hand-made gold
// annotations: every formula-family occurrence and every cited figure of a set
// of articles, written by reading them (testdata/devset at the repository's
// root, described in its README).
//
// A gold file (ReadGold) lists annotations in document order, one per line,
// fields separated by a TAB:
//
//	F	family	surface
//	N	surface	value	unit	kind
//
// Each surface is located in the article's text, so an annotation is a span.
// Score matches predictions to gold one to one: a formula occurrence is found
// when a prediction of the same family overlaps its span; a figure is found
// when a prediction overlaps its span with the same value (within 0.01 %), the
// same kind and, except for counts, the same unit. A prediction that matches
// nothing is a false positive, a gold annotation that nothing matches a false
// negative, so a figure read with the wrong number counts as both.
//
// Ordinals are listed apart by dipstat and are not cited figures: predictions
// of kind ordinal are not scored.
package evaluation
