// Package dateparser stands in for github.com/markusmobius/go-dateparser in
// dipstat's build (see README.md beside this file). It declares only what
// go-htmldate refers to; the parser itself is never run, because dipstat
// turns go-htmldate's extensive date search off, and Parse panics if it ever
// is, so that a change of options cannot silently lose dates.
package dateparser

import "time"

// ParserType names one of go-dateparser's parsers.
type ParserType uint8

const (
	Timestamp ParserType = iota
	NegativeTimestamp
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource says how incomplete dates are filled in.
type PreferredDateSource uint8

const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration holds the settings go-htmldate passes.
type Configuration struct {
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
}

// Date is a parsed date.
type Date struct {
	Time time.Time
}

// Parser is go-htmldate's handle on the parser.
type Parser struct {
	ParserTypes []ParserType
}

// Parse is never called by dipstat: it panics.
func (p *Parser) Parse(cfg *Configuration, s string, formats ...string) (Date, error) {
	panic("dipstat: go-dateparser is not built in (third_party/go-dateparser): go-htmldate's extensive search must stay off")
}
