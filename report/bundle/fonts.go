package bundle

import (
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// fontWarning is the one warning of a report whose charts may carry
// Chinese, Japanese or Korean text (a document in one of those languages)
// while fonts (chart.CJKFonts, asked only then: it reads the font files)
// says their fonts are missing: it names the packages to install. It is
// "" otherwise.
func fontWarning(l *corpus.Listing, nCharts int, fonts func() error) string {
	if nCharts == 0 || l == nil {
		return ""
	}
	cjk := false
	l.EachEntry(func(e *corpus.Entry) bool {
		switch lang, _, _ := strings.Cut(e.Lang, "-"); lang {
		case "zh", "ko", "ja":
			cjk = true
		}
		return !cjk
	})
	if cjk {
		if err := fonts(); err != nil {
			return err.Error()
		}
	}
	return ""
}
