package attribution

import (
	_ "embed"
	"strings"
	"sync"
)

// countries.txt: a side for every UN member and observer state, Taiwan, Hong
// Kong, Macao and the regional bodies that speak as one, each with the words
// that name it (adjectives, demonyms, capitals). No persons. It is loaded
// with actors.txt, which wins where both name a word.
//
//go:embed countries.txt
var countryText string

// countries is countries.txt read, and the sides whose name is no word of
// theirs (marked "*" after the name: "[Georgia* = Georgian | Tbilisi]").
var countries = sync.OnceValues(func() (*Actors, map[string]bool) {
	quiet := map[string]bool{}
	var b strings.Builder
	for _, line := range strings.SplitAfter(countryText, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			name, rest, _ := strings.Cut(t[1:], "=")
			if n, ok := strings.CutSuffix(strings.TrimSpace(name), "*"); ok {
				quiet[n] = true
				line = "[" + n + " =" + rest + "\n"
			}
		}
		b.WriteString(line)
	}
	a, err := ReadActors(strings.NewReader(b.String()))
	if err != nil {
		panic("attribution: built-in countries.txt: " + err.Error()) // checked by a test
	}
	return a, quiet
})

// withCountries is a table with the country sides added after its own, so its
// words win over theirs.
func withCountries(a *Actors) *Actors {
	c, _ := countries()
	return a.Merge(c)
}

// sideNames are the words that name a side in text: its name (unless
// countries.txt marks it as none) and its words.
func sideNames(s Side) []string {
	if _, quiet := countries(); quiet[s.Name] {
		return s.Words // the name counts only where the side lists it
	}
	return append([]string{s.Name}, s.Words...)
}
