package figures

import "time"

// Kind is what a figure measures.
type Kind string

// The kinds of figure. Ordinals are reported but are not amounts.
const (
	Money            Kind = "money"
	Percent          Kind = "percent"
	PercentagePoints Kind = "percentage_points"
	Count            Kind = "count"
	Duration         Kind = "duration"
	Energy           Kind = "energy"
	Power            Kind = "power"
	Mass             Kind = "mass"
	Length           Kind = "length"
	Area             Kind = "area"
	Ordinal          Kind = "ordinal"
	Other            Kind = "other"
)

// Kinds lists every kind in a stable order.
var Kinds = []Kind{Money, Percent, PercentagePoints, Count, Duration, Energy, Power, Mass, Length, Area, Ordinal, Other}

// ParseKind checks a kind name.
func ParseKind(s string) (Kind, bool) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

// Figure is one cited figure.
type Figure struct {
	Text  string  `json:"text"`  // original surface of the amount (without qualifier words)
	Value float64 `json:"value"` // scale words multiplied out; ranges: the lower bound
	Unit  string  `json:"unit"`  // canonical unit: ISO currency code, "%", "pp", "kWh", "t", "year", a count noun...
	Kind  Kind    `json:"kind"`
	// Qualifier is the bound or approximation stated with the figure, never
	// folded into Value: "about", "nearly", "more than", "at least",
	// "less than", "at most", "up to", "up", "down", "±0.01" or, for a range,
	// "range to 30" (Value holds the lower bound, High the upper).
	Qualifier string    `json:"qualifier"`
	Subject   string    `json:"subject"`  // the measured noun phrase, as written
	Period    string    `json:"period"`   // reference period: "2025", "2025-01/2025-11", "2025-11-01"
	Sentence  string    `json:"sentence"` // whitespace collapsed; over corpus.MaxExcerpt bytes, a window around the figure
	Doc       string    `json:"doc"`
	Date      time.Time `json:"date"`
	Start     int       `json:"start"` // byte offsets of Text in the document (or string)
	End       int       `json:"end"`
	// Speaker, Side and Cue say who cites the figure: the attribution of its
	// sentence (see package attribution), when asked for (Options); ""
	// otherwise.
	Speaker string `json:"speaker,omitempty"`
	Side    string `json:"side,omitempty"`
	Cue     string `json:"cue,omitempty"`
	// Source is where the figure is cited from, when its sentence names a
	// source of data rather than a speaker's words: the speaker of an
	// "according to" ("according to China's General Administration of
	// Customs") or of a data frame ("Korea Customs Service data showed",
	// "a survey by the Korea International Trade Association found"); ""
	// otherwise.
	Source string `json:"source,omitempty"`

	// High is the upper bound of a range ("between 20 and 30": Value 20, High 30); 0 otherwise.
	High float64 `json:"-"`
	// NumStart, NumEnd are the byte offsets of the number alone ("6.65 million" in "6.65 million visits").
	NumStart, NumEnd int `json:"-"`
	// QualStart is where the qualifier words begin (== Start without a qualifier).
	QualStart int `json:"-"`
}

// IsRange reports whether the figure is a range with two bounds.
func (f Figure) IsRange() bool {
	return f.Qualifier != "" && len(f.Qualifier) > 6 && f.Qualifier[:6] == "range "
}

// bounds classifies a figure's qualifier as a bound: "lo" (more than, at
// least), "hi" (less than, at most, up to), "both" (a range) or "".
func bounds(f Figure) string {
	switch {
	case f.IsRange():
		return "both"
	case f.Qualifier == "more than" || f.Qualifier == "at least":
		return "lo"
	case f.Qualifier == "less than" || f.Qualifier == "at most" || f.Qualifier == "up to":
		return "hi"
	}
	return ""
}
