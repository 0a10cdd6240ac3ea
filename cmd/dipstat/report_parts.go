package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/terms"
	"github.com/dipstat/dipstat/report/bundle"
	"github.com/dipstat/dipstat/report/history"
	"github.com/dipstat/dipstat/report/outdir"
)

// applyWindow drops from the listing the counted documents dated outside
// win (undated ones cannot be shown to be inside it) and returns how many it
// dropped. Entries that were not counted anyway (skipped, duplicates) stay.
func applyWindow(l *corpus.Listing, win window) (int, error) {
	return l.Filter(func(en *corpus.Entry) bool { return !en.Counted() || win.Contains(en.Date) })
}

// noDocsInWindow is the error of a report whose window holds none of the
// documents read.
func noDocsInWindow(win window, l *corpus.Listing) error {
	read, undated := 0, 0
	l.EachEntry(func(en *corpus.Entry) bool {
		if en.Counted() {
			read++
			if en.Date.IsZero() {
				undated++
			}
		}
		return true
	})
	var where string
	switch from, to := win.From.Format(time.DateOnly), win.To.AddDate(0, 0, -1).Format(time.DateOnly); {
	case win.To.IsZero():
		where = "dated " + from + " or later"
	case win.From.IsZero():
		where = "dated " + to + " or earlier"
	default:
		where = "between " + from + " and " + to
	}
	msg := fmt.Sprintf("no documents %s (%d documents read", where, read)
	if undated > 0 {
		msg += fmt.Sprintf(", %d of them undated: undated documents are outside any window", undated)
	}
	return errors.New(msg + ")")
}

// clip narrows a span of dates to a window (for choosing the period unit).
func clip(first, last time.Time, win window) (time.Time, time.Time) {
	if !win.From.IsZero() && first.Before(win.From) {
		first = win.From
	}
	if !win.To.IsZero() && !last.Before(win.To) {
		last = win.To.AddDate(0, 0, -1)
	}
	return first, last
}

// compareWithPrevious compares the report about to be written with the
// newest other report in out (read back from its data/*.csv).
func compareWithPrevious(out, name string, parts []bundle.Part) (history.Changes, error) {
	cur, err := history.FromTables(name, bundle.AllTables(parts)...)
	if err != nil {
		return history.Changes{}, fmt.Errorf("changes: %w", err)
	}
	prevDir, ok := outdir.Previous(out, name)
	if !ok {
		return history.First(cur), nil
	}
	prev, err := history.ReadSnapshot(prevDir)
	if err != nil {
		return history.Changes{}, fmt.Errorf("changes: previous report %s: %w", prevDir, err)
	}
	ch, err := history.Compare(prev, cur)
	if err != nil {
		return history.Changes{}, fmt.Errorf("changes: %w", err)
	}
	return ch, nil
}

// The report's term tables are bounded, so a corpus of any size gives a
// workbook of bounded size and a run of bounded memory; each table's note
// says how many rows it shows of how many ("dipstat terms -top 0" lists all).
const (
	reportMaxTerms   = 50_000 // Terms and Terms by period, by count
	reportMaxNgrams  = 50_000 // N-grams and Collocations, by count
	reportMaxKeyness = 5_000  // Keyness rows in each direction, by G2
)

// reportTerms turns the term counter into the terms part: unigrams, n-grams
// of 2 and 3 words seen at least twice, keyness of the latest period.
func reportTerms(counter *terms.Counter, rf reportFlags, cap bundle.Caption) (bundle.Part, error) {
	uni, err := counter.Result(terms.Query{MinN: 1, MaxN: 1, Measure: terms.ByCount, Top: reportMaxTerms})
	if err != nil {
		return bundle.Part{}, err
	}
	ngr, err := counter.Result(terms.Query{MinN: 2, MaxN: 3, Measure: terms.ByCount, MinCount: 2, Top: reportMaxNgrams})
	if err != nil {
		return bundle.Part{}, err
	}
	in := bundle.TermsInput{Terms: uni, Ngrams: ngr, Top: rf.top, Norm: corpus.NormalizeWord}
	if k, err := uni.Keyness(terms.KeyQuery{Target: "latest", Reference: "before", Top: reportMaxKeyness}); err == nil {
		in.Keyness = k
	} else if errors.Is(err, terms.ErrNoPeriods) {
		in.KeyErr = err
	} else {
		return bundle.Part{}, err
	}
	for _, t := range strings.Split(rf.terms, ",") {
		if t = strings.TrimSpace(t); t != "" {
			in.Chosen = append(in.Chosen, t)
		}
	}
	return bundle.TermsPart(in, cap), nil
}

// reportParams lists every flag with its value for the Summary, the PDF and
// the manifest: the unit -period auto chose, the resolved -name, the
// configuration file and the date window.
func reportParams(fs *flag.FlagSet, cfg *configFile, unit period.Unit, auto bool, name string, win window, left int) []bundle.Param {
	var params []bundle.Param
	if cfg != nil {
		params = append(params, bundle.Param{Name: "-config", Value: cfg.path})
	}
	fs.VisitAll(func(f *flag.Flag) {
		v := f.Value.String()
		switch f.Name {
		case "period":
			if auto {
				v = "auto (" + unit.String() + ")"
			}
		case "name":
			v = name
		case "config", "show-families":
			return
		case "from", "cache":
			if v == "" {
				return
			}
		}
		params = append(params, bundle.Param{Name: "-" + f.Name, Value: v, Default: f.Value.String() == f.DefValue && f.Name != "period"})
	})
	if win.IsSet() {
		params = append(params, bundle.Param{Name: "window", Value: fmt.Sprintf("%s (%d documents outside it, undated ones included, left out)", win, left)})
	}
	return params
}
