package phrases

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tEOF tokKind = iota
	tWord
	tBar
	tLBrack
	tRBrack
	tLParen
	tRParen
	tStar
	tRange     // {m,n}
	tNot       // !
	tNotBehind // !<
	tBad       // a stray }
)

type ptok struct {
	kind tokKind
	text string
	col  int // 1-based rune column
}

type parseCtx uint8

const (
	ctxTop parseCtx = iota
	ctxOpt
	ctxChoice
)

type patternParser struct {
	src string
	pos int
	tok ptok
}

func (p *patternParser) errorf(format string, args ...any) error {
	return fmt.Errorf("%w: %q: column %d: %s", ErrPattern, p.src, p.tok.col, fmt.Sprintf(format, args...))
}

func (p *patternParser) next() {
	for p.pos < len(p.src) {
		r, n := utf8.DecodeRuneInString(p.src[p.pos:])
		if !unicode.IsSpace(r) {
			break
		}
		p.pos += n
	}
	col := utf8.RuneCountInString(p.src[:p.pos]) + 1
	if p.pos >= len(p.src) {
		p.tok = ptok{kind: tEOF, text: "end of pattern", col: col}
		return
	}
	c := p.src[p.pos]
	if c == '!' {
		if strings.HasPrefix(p.src[p.pos:], "!<") {
			p.tok = ptok{kind: tNotBehind, text: "!<", col: col}
			p.pos += 2
			return
		}
		p.tok = ptok{kind: tNot, text: "!", col: col}
		p.pos++
		return
	}
	single := map[byte]tokKind{'|': tBar, '[': tLBrack, ']': tRBrack, '(': tLParen, ')': tRParen, '*': tStar}
	if k, ok := single[c]; ok {
		p.tok = ptok{kind: k, text: string(c), col: col}
		p.pos++
		return
	}
	if c == '}' {
		p.tok = ptok{kind: tBad, text: "}", col: col}
		p.pos++
		return
	}
	if c == '{' {
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			p.tok = ptok{kind: tRange, text: p.src[p.pos:], col: col}
			p.pos = len(p.src)
			return
		}
		p.tok = ptok{kind: tRange, text: p.src[p.pos : p.pos+end+1], col: col}
		p.pos += end + 1
		return
	}
	start := p.pos
	for p.pos < len(p.src) {
		r, n := utf8.DecodeRuneInString(p.src[p.pos:])
		if unicode.IsSpace(r) || strings.ContainsRune("|[]()*{}!", r) {
			break
		}
		p.pos += n
	}
	p.tok = ptok{kind: tWord, text: p.src[start:p.pos], col: col}
}
