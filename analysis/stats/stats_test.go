package stats

import (
	"math"
	"testing"
)

// Expected values were computed by hand from the textbook formulas (scipy's
// beta and chi2 for the quantiles), independently of this package.
func TestAssociation(t *testing.T) {
	tests := []struct {
		name string
		o    float64
		f    []float64
		n    float64
		want Assoc
	}{
		{"bigram 10 of 40x25 in 1000", 10, []float64{40, 25}, 1000,
			Assoc{Expected: 1, G2: 34.29599953498416, PMI: 3.321928094887362, T: 2.846049894151541, LogDice: 12.299560281858907}},
		{"trigram simple-ll", 4, []float64{20, 30, 10}, 1000,
			Assoc{Expected: 0.006, G2: 44.03032136699178, PMI: 9.380821783940931, T: 1.997, LogDice: math.NaN()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Association(tt.o, tt.f, tt.n)
			for _, c := range []struct {
				name      string
				got, want float64
			}{{"E", got.Expected, tt.want.Expected}, {"G2", got.G2, tt.want.G2}, {"PMI", got.PMI, tt.want.PMI},
				{"t", got.T, tt.want.T}, {"logDice", got.LogDice, tt.want.LogDice}} {
				if !near(c.got, c.want) {
					t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
				}
			}
		})
	}
}

func TestAssociationNegative(t *testing.T) {
	// 1 co-occurrence where 5 are expected: repulsion, negative G2 and PMI.
	a := Association(1, []float64{50, 100}, 1000)
	if a.G2 >= 0 || a.PMI >= 0 || a.T >= 0 {
		t.Errorf("want negative G2, PMI and t, got %+v", a)
	}
	if z := Association(0, []float64{1, 1}, 10); !math.IsNaN(z.PMI) {
		t.Errorf("o=0: want NaN, got %+v", z)
	}
}

func TestKeyness(t *testing.T) {
	tests := []struct {
		name       string
		a, b, c, d float64
		want       Key
	}{
		{"rising", 20, 5, 1000, 4000, Key{G2: 41.58883083359672, P: 1.1263492616680767e-10, LogRatio: 4, LRC: 2.5427795590460676}},
		{"absent in target, not significant for LRC", 0, 12, 1000, 4000,
			Key{G2: 5.355445231541035, P: 0.020657659135622057, LogRatio: -2.584962500721156, LRC: 0}},
		{"fading", 5, 20, 4000, 1000, Key{G2: 41.58883083359672, P: 1.1263492616680767e-10, LogRatio: -4, LRC: -2.5427795590460676}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Keyness(tt.a, tt.b, tt.c, tt.d)
			if !near(got.G2, tt.want.G2) || !near(got.P, tt.want.P) || !near(got.LogRatio, tt.want.LogRatio) || !near(got.LRC, tt.want.LRC) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func near(a, b float64) bool {
	if math.IsNaN(b) {
		return math.IsNaN(a)
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}
