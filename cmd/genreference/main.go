// Command genreference writes dipstat's reference word list: how often each
// word occurs in ordinary news English, and as which parts of speech. Phrase
// discovery reads it (analysis/phrases/reference.txt, embedded in the binary)
// to tell generic English from the formulas of diplomacy.
//
// The source is the part-of-speech lexicon of the Festival speech
// synthesizer's POSLEX package (Debian package festlex-poslex, file
// wsj.wp39.poslexR), which the Centre for Speech Technology Research,
// University of Edinburgh, derived from the Wall Street Journal text of the
// Penn Treebank (about 1 million words of 1989 news) and distributes under a
// permissive license (use, copy, modify and distribute, keeping its copyright
// notice; see the package's copyright file). Each entry of that lexicon gives
// log P(word | tag) per part-of-speech tag; the number of words of a tag is
// recovered from its rarest word (a word seen once), and a word's count is
// the sum over its tags of P(word | tag) times the tag's words, rounded.
//
// Usage:
//
//	apt-get install festlex-poslex
//	go run ./cmd/genreference /usr/share/festival/dicts/wsj.wp39.poslexR > analysis/phrases/reference.txt
//
// The output is one word a line, lower case, words seen fewer than twice left
// out: word, count, and the coarse parts of speech the word has in at least
// a tenth of its uses, most frequent first (N noun, P proper noun, V verb,
// J adjective, R adverb, C number, F function word), separated by TABs, after
// a header of '#' lines giving the source and its license and a line
// "=total<TAB>N" with the number of words of the source.
package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genreference wsj.wp39.poslexR > reference.txt")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "genreference:", err)
		os.Exit(1)
	}
	defer f.Close()
	w := bufio.NewWriter(os.Stdout)
	if err := generate(f, w); err != nil {
		fmt.Fprintln(os.Stderr, "genreference:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genreference:", err)
		os.Exit(1)
	}
}

var (
	entryRE = regexp.MustCompile(`^\("((?:[^"\\]|\\.)*)" \((.*)\) \(\) \)$`)
	tagRE   = regexp.MustCompile(`\((\S+) (-?[0-9.]+)\)`)
	wordRE  = regexp.MustCompile(`^[a-z][a-z'-]*[a-z]$|^[a-z]$`)
)

type tagged struct {
	tag  string
	logp float64
}

// coarse maps Penn Treebank tags to the classes of the output.
func coarse(tag string) byte {
	switch {
	case tag == "nnp" || tag == "nnps":
		return 'P'
	case strings.HasPrefix(tag, "nn"):
		return 'N'
	case strings.HasPrefix(tag, "vb"):
		return 'V'
	case strings.HasPrefix(tag, "jj"):
		return 'J'
	case strings.HasPrefix(tag, "rb"):
		return 'R'
	case tag == "cd":
		return 'C'
	}
	return 'F'
}

func generate(r io.Reader, out io.Writer) error {
	entries := map[string][]tagged{}
	var order []string
	rarest := map[string]float64{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		m := entryRE.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		if m == nil {
			continue
		}
		for _, t := range tagRE.FindAllStringSubmatch(m[2], -1) {
			lp, err := strconv.ParseFloat(t[2], 64)
			if err != nil {
				return fmt.Errorf("%q: %v", sc.Text(), err)
			}
			if _, ok := entries[m[1]]; !ok {
				order = append(order, m[1])
			}
			entries[m[1]] = append(entries[m[1]], tagged{t[1], lp})
			rarest[t[1]] = min(rarest[t[1]], lp)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(entries) == 0 {
		return fmt.Errorf("no lexicon entries found")
	}
	// Words per tag: the rarest word of a tag was seen once.
	total := 0.0
	perTag := map[string]float64{}
	for t, lp := range rarest {
		perTag[t] = math.Exp(-lp)
		if t != "punc" && t != "sym" {
			total += perTag[t] // words, not punctuation
		}
	}
	type word struct {
		count   float64
		byClass map[byte]float64
	}
	words := map[string]*word{}
	for _, w := range order {
		lw := strings.ToLower(w)
		if !wordRE.MatchString(lw) {
			continue
		}
		x := words[lw]
		if x == nil {
			x = &word{byClass: map[byte]float64{}}
			words[lw] = x
		}
		for _, t := range entries[w] {
			c := math.Exp(t.logp) * perTag[t.tag]
			x.count += c
			x.byClass[coarse(t.tag)] += c
		}
	}
	keys := make([]string, 0, len(words))
	for k, x := range words {
		if math.Round(x.count) >= 2 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(a, b int) bool {
		x, y := words[keys[a]], words[keys[b]]
		if math.Round(x.count) != math.Round(y.count) {
			return x.count > y.count
		}
		return keys[a] < keys[b]
	})
	fmt.Fprintf(out, "# dipstat reference word list: counts in about %d words of Wall Street Journal news (1989),\n", int(math.Round(total)))
	fmt.Fprintln(out, "# from the POSLEX part-of-speech lexicon of the Festival speech synthesizer (Debian package")
	fmt.Fprintln(out, "# festlex-poslex), derived from the Penn Treebank by the Centre for Speech Technology Research,")
	fmt.Fprintln(out, "# University of Edinburgh, Copyright (c) 1996,1997, distributed under its permissive license")
	fmt.Fprintln(out, "# (use, copy, modify, distribute; keep this notice; changes marked: this file keeps counts, not")
	fmt.Fprintln(out, "# probabilities, lower-cased, with coarse tags). Written by cmd/genreference; do not edit.")
	fmt.Fprintln(out, "# word<TAB>count<TAB>classes (N noun, P proper noun, V verb, J adjective, R adverb, C number, F function word)")
	fmt.Fprintf(out, "=total\t%d\n", int(math.Round(total))) // "=" is no word
	for _, k := range keys {
		x := words[k]
		type cs struct {
			c byte
			n float64
		}
		var classes []cs
		for c, n := range x.byClass {
			if n >= 0.1*x.count {
				classes = append(classes, cs{c, n})
			}
		}
		sort.Slice(classes, func(a, b int) bool {
			if classes[a].n != classes[b].n {
				return classes[a].n > classes[b].n
			}
			return classes[a].c < classes[b].c
		})
		var b strings.Builder
		for _, c := range classes {
			b.WriteByte(c.c)
		}
		fmt.Fprintf(out, "%s\t%d\t%s\n", k, int(math.Round(x.count)), b.String())
	}
	return nil
}
