package phrases

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// The reference word list: how often each word occurs in ordinary news
// English (about 720,000 words of Wall Street Journal news, from the Festival
// speech synthesizer's POSLEX lexicon; see cmd/genreference for the source
// and its license) and as which coarse parts of speech. Discovery uses it to
// tell generic English ("two countries", "statement") from marked vocabulary
// ("multilateralism", "decoupling"), and to read a phrase's shape (does it
// end in a noun?).
//
//go:embed reference.txt
var referenceText string

// refWord is a word of the reference list.
type refWord struct {
	count   int32
	classes string // coarse parts of speech, most frequent first: N P V J R C F
}

type referenceList struct {
	words map[string]refWord
	total float64
}

var reference = sync.OnceValue(func() *referenceList {
	r := &referenceList{words: make(map[string]refWord, 20000)}
	sc := bufio.NewScanner(strings.NewReader(referenceText))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		n, err := strconv.Atoi(f[1])
		if err != nil {
			panic("phrases: bad reference.txt line " + strconv.Quote(line)) // checked by a test
		}
		if f[0] == "=total" {
			r.total = float64(n)
			continue
		}
		r.words[f[0]] = refWord{count: int32(n), classes: f[2]}
	}
	return r
})

// perMillion is the word's reference frequency per million words, with half
// an occurrence for words the list lacks (seen at most once there).
func (r *referenceList) perMillion(w string) float64 {
	c := float64(r.words[w].count)
	if c == 0 {
		c = 0.5
	}
	return c / r.total * 1e6
}
