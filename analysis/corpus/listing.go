package corpus

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
