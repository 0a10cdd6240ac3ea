package phrases

import "testing"

// TestSpans: narrow spans (a text under 65,535 bytes) and wide ones give
// back what was added, separators as -1.
func TestSpans(t *testing.T) {
	for _, textLen := range []int{100, narrowSep - 1, narrowSep, 1 << 20} {
		s := newSpans(3, textLen)
		last := int32(textLen)
		want := [][2]int32{{0, 5}, {-1, -1}, {last - 7, last}}
		for _, w := range want {
			s.add(w[0], w[1])
		}
		if (s.narrow != nil) != (textLen < narrowSep) {
			t.Errorf("text of %d bytes: narrow %v", textLen, s.narrow != nil)
		}
		if s.len() != len(want) {
			t.Fatalf("text of %d bytes: %d spans", textLen, s.len())
		}
		for i, w := range want {
			if s.start(i) != w[0] || s.end(i) != w[1] {
				t.Errorf("text of %d bytes: span %d is [%d,%d), want %v", textLen, i, s.start(i), s.end(i), w)
			}
		}
	}
}
