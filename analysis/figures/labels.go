package figures

// labelOrIdentifier reports whether the number read for f names or labels
// something rather than counting it: a local currency's sign on a label
// ("the R2 road", an "N95" mask), an identifier (a leading zero, "Contact:
// 01-5135000"; nine bare digits, a company's registration), a ship's hull
// number ("ship 3105"), a time zone's offset ("GMT + 7"), a mile marker
// ("at Mile 201") or a unit inside a name ("the 105-Mile Border Trade
// Zone").
func (s *scanner) labelOrIdentifier(f *Figure, num number, first, textStart int) bool {
	prev := s.tok(textStart - 1)
	hasPrev := textStart > 0
	nt := s.tok(num.start)
	nextAfterNum := s.tok(num.end)
	// "the R2 road": a rand sign glued to a small bare number is a label
	if f.Unit == "ZAR" && s.tok(textStart).s == "R" && !num.scaled && num.value < 10 {
		return true
	}
	// a naira sign only with a scale word: "N7.2 trillion", not an "N95" mask
	if f.Unit == "NGN" && s.tok(textStart).s == "N" && !num.scaled {
		return true
	}
	// identifiers: a number with a leading zero ("Contact: 01-5135000",
	// "007"), or nine digits or more with no separator and no unit (a
	// company's registration, "[197101000523 (10894-D)]")
	if nt.kind == tNum && num.plainDigit && textStart == num.start {
		if str := nt.s; len(str) >= 2 && str[0] == '0' && isAllDigits(str) {
			return true
		}
		if str := nt.s; f.Kind == Count && f.Unit == "" && len(str) >= 9 && isAllDigits(str) {
			return true
		}
	}
	// a ship's hull number: "Chinese ship 3105 blasted it" (not "ship
	// 500 containers", a verb and its count)
	if f.Kind == Count && f.Unit == "" && first == textStart && hasPrev && !num.written && hullWords[prev.lower] {
		return true
	}
	// a time zone's offset: "09:42 GMT + 7", "UTC-5"
	if hasPrev && (prev.s == "+" || isDash(prev.s)) && textStart >= 2 && timeZones[s.tok(textStart-2).s] {
		return true
	}
	// a mile marker or a name with a unit in capitals: "at Mile 201", "the
	// Muse 105-Mile Border Trade Zone"
	if f.Kind == Count && first == textStart && hasPrev && prev.kind == tWord && (prev.lower == "mile" || prev.lower == "km") && isCapitalized(prev.s) {
		return true
	}
	if f.Kind == Length && isDash(nextAfterNum.s) && !nextAfterNum.gap && isCapitalized(s.tok(num.end+1).s) && isCapitalized(s.tok(num.end+2).s) {
		return true
	}
	return false
}

// hullWords name a ship whose number follows: "ship 3105", "vessel 5901".
var hullWords = map[string]bool{"ship": true, "vessel": true, "cutter": true, "frigate": true, "destroyer": true, "hull": true}
