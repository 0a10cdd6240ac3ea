package phrases

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrPattern is wrapped by every pattern syntax error.
var ErrPattern = errors.New("phrases: bad pattern")

// MaxGap is the largest number of words a gap may skip.
const MaxGap = 20

// nodeKind tells the elements of a pattern apart.
type nodeKind uint8

const (
	nWord   nodeKind = iota // one word out of alternatives
	nOpt                    // [ ... ]: an optional sequence
	nGap                    // * {m,n}: m to n words of any kind
	nChoice                 // ( a b | c ): one of several sequences
)

// node is one element of a parsed pattern. Words hold the raw words as
// written; Compile turns them into match keys.
type node struct {
	kind     nodeKind
	words    []string // nWord: alternatives as written
	keys     []string // nWord: alternatives as match keys (after Compile)
	min, max int      // nGap
	alts     [][]node // nOpt: one sequence; nChoice: the alternatives
}

// Pattern is a parsed token pattern.
//
// Syntax (words are matched after normalization, so case, curly quotes and
// British spelling do not matter; actor aliases are folded, so "ROK" in a
// pattern also matches "South Korea"):
//
//	word            one word; hyphenated compounds are one word (win-win)
//	a|b|c           one of the words a, b or c (binds single words)
//	[ ... ]         an optional sequence: [comprehensive] strategic partnership
//	( ... | ... )   one of several word sequences: (each other|one another)
//	*               exactly one word of any kind
//	* {m,n}         m to n words of any kind (n at most MaxGap); * {n} is exactly n
//
// A pattern must contain a word, must not begin or end with a gap, and must not
// match an empty sequence.
type Pattern struct {
	Source string
	seq    []node
}

// ParsePattern parses a pattern; errors wrap ErrPattern and name the column.
func ParsePattern(src string) (*Pattern, error) {
	p := &patternParser{src: src}
	p.next()
	seq, err := p.parseSeq(ctxTop)
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tEOF {
		return nil, p.errorf("unexpected %q", p.tok.text)
	}
	if len(seq) == 0 {
		return nil, fmt.Errorf("%w: empty pattern", ErrPattern)
	}
	if seq[0].kind == nGap || seq[len(seq)-1].kind == nGap {
		return nil, fmt.Errorf("%w: %q: a pattern cannot begin or end with a gap (*)", ErrPattern, src)
	}
	if err := checkWords(seq, src); err != nil {
		return nil, err
	}
	if nullable(seq) {
		return nil, fmt.Errorf("%w: %q: every word is optional, so the pattern matches nothing", ErrPattern, src)
	}
	return &Pattern{Source: strings.TrimSpace(src), seq: seq}, nil
}

// String is the pattern as written.
func (p *Pattern) String() string { return p.Source }

// parseSeq reads items up to the closing token of ctx (not consumed).
func (p *patternParser) parseSeq(ctx parseCtx) ([]node, error) {
	var seq []node
	for {
		switch p.tok.kind {
		case tEOF:
			if ctx != ctxTop {
				return nil, p.errorf("missing closing %s", map[parseCtx]string{ctxOpt: "]", ctxChoice: ")"}[ctx])
			}
			return seq, nil
		case tRBrack:
			if ctx != ctxOpt {
				return nil, p.errorf("unmatched ]")
			}
			return seq, nil
		case tRParen:
			if ctx != ctxChoice {
				return nil, p.errorf("unmatched )")
			}
			return seq, nil
		case tBar:
			if ctx == ctxChoice {
				return seq, nil
			}
			return nil, p.errorf("| must stand between two words")
		case tWord:
			n, err := p.parseWord(ctx)
			if err != nil {
				return nil, err
			}
			seq = append(seq, n)
		case tLBrack:
			p.next()
			sub, err := p.parseSeq(ctxOpt)
			if err != nil {
				return nil, err
			}
			if len(sub) == 0 {
				return nil, p.errorf("empty [ ]")
			}
			p.next()
			seq = append(seq, node{kind: nOpt, alts: [][]node{sub}})
		case tLParen:
			p.next()
			var alts [][]node
			for {
				sub, err := p.parseSeq(ctxChoice)
				if err != nil {
					return nil, err
				}
				if len(sub) == 0 {
					return nil, p.errorf("empty alternative in ( )")
				}
				alts = append(alts, sub)
				if p.tok.kind == tRParen {
					break
				}
				p.next() // the |
			}
			p.next()
			seq = append(seq, node{kind: nChoice, alts: alts})
		case tStar:
			p.next()
			g := node{kind: nGap, min: 1, max: 1}
			if p.tok.kind == tRange {
				m, n, err := parseRange(p.tok.text)
				if err != nil {
					return nil, p.errorf("%v", err)
				}
				g.min, g.max = m, n
				p.next()
			}
			seq = append(seq, g)
		case tRange:
			return nil, p.errorf("%s must follow *", p.tok.text)
		default:
			return nil, p.errorf("unexpected %q", p.tok.text)
		}
	}
}

// parseWord reads a word and, outside parentheses, its |-alternatives.
func (p *patternParser) parseWord(ctx parseCtx) (node, error) {
	n := node{kind: nWord, words: []string{p.tok.text}}
	p.next()
	for ctx != ctxChoice && p.tok.kind == tBar {
		p.next()
		if p.tok.kind != tWord {
			return n, p.errorf("| must stand between two words")
		}
		n.words = append(n.words, p.tok.text)
		p.next()
	}
	return n, nil
}

// parseRange reads {m,n} or {n}.
func parseRange(s string) (int, int, error) {
	if !strings.HasSuffix(s, "}") {
		return 0, 0, fmt.Errorf("missing } in %s", s)
	}
	body := strings.TrimSpace(s[1 : len(s)-1])
	lo, hi, two := strings.Cut(body, ",")
	m, err1 := strconv.Atoi(strings.TrimSpace(lo))
	n := m
	var err2 error
	if two {
		n, err2 = strconv.Atoi(strings.TrimSpace(hi))
	}
	switch {
	case err1 != nil || err2 != nil:
		return 0, 0, fmt.Errorf("want {min,max} with whole numbers, got %s", s)
	case m < 0 || n < m:
		return 0, 0, fmt.Errorf("bad range %s: want 0 <= min <= max", s)
	case n > MaxGap:
		return 0, 0, fmt.Errorf("gap %s too long: at most %d words", s, MaxGap)
	case n == 0:
		return 0, 0, fmt.Errorf("gap %s skips nothing", s)
	}
	return m, n, nil
}

// checkWords makes sure every word is a word to the tokenizer, and every
// |-alternative exactly one.
func checkWords(seq []node, src string) error {
	for _, n := range seq {
		switch n.kind {
		case nWord:
			for _, w := range n.words {
				k := wordTokens(w)
				switch {
				case k == 0:
					return fmt.Errorf("%w: %q: %q has no letters or digits", ErrPattern, src, w)
				case k > 1 && len(n.words) > 1:
					return fmt.Errorf("%w: %q: alternative %q is more than one word; write (a b|c) for alternative sequences", ErrPattern, src, w)
				}
			}
		case nOpt, nChoice:
			for _, a := range n.alts {
				if err := checkWords(a, src); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// nullable reports whether seq can match zero words.
func nullable(seq []node) bool {
	for _, n := range seq {
		switch n.kind {
		case nWord:
			return false
		case nGap:
			if n.min > 0 {
				return false
			}
		case nChoice:
			any := false
			for _, a := range n.alts {
				if nullable(a) {
					any = true
				}
			}
			if !any {
				return false
			}
		}
	}
	return true
}
