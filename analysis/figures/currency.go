package figures

import (
	"math"
	"strings"
)

// currencyPrefixAt reads "$", "US$", "us $", "u.s $", "c $", "HK$", "RMB",
// "USD", "MUSD" before a number. It returns the ISO code ("" if none), the
// number of tokens of the prefix and the index after it.
func (s *scanner) currencyPrefixAt(j int) (string, int, int) {
	t := s.tok(j)
	if t.kind == tSym {
		if c := currencySigns[t.s]; c != "" {
			if next := s.tok(j + 1); next.kind == tNum || next.kind == tWord && isNumberWord(next.lower) || next.s == "-" {
				return c, 1, j + 1
			}
		}
		return "", 0, j
	}
	if t.kind != tWord {
		return "", 0, j
	}
	// letters then "$": us $, u.s $, u . s . $, c $, hk $, HK$
	k := j
	for k < len(s.toks) && k < j+5 {
		tk := s.toks[k]
		if tk.kind == tWord && len(tk.lower) <= 3 || tk.s == "." {
			k++
			continue
		}
		break
	}
	if k < len(s.toks) && s.toks[k].s == "$" && k > j {
		var b strings.Builder
		for _, tk := range s.toks[j:k] {
			if tk.s != "." {
				b.WriteString(tk.lower)
			} else {
				b.WriteString(".")
			}
		}
		p := strings.TrimSuffix(b.String(), ".")
		if c, ok := dollarPrefixes[p]; ok && (s.toks[k].gap == false || len(p) > 1 || p == "c") {
			if next := s.tok(k + 1); next.kind == tNum || next.kind == tWord && isNumberWord(next.lower) {
				return c, k + 1 - j, k + 1
			}
		}
	}
	// "W1.5 trillion": won, written the Korea Herald way, and "P5 billion",
	// "P1,000": Philippine pesos; only glued, and with a scale word or a
	// thousands separator ("the P5" are the five permanent members)
	if (t.s == "W" || t.s == "P") && j+1 < len(s.toks) && s.toks[j+1].kind == tNum && !s.toks[j+1].gap {
		if n, ok, _ := s.digitsAt(j+1, true); ok && (n.scaled || strings.Contains(s.toks[j+1].s, ",")) {
			if t.s == "P" {
				return "PHP", 1, j + 1
			}
			return "KRW", 1, j + 1
		}
	}
	// "Rs 1,300 crore", "Rs.500", "RM5 billion", "Rp 5 trillion"
	if c := localPrefixes[t.s]; c != "" {
		k := j + 1
		if s.tok(k).s == "." && !s.tok(k).gap {
			k++
		}
		if s.tok(k).kind == tNum {
			return c, k - j, k
		}
	}
	// ISO codes before the number: "USD 200", "RMB 5 billion", "MUSD 30"
	next := s.tok(j + 1)
	if next.kind == tNum || next.kind == tWord && isNumberWord(next.lower) && next.lower != "one" {
		if c, ok := codeOf(t.s); ok {
			return c, 1, j + 1
		}
		if c, ok := millionCode(t.s); ok {
			return millionsMark + c, 1, j + 1
		}
	}
	return "", 0, j
}

// codeOf recognises an ISO currency code (upper case, or lower case in
// lower-cased text).
func codeOf(w string) (string, bool) {
	if c, ok := currencyCodes[w]; ok {
		return c, true
	}
	if lowerCodes[w] {
		return currencyCodes[strings.ToUpper(w)], true
	}
	return "", false
}

// millionsMark prefixes the code of a millions unit ("MUSD") in the
// scanner's internal results; it is not a letter, so "MXN" stays MXN.
const millionsMark = "*"

// millionCode recognises "MUSD", "MEUR": millions of a currency.
func millionCode(w string) (string, bool) {
	if len(w) == 4 && (w[0] == 'M' || w[0] == 'm') {
		if c, ok := codeOf(w[1:]); ok && w[1:] != "try" {
			return c, true
		}
	}
	return "", false
}

// currencyCodeAfter reads an ISO code or a currency sign after a number.
func (s *scanner) currencyCodeAfter(k int) (string, int) {
	t := s.tok(k)
	if t.kind == tSym {
		if c := currencySigns[t.s]; c != "" && (!t.gap || c != "USD" || s.tok(k+1).kind != tNum) {
			return c, k + 1
		}
		return "", k
	}
	if t.kind != tWord {
		return "", k
	}
	if c, ok := codeOf(t.s); ok {
		return c, k + 1
	}
	if c, ok := millionCode(t.s); ok {
		return millionsMark + c, k + 1
	}
	return "", k
}

// cents merges "3 dollars 50 cents", "15 USD 50" into one amount.
func (s *scanner) cents(f *Figure, k int) int {
	j := k
	if s.tok(j).lower == "and" {
		j++
	}
	t := s.tok(j)
	if t.kind != tNum && !(t.kind == tWord && isNumberWord(t.lower)) {
		return k
	}
	n, ok, _ := s.numberAt(j, false)
	if !ok || n.scaled || n.value >= 100 || n.value != math.Trunc(n.value) || n.value < 1 {
		return k
	}
	e := n.end
	if w := s.tok(e).lower; w == "cents" || w == "cent" || w == "pence" {
		f.Value += n.value / 100
		return e + 1
	}
	// no sub-unit word: only at the end of a clause ("thirteen dollars forty five")
	nx := s.tok(e)
	if e >= len(s.toks) || nx.isPunct() || nx.lower == "more" || nx.lower == "less" {
		if s.tok(j).lower != "and" && s.tok(k).lower != "and" {
			f.Value += n.value / 100
			return e
		}
	}
	return k
}

// sameCurrency gives an amount with a scale word but no unit of its own
// the currency of the figure right before it in the sentence when that is
// an amount of money also written with a scale word: "trade reached 44.8
// billion US dollars last year, and we aim for 60 billion". A count noun
// ("1.4 billion people") is a unit of its own, and after another figure
// ("from 10,000 visits a year to over 5.7 million") the amount is not
// money. Ordinals do not count as figures between.
func (s *scanner) sameCurrency() {
	prev := -1
	for k := range s.out {
		r := &s.out[k]
		if r.f.Kind == Ordinal {
			continue
		}
		if prev >= 0 && r.f.Kind == Count && r.f.Unit == "" && r.scaled && r.f.Value >= 1e6 {
			if p := s.out[prev]; p.f.Kind == Money && p.scaled {
				r.f.Unit, r.f.Kind = p.f.Unit, Money
			}
		}
		prev = k
	}
}
