package phrases

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// ErrFamilies is wrapped by every error in a families file.
var ErrFamilies = errors.New("phrases: bad families file")

// Family is a named formula with the patterns that find its wordings.
type Family struct {
	Name        string
	Description string
	Patterns    []*Pattern
}

// FamilyFile is a parsed families file.
type FamilyFile struct {
	// Replace drops the built-in families instead of adding to them.
	Replace  bool
	Families []Family
}

//go:embed families.toml
var defaultFamiliesText []byte

var defaultFamilies = sync.OnceValue(func() []Family {
	f, err := ReadFamilies(bytes.NewReader(defaultFamiliesText))
	if err != nil {
		panic(err) // checked by a test
	}
	return f.Families
})

// DefaultFamilies returns dipstat's built-in families (families.toml).
func DefaultFamilies() []Family { return append([]Family(nil), defaultFamilies()...) }

// DefaultFamiliesText is the built-in families file, for users to copy.
func DefaultFamiliesText() string { return string(defaultFamiliesText) }

// Combine applies a families file to base: with f.Replace only f's families
// are kept; otherwise f's families are added, and one with the name of a base
// family replaces it in place.
func Combine(base []Family, f *FamilyFile) []Family {
	if f == nil {
		return base
	}
	if f.Replace {
		return append([]Family(nil), f.Families...)
	}
	out := append([]Family(nil), base...)
	idx := map[string]int{}
	for i, fam := range out {
		idx[fam.Name] = i
	}
	for _, fam := range f.Families {
		if i, ok := idx[fam.Name]; ok {
			out[i] = fam
			continue
		}
		idx[fam.Name] = len(out)
		out = append(out, fam)
	}
	return out
}

type fileTOML struct {
	Replace bool         `toml:"replace"`
	Family  []familyTOML `toml:"family"`
}

type familyTOML struct {
	Name        string   `toml:"name"`
	Description string   `toml:"description"`
	Patterns    []string `toml:"patterns"`
}

var nameRE = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N} _./-]*$`)

// ReadFamilies reads a families file (TOML):
//
//	replace = false              # optional: true drops the built-in families
//
//	[[family]]
//	name = "close-neighbors"
//	description = "China and Korea as neighbors that cannot move away"
//	patterns = [
//	  "close|important neighbors that|who cannot [be] move|moved [away|apart]",
//	]
//
// Unknown keys, missing names, duplicate names, families without patterns and
// bad patterns are errors naming the line.
func ReadFamilies(r io.Reader) (*FamilyFile, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var ft fileTOML
	md, err := toml.NewDecoder(bytes.NewReader(src)).Decode(&ft)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%w: line %d: %s", ErrFamilies, pe.Position.Line, pe.Message)
		}
		return nil, fmt.Errorf("%w: %v", ErrFamilies, err)
	}
	loc := newLocator(string(src))
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		last := k[len(k)-1]
		return nil, fmt.Errorf("%w: line %d: unknown key %q (a family has name, description and patterns; the file may set replace)",
			ErrFamilies, loc.key(last), k.String())
	}
	out := &FamilyFile{Replace: ft.Replace}
	seen := map[string]int{}
	for i, ft := range ft.Family {
		head := loc.header(i)
		name := strings.TrimSpace(ft.Name)
		switch {
		case name == "":
			return nil, fmt.Errorf("%w: line %d: family has no name", ErrFamilies, head)
		case !nameRE.MatchString(name):
			return nil, fmt.Errorf("%w: line %d: family name %q: use letters, digits, spaces and - _ . /", ErrFamilies, loc.in(i, ft.Name), name)
		case len(ft.Patterns) == 0:
			return nil, fmt.Errorf("%w: line %d: family %q has no patterns", ErrFamilies, head, name)
		}
		if prev, dup := seen[strings.ToLower(name)]; dup {
			return nil, fmt.Errorf("%w: line %d: family %q is defined twice (first at line %d)", ErrFamilies, head, name, prev)
		}
		seen[strings.ToLower(name)] = head
		fam := Family{Name: name, Description: strings.TrimSpace(ft.Description)}
		for _, ps := range ft.Patterns {
			p, err := ParsePattern(ps)
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: family %q: %v", ErrFamilies, loc.in(i, ps), name, strings.TrimPrefix(err.Error(), ErrPattern.Error()+": "))
			}
			fam.Patterns = append(fam.Patterns, p)
		}
		out.Families = append(out.Families, fam)
	}
	return out, nil
}

// locator finds the lines of things in a TOML file for error messages; the
// TOML decoder does not report the positions of decoded values.
type locator struct {
	lines   []string
	headers []int // 0-based line index of each [[family]]
}

func newLocator(src string) *locator {
	l := &locator{lines: strings.Split(src, "\n")}
	for i, ln := range l.lines {
		if strings.HasPrefix(strings.ReplaceAll(strings.TrimSpace(ln), " ", ""), "[[family]]") {
			l.headers = append(l.headers, i)
		}
	}
	return l
}

// header is the 1-based line of the i-th [[family]].
func (l *locator) header(i int) int {
	if i < len(l.headers) {
		return l.headers[i] + 1
	}
	return 1
}

// in is the line within the i-th family's block that contains s, or the header.
func (l *locator) in(i int, s string) int {
	from, to := 0, len(l.lines)
	if i < len(l.headers) {
		from = l.headers[i]
		if i+1 < len(l.headers) {
			to = l.headers[i+1]
		}
	}
	for j := from; j < to; j++ {
		if s != "" && strings.Contains(l.lines[j], s) {
			return j + 1
		}
	}
	return l.header(i)
}

// key is the first line that assigns key.
func (l *locator) key(key string) int {
	re := regexp.MustCompile(`^\s*["']?` + regexp.QuoteMeta(key) + `["']?\s*=`)
	for j, ln := range l.lines {
		if re.MatchString(ln) {
			return j + 1
		}
	}
	for j, ln := range l.lines {
		if strings.Contains(ln, key) {
			return j + 1
		}
	}
	return 1
}
