package fallback

import (
	"image/color"
	"testing"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/font/liberation"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/recorder"
)

var (
	cache = font.NewCache(liberation.Collection())
	sans  = font.Font{Typeface: "Liberation", Variant: "Sans", Size: 12}
	// mono stands in for a fallback font: it has the same characters
	// as sans, so nothing falls back to it but what sans lacks.
	mono = font.Font{Typeface: "Liberation", Variant: "Mono"}
)

// TestLikePlain: text that needs no fallback is measured and drawn as
// text.Plain does, in one FillString a line.
func TestLikePlain(t *testing.T) {
	h := Handler{Fonts: cache, Fallback: []font.Font{mono}}
	plain := text.Plain{Fonts: cache}
	for _, txt := range []string{"close neighbors", "“win–win” 12.5%\nsecond line", ""} {
		for _, line := range h.Lines(txt) {
			w, ht, d := h.Box(line, sans)
			pw, pht, pd := plain.Box(line, sans)
			if w != pw || ht != pht || d != pd {
				t.Errorf("Box(%q) = %v %v %v, text.Plain %v %v %v", line, w, ht, d, pw, pht, pd)
			}
		}
		for _, rot := range []float64{0, 1.2} {
			sty := text.Style{Color: color.Black, Font: sans, Rotation: rot, XAlign: text.XCenter, YAlign: text.YTop}
			var got, want recorder.Canvas
			sty.Handler = h
			h.Draw(&got, txt, sty, vg.Point{X: 30, Y: 40})
			sty.Handler = plain
			plain.Draw(&want, txt, sty, vg.Point{X: 30, Y: 40})
			if len(got.Actions) != len(want.Actions) {
				t.Fatalf("%q: %d actions, text.Plain %d", txt, len(got.Actions), len(want.Actions))
			}
			for i := range got.Actions {
				if g, w := got.Actions[i].Call(), want.Actions[i].Call(); g != w {
					t.Errorf("%q rotated %v: %s, text.Plain %s", txt, rot, g, w)
				}
			}
		}
	}
}

// TestRuns: a character the style's font lacks goes to the first
// fallback that has it, or stays with the style's font (its .notdef) when
// none has it; a typeface the cache lacks is skipped.
func TestRuns(t *testing.T) {
	h := Handler{Fonts: cache, Fallback: []font.Font{{Typeface: "Nowhere"}, mono}}
	runs := h.Runs("a 邻 b", sans)
	if len(runs) != 1 || runs[0].Text != "a 邻 b" || runs[0].Face.Font.Variant != "Sans" {
		t.Errorf("Runs = %+v, want one run in Liberation Sans", runs)
	}
	if m := h.Missing("a 邻 b 邻 ☃", sans); string(m) != "邻☃" {
		t.Errorf("Missing = %q, want 邻☃", string(m))
	}
	if c := h.chain(sans); len(c) != 2 {
		t.Errorf("chain has %d faces, want 2 (Nowhere skipped)", len(c))
	}
}
