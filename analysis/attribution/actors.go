package attribution

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Actors is a table of speakers and the sides they speak for: leaders,
// ministers, spokespersons, ambassadors, ministries, agencies and state media,
// each with the variants of its name, plus the words that name each side
// itself ("Chinese", "Beijing", "ROK"). Build an Attributor from it with New.
type Actors struct {
	sides  []Side
	actors []Actor
}

// Side is one side of the table: its name ("China", "ROK") and the words
// that name it in text ("Chinese", "Beijing").
type Side struct {
	Name  string
	Words []string
}

// Actor is one entry of the table.
type Actor struct {
	Name     string   // canonical name, as the table writes it
	Side     string   // the side it speaks for
	Variants []string // other forms of the name, as written
	// From and To are the years in office (0 when open); they choose between
	// actors sharing a short form when the article names neither in full.
	From, To int
	Org      bool // an organization, not a person
	// Media marks a news outlet whose name has none of the words that
	// make one ("Inquirer", "VnExpress"): its side is the outlet's home.
	Media bool
}

//go:embed actors.txt
var defaultActorText string

var defaultActors = sync.OnceValue(func() *Actors {
	a, err := ReadActors(strings.NewReader(defaultActorText))
	if err != nil {
		panic("attribution: built-in actors.txt: " + err.Error()) // checked by a test
	}
	return withCountries(a)
})

// DefaultActors is dipstat's built-in table (actors.txt). It is shared:
// extend it with Merge, which makes a new table.
func DefaultActors() *Actors { return defaultActors() }

// DefaultActorsText is the built-in table as written, for users to copy.
func DefaultActorsText() string { return defaultActorText }

// Sides lists the sides in the order the table introduces them.
func (a *Actors) Sides() []Side { return a.sides }

// List returns the actors in table order.
func (a *Actors) List() []Actor { return a.actors }

// ReadActors reads a table in the format of actors.txt:
//
//	# a comment
//	[Side = word | word]
//	canonical name = variant | variant
//	canonical name (2013-2017) = variant
//	organization name (org) = variant
//
// A "[Side]" line starts a side (the words after "=" name it in text, as
// "Chinese" and "Beijing" name China); every entry below it speaks for that
// side. A side may be opened again to add entries or words. Errors name the
// line.
func ReadActors(r io.Reader) (*Actors, error) {
	a := &Actors{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	cur := ""
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if line == 1 {
			t = strings.TrimPrefix(t, "\ufeff")
		}
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasPrefix(t, "[") {
			name, err := a.addSide(t)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			cur = name
			continue
		}
		if cur == "" {
			return nil, fmt.Errorf("line %d: %q comes before any [side] line; start the file with one, such as [China = Chinese | Beijing]", line, t)
		}
		act, err := parseActor(t)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		act.Side = cur
		a.actors = append(a.actors, act)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return a, nil
}

// addSide parses "[Name = word | word]" and adds the side or its words.
func (a *Actors) addSide(t string) (string, error) {
	if !strings.HasSuffix(t, "]") {
		return "", fmt.Errorf("side line %q has no closing ]", t)
	}
	inner := strings.TrimSpace(t[1 : len(t)-1])
	name, words, _ := strings.Cut(inner, "=")
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, "[]|") {
		return "", fmt.Errorf("want [Side] or [Side = word | word], got %q", t)
	}
	var ws []string
	if strings.TrimSpace(words) != "" || strings.Contains(inner, "=") {
		var err error
		if ws, err = splitVariants(words, name); err != nil {
			return "", err
		}
	}
	for i := range a.sides {
		if a.sides[i].Name == name {
			a.sides[i].Words = append(a.sides[i].Words, ws...)
			return name, nil
		}
	}
	a.sides = append(a.sides, Side{Name: name, Words: ws})
	return name, nil
}

// parseActor parses "name (annotation) = variant | variant".
func parseActor(t string) (Actor, error) {
	head, vs, hasEq := strings.Cut(t, "=")
	head = strings.TrimSpace(head)
	var act Actor
	if i := strings.IndexByte(head, '('); i >= 0 {
		if !strings.HasSuffix(head, ")") {
			return act, fmt.Errorf("%q: want a note in parentheses at the end of the name, such as (2013-2017) or (org)", head)
		}
		if err := act.annotate(head[i+1 : len(head)-1]); err != nil {
			return act, fmt.Errorf("%q: %w", head, err)
		}
		head = strings.TrimSpace(head[:i])
	}
	if head == "" || strings.ContainsAny(head, "|[]") {
		return act, fmt.Errorf("want \"canonical name = variant | variant\", got %q", t)
	}
	act.Name = strings.Join(strings.Fields(head), " ")
	if hasEq {
		v, err := splitVariants(vs, act.Name)
		if err != nil {
			return act, err
		}
		act.Variants = v
	}
	return act, nil
}

// annotate reads the parenthesized note of a name: "org", years "2013-2017",
// "2013-", "-2013", or both, separated by a comma.
func (act *Actor) annotate(note string) error {
	for _, part := range strings.Split(note, ",") {
		part = strings.TrimSpace(part)
		switch {
		case part == "org":
			act.Org = true
		case part == "media":
			act.Org, act.Media = true, true
		case strings.Contains(part, "-"):
			from, to, _ := strings.Cut(part, "-")
			var err error
			if act.From, err = year(from); err != nil {
				return err
			}
			if act.To, err = year(to); err != nil {
				return err
			}
			if act.From > 0 && act.To > 0 && act.To < act.From {
				return fmt.Errorf("years %q end before they start", part)
			}
		default:
			return fmt.Errorf("unknown note %q (want years such as 2013-2017, 2013- or -2013, org or media)", part)
		}
	}
	return nil
}

func year(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2200 {
		return 0, fmt.Errorf("%q is not a year between 1900 and 2200", s)
	}
	return y, nil
}

func splitVariants(s, name string) ([]string, error) {
	var out []string
	for _, v := range strings.Split(s, "|") {
		v = strings.Join(strings.Fields(v), " ")
		if v == "" {
			return nil, fmt.Errorf("empty variant of %q", name)
		}
		out = append(out, v)
	}
	return out, nil
}

// Merge returns a table with b's sides and actors added to a's. An actor of
// b with the name of one of a's replaces it; b's actors come first, so they
// win ties between actors sharing a short form.
func (a *Actors) Merge(b *Actors) *Actors {
	m := &Actors{}
	m.sides = append(m.sides, a.sides...)
	for i := range m.sides {
		m.sides[i].Words = append([]string(nil), m.sides[i].Words...)
	}
	for _, s := range b.sides {
		found := false
		for i := range m.sides {
			if m.sides[i].Name == s.Name {
				m.sides[i].Words = append(m.sides[i].Words, s.Words...)
				found = true
			}
		}
		if !found {
			m.sides = append(m.sides, Side{Name: s.Name, Words: append([]string(nil), s.Words...)})
		}
	}
	replaced := map[string]bool{}
	for _, act := range b.actors {
		replaced[act.Name] = true
	}
	m.actors = append(m.actors, b.actors...)
	for _, act := range a.actors {
		if !replaced[act.Name] {
			m.actors = append(m.actors, act)
		}
	}
	return m
}

// Has reports whether the table knows a side of that name.
func (a *Actors) Has(side string) bool {
	for _, s := range a.sides {
		if s.Name == side {
			return true
		}
	}
	return false
}
