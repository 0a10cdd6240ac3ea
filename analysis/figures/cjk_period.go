package figures

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Periods stated in Chinese and Korean: dates (2025年6月10日, 2025년 6월 10일,
// 2025-06-10), months (2025年6月), month ranges (1-11月, 1~11월, 1至11月),
// the first months (前11个月), halves (上半年, 상반기), quarters (第一季度,
// 1분기), years (2024年, 2024년) and this or last year (今年, 去年, 올해,
// 지난해), each optionally after the year it is of.

const cjkYearPrefix = `(?:(\d{4})\s*[年년]\s*|(今年|去年|올해|지난해|작년|올)\s*)?`

var (
	cjkDateRe    = regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]|(\d{4})-(\d{2})-(\d{2})`)
	cjkRangeRe   = regexp.MustCompile(cjkYearPrefix + `(\d{1,2})\s*[-~～至到—–]\s*(\d{1,2})\s*[月월]`)
	cjkFirstRe   = regexp.MustCompile(cjkYearPrefix + `前\s*(\d{1,2}|[一二三四五六七八九十]+)\s*[个個]月`)
	cjkHalfRe    = regexp.MustCompile(cjkYearPrefix + `(上半年|下半年|상반기|하반기)`)
	cjkQuarterRe = regexp.MustCompile(cjkYearPrefix + `(?:第?([一二三四1-4])\s*季度|([1-4])\s*분기)`)
	cjkMonthRe   = regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]`)
	cjkYearRe    = regexp.MustCompile(`(\d{4})\s*[年년]|今年|去年|올해|지난해|작년`)
)

// periodMarks finds the periods of the sentence.
func (s *cjkScanner) periodMarks() {
	docYear := 0
	if !s.date.IsZero() {
		docYear = s.date.Year()
	}
	used := make([]bool, len(s.text)+1)
	free := func(a, b int) bool {
		for k := a; k < b; k++ {
			if used[k] {
				return false
			}
		}
		return true
	}
	add := func(label string, a, b int) {
		if label == "" || !free(a, b) {
			return
		}
		for k := a; k < b; k++ {
			used[k] = true
		}
		s.marks = append(s.marks, mark{label, a, b})
	}
	// the year a prefix names, else the year the sentence names, else the document's
	sentYear := 0
	if m := regexp.MustCompile(`(\d{4})\s*[年년]`).FindStringSubmatch(s.text); m != nil {
		sentYear, _ = strconv.Atoi(m[1])
	}
	yearOf := func(m []int) int {
		if m[2] >= 0 {
			y, _ := strconv.Atoi(s.text[m[2]:m[3]])
			return y
		}
		if m[4] >= 0 {
			if rel := s.text[m[4]:m[5]]; rel == "去年" || rel == "지난해" || rel == "작년" {
				if docYear == 0 {
					return 0
				}
				return docYear - 1
			}
			return docYear
		}
		if sentYear != 0 {
			return sentYear
		}
		return docYear
	}
	for _, m := range cjkDateRe.FindAllStringSubmatchIndex(s.text, -1) {
		g := 1
		if m[2] < 0 {
			g = 4
		}
		y, _ := strconv.Atoi(s.text[m[2*g]:m[2*g+1]])
		mo, _ := strconv.Atoi(s.text[m[2*g+2]:m[2*g+3]])
		d, _ := strconv.Atoi(s.text[m[2*g+4]:m[2*g+5]])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			add(fmt.Sprintf("%04d-%02d-%02d", y, mo, d), m[0], m[1])
		}
	}
	for _, m := range cjkRangeRe.FindAllStringSubmatchIndex(s.text, -1) {
		a, _ := strconv.Atoi(s.text[m[6]:m[7]])
		b, _ := strconv.Atoi(s.text[m[8]:m[9]])
		if y := yearOf(m); y != 0 && a >= 1 && b <= 12 && a < b {
			add(fmt.Sprintf("%04d-%02d/%04d-%02d", y, a, y, b), m[0], m[1])
		}
	}
	for _, m := range cjkFirstRe.FindAllStringSubmatchIndex(s.text, -1) {
		n := cjkSmallInt(s.text[m[6]:m[7]])
		if y := yearOf(m); y != 0 && n >= 1 && n <= 12 {
			add(fmt.Sprintf("%04d-01/%04d-%02d", y, y, n), m[0], m[1])
		}
	}
	for _, m := range cjkHalfRe.FindAllStringSubmatchIndex(s.text, -1) {
		h := "H1"
		if w := s.text[m[6]:m[7]]; w == "下半年" || w == "하반기" {
			h = "H2"
		}
		if y := yearOf(m); y != 0 {
			add(fmt.Sprintf("%04d-%s", y, h), m[0], m[1])
		}
	}
	for _, m := range cjkQuarterRe.FindAllStringSubmatchIndex(s.text, -1) {
		q := ""
		if m[6] >= 0 {
			q = s.text[m[6]:m[7]]
		} else {
			q = s.text[m[8]:m[9]]
		}
		if y := yearOf(m); y != 0 {
			add(fmt.Sprintf("%04d-Q%d", y, cjkSmallInt(q)), m[0], m[1])
		}
	}
	for _, m := range cjkMonthRe.FindAllStringSubmatchIndex(s.text, -1) {
		y, _ := strconv.Atoi(s.text[m[2]:m[3]])
		mo, _ := strconv.Atoi(s.text[m[4]:m[5]])
		if mo >= 1 && mo <= 12 {
			add(fmt.Sprintf("%04d-%02d", y, mo), m[0], m[1])
		}
	}
	for _, m := range cjkYearRe.FindAllStringSubmatchIndex(s.text, -1) {
		y := 0
		switch w := s.text[m[0]:m[1]]; {
		case m[2] >= 0:
			y, _ = strconv.Atoi(s.text[m[2]:m[3]])
		case w == "去年" || w == "지난해" || w == "작년":
			if docYear != 0 {
				y = docYear - 1
			}
		default:
			y = docYear
		}
		if y >= 1900 && y <= 2200 {
			add(strconv.Itoa(y), m[0], m[1])
		}
	}
}

// cjkSmallInt reads 1-12 in digits or Chinese numerals.
func cjkSmallInt(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	n := 0
	for _, r := range w {
		switch {
		case r == '十':
			if n == 0 {
				n = 1
			}
			n *= 10
		default:
			n += int(cjkDigits[r])
		}
	}
	return n
}

// periodOf is the period nearest figure k that no other figure stands
// between.
func (s *cjkScanner) periodOf(f Figure, k int) string {
	lo, hi := 0, len(s.text)
	if k > 0 {
		lo = s.out[k-1].End
	}
	if k+1 < len(s.out) {
		hi = s.out[k+1].Start
	}
	best, dist := "", len(s.text)+1
	for _, m := range s.marks {
		if m.start < lo || m.end > hi || m.start < f.End && m.end > f.Start {
			continue
		}
		d := f.Start - m.end
		if m.start >= f.End {
			d = m.start - f.End
		}
		if d < dist {
			best, dist = m.label, d
		}
	}
	return strings.TrimSpace(best)
}
