package corpus

import (
	"reflect"
	"testing"

	"github.com/clipperhouse/uax29/v2/words"
)

// uaxSegments is the reference: the uax29 iterator with the same joiners,
// keeping segments with a letter or digit.
func uaxSegments(s string) [][2]int {
	var out [][2]int
	it := words.FromString(s)
	it.Joiners(joiners)
	for it.Next() {
		if _, ok := classify(it.Value()); ok || it.Value() == "_" {
			if _, ok := classify(it.Value()); ok {
				out = append(out, [2]int{it.Start(), it.End()})
			}
		}
	}
	return out
}

func asciiSegments(s string) [][2]int {
	var out [][2]int
	asciiWords(s, func(a, b int) {
		if _, ok := classify(s[a:b]); ok {
			out = append(out, [2]int{a, b})
		}
	})
	return out
}

func TestASCIIWordsMatchesUAX29(t *testing.T) {
	for _, s := range []string{
		"win-win China-ROK people-to-people 15th 298.9 6,650,000 U.S. it's ties.After a:b 1;2 3.x x.3 a'b 1'2 -5 a- -a a--b __a_ a_1 1_a",
		"+ ↺ − 16 px", "end.", "x", "", "A.B.C", "v2.0.1", "e-mail@x.com", "1,000.50", "'quoted' \"dq\"", "a-1-b", "1-a",
	} {
		if !isASCII(s) {
			continue
		}
		if got, want := asciiSegments(s), uaxSegments(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", s, got, want)
		}
	}
}

func FuzzASCIIWords(f *testing.F) {
	f.Add("win-win China-ROK people-to-people 15th 298.9 6,650,000 U.S. it's ties.After")
	f.Add("a:b 1;2 3.x x.3 a'b 1'2 -5 a- -a a--b __a_ a_1 1_a")
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		for i := range b {
			b[i] &= 0x7f
		}
		s = string(b)
		if got, want := asciiSegments(s), uaxSegments(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", s, got, want)
		}
	})
}
