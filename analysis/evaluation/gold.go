package evaluation

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Family is one gold formula occurrence.
type Family struct {
	Family  string
	Surface string
	// Speaker and Side are who uses the formula and the country they speak
	// for, when the gold file gives them (see the devset README).
	Speaker, Side string
	Start, End    int // byte span of Surface in the document's text
	Line          int // line in the gold file
}

// Figure is one gold cited figure.
type Figure struct {
	Surface       string
	Value         float64
	Unit          string
	Kind          string
	Speaker, Side string // who cites it and for which side, when given
	Start, End    int
	Line          int
}

// Words reports whether the figure is written without digits ("two point
// five percent", "one in five"), the broadcaster's form scored apart.
func (f Figure) Words() bool { return !strings.ContainsAny(f.Surface, "0123456789") }

// Gold is the annotation of one document.
type Gold struct {
	Families []Family
	Figures  []Figure
}

// figureKinds are the kinds a gold figure may have (ordinals are not figures).
var figureKinds = map[string]bool{
	"money": true, "percent": true, "percentage_points": true, "count": true, "duration": true,
	"energy": true, "power": true, "mass": true, "length": true, "area": true, "other": true,
}

// ReadGold parses a gold file for the document text raw. Every surface must
// occur in raw as whole words; each annotation is placed at the first such
// occurrence that no earlier annotation of its class (the same family, or
// any figure) covers, so a surface listed k times takes k places and a short
// surface ("denuclearization") is not placed inside a longer one annotated
// before it ("denuclearization of the Korean Peninsula"). Errors name the
// file and line.
func ReadGold(name string, r io.Reader, raw string) (*Gold, error) {
	g := &Gold{}
	taken := map[string][][2]int{} // placed spans by class
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	place := func(class, surface string) (int, int, error) {
		if surface == "" {
			return 0, 0, fmt.Errorf("%s:%d: empty surface", name, line)
		}
		seen := false
	search:
		for from := 0; ; {
			i := strings.Index(raw[from:], surface)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(surface)
			from = start + 1
			if !wordEdge(raw, start) || !wordEdge(raw, end) {
				continue
			}
			seen = true
			for _, t := range taken[class] {
				if start < t[1] && t[0] < end {
					continue search
				}
			}
			taken[class] = append(taken[class], [2]int{start, end})
			return start, end, nil
		}
		if seen {
			return 0, 0, fmt.Errorf("%s:%d: %q is listed more often than it occurs", name, line, surface)
		}
		return 0, 0, fmt.Errorf("%s:%d: %q does not occur in the article as whole words", name, line, surface)
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		switch f[0] {
		case "F":
			if len(f) != 3 && len(f) != 5 {
				return nil, fmt.Errorf("%s:%d: an F line has 3 fields (F, family, surface) or 5 (with speaker, side), not %d", name, line, len(f))
			}
			if len(f) == 5 && (f[3] == "" || f[4] == "") {
				return nil, fmt.Errorf("%s:%d: empty speaker or side", name, line)
			}
			s, e, err := place("F\t"+f[1], f[2])
			if err != nil {
				return nil, err
			}
			a := Family{Family: f[1], Surface: f[2], Start: s, End: e, Line: line}
			if len(f) == 5 {
				a.Speaker, a.Side = f[3], f[4]
			}
			g.Families = append(g.Families, a)
		case "N":
			if len(f) != 5 && len(f) != 7 {
				return nil, fmt.Errorf("%s:%d: an N line has 5 fields (N, surface, value, unit, kind) or 7 (with speaker, side), not %d", name, line, len(f))
			}
			v, err := strconv.ParseFloat(f[2], 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s:%d: value %q is not a number", name, line, f[2])
			}
			if len(f) == 7 && (f[5] == "" || f[6] == "") {
				return nil, fmt.Errorf("%s:%d: empty speaker or side", name, line)
			}
			if !figureKinds[f[4]] {
				return nil, fmt.Errorf("%s:%d: unknown kind %q", name, line, f[4])
			}
			s, e, err := place("N", f[1])
			if err != nil {
				return nil, err
			}
			a := Figure{Surface: f[1], Value: v, Unit: f[3], Kind: f[4], Start: s, End: e, Line: line}
			if len(f) == 7 {
				a.Speaker, a.Side = f[5], f[6]
			}
			g.Figures = append(g.Figures, a)
		default:
			return nil, fmt.Errorf("%s:%d: a line starts with F (formula) or N (figure), not %q", name, line, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}

// wordEdge reports whether byte offset i of s is not inside a word: a letter
// or digit does not stand on both sides of it.
func wordEdge(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return !(isWordRune(before) && isWordRune(after))
}

// isWordRune reports the runes that join into words written with spaces:
// Han and Hangul do not, as Chinese writes no spaces and Korean attaches
// particles ("665만 명을"), so a surface may start or end beside them.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hangul, r)
}
