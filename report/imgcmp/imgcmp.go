// Package imgcmp compares two renderings of the same picture by different
// renderers (gonum's PNG canvas, poppler drawing a PDF, a browser drawing an
// SVG), for tests that check a chart looks the same in every format.
//
// Renderers differ by about a device pixel: one antialiases a fill or a
// thin line that another snaps to the pixel grid, and glyphs are hinted
// differently. A layout difference is a distance on the page instead. So
// tests render at a high resolution and Shrink both images (averaging
// blocks of pixels), which leaves renderer noise a fraction of a pixel and
// a misplaced label still pixels away; then a pixel matches when each of its
// channels lies within the range of the other image's 3x3 neighbourhood
// around it, give or take Slack. Mismatch is the share of pixels that do
// not, taken both ways.
package imgcmp

import (
	"image"
	"image/color"
)

// Slack is how far (0-255) a channel may lie outside the neighbourhood's
// range and still match.
const Slack = 32

// Mismatch is the larger of the shares of a's pixels that match nothing
// near them in b, and of b's in a, over the area both images cover (sizes
// may differ by a rounded pixel).
func Mismatch(a, b image.Image) float64 {
	w := min(a.Bounds().Dx(), b.Bounds().Dx())
	h := min(a.Bounds().Dy(), b.Bounds().Dy())
	if w == 0 || h == 0 {
		return 1
	}
	pa, pb := pixels(a, w, h), pixels(b, w, h)
	n := max(unmatched(pa, pb, w, h), unmatched(pb, pa, w, h))
	return float64(n) / float64(w*h)
}

// Dark is the share of pixels darker than light grey: a blank or white
// image has none.
func Dark(img image.Image) float64 {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r+g+bl < 3*0xA000 {
				n++
			}
		}
	}
	return float64(n) / float64(max(b.Dx()*b.Dy(), 1))
}

// pixels is the w by h top-left area of img as 8-bit RGB.
func pixels(img image.Image, w, h int) [][3]int16 {
	out := make([][3]int16, w*h)
	b := img.Bounds()
	for y := range h {
		for x := range w {
			r, g, bl, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
			out[y*w+x] = [3]int16{int16(r >> 8), int16(g >> 8), int16(bl >> 8)}
		}
	}
	return out
}

// unmatched counts the pixels of a outside b's neighbourhood range.
func unmatched(a, b [][3]int16, w, h int) int {
	n := 0
	for y := range h {
		for x := range w {
			lo := [3]int16{255, 255, 255}
			var hi [3]int16
			for yy := max(y-1, 0); yy <= min(y+1, h-1); yy++ {
				for xx := max(x-1, 0); xx <= min(x+1, w-1); xx++ {
					q := b[yy*w+xx]
					for i := range 3 {
						lo[i], hi[i] = min(lo[i], q[i]), max(hi[i], q[i])
					}
				}
			}
			p := a[y*w+x]
			for i := range 3 {
				if p[i] < lo[i]-Slack || p[i] > hi[i]+Slack {
					n++
					break
				}
			}
		}
	}
	return n
}

// Shrink averages k by k blocks of img into one pixel each.
func Shrink(img image.Image, k int) image.Image {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx()/k, b.Dy()/k))
	for y := range b.Dy() / k {
		for x := range b.Dx() / k {
			var s [3]uint32
			for yy := range k {
				for xx := range k {
					r, g, bl, _ := img.At(b.Min.X+x*k+xx, b.Min.Y+y*k+yy).RGBA()
					s[0], s[1], s[2] = s[0]+r>>8, s[1]+g>>8, s[2]+bl>>8
				}
			}
			n := uint32(k * k)
			out.SetRGBA(x, y, color.RGBA{uint8(s[0] / n), uint8(s[1] / n), uint8(s[2] / n), 255})
		}
	}
	return out
}
