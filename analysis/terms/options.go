package terms

import (
	"errors"
	"fmt"

	"github.com/dipstat/dipstat/analysis/period"
)

// MaxN is the longest n-gram counted.
const MaxN = 5

// DefaultMaxEntries is the number of n-gram entries (n >= 2) a Counter holds
// before it prunes: about 200 MB of tables, 32 bytes an entry and 11 to 21
// for its index slot, outside the Go heap (a 20,000-article corpus of
// synthetic news needs 1.3 million entries; 200,000 articles prune twice).
const DefaultMaxEntries = 4_000_000

// Options say what a Counter counts. Counters merged together must have the
// same options.
type Options struct {
	// MinN and MaxN are the n-gram lengths counted, 1 to 5. Unigrams are
	// always counted in full (the association measures need them); MinN only
	// says from which length n-grams are kept.
	MinN, MaxN int
	// Raw keeps stopwords at the edges of n-grams. Without it an n-gram never
	// starts or ends with a stopword (stopwords may sit inside: "mutual
	// benefit and win-win"), and stopwords are left out of the unigram view.
	Raw bool
	// ByPeriod counts every term per period of Unit as well as overall.
	ByPeriod bool
	Unit     period.Unit
	// MaxEntries is the number of n-gram entries (n >= 2) above which the
	// counter prunes n-grams seen only once so far (see Counter.Prune); 0
	// means DefaultMaxEntries, negative means never prune.
	MaxEntries int
	// DocTerms keeps each document's unigram counts for tf-idf (Result.TfIdf).
	// It costs about 8 bytes per distinct word per document.
	DocTerms bool
}

// DefaultOptions counts 1- to 3-grams, stopwords filtered, without periods.
func DefaultOptions() Options { return Options{MinN: 1, MaxN: 3} }

// ErrOptions is returned for options that cannot be counted.
var ErrOptions = errors.New("terms: invalid options")

// Check reports invalid options.
func (o Options) Check() error {
	if o.MinN < 1 || o.MaxN > MaxN || o.MinN > o.MaxN {
		return fmt.Errorf("%w: n must be within 1..%d, got %d..%d", ErrOptions, MaxN, o.MinN, o.MaxN)
	}
	if o.ByPeriod && (o.Unit < period.Day || o.Unit > period.Year) {
		return fmt.Errorf("%w: unknown period unit %d", ErrOptions, o.Unit)
	}
	return nil
}

func (o Options) maxEntries() int {
	if o.MaxEntries == 0 {
		return DefaultMaxEntries
	}
	return o.MaxEntries
}
