package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// cjkDateHead is how far into a text cjkDate looks for a date.
const cjkDateHead = 800

var (
	// a date with a time in the head of a page: 香港01 2025-11-03 18:40
	cjkDateTimeRe = regexp.MustCompile(`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*(?:\(\s*)?\d{1,2}:\d{2}`)
	// 2025年6月10日, 2025년 6월 10일
	cjkFullDateRe = regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]`)
	// a timestamp line of a Chinese or Korean page: 发布时间：2025-06-10 09:28, 입력 2025.06.10 09:28
	cjkStampRe = regexp.MustCompile(`(?:发布时间|發布時間|发布于|發佈時間|发布日期|更新时间|更新時間|时间|時間|日期|입력|기사입력|등록|송고시간|승인|수정)\s*[:：]?\s*(\d{4})[-./年년]\s*(\d{1,2})[-./月월]\s*(\d{1,2})`)
)

// cjkDate dates a Chinese or Korean text that has no date header from its
// first lines: a page's timestamp line (发布时间：2025-06-10 09:28, 입력
// 2025.06.10), else a date with a time (2025-11-03 18:40), else the first
// full date written out (2025年6月10日, 2025년 6월
// 10일). Only texts with Han or Hangul in their head are looked at.
func (c *cleaned) cjkDate(raw string) {
	head := raw[:min(len(raw), cjkDateHead)]
	if !hasCJKBytes(head) {
		return
	}
	for _, re := range []*regexp.Regexp{cjkStampRe, cjkDateTimeRe, cjkFullDateRe} {
		m := re.FindStringSubmatch(head)
		if m == nil {
			continue
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if y < minYear || y > maxYear || t.Month() != time.Month(mo) || t.Day() != d {
			continue
		}
		c.date = t
		c.notes = append(c.notes, "dated from the text: "+quote(strings.TrimSpace(m[0])))
		return
	}
}

// hasCJKBytes reports lead bytes of the blocks of Han and Hangul.
func hasCJKBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xE3 && c <= 0xED {
			return true
		}
	}
	return false
}
