package attribution

import (
	"github.com/dipstat/dipstat/analysis/corpus"
)

// qspan is a quoted stretch of one sentence: bytes [start, end) of Raw,
// part of quotation number group.
type qspan struct {
	start, end int
	group      int
}

// qgroup is one quotation, which may run over several sentences.
type qgroup struct {
	first, last int // sentences
}

// maxQuoteSentences closes a quotation left open (an unpaired straight
// quote) after this many sentences.
const maxQuoteSentences = 8

// quotes finds the quotations of d: straight quotes pair up in turn, curly
// ones by direction. A quotation still open at a line break ends there unless
// the next line opens with a quotation mark, as a quotation running over
// several paragraphs does. w.qs lists the spans, w.qfirst[i] the first span of
// sentence i (spans of sentence i are w.qs[w.qfirst[i]:w.qfirst[i+1]]).
func (w *worker) quotes(d *corpus.Document) {
	w.qs, w.qg = w.qs[:0], w.qg[:0]
	w.qfirst = w.qfirst[:0]
	open, start, group := false, 0, -1
	raw := d.Raw
	for si := range d.Sentences {
		s := &d.Sentences[si]
		w.qfirst = append(w.qfirst, len(w.qs))
		if open && si > 0 {
			between := raw[d.Sentences[si-1].End:s.Start]
			long := si-w.qg[group].first >= maxQuoteSentences
			if hasNewline(between) || long {
				if !long && startsWithQuote(raw, s.Start, s.End) {
					// the quotation goes on in this paragraph: skip its mark
					_, size := quoteAt(raw, s.Start)
					start = s.Start + size
				} else {
					open = false
				}
			} else {
				start = s.Start
			}
		}
		skipTo := -1
		if open && start > s.Start {
			skipTo = start
		}
		for i := s.Start; i < s.End; i++ {
			c := raw[i]
			if c != '"' && c != 0xE2 && c != 0xC2 {
				continue
			}
			if i < skipTo {
				continue
			}
			kind, size := quoteAt(raw, i)
			if size == 0 {
				continue
			}
			switch {
			case !open && kind != closeQ:
				open, start = true, i+size
				group++
				w.qg = append(w.qg, qgroup{first: si, last: si})
			case open && kind != openQ:
				w.addQ(start, i, group, si)
				open = false
			}
			i += size - 1
		}
		if open {
			w.addQ(start, s.End, group, si)
		}
	}
	w.qfirst = append(w.qfirst, len(w.qs))
}

func (w *worker) addQ(start, end, group, si int) {
	if end > start {
		w.qs = append(w.qs, qspan{start: start, end: end, group: group})
	}
	w.qg[group].last = si
}

const (
	straightQ = iota
	openQ
	closeQ
)

// quoteAt reports the quotation mark at raw[i], if any, and its length.
func quoteAt(raw string, i int) (kind, size int) {
	switch {
	case raw[i] == '"':
		return straightQ, 1
	case i+3 <= len(raw) && raw[i] == 0xE2 && raw[i+1] == 0x80 && raw[i+2] == 0x9C: // “
		return openQ, 3
	case i+3 <= len(raw) && raw[i] == 0xE2 && raw[i+1] == 0x80 && raw[i+2] == 0x9D: // ”
		return closeQ, 3
	case i+2 <= len(raw) && raw[i] == 0xC2 && raw[i+1] == 0xAB: // «
		return openQ, 2
	case i+2 <= len(raw) && raw[i] == 0xC2 && raw[i+1] == 0xBB: // »
		return closeQ, 2
	}
	return 0, 0
}

func startsWithQuote(raw string, start, end int) bool {
	if start >= end {
		return false
	}
	k, size := quoteAt(raw, start)
	return size > 0 && k != closeQ
}

func hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// spansOf returns the quoted spans of sentence si.
func (w *worker) spansOf(si int) []qspan {
	return w.qs[w.qfirst[si]:w.qfirst[si+1]]
}
