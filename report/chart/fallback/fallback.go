package fallback

import (
	"math"
	"strings"
	"unicode"

	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// Handler is a plain-text handler (like text.Plain: lines split at "\n",
// no markup) that draws each character with the style's own font when it
// has a glyph for it, else with the first of Fallback that has one.
//
// Layout keeps the style's font: a line's height, depth and the distance
// between lines are its extents, so text that needs no fallback is laid
// out and drawn exactly as text.Plain does.
type Handler struct {
	Fonts *font.Cache
	// Fallback are the typefaces tried in order, by Typeface and Variant;
	// the weight and style of the text are asked for first and the
	// regular face otherwise (as font.Cache does). A typeface that Fonts
	// does not hold is skipped.
	Fallback []font.Font
}

var _ text.Handler = Handler{}

// Run is a piece of a line drawn with one face.
type Run struct {
	Face font.Face
	Text string
}

// Cache returns the cache of fonts of the handler.
func (h Handler) Cache() *font.Cache { return h.Fonts }

// Extents returns the extents of fnt, the style's own font.
func (h Handler) Extents(fnt font.Font) font.Extents {
	face := h.Fonts.Lookup(fnt, fnt.Size)
	return face.Extents()
}

// Lines splits txt into lines.
func (h Handler) Lines(txt string) []string {
	return strings.Split(strings.TrimRight(txt, "\n"), "\n")
}

// Box returns the width of a line as drawn with fallback, and the height
// and depth of the style's font.
func (h Handler) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	ext := h.Extents(fnt)
	for _, r := range h.Runs(txt, fnt) {
		width += r.Face.Width(r.Text)
	}
	return width, ext.Ascent, ext.Descent
}

// Draw draws txt with sty at pt, as text.Plain does, each line as a
// sequence of runs.
func (h Handler) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = strings.TrimRight(txt, "\n")
	if len(txt) == 0 {
		return
	}
	ext := h.Extents(sty.Font)
	c.SetColor(sty.Color)
	if sty.Rotation != 0 {
		c.Push()
		c.Rotate(sty.Rotation)
	}
	sin64, cos64 := math.Sincos(sty.Rotation)
	cos, sin := vg.Length(cos64), vg.Length(sin64)
	pt.X, pt.Y = pt.Y*sin+pt.X*cos, pt.Y*cos-pt.X*sin
	lines := h.Lines(txt)
	ht := sty.Height(txt)
	pt.Y += ht*vg.Length(sty.YAlign) - ext.Ascent
	for i, line := range lines {
		runs := h.Runs(line, sty.Font)
		var w vg.Length
		for _, r := range runs {
			w += r.Face.Width(r.Text)
		}
		at := pt.Add(vg.Point{X: vg.Length(sty.XAlign) * w, Y: vg.Length(len(lines)-i) * sty.Font.Size})
		for _, r := range runs {
			c.FillString(r.Face, at, r.Text)
			at.X += r.Face.Width(r.Text)
		}
	}
	if sty.Rotation != 0 {
		c.Pop()
	}
}

// Runs splits a line into runs of one face each: a character goes to the
// first face of the chain (the style's font, then Fallback) that has a
// glyph for it, except that spaces, digits and punctuation (Unicode's
// Common script) stay in the run they are in when its face has them, so a
// Korean phrase is one run, spaces included. A character no face has goes
// to the style's font, which draws its .notdef glyph.
func (h Handler) Runs(txt string, fnt font.Font) []Run {
	chain := h.chain(fnt)
	var buf sfnt.Buffer
	has := func(i int, r rune) bool {
		g, err := chain[i].Face.GlyphIndex(&buf, r)
		return err == nil && g != 0
	}
	var runs []Run
	cur, start := -1, 0
	for at, r := range txt {
		pick := -1
		if cur >= 0 && unicode.Is(unicode.Common, r) && has(cur, r) {
			pick = cur
		} else {
			for i := range chain {
				if has(i, r) {
					pick = i
					break
				}
			}
			if pick < 0 {
				pick = 0
			}
		}
		if pick != cur {
			if cur >= 0 {
				runs = append(runs, Run{chain[cur], txt[start:at]})
			}
			cur, start = pick, at
		}
	}
	if cur >= 0 {
		runs = append(runs, Run{chain[cur], txt[start:]})
	}
	return runs
}

// Missing returns the characters of txt that no face of the chain has a
// glyph for (spaces and other characters drawn as nothing excepted), each
// once, in order.
func (h Handler) Missing(txt string, fnt font.Font) []rune {
	chain := h.chain(fnt)
	var buf sfnt.Buffer
	var out []rune
	seen := map[rune]bool{}
	for _, r := range txt {
		if seen[r] || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		seen[r] = true
		found := false
		for _, f := range chain {
			if g, err := f.Face.GlyphIndex(&buf, r); err == nil && g != 0 {
				found = true
				break
			}
		}
		if !found {
			out = append(out, r)
		}
	}
	return out
}

// chain is the style's face and the fallback faces the cache holds, at
// the style's size.
func (h Handler) chain(fnt font.Font) []font.Face {
	chain := []font.Face{h.Fonts.Lookup(fnt, fnt.Size)}
	for _, fb := range h.Fallback {
		want := fnt
		want.Typeface, want.Variant = fb.Typeface, fb.Variant
		if !h.Fonts.Has(want) { // Has falls back to the regular face too
			continue
		}
		chain = append(chain, h.Fonts.Lookup(want, fnt.Size))
	}
	return chain
}
