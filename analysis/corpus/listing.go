package corpus

import "fmt"

// Tally counts the listing entries handed to Options.OnEntry: what the
// listing still knows of them once they are gone.
type Tally struct {
	Entries int // entries handed on
	Counted int // of which part of the statistics (ok or undated)
	Skipped int // of which skipped
}

// add lists e: it keeps it in Entries or, with onEntry, hands it on and
// counts it in Streamed.
func (l *Listing) add(e Entry, onEntry func(Entry) error) error {
	if onEntry == nil {
		l.Entries = append(l.Entries, e)
		return nil
	}
	l.Streamed.Entries++
	if e.Counted() {
		l.Streamed.Counted++
	}
	if e.Status == StatusSkipped {
		l.Streamed.Skipped++
	}
	return onEntry(e)
}

// Len is the number of entries listed: those in Entries and those handed
// to Options.OnEntry.
func (l *Listing) Len() int { return len(l.Entries) + l.Streamed.Entries }

// Skipped is the number of documents skipped (unreadable, empty, too
// large, ...), in Entries or handed to Options.OnEntry.
func (l *Listing) Skipped() int {
	n := l.Streamed.Skipped
	for _, e := range l.Entries {
		if e.Status == StatusSkipped {
			n++
		}
	}
	return n
}

// EachEntry calls fn with each entry, those of Entries then those of Log,
// until fn returns false. fn may keep the entry but not the pointer.
func (l *Listing) EachEntry(fn func(e *Entry) bool) error { return eachOf(l.Entries, l.Log, fn) }

// EachInput calls fn with each input file, those of Inputs then those of
// InputLog, until fn returns false. fn may keep the input but not the
// pointer.
func (l *Listing) EachInput(fn func(in *Input) bool) error { return eachOf(l.Inputs, l.InputLog, fn) }

// eachOf calls fn with each of vs, then each record of lg (if not nil),
// until fn returns false.
func eachOf[T any](vs []T, lg *Log[T], fn func(v *T) bool) error {
	for i := range vs {
		if !fn(&vs[i]) {
			return nil
		}
	}
	if lg == nil {
		return nil
	}
	if err := lg.Each(fn); err != nil {
		return fmt.Errorf("listing: %w", err)
	}
	return nil
}

// NumInputs is the number of inputs EachInput walks.
func (l *Listing) NumInputs() int {
	if l.InputLog == nil {
		return len(l.Inputs)
	}
	return len(l.Inputs) + l.InputLog.Len()
}

// NumEntries is the number of entries EachEntry walks.
func (l *Listing) NumEntries() int {
	if l.Log == nil {
		return len(l.Entries)
	}
	return len(l.Entries) + l.Log.Len()
}

// EntryAt is entry i of those EachEntry walks.
func (l *Listing) EntryAt(i int) (Entry, error) {
	if i < len(l.Entries) {
		return l.Entries[i], nil
	}
	return l.Log.At(i - len(l.Entries))
}

// Filter keeps the entries for which keep is true, in Entries and in Log
// (whose tally in Streamed follows), and returns how many it dropped.
func (l *Listing) Filter(keep func(e *Entry) bool) (int, error) {
	dropped := 0
	kept := l.Entries[:0]
	for _, e := range l.Entries {
		if keep(&e) {
			kept = append(kept, e)
		} else {
			dropped++
		}
	}
	clear(l.Entries[len(kept):])
	l.Entries = kept
	if l.Log == nil {
		return dropped, nil
	}
	nl := NewEntryLog(l.Log.sc.dir)
	var t Tally
	err := l.Log.Each(func(e *Entry) bool {
		if !keep(e) {
			dropped++
			return true
		}
		t.Entries++
		if e.Counted() {
			t.Counted++
		}
		if e.Status == StatusSkipped {
			t.Skipped++
		}
		return nl.Append(*e) == nil
	})
	if err == nil {
		err = nl.Err()
	}
	if err != nil {
		nl.Close()
		return dropped, fmt.Errorf("listing: %w", err)
	}
	l.Log.Close()
	l.Log, l.Streamed = nl, t
	return dropped, nil
}
