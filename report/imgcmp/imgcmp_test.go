package imgcmp

import (
	"image"
	"image/color"
	"image/draw"
	"testing"
)

func TestMismatch(t *testing.T) {
	// A dark bar on white, drawn at x 10..30, and variants of it.
	bar := func(x0, x1 int, edge uint8, w, h int) image.Image {
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
		draw.Draw(img, image.Rect(x0, 5, x1, 35), image.NewUniform(color.RGBA{0, 114, 178, 255}), image.Point{}, draw.Src)
		if edge > 0 { // an antialiased column left of the bar
			draw.Draw(img, image.Rect(x0-1, 5, x0, 35), image.NewUniform(color.RGBA{edge, 200, 230, 255}), image.Point{}, draw.Src)
		}
		return img
	}
	ref := bar(10, 30, 0, 40, 40)
	for _, c := range []struct {
		name string
		img  image.Image
		max  float64 // the most Mismatch may be
		min  float64 // the least
	}{
		{"same", bar(10, 30, 0, 40, 40), 0, 0},
		{"antialiased edge", bar(10, 30, 110, 40, 40), 0, 0},
		{"a pixel shorter", bar(10, 30, 0, 40, 39), 0, 0},
		{"shifted one pixel", bar(11, 31, 0, 40, 40), 0, 0},
		{"other bar", bar(20, 38, 0, 40, 40), 1, 0.2},
	} {
		got := Mismatch(ref, c.img)
		if got > c.max || got < c.min {
			t.Errorf("%s: Mismatch = %.4f, want %.2f..%.2f", c.name, got, c.min, c.max)
		}
	}
	if got := Shrink(ref, 2).Bounds().Size(); got != image.Pt(20, 20) {
		t.Errorf("Shrink(40x40, 2) is %v", got)
	}
	// The top-left 20x20 block holds 10x15 pixels of the bar (red 0), the
	// rest white: 255 * 250/400.
	if r, _, _, _ := Shrink(ref, 20).At(0, 0).RGBA(); r>>8 != 159 {
		t.Errorf("Shrink averages the block to red %d, want 159", r>>8)
	}
	white := image.NewRGBA(image.Rect(0, 0, 4, 4))
	draw.Draw(white, white.Bounds(), image.White, image.Point{}, draw.Src)
	if d := Dark(ref); d < 0.3 || Dark(white) != 0 {
		t.Errorf("Dark(bar) = %.2f, Dark(white) = %.2f", d, Dark(white))
	}
}
