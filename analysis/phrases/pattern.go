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
	nNot                    // !x, !(...), !<x, !<(...): a negative lookahead or lookbehind
)

// node is one element of a parsed pattern. Words hold the raw words as
// written; Compile turns them into match keys.
type node struct {
	kind     nodeKind
	words    []string // nWord: alternatives as written
	keys     []string // nWord: alternatives as match keys (after Compile)
	min, max int      // nGap; nNot: max is the longest match of alts (after Compile)
	alts     [][]node // nOpt: one sequence; nChoice, nNot: the alternatives
	behind   bool     // nNot: look behind (!<) instead of ahead (!)
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
//	!x  !(a b|c)    not followed by: the words from here on do not begin with x
//	                (or with a b, or c); matches nothing itself
//	!<x  !<(a b|c)  not preceded by: the words up to here do not end with x
//
// A negation looks at the words of the sentence around the match (never
// across sentences) and is not part of the match: "peaceful reunification
// !(of the korean peninsula)". After ! comes one word (with |-alternatives) or
// one ( ... ) group, which must not match an empty sequence nor hold a negation.
//
// A pattern must contain a word, must not begin or end with a gap (negations
// aside), and must not match an empty sequence.
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
	if first, last := outerItems(seq); first.kind == nGap || last.kind == nGap {
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
			alts, err := p.parseChoice()
			if err != nil {
				return nil, err
			}
			seq = append(seq, node{kind: nChoice, alts: alts})
		case tNot, tNotBehind:
			n, err := p.parseNot(ctx)
			if err != nil {
				return nil, err
			}
			seq = append(seq, n)
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

// parseChoice reads ( ... | ... ), the current token being the (.
func (p *patternParser) parseChoice() ([][]node, error) {
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
	return alts, nil
}

// parseNot reads a negation, ! or !< followed by a word or a ( ... ) group,
// the current token being the ! or !<.
func (p *patternParser) parseNot(ctx parseCtx) (node, error) {
	op := p.tok.text
	n := node{kind: nNot, behind: p.tok.kind == tNotBehind}
	p.next()
	switch p.tok.kind {
	case tWord:
		w, err := p.parseWord(ctx)
		if err != nil {
			return n, err
		}
		n.alts = [][]node{{w}}
	case tLParen:
		alts, err := p.parseChoice()
		if err != nil {
			return n, err
		}
		for _, a := range alts {
			if nullable(a) {
				return n, p.errorf("every word after %s is optional, so it would exclude every match", op)
			}
		}
		n.alts = alts
	default:
		return n, p.errorf("%s must be followed by a word or a ( ... ) group", op)
	}
	if hasNot(n.alts) {
		return n, p.errorf("a negation cannot hold another negation")
	}
	return n, nil
}

// hasNot reports whether any of alts holds a negation, at any depth.
func hasNot(alts [][]node) bool {
	for _, a := range alts {
		for _, n := range a {
			if n.kind == nNot || (n.kind == nOpt || n.kind == nChoice) && hasNot(n.alts) {
				return true
			}
		}
	}
	return false
}

// outerItems are the first and last items of seq that are not negations
// (seq holds a word, so there are some).
func outerItems(seq []node) (first, last node) {
	for _, n := range seq {
		if n.kind != nNot {
			first = n
			break
		}
	}
	for i := len(seq) - 1; i >= 0; i-- {
		if seq[i].kind != nNot {
			last = seq[i]
			break
		}
	}
	return first, last
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
		case nOpt, nChoice, nNot:
			for _, a := range n.alts {
				if err := checkWords(a, src); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// nullable reports whether seq can match zero words (negations match none).
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
