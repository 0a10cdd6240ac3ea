package facet

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/phrases"
)

func sampleTally() *Tally {
	t := NewTally()
	d1 := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	d2 := time.Date(2025, 11, 2, 0, 0, 0, 0, time.UTC)
	t.AddDocument([]phrases.Occurrence{
		{Family: "close-neighbors", Speaker: "Wang Yi", Side: "China", Date: d1},
		{Family: "close-neighbors", Speaker: "Wang Yi", Side: "China", Date: d1},
		{Family: "core-interests", Date: d1},
	})
	t.AddDocument([]phrases.Occurrence{{Family: "close-neighbors", Speaker: "Cho Hyun", Side: "ROK", Date: d2}})
	t.AddDocument([]phrases.Occurrence{{Family: "mutual-benefit", Speaker: "narrator"}}) // undated
	return t
}

func TestTallyRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		t    *Tally
	}{{"empty", NewTally()}, {"sample", sampleTally()}} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.t.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			got, err := UnmarshalTally(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.SpeakerList(), tc.t.SpeakerList()) || !reflect.DeepEqual(got.Sides, tc.t.Sides) {
				t.Errorf("round trip differs")
			}
			b2, err := got.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, b2) {
				t.Errorf("encoding is not stable")
			}
		})
	}
}

func TestTallyMergeEncoded(t *testing.T) {
	// a tally merged from decoded halves equals the tally of the whole
	whole := sampleTally()
	a, b := NewTally(), NewTally()
	a.AddDocument([]phrases.Occurrence{
		{Family: "close-neighbors", Speaker: "Wang Yi", Side: "China", Date: time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)},
		{Family: "close-neighbors", Speaker: "Wang Yi", Side: "China", Date: time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)},
		{Family: "core-interests", Date: time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)},
	})
	b.AddDocument([]phrases.Occurrence{{Family: "close-neighbors", Speaker: "Cho Hyun", Side: "ROK", Date: time.Date(2025, 11, 2, 0, 0, 0, 0, time.UTC)}})
	b.AddDocument([]phrases.Occurrence{{Family: "mutual-benefit", Speaker: "narrator"}})
	ea, _ := a.MarshalBinary()
	eb, _ := b.MarshalBinary()
	da, err := UnmarshalTally(ea)
	if err != nil {
		t.Fatal(err)
	}
	db, err := UnmarshalTally(eb)
	if err != nil {
		t.Fatal(err)
	}
	da.Merge(db)
	if !reflect.DeepEqual(da.Sides, whole.Sides) || !reflect.DeepEqual(da.Speakers, whole.Speakers) {
		t.Errorf("merged halves differ from the whole")
	}
}

func FuzzUnmarshalTally(f *testing.F) {
	b, _ := sampleTally().MarshalBinary()
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		if tl, err := UnmarshalTally(data); err == nil {
			if _, err := tl.MarshalBinary(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
