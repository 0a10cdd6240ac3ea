package corpus

// asciiWords is a fast path for UAX #29 word segmentation on pure ASCII text,
// with the same hyphen joiner as the uax29 iterator. It calls fn with the
// [start, end) of each segment that holds a letter or digit. A differential
// fuzz test (FuzzASCIIWords) holds it equal to the uax29 package on every
// ASCII input.
func asciiWords(s string, fn func(start, end int)) {
	n := len(s)
	i := 0
	for i < n {
		if !isAlnum(s[i]) && s[i] != '_' {
			i++
			continue
		}
		start := i
		for {
			// consume a run of letters, digits and underscores
			for i < n && (isAlnum(s[i]) || s[i] == '_') {
				i++
			}
			if i+1 >= n {
				break
			}
			c, next := s[i], s[i+1]
			prev := s[i-1]
			switch {
			case (c == '.' || c == '\'' || c == '-') && (isLetter(prev) && isLetter(next) || isDigit(prev) && isDigit(next)):
				// WB6/7 and WB11/12: MidNumLet and Single_Quote; the hyphen
				// joiner acts as MidNumLet too, as in the uax29 package.
				i++
				continue
			case c == ':' && isLetter(prev) && isLetter(next):
				i++ // WB6/7: MidLetter
				continue
			case (c == ',' || c == ';') && isDigit(prev) && isDigit(next):
				i++ // WB11/12: MidNum
				continue
			}
			break
		}
		fn(start, i)
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
