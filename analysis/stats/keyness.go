package stats

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Key holds the keyness of a word in a target corpus against a reference.
type Key struct {
	G2       float64 // log-likelihood, >= 0
	P        float64 // p-value of G2 (chi-squared, 1 df)
	LogRatio float64 // log2 of the ratio of relative frequencies
	LRC      float64 // conservative log ratio (95% Clopper-Pearson), 0 if not significant
}

// Keyness compares a occurrences in c target tokens with b in d reference
// tokens. c and d must be positive.
func Keyness(a, b, c, d float64) Key {
	k := Key{G2: KeynessG2(a, b, c, d)}
	k.P = distuv.ChiSquared{K: 1}.Survival(k.G2)
	k.LogRatio = LogRatio(a, b, c, d)
	k.LRC = LRC(a, b, c, d, 0.05)
	return k
}

// KeynessG2 is the log-likelihood of a in c tokens against b in d tokens.
func KeynessG2(a, b, c, d float64) float64 {
	if a+b == 0 {
		return 0
	}
	e1 := c * (a + b) / (c + d)
	e2 := d * (a + b) / (c + d)
	return math.Max(0, 2*(xlogy(a, a/e1)+xlogy(b, b/e2)))
}

// LogRatio is log2((a/c)/(b/d)) with a zero count taken as 0.5.
func LogRatio(a, b, c, d float64) float64 {
	if a == 0 {
		a = 0.5
	}
	if b == 0 {
		b = 0.5
	}
	return math.Log2((a / c) / (b / d))
}

// LRC is the conservative log ratio: the (1-alpha) Clopper-Pearson interval
// for the share a/(a+b), turned into an interval of log2((a/c)/(b/d)); the
// bound nearer zero is returned, or 0 when the interval contains 0.
func LRC(a, b, c, d, alpha float64) float64 {
	if a+b == 0 {
		return 0
	}
	lo, hi := 0.0, 1.0
	if a > 0 {
		lo = distuv.Beta{Alpha: a, Beta: b + 1}.Quantile(alpha / 2)
	}
	if b > 0 {
		hi = distuv.Beta{Alpha: a + 1, Beta: b}.Quantile(1 - alpha/2)
	}
	toLR := func(p float64) float64 { return math.Log2(p / (1 - p) * d / c) }
	switch l, h := toLR(lo), toLR(hi); {
	case l > 0:
		return l
	case h < 0:
		return h
	}
	return 0
}
