// Package corpustest makes synthetic corpora for benchmarks and scale tests:
// articles built by resampling the sentences of a real corpus (the seeds),
// with random dates, optionally mixed with Zipf-distributed invented words so
// the vocabulary keeps growing with size as real news does. Output is
// deterministic for a given seed.
package corpustest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Spec describes a synthetic corpus.
type Spec struct {
	Articles int       // number of article files
	Seed     uint64    // random seed; the same spec gives the same files
	From, To time.Time // date range; zero means 2023-01-01 to 2025-12-31
	// Sentences per article are drawn uniformly from [MinSent, MaxSent];
	// zero means 10 to 30, about 3 KB an article.
	MinSent, MaxSent int
	// ZipfWords is the chance that a sentence gets a clause of 3 to 8 invented
	// words drawn from a Zipf distribution over a vocabulary of VocabSize
	// words (default 500,000).
	ZipfWords float64
	VocabSize int
	// Undated is the share of articles written without a date header.
	Undated float64
}

// Sentences returns the original text of every sentence of the corpus under
// paths, the material Generate resamples.
func Sentences(paths ...string) ([]string, error) { return SentencesIn("", paths...) }

// SentencesIn is Sentences of the documents in language lang (corpus
// Document.Lang; "" for all). Chinese sentences are joined without spaces.
func SentencesIn(lang string, paths ...string) ([]string, error) {
	c, err := corpus.Load(context.Background(), paths, corpus.DefaultOptions())
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range c.Docs {
		if lang != "" && d.Lang != lang {
			continue
		}
		for _, s := range d.Sentences {
			out = append(out, strings.Join(strings.Fields(d.Raw[s.Start:s.End]), " "))
		}
	}
	return out, nil
}

// Generate writes the articles of spec into dir as NNNNNNN.txt files, each
// with a " date YYYY-MM-DD " header like the seeds, and returns the bytes written.
func Generate(dir string, sentences []string, spec Spec) (int64, error) {
	if len(sentences) == 0 {
		return 0, fmt.Errorf("corpustest: no sentences to resample")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	g := newGen(sentences, spec)
	var total int64
	for i := 0; i < spec.Articles; i++ {
		text := g.article()
		name := filepath.Join(dir, fmt.Sprintf("%07d.txt", i))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return total, err
		}
		total += int64(len(text))
	}
	return total, nil
}

// GenerateJSONL writes the articles Generate writes as files to w, one
// JSON object a line ({"id":"0000000","text":"..."}: the file's name and
// text), as a news API's export holds them. It returns the bytes written.
func GenerateJSONL(w io.Writer, sentences []string, spec Spec) (int64, error) {
	if len(sentences) == 0 {
		return 0, fmt.Errorf("corpustest: no sentences to resample")
	}
	cw := &countWriter{w: w}
	enc := json.NewEncoder(cw)
	enc.SetEscapeHTML(false)
	g := newGen(sentences, spec)
	for i := 0; i < spec.Articles; i++ {
		rec := struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}{fmt.Sprintf("%07d", i), g.article()}
		if err := enc.Encode(rec); err != nil {
			return cw.n, err
		}
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Articles returns the texts instead of writing files, for in-memory benchmarks.
func Articles(sentences []string, spec Spec) []string {
	g := newGen(sentences, spec)
	out := make([]string, spec.Articles)
	for i := range out {
		out[i] = g.article()
	}
	return out
}

type gen struct {
	spec      Spec
	sentences []string
	rng       *rand.Rand
	zipf      *rand.Zipf
	from      time.Time
	days      int
}

func newGen(sentences []string, spec Spec) *gen {
	if spec.From.IsZero() {
		spec.From = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if spec.To.IsZero() {
		spec.To = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	if spec.MinSent <= 0 {
		spec.MinSent, spec.MaxSent = 10, 30
	}
	if spec.MaxSent < spec.MinSent {
		spec.MaxSent = spec.MinSent
	}
	if spec.VocabSize <= 0 {
		spec.VocabSize = 500000
	}
	rng := rand.New(rand.NewPCG(spec.Seed, spec.Seed^0x9e3779b97f4a7c15))
	return &gen{
		spec: spec, sentences: sentences, rng: rng,
		zipf: rand.NewZipf(rng, 1.1, 2, uint64(spec.VocabSize-1)),
		from: spec.From, days: int(spec.To.Sub(spec.From).Hours()/24) + 1,
	}
}

func (g *gen) article() string {
	var b strings.Builder
	if g.rng.Float64() >= g.spec.Undated {
		d := g.from.AddDate(0, 0, g.rng.IntN(g.days))
		b.WriteString(" date " + d.Format(time.DateOnly) + " ")
	}
	n := g.spec.MinSent + g.rng.IntN(g.spec.MaxSent-g.spec.MinSent+1)
	for i := 0; i < n; i++ {
		s := g.sentences[g.rng.IntN(len(g.sentences))]
		if g.spec.ZipfWords > 0 && g.rng.Float64() < g.spec.ZipfWords {
			s = g.withWords(s)
		}
		b.WriteString(s)
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// withWords inserts a clause of invented words before the sentence's final
// punctuation.
func (g *gen) withWords(s string) string {
	end := len(s)
	for end > 0 && strings.ContainsRune(".!?\"”", rune(s[end-1])) {
		end--
	}
	var b strings.Builder
	b.WriteString(s[:end])
	b.WriteString(", with")
	for k := 3 + g.rng.IntN(6); k > 0; k-- {
		b.WriteByte(' ')
		b.WriteString(Word(int(g.zipf.Uint64())))
	}
	b.WriteString(s[end:])
	return b.String()
}

var syllables = []string{"ka", "lo", "mi", "re", "to", "sa", "ve", "do", "an", "qu",
	"be", "ni", "os", "tr", "lu", "pe", "ga", "si", "mo", "ex", "ul", "ta", "zo", "fi"}

// Word is the rank-th invented word. Syllables are all two letters, so
// distinct ranks give distinct words.
func Word(rank int) string {
	var b strings.Builder
	n := rank + len(syllables)
	for n > 0 {
		b.WriteString(syllables[n%len(syllables)])
		n /= len(syllables)
	}
	return b.String()
}
