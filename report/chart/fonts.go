package chart

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/font/liberation"

	"github.com/dipstat/dipstat/report/chart/fallback"
)

// cjkFont is a TrueType font for Chinese and Korean text as a Debian
// package installs it. Each must have TrueType (glyf) outlines: fpdf
// subsets no other kind, which rules out Noto CJK's OpenType/CFF files.
type cjkFont struct {
	typeface font.Typeface
	weight   xfont.Weight
	file     string // below a font directory
	pkg      string // the Debian package that installs it
}

// cjkFonts are the fallback chain after Liberation Sans, in order: Droid
// Sans Fallback draws Han (all of CJK Unified Ideographs, simplified and
// traditional: 邻 and 鄰) and CJK punctuation, NanumGothic draws Hangul,
// regular and bold (and has the Han of Korean use, but not 邻).
var cjkFonts = []cjkFont{
	{"Droid Sans Fallback", xfont.WeightNormal, "truetype/droid/DroidSansFallbackFull.ttf", "fonts-droid-fallback"},
	{"NanumGothic", xfont.WeightNormal, "truetype/nanum/NanumGothic.ttf", "fonts-nanum"},
	{"NanumGothic", xfont.WeightBold, "truetype/nanum/NanumGothicBold.ttf", "fonts-nanum"},
}

// fontDirs are where cjkFonts are looked for, as fontconfig does on
// Debian: the system's, the local administrator's, the user's.
func fontDirs() []string {
	dirs := []string{"/usr/share/fonts", "/usr/local/share/fonts"}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		dirs = append(dirs, filepath.Join(d, "fonts"))
	} else if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, ".local", "share", "fonts"))
	}
	return dirs
}

// fontSet is the fonts charts draw text with: Liberation and the CJK fonts
// found, and what is missing.
type fontSet struct {
	handler fallback.Handler
	missing []string // Debian packages of the CJK fonts not found
}

// fonts loads the chart fonts once, on first use.
var fonts = sync.OnceValue(func() *fontSet { return loadFonts(fontDirs()) })

// loadFonts makes the font set from Liberation and the CJK fonts found
// in dirs; a font that is found but cannot be read counts as missing.
func loadFonts(dirs []string) *fontSet {
	cache := font.NewCache(liberation.Collection())
	set := &fontSet{handler: fallback.Handler{Fonts: cache}}
	seen := map[font.Typeface]bool{}
	for _, f := range cjkFonts {
		face, err := readFont(dirs, f.file)
		if err != nil {
			if !strings.Contains(strings.Join(set.missing, " "), f.pkg) {
				set.missing = append(set.missing, f.pkg)
			}
			continue
		}
		cache.Add(font.Collection{{Font: font.Font{Typeface: f.typeface, Weight: f.weight}, Face: face}})
		if !seen[f.typeface] {
			seen[f.typeface] = true
			set.handler.Fallback = append(set.handler.Fallback, font.Font{Typeface: f.typeface})
		}
	}
	return set
}

func readFont(dirs []string, file string) (*opentype.Font, error) {
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, file))
		if err != nil {
			continue
		}
		return opentype.Parse(b)
	}
	return nil, os.ErrNotExist
}

// has reports whether a fallback font has a glyph for r.
func (s *fontSet) has(r rune) bool {
	var buf sfnt.Buffer
	for _, fb := range s.handler.Fallback {
		face := s.handler.Fonts.Lookup(fb, 10)
		if g, err := face.Face.GlyphIndex(&buf, r); err == nil && g != 0 {
			return true
		}
	}
	return false
}

// ErrNoCJKFonts says that Chinese and Korean text in charts cannot be
// drawn with its own glyphs.
var ErrNoCJKFonts = errors.New("charts: no font for Chinese or Korean text")

// CJKFonts returns nil when the fonts that draw Chinese and Korean text in
// charts are installed, and otherwise an error wrapping ErrNoCJKFonts that
// names the Debian packages to install. Without them, charts still render:
// Korean is romanized and other CJK text is shown as "[…]" (see Safe).
func CJKFonts() error {
	if m := fonts().missing; len(m) > 0 {
		return fmt.Errorf("%w: Chinese and Korean labels are romanized or shown as %s; install Debian's %s (apt-get install %s)",
			ErrNoCJKFonts, Unknown, strings.Join(m, " and "), strings.Join(m, " "))
	}
	return nil
}

// isCJK reports whether r is of a script or block the CJK fonts draw:
// Han, Hangul, kana, bopomofo, CJK symbols and punctuation, full-width
// forms.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
