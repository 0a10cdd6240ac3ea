package figures

import (
	"fmt"
	"strconv"
	"time"
)

// mark is a stated reference period in a sentence.
type mark struct {
	label      string
	start, end int // byte offsets in the sentence
}

// periods finds the periods stated in the scanned sentence: month ranges
// ("January-November period this year"), "the first 10 months of this year",
// halves and quarters, "Month YYYY", dates, years and "this/last year"
// resolved against the document date (zero: unresolved, left out).
func (s *scanner) periods(date time.Time) []mark {
	var out []mark
	docYear := 0
	if !date.IsZero() {
		docYear = date.Year()
	}
	toks := s.toks
	used := map[int]bool{}
	add := func(label string, a, b int) {
		if label == "" {
			return
		}
		for k := a; k < b; k++ {
			used[k] = true
		}
		out = append(out, mark{label, toks[a].start, toks[b-1].end})
	}
	for i := 0; i < len(toks); i++ {
		if used[i] {
			continue
		}
		w := toks[i].lower
		m := monthNames[w]
		isMonth := m != 0 && (isCapitalized(toks[i].s) || len(w) > 3 && w != "march") && w != "may" || w == "may" && isCapitalized(toks[i].s) && i > 0
		switch {
		case isMonth:
			// January-November, January to November
			if j := i + 1; j+1 < len(toks) && (isDash(toks[j].s) || toks[j].lower == "to" || toks[j].lower == "through") && monthNames[toks[j+1].lower] != 0 {
				m2 := monthNames[toks[j+1].lower]
				e := j + 2
				if e < len(toks) && toks[e].lower == "period" {
					e++
				}
				y, e2 := s.yearAfter(e, docYear)
				if y == 0 {
					y, e2 = docYear, e
				}
				if y != 0 {
					add(fmt.Sprintf("%04d-%02d/%04d-%02d", y, m, y, m2), i, e2)
				}
				continue
			}
			// Month D(, YYYY)
			if j := i + 1; j < len(toks) && toks[j].kind == tNum && len(toks[j].s) <= 2 {
				d, _ := strconv.Atoi(toks[j].s)
				if d >= 1 && d <= 31 {
					y, e := s.yearAfter(j+1, docYear)
					if y == 0 {
						y, e = docYear, j+1
					}
					if y != 0 {
						add(fmt.Sprintf("%04d-%02d-%02d", y, m, d), i, e)
					}
					continue
				}
			}
			if y, e := s.yearAfter(i+1, 0); y != 0 {
				add(fmt.Sprintf("%04d-%02d", y, m), i, e)
				continue
			}
		case w == "first" && i+2 < len(toks) && toks[i+2].lower == "months":
			// "the first 10 months of this year", "the first nine months"
			n, _ := strconv.Atoi(toks[i+1].s)
			if v, ok := smallNumbers[toks[i+1].lower]; ok {
				n = int(v)
			}
			y, e := s.yearAfter(i+3, docYear)
			if y == 0 && docYear != 0 && !(i+3 < len(toks) && toks[i+3].lower == "of") {
				y, e = docYear, i+3
			}
			if y != 0 && n >= 1 && n <= 12 {
				add(fmt.Sprintf("%04d-01/%04d-%02d", y, y, n), i, e)
			}
		case (w == "first" || w == "second") && i+1 < len(toks) && toks[i+1].lower == "half" && (i+2 >= len(toks) || toks[i+2].lower != "million" && toks[i+2].lower != "billion"):
			y, e := s.yearAfter(i+2, docYear)
			if y == 0 && docYear != 0 && !(i+2 < len(toks) && toks[i+2].lower == "of") {
				y, e = docYear, i+2
			}
			if y != 0 {
				if w == "first" {
					add(fmt.Sprintf("%04d-H1", y), i, e)
				} else {
					add(fmt.Sprintf("%04d-H2", y), i, e)
				}
			}
		case (w == "first" || w == "second" || w == "third" || w == "fourth") && i+2 < len(toks) && toks[i+1].lower == "quarter" && toks[i+2].lower == "of":
			q := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[w]
			if y, e := s.yearAfter(i+3, docYear); y != 0 {
				add(fmt.Sprintf("%04d-Q%d", y, q), i, e)
			}
		case (w == "this" || w == "last" || w == "next") && i+1 < len(toks) && toks[i+1].lower == "year" && docYear != 0:
			y := docYear
			if w == "last" {
				y--
			} else if w == "next" {
				y++
			}
			add(strconv.Itoa(y), i, i+2)
			i++
		}
	}
	for _, y := range s.years {
		out = append(out, mark{strconv.Itoa(y.year), y.start, y.end})
	}
	return out
}

// yearAfter reads the year of a period expression at toks[i]: "this year",
// "last year", "of this year", "2025", ", 2025", "of 2025".
func (s *scanner) yearAfter(i, docYear int) (int, int) {
	toks := s.toks
	if i < len(toks) && (toks[i].lower == "of" || toks[i].s == ",") {
		if y, e := s.yearAfter(i+1, docYear); y != 0 {
			return y, e
		}
		return 0, i
	}
	if i+1 < len(toks) && toks[i+1].lower == "year" && docYear != 0 {
		switch toks[i].lower {
		case "this":
			return docYear, i + 2
		case "last":
			return docYear - 1, i + 2
		case "next":
			return docYear + 1, i + 2
		}
	}
	if i < len(toks) && toks[i].kind == tNum && len(toks[i].s) == 4 && isAllDigits(toks[i].s) {
		y, _ := strconv.Atoi(toks[i].s)
		if y >= 1800 && y <= 2100 {
			return y, i + 1
		}
	}
	return 0, i
}

// nearestPeriod picks the period mark closest to the figure's span.
func nearestPeriod(marks []mark, start, end int) string {
	best, bestD := "", -1
	for _, m := range marks {
		d := 0
		switch {
		case m.end <= start:
			d = start - m.end + 3 // on a tie the period after the figure wins: "$362.3 billion in 2022"
		case m.start >= end:
			d = m.start - end
		}
		if bestD < 0 || d < bestD {
			best, bestD = m.label, d
		}
	}
	return best
}
