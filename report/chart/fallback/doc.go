// Package fallback draws plot text with per-glyph font fallback: each
// character in the first font of a short chain that has a glyph for it, so
// one label can mix Latin, Chinese and Korean although no single TrueType
// font has them all (Liberation Sans has no Han or Hangul; Debian's
// NanumGothic has Hangul but not 邻; Droid Sans Fallback has Han but no
// Latin).
//
// Handler is a gonum.org/v1/plot/text.Handler: the same runs that are
// measured for layout are drawn, each with one FillString of one face, so
// every vg canvas (PNG, SVG, PDF) shows the glyphs without knowing about
// fallback, and a canvas that embeds fonts embeds only the faces a
// document uses. It has no dipstat dependency and could live in gonum's
// text package.
package fallback
