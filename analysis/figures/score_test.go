package figures

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// inCategory reports whether an extracted figure belongs to a category.
func inCategory(f Figure, cat string) bool {
	u := unitByName(f.Unit)
	family := ""
	if u != nil {
		family = u.family
	}
	switch cat {
	case "money":
		return f.Kind == Money
	case "percent":
		return f.Kind == Percent
	case "temperature":
		return family == "temperature" || family == "degree"
	case "dimension":
		return f.Kind == Mass || f.Kind == Length || f.Kind == Area ||
			family == "volume" || family == "speed" || family == "data" || family == "mass rate" || family == "volume rate"
	case "age", "duration":
		return f.Kind == Duration
	case "range":
		return bounds(f) != ""
	case "number":
		return f.Kind != Ordinal
	case "physical":
		return f.Kind != Money && f.Kind != Percent && f.Kind != Duration && f.Kind != Ordinal && f.Kind != Count && family != "temperature"
	}
	return false
}

// run scores one case: every expected item with a value must be matched by
// a distinct figure of its category, and no other figure of the case's
// categories may be extracted (quantulum: of any category but ordinals).
func (tc testCase) run() (bool, string) {
	figs := Extract(tc.input)
	used := make([]bool, len(figs))
	for _, e := range tc.items {
		if e.noValue {
			continue
		}
		found := false
		for i, f := range figs {
			if used[i] || !inCategory(f, e.cat) {
				continue
			}
			if spanMatch(tc.input, e, f) && valueMatch(e, f) && unitMatch(e, f) {
				used[i] = true
				found = true
				break
			}
		}
		if !found {
			return false, fmt.Sprintf("missing %q (%s) %s; got %s", tc.input[e.start:e.end], e.cat, describeExp(e), describe(figs))
		}
	}
	for i, f := range figs {
		if used[i] {
			continue
		}
		counts := false
		if tc.cat != "" {
			counts = inCategory(f, tc.cat)
		} else {
			counts = f.Kind != Ordinal
		}
		if !counts {
			continue
		}
		// figures over a unit-only expected item are neither required nor penalised
		spared := false
		for _, e := range tc.items {
			if e.noValue && f.Start < e.end && e.start < f.End {
				spared = true
			}
		}
		if !spared {
			return false, fmt.Sprintf("extra %q; got %s", f.Text, describe(figs))
		}
	}
	return true, ""
}

func describeExp(e expected) string {
	var b strings.Builder
	if e.lo != nil {
		fmt.Fprintf(&b, "lo=%g ", *e.lo)
	}
	if e.hi != nil {
		fmt.Fprintf(&b, "hi=%g ", *e.hi)
	}
	fmt.Fprintf(&b, "unit=%q iso=%q", e.unit, e.iso)
	return b.String()
}

func describe(figs []Figure) string {
	var parts []string
	for _, f := range figs {
		parts = append(parts, fmt.Sprintf("[%q %g %s %s q=%q]", f.Text, f.Value, f.Unit, f.Kind, f.Qualifier))
	}
	return strings.Join(parts, " ")
}

// spanMatch compares spans exactly or leniently (README rule 3).
func spanMatch(input string, e expected, f Figure) bool {
	cands := [][2]int{{f.Start, f.End}, {f.QualStart, f.End}}
	if e.cat == "number" || e.cat == "range" {
		cands = append(cands, [2]int{f.NumStart, f.NumEnd}, [2]int{f.QualStart, f.NumEnd})
	}
	for _, c := range cands {
		if c[0] < 0 || c[1] > len(input) || c[0] > c[1] {
			continue
		}
		if strings.EqualFold(input[c[0]:c[1]], input[e.start:e.end]) {
			return true
		}
		a, b := c, [2]int{e.start, e.end}
		if a[0] <= b[0] && a[1] >= b[1] {
			if ignorable(input[a[0]:b[0]]) && ignorable(input[b[1]:a[1]]) {
				return true
			}
		}
		if b[0] <= a[0] && b[1] >= a[1] {
			if ignorable(input[b[0]:a[0]]) && ignorable(input[a[1]:b[1]]) {
				return true
			}
		}
	}
	return false
}

var ignorableWords = map[string]bool{
	"about": true, "around": true, "roughly": true, "approximately": true, "nearly": true, "almost": true,
	"some": true, "more": true, "than": true, "over": true, "above": true, "up": true, "to": true, "at": true,
	"least": true, "most": true, "less": true, "fewer": true, "under": true, "below": true, "between": true,
	"from": true, "and": true, "or": true, "no": true, "not": true, "greater": true, "exceed": true,
	"exceeding": true, "exceeded": true, "surpass": true, "estimated": true, "an": true,
	// currency codes and the letters before "$"
	"usd": true, "us": true, "u": true, "s": true, "eur": true, "gbp": true, "cny": true, "rmb": true,
	"krw": true, "jpy": true, "c": true, "hk": true,
}

// ignorable reports whether a leftover of a lenient match is only spaces,
// punctuation, currency signs or codes, or qualifier words.
func ignorable(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	}) {
		if !ignorableWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// valueMatch compares values (README rule 4); cents may be 0.01 of the parent.
func valueMatch(e expected, f Figure) bool {
	if e.cat == "range" {
		switch bounds(f) {
		case "both":
			return e.lo != nil && e.hi != nil && near(*e.lo, f.Value) && near(*e.hi, f.High)
		case "lo":
			return e.lo != nil && e.hi == nil && near(*e.lo, f.Value)
		case "hi":
			return e.hi != nil && e.lo == nil && near(*e.hi, f.Value)
		}
		return false
	}
	if e.center {
		if f.IsRange() {
			return near(*e.lo, f.Value) && near(*e.hi, f.High)
		}
		if strings.HasPrefix(f.Qualifier, "±") {
			u, err := strconv.ParseFloat(f.Qualifier[len("±"):], 64)
			return err == nil && near(*e.lo, f.Value-u) && near(*e.hi, f.Value+u)
		}
		return false
	}
	v := *e.lo
	if f.IsRange() {
		return false
	}
	if near(v, f.Value) {
		return true
	}
	switch e.unit {
	case "Cent", "Pence", "Penny":
		return near(v/100, f.Value)
	}
	return false
}

// Unit families of the two suites against dipstat's canonical units.
var unitFamilies = map[string][]string{
	// Recognizers-Text currency
	"Dollar": {"USD", "CAD", "HKD", "AUD", "TWD", "SGD", "NZD"}, "United States dollar": {"USD"},
	"Canadian dollar": {"CAD"}, "Hong Kong dollar": {"HKD"}, "Australian dollar": {"AUD"},
	"Pound": {"GBP", "lb"}, "British pound": {"GBP"}, "Euro": {"EUR"}, "Japanese yen": {"JPY", "JPY/CNY"},
	"Chinese yuan": {"CNY"}, "Franc": {"franc", "CHF", "FRF"}, "Swiss franc": {"CHF"}, "Finnish markka": {"FIM"},
	"Peseta": {"ESP"}, "Netherlands guilder": {"NLG"}, "Rupee": {"INR"}, "Cent": {"USD", "CAD", "HKD", "AUD", "EUR"},
	"Pence": {"GBP"}, "Penny": {"GBP"},
	// Recognizers-Text dimension and temperature
	"Mile": {"mi"}, "Foot": {"ft"}, "Inch": {"in"}, "Barrel": {"bbl"}, "Ounce": {"oz"}, "Acre": {"acre"},
	"Gallon": {"gal"}, "Cubic foot": {"ft3"}, "Square meter": {"m2"}, "Ton": {"t"}, "Metric ton": {"t"},
	"Bit": {"bit"}, "Mile per hour": {"mph"}, "Meter": {"m"}, "Kilometer": {"km"}, "Millimeter": {"mm"},
	"Square kilometer": {"km2"}, "C": {"°C"}, "F": {"°F"}, "Degree": {"degree"},
	"Year": {"year"}, "Month": {"month"}, "Week": {"week"}, "Day": {"day"},
	// quantulum3
	"metre": {"m"}, "kilometre": {"km"}, "mile": {"mi"}, "pound sterling": {"GBP"}, "dollar": {"USD", "CAD", "HKD", "AUD"},
	"euro": {"EUR"}, "gallon": {"gal"}, "litre": {"L"}, "percentage": {"%"}, "week": {"week"}, "year": {"year"},
	"month": {"month"}, "day": {"day"}, "hour": {"hour"}, "square kilometre": {"km2"}, "square mile": {"mi2"},
	"exabyte": {"EB"}, "teraelectronvolt": {"TeV"}, "watt hour": {"Wh"}, "megawatt hour": {"MWh"},
	"ton per day": {"t/d"}, "tonne": {"t"}, "degree Celsius": {"°C"}, "degree fahrenheit": {"°F"},
	"degree Fahrenheit": {"°F"}, "kilometre per hour": {"km/h"}, "kilogram": {"kg"}, "pound-mass": {"lb"},
	"milligram": {"mg"}, "dollar per kilogram": {"USD/kg"}, "british thermal unit": {"Btu"}, "kelvin": {"K"},
	"watt": {"W"}, "inch": {"in"}, "electronvolt": {"eV"}, "foot": {"ft"}, "mile per hour": {"mph"},
	"cent": {"USD", "EUR"}, "penny": {"GBP"}, "square metre": {"m2"}, "cubic metre": {"m3"}, "hectare": {"ha"},
	"gigawatt": {"GW"}, "megawatt": {"MW"}, "kilowatt hour": {"kWh"}, "gigawatt hour": {"GWh"}, "barrel": {"bbl"},
	"dollar per hour": {"USD/hour"}, "kilowatt": {"kW"}, "gram": {"g"}, "ounce": {"oz"}, "acre": {"acre"},
	"minute": {"minute"}, "Milliliter": {"ml"}, "Megabyte": {"MB"}, "Kilometer per hour": {"km/h"},
	"Lao kip": {"LAK"}, "Mexican peso": {"MXN"}, "New Zealand dollar": {"NZD"}, "Turkish lira": {"TRY"}, "Kilogram": {"kg"}, "Hour": {"hour"}, "Minute": {"minute"},
}

// unitMatch applies the unit families (README rule 5).
func unitMatch(e expected, f Figure) bool {
	switch e.cat {
	case "number", "range", "percent":
		if e.unit == "" || e.unit == "dimensionless" || e.cat != "percent" {
			return true
		}
	}
	if e.unit == "dimensionless" {
		return true
	}
	if e.iso != "" && f.Unit != e.iso {
		return false
	}
	for _, u := range unitFamilies[e.unit] {
		if f.Unit == u {
			return true
		}
	}
	return false
}
