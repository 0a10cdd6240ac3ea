package corpus

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Stopwords is a set of normalized words left out of term counts.
type Stopwords map[string]bool

// Has reports whether w (a Token.Norm) is a stopword.
func (s Stopwords) Has(w string) bool { return s[w] }

//go:embed stopwords.txt
var defaultStopwordText string

var defaultStopwords = sync.OnceValue(func() Stopwords {
	s, err := ReadStopwords(strings.NewReader(defaultStopwordText))
	if err != nil {
		panic(err) // the embedded list is checked by a test
	}
	return s
})

// DefaultStopwords is dipstat's English stopword list (stopwords.txt).
// The returned set is shared: do not modify it.
func DefaultStopwords() Stopwords { return defaultStopwords() }

// ReadStopwords reads one word per line; blank lines and lines starting with
// '#' are ignored. Words are normalized as tokens are, so "Neighbour" in the
// file matches the token "neighbours".
func ReadStopwords(r io.Reader) (Stopwords, error) {
	s := Stopwords{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if strings.ContainsAny(w, " \t") {
			return nil, fmt.Errorf("line %d: %q: one word per line", line, w)
		}
		s[normalizeWord(w)] = true
	}
	return s, sc.Err()
}
