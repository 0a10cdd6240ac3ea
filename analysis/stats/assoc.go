package stats

import "math"

// Assoc holds the association measures of one n-gram.
type Assoc struct {
	Expected float64
	G2       float64
	PMI      float64
	T        float64
	LogDice  float64 // NaN for n != 2
}

// Association computes the measures of an n-gram seen o times whose words
// occur f[i] times each in a corpus of n tokens. It returns NaNs when o or
// n is not positive.
func Association(o float64, f []float64, n float64) Assoc {
	nan := math.NaN()
	if o <= 0 || n <= 0 || len(f) < 2 {
		return Assoc{nan, nan, nan, nan, nan}
	}
	e := n
	for _, fi := range f {
		e *= fi / n
	}
	a := Assoc{Expected: e, LogDice: nan}
	a.PMI = math.Log2(o / e)
	a.T = (o - e) / math.Sqrt(o)
	if len(f) == 2 {
		a.G2 = LogLikelihood2x2(o, f[0], f[1], n)
		a.LogDice = 14 + math.Log2(2*o/(f[0]+f[1]))
	} else {
		a.G2 = 2 * (xlogy(o, o/e) - (o - e))
		if o < e {
			a.G2 = -math.Abs(a.G2)
		}
	}
	return a
}

// LogLikelihood2x2 is Dunning's G2 for a bigram seen o11 times whose first
// word occurs r1 times and second word c1 times among n tokens; negative when
// o11 is below its expected count.
func LogLikelihood2x2(o11, r1, c1, n float64) float64 {
	o12 := math.Max(r1-o11, 0)
	o21 := math.Max(c1-o11, 0)
	o22 := math.Max(n-r1-c1+o11, 0)
	r2, c2 := o21+o22, o12+o22
	r1, c1 = o11+o12, o11+o21
	n = r1 + r2
	g := 2 * (xlogy(o11, o11*n/(r1*c1)) + xlogy(o12, o12*n/(r1*c2)) +
		xlogy(o21, o21*n/(r2*c1)) + xlogy(o22, o22*n/(r2*c2)))
	if o11 < r1*c1/n {
		return -g
	}
	return g
}

// xlogy is x*ln(y), 0 when x is 0.
func xlogy(x, y float64) float64 {
	if x == 0 {
		return 0
	}
	return x * math.Log(y)
}
