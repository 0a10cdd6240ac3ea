package phrases

// spans holds the byte span in its document of each unit of a sampled
// document (ddoc.seq), -1 to -1 for a sentence separator. The sample holds
// millions of units: a text shorter than 65,535 bytes (nearly every
// article) keeps them as uint16 pairs, 4 bytes a unit where int32 pairs
// take 8; a longer one as int32 pairs.
type spans struct {
	narrow []uint16 // start, end, ...; narrowSep for a separator
	wide   []int32  // start, end, ... when the text is longer
}

const narrowSep = 0xFFFF

// newSpans returns room for n units of a text of textLen bytes.
func newSpans(n, textLen int) spans {
	if textLen < narrowSep {
		return spans{narrow: make([]uint16, 0, 2*n)}
	}
	return spans{wide: make([]int32, 0, 2*n)}
}

// add appends a unit's span, or a separator's (-1, -1).
func (s *spans) add(start, end int32) {
	if s.wide != nil || s.narrow == nil {
		s.wide = append(s.wide, start, end)
		return
	}
	if start < 0 {
		s.narrow = append(s.narrow, narrowSep, narrowSep)
		return
	}
	s.narrow = append(s.narrow, uint16(start), uint16(end))
}

func (s *spans) len() int {
	if s.narrow != nil {
		return len(s.narrow) / 2
	}
	return len(s.wide) / 2
}

func (s *spans) at(j int) int32 {
	if s.narrow != nil {
		if v := s.narrow[j]; v != narrowSep {
			return int32(v)
		}
		return -1
	}
	return s.wide[j]
}

// start and end are the span of unit i.
func (s *spans) start(i int) int32 { return s.at(2 * i) }
func (s *spans) end(i int) int32   { return s.at(2*i + 1) }
