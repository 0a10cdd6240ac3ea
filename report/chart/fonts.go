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
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"

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

// fontSet is the fonts charts draw text with: Liberation, and the CJK
// fonts found in dirs, read the first time a text has a CJK character (an
// English report never reads their 9 MB).
type fontSet struct {
	cache *font.Cache
	dirs  []string
	once  sync.Once
	// set by loadCJK:
	fallback []font.Font // the CJK typefaces found, in chain order
	missing  []string    // Debian packages of the CJK fonts not found
}

// fonts is the chart fonts of the process.
var fonts = sync.OnceValue(func() *fontSet { return newFontSet(fontDirs()) })

func newFontSet(dirs []string) *fontSet {
	return &fontSet{cache: font.NewCache(liberation.Collection()), dirs: dirs}
}

// loadCJK adds the CJK fonts found to the cache, once; a font that is
// found but cannot be read counts as missing.
func (s *fontSet) loadCJK() {
	s.once.Do(func() {
		for _, f := range cjkFonts {
			face, err := readFont(s.dirs, f.file)
			if err != nil {
				if !strings.Contains(strings.Join(s.missing, " "), f.pkg) {
					s.missing = append(s.missing, f.pkg)
				}
				continue
			}
			s.cache.Add(font.Collection{{Font: font.Font{Typeface: f.typeface, Weight: f.weight}, Face: face}})
			if n := len(s.fallback); n == 0 || s.fallback[n-1].Typeface != f.typeface {
				s.fallback = append(s.fallback, font.Font{Typeface: f.typeface})
			}
		}
	})
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

// handler is the fallback handler for txt: Liberation alone when txt has
// no CJK character, else with the CJK fonts.
func (s *fontSet) handler(txt string) fallback.Handler {
	if strings.IndexFunc(txt, isCJK) < 0 {
		return fallback.Handler{Fonts: s.cache}
	}
	s.loadCJK()
	return fallback.Handler{Fonts: s.cache, Fallback: s.fallback}
}

// has reports whether a CJK font has a glyph for r.
func (s *fontSet) has(r rune) bool {
	s.loadCJK()
	var buf sfnt.Buffer
	for _, fb := range s.fallback {
		face := s.cache.Lookup(fb, 10)
		if g, err := face.Face.GlyphIndex(&buf, r); err == nil && g != 0 {
			return true
		}
	}
	return false
}

// chartText is the text.Handler of every chart text style: the fallback
// handler of the process's fonts for each text (see fontSet.handler).
type chartText struct{}

func (chartText) Cache() *font.Cache                 { return fonts().cache }
func (chartText) Extents(fnt font.Font) font.Extents { return fonts().handler("").Extents(fnt) }
func (chartText) Lines(txt string) []string          { return fonts().handler("").Lines(txt) }
func (chartText) Box(txt string, fnt font.Font) (w, h, d vg.Length) {
	return fonts().handler(txt).Box(txt, fnt)
}
func (chartText) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	fonts().handler(txt).Draw(c, txt, sty, pt)
}

// ErrNoCJKFonts says that Chinese and Korean text in charts cannot be
// drawn with its own glyphs.
var ErrNoCJKFonts = errors.New("charts: no font for Chinese or Korean text")

// CJKFonts returns nil when the fonts that draw Chinese and Korean text in
// charts are installed (it reads them, once), and otherwise an error
// wrapping ErrNoCJKFonts that names the Debian packages to install.
// Without them, charts still render: Korean is romanized and other CJK
// text is shown as "[…]" (see Safe).
func CJKFonts() error {
	s := fonts()
	s.loadCJK()
	if len(s.missing) > 0 {
		return fmt.Errorf("%w: Chinese and Korean labels are romanized or shown as %s; install Debian's %s (apt-get install %s)",
			ErrNoCJKFonts, Unknown, strings.Join(s.missing, " and "), strings.Join(s.missing, " "))
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
