package terms

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/wire"
	"github.com/dipstat/dipstat/analysis/period"
)

// roundTrip encodes and decodes c.
func roundTrip(t testing.TB, c *Counter) *Counter {
	t.Helper()
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var d Counter
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return &d
}

// sameResults checks that two counters answer every query alike.
func sameResults(t *testing.T, what string, a, b *Counter) {
	t.Helper()
	for _, q := range []Query{{Top: 300}, {Measure: ByG2, MinN: 2, Top: 300}, {Measure: ByDisp, Top: 10}, {MinN: 1, MaxN: 3, Measure: ByCount, MinCount: 2, Top: 300}} {
		r1, err1 := a.Result(q)
		r2, err2 := b.Result(q)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("%s: query %+v: errors %v, %v", what, q, err1, err2)
		}
		if err1 != nil {
			continue
		}
		if !same(strip(r1), strip(r2)) {
			t.Errorf("%s: query %+v: results differ", what, q)
		}
		if q.MinN == 0 && q.Top == 300 {
			k1, e1 := r1.Keyness(KeyQuery{})
			k2, e2 := r2.Keyness(KeyQuery{})
			if !reflect.DeepEqual(k1, k2) || (e1 == nil) != (e2 == nil) {
				t.Errorf("%s: keyness differs", what)
			}
			if !reflect.DeepEqual(r1.TfIdf(5), r2.TfIdf(5)) {
				t.Errorf("%s: tf-idf differs", what)
			}
		}
	}
	if a.MaxUndercount() != b.MaxUndercount() || a.Docs() != b.Docs() || a.Tokens() != b.Tokens() {
		t.Errorf("%s: totals differ", what)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	docs := append(append(loadSeeds(t), edgeDocs...), generated(t, 60)...)
	for _, o := range []Options{
		{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month, DocTerms: true},
		{MinN: 1, MaxN: 5, Raw: true},
		{MinN: 2, MaxN: 4, ByPeriod: true, Unit: period.Week},
		{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Quarter, MaxEntries: 3000}, // prunes
	} {
		c := count(t, o, docs)
		if o.MaxEntries > 0 && c.MaxUndercount() == 0 {
			t.Fatal("the counter with MaxEntries did not prune")
		}
		d := roundTrip(t, c)
		sameResults(t, "decoded", c, d)
		// the encoding is deterministic, and of the counts, not the layout
		b1, _ := c.MarshalBinary()
		b2, _ := d.MarshalBinary()
		if !bytes.Equal(b1, b2) {
			t.Errorf("%+v: encoding the decoded counter gives other bytes", o)
		}
		// a decoded counter merges and keeps counting like the original
		half := len(docs) / 2
		x, y := count(t, o, docs[:half]), count(t, o, docs[half:])
		x = roundTrip(t, x)
		if err := x.Merge(roundTrip(t, y)); err != nil {
			t.Fatal(err)
		}
		if o.MaxEntries == 0 { // without pruning, shards merge exactly
			sameResults(t, "merged decoded halves", c, x)
		}
		z := roundTrip(t, count(t, o, docs[:half]))
		for _, doc := range docs[half:] {
			z.Add(doc)
		}
		sameResults(t, "decoded and counting on", c, z)
	}
}

func TestEncodeEmpty(t *testing.T) {
	c := NewCounter(Options{MinN: 1, MaxN: 2, ByPeriod: true, Unit: period.Year})
	d := roundTrip(t, c)
	if d.Docs() != 0 || d.Options() != c.Options() {
		t.Errorf("empty counter decoded as %+v", d.Options())
	}
}

func TestDecodeErrors(t *testing.T) {
	c := count(t, Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month}, loadSeeds(t))
	good, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	version := bytes.Replace(good, []byte(counterKind+"\x00\x01"), []byte(counterKind+"\x00\x07"), 1)
	for name, tc := range map[string]struct {
		data []byte
		want string
	}{
		"empty":     {nil, "no terms.Counter header"},
		"text":      {[]byte("date 2025-01-01\nhello"), "no terms.Counter header"},
		"header":    {good[:len("dipstat:"+counterKind)+1], "truncated"},
		"truncated": {good[:len(good)/2], "unexpected EOF"},
		"newer":     {version, "format version 7, written by a newer dipstat"},
		"other":     {append([]byte("dipstat:phrases.Counts\x00\x01"), good[len("dipstat:"+counterKind)+2:]...), "holds a phrases.Counts"},
	} {
		var d Counter
		err := d.UnmarshalBinary(tc.data)
		if !errors.Is(err, wire.ErrFormat) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error saying %q", name, err, tc.want)
		}
	}
}

// FuzzDecode checks that no input makes the decoder or a decoded counter
// panic, and that whatever decodes encodes again to bytes that decode.
func FuzzDecode(f *testing.F) {
	// small seeds: the fuzzer mutates and minimizes them quickly
	for _, o := range []Options{
		{MinN: 1, MaxN: 3, ByPeriod: true, Unit: period.Month, DocTerms: true},
		{MinN: 1, MaxN: 5, Raw: true},
	} {
		for _, docs := range [][]*corpus.Document{edgeDocs[:1], edgeDocs[1:3], {mkDoc("x", "2024-01-02", "Win-win. Win-win!")}} {
			b, err := count(f, o, docs).MarshalBinary()
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Counter
		if err := c.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, wire.ErrFormat) {
				t.Fatalf("error does not wrap wire.ErrFormat: %v", err)
			}
			return
		}
		for _, q := range []Query{{}, {Measure: ByG2, MinN: 2}, {Measure: ByDisp, Top: 3}} {
			if r, err := c.Result(q); err == nil {
				r.Keyness(KeyQuery{})
				r.TfIdf(3)
			}
		}
		o := c.Options()
		o.MaxEntries = 0
		m := NewCounter(o)
		if err := m.Merge(&c); err != nil {
			t.Fatal(err)
		}
		b, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var d Counter
		if err := d.UnmarshalBinary(b); err != nil {
			t.Fatalf("re-encoded counter does not decode: %v", err)
		}
	})
}
