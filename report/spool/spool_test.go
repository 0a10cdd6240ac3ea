package spool

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/phrases"
)

var (
	day  = time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	kst  = time.Date(2025, 3, 4, 9, 30, 0, 5, time.FixedZone("", 9*3600))
	figs = []figures.Figure{
		{Text: "$298.9 billion", Value: 298.9e9, Unit: "USD", Kind: figures.Money, Subject: "bilateral trade", Period: "2024",
			Sentence: "Bilateral trade reached $298.9 billion.", Doc: "a", Date: day, Start: 24, End: 38, NumStart: 25, NumEnd: 38, QualStart: 24},
		{Text: "24.5 percent", Value: 24.5, Unit: "%", Kind: figures.Percent, Qualifier: "about", Subject: "share",
			Sentence: "Bilateral trade reached $298.9 billion.", Doc: "a", Date: day, Start: 50, End: 62, Speaker: "Wang Yi", Side: "China", Cue: "said", Source: "customs"},
		{Text: "between 20 and 30", Value: 20, High: 30, Unit: "t", Kind: figures.Mass, Qualifier: "range to 30", Doc: "b", Date: kst, Start: -1},
		{Text: "3", Value: 3, Kind: figures.Count, Doc: "c"}, // undated, empty strings
	}
	occs = []phrases.Occurrence{
		{Doc: "a", Date: day, Family: "close neighbors", Lang: "en", Pattern: "close neighbo(u)rs", Variant: "close neighbour",
			Text: "close neighbors", Start: 10, End: 25, Sentence: "They are close neighbors.", SentStart: 0, SentEnd: 26,
			Left: "They are", Right: ".", Speaker: "Xi", Side: "China", Cue: "said"},
		{Doc: "a", Date: day, Family: "close neighbors", Lang: "en", Text: "close neighbours", Start: 40, End: 56},
		{Doc: "b", Family: "small yard, high fence", Lang: "ko", Text: "작은 마당", Start: 3, End: 9},
	}
)

func collect(t *testing.T, s *Spool) ([]figures.Figure, []phrases.Occurrence) {
	t.Helper()
	var fs []figures.Figure
	var os []phrases.Occurrence
	if err := s.EachFigure(func(f figures.Figure) error { fs = append(fs, f); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.EachOccurrence(func(o phrases.Occurrence) error { os = append(os, o); return nil }); err != nil {
		t.Fatal(err)
	}
	return fs, os
}

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name             string
		opt              Options
		wantOccs         int
		wantWithSentence int
	}{
		{"all", Options{MaxOccurrences: -1, MaxSentences: -1}, 3, 2},
		{"capped", Options{MaxOccurrences: 2, MaxSentences: 1}, 2, 1},
		{"none", Options{MaxOccurrences: 0, MaxSentences: 0}, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Create(t.TempDir(), tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			// in two documents' calls, as the pipeline hands them on
			if err := s.Add(occs[:2], figs[:2]); err != nil {
				t.Fatal(err)
			}
			if err := s.Add(occs[2:], figs[2:]); err != nil {
				t.Fatal(err)
			}
			gotF, gotO := collect(t, s)
			want := append([]figures.Figure(nil), figs...)
			for i := range want {
				if tc.opt.MaxSentences >= 0 && i >= tc.opt.MaxSentences {
					want[i].Sentence = ""
				}
			}
			if !reflect.DeepEqual(gotF, want) {
				t.Errorf("figures:\n got %+v\nwant %+v", gotF, want)
			}
			if !gotF[2].Date.Equal(kst) || gotF[2].Date.Format(time.RFC3339Nano) != kst.Format(time.RFC3339Nano) {
				t.Errorf("zoned date %v, want %v", gotF[2].Date, kst)
			}
			if !reflect.DeepEqual(gotO, occs[:tc.wantOccs]) && !(tc.wantOccs == 0 && len(gotO) == 0) {
				t.Errorf("occurrences:\n got %+v\nwant %+v", gotO, occs[:tc.wantOccs])
			}
			if w, total := s.Occurrences(); w != tc.wantOccs || total != len(occs) {
				t.Errorf("Occurrences() = %d, %d; want %d, %d", w, total, tc.wantOccs, len(occs))
			}
			if s.Figures() != len(figs) {
				t.Errorf("Figures() = %d, want %d", s.Figures(), len(figs))
			}
			// a second walk gives the same, and Stop ends one early
			again, _ := collect(t, s)
			if !reflect.DeepEqual(again, gotF) {
				t.Error("a second walk differs from the first")
			}
			n := 0
			if err := s.EachFigure(func(figures.Figure) error {
				if n++; n == 2 {
					return Stop
				}
				return nil
			}); err != nil || n != 2 {
				t.Errorf("Stop: %d figures seen, error %v; want 2, nil", n, err)
			}
			boom := errors.New("boom")
			if err := s.EachFigure(func(figures.Figure) error { return boom }); err != boom {
				t.Errorf("fn's error: got %v", err)
			}
		})
	}
}

// TestNothingLeft checks that the spool's files are gone once closed (on
// Linux at once: they are unlinked when created).
func TestNothingLeft(t *testing.T) {
	dir := t.TempDir()
	s, err := Create(dir, Options{MaxOccurrences: -1, MaxSentences: -1})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Add(occs, figs); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if es, _ := readDir(dir); len(es) != 0 {
		t.Errorf("left in the folder: %v", es)
	}
}

func TestCreateError(t *testing.T) {
	if _, err := Create(t.TempDir()+"/missing", Options{}); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("spool in a missing folder: error %v, want one naming it", err)
	}
}

// FuzzDecode feeds arbitrary bytes to the record decoders: a damaged file
// gives an error, never a panic or a huge allocation.
func FuzzDecode(f *testing.F) {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	e := &fieldEncoder{w: w}
	for i := range figs {
		encodeFigure(e, &figs[i])
	}
	for i := range occs {
		encodeOccurrence(e, &occs[i])
	}
	w.Flush()
	f.Add(b.Bytes())
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &fieldDecoder{r: bufio.NewReader(bytes.NewReader(data))}
		for range 8 {
			var fg figures.Figure
			if decodeFigure(d, &fg) != nil {
				break
			}
			var o phrases.Occurrence
			if decodeOccurrence(d, &o) != nil {
				break
			}
		}
	})
}

func readDir(dir string) ([]string, error) {
	es, err := os.ReadDir(dir)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names, err
}
