package evaluation

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Family is one gold formula occurrence.
type Family struct {
	Family     string
	Surface    string
	Start, End int // byte span of Surface in the document's text
	Line       int // line in the gold file
}

// Figure is one gold cited figure.
type Figure struct {
	Surface    string
	Value      float64
	Unit       string
	Kind       string
	Start, End int
	Line       int
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
// occur in raw; a surface listed k times is placed at its first k
// occurrences after one another. Errors name the file and line.
func ReadGold(name string, r io.Reader, raw string) (*Gold, error) {
	g := &Gold{}
	next := map[string]int{} // where the next search for a key starts
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	place := func(key, surface string) (int, int, error) {
		if surface == "" {
			return 0, 0, fmt.Errorf("%s:%d: empty surface", name, line)
		}
		from := next[key]
		i := strings.Index(raw[from:], surface)
		if i < 0 {
			if strings.Contains(raw, surface) {
				return 0, 0, fmt.Errorf("%s:%d: %q is listed more often than it occurs", name, line, surface)
			}
			return 0, 0, fmt.Errorf("%s:%d: %q does not occur in the article", name, line, surface)
		}
		start := from + i
		next[key] = start + len(surface)
		return start, start + len(surface), nil
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
			if len(f) != 3 {
				return nil, fmt.Errorf("%s:%d: an F line has 3 fields (F, family, surface), not %d", name, line, len(f))
			}
			s, e, err := place("F\t"+f[1]+"\t"+f[2], f[2])
			if err != nil {
				return nil, err
			}
			g.Families = append(g.Families, Family{Family: f[1], Surface: f[2], Start: s, End: e, Line: line})
		case "N":
			if len(f) != 5 {
				return nil, fmt.Errorf("%s:%d: an N line has 5 fields (N, surface, value, unit, kind), not %d", name, line, len(f))
			}
			v, err := strconv.ParseFloat(f[2], 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s:%d: value %q is not a number", name, line, f[2])
			}
			if !figureKinds[f[4]] {
				return nil, fmt.Errorf("%s:%d: unknown kind %q", name, line, f[4])
			}
			s, e, err := place("N\t"+f[1], f[1])
			if err != nil {
				return nil, err
			}
			g.Figures = append(g.Figures, Figure{Surface: f[1], Value: v, Unit: f[3], Kind: f[4], Start: s, End: e, Line: line})
		default:
			return nil, fmt.Errorf("%s:%d: a line starts with F (formula) or N (figure), not %q", name, line, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}
