package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/dipstat/dipstat/analysis/internal/wire"
)

// An EntryLog keeps listing entries encoded in blocks of bytes instead of
// as Entry values: about a third of the memory (a corpus of a million files
// listed 300 MB of Entry values and their strings), and nothing the garbage
// collector has to scan, since the blocks hold no pointers. Given a folder,
// it writes each full block to a scratch file there and keeps only the
// entries' places, 8 bytes an entry (issue 22: a listing of any length in
// bounded memory). Hand Append to Options.OnEntry, then set Listing.Log.
//
// Reading is fastest in order: At keeps the block it last read. Reads may
// run at once; Append may not run beside them.
type EntryLog struct {
	mu      sync.Mutex // guards the read cache and err
	dir     string
	blocks  [][]byte // in memory: every block; with a file, only the one being filled
	places  []uint64 // entry i: block<<32 | offset in block
	f       *os.File // the scratch file, if any
	name    string   // to remove when closed ("" once removed)
	written int64    // bytes in the file: blocks 0 .. spilled-1, each entryBlock long but the last
	spilled int      // blocks in the file
	ends    []int64  // file offset where each spilled block ends
	cache   []byte   // the spilled block read last
	cached  int      // its number, -1 if none
	buf     []byte   // one entry's encoding
	err     error    // the first failed read
	note    string   // why the blocks stay in memory
}

const entryBlock = 1 << 20

// NewEntryLog returns an empty log that spills its blocks to a scratch file
// in dir, or keeps them in memory when dir is "".
func NewEntryLog(dir string) *EntryLog { return &EntryLog{dir: dir, cached: -1} }

// Len is the number of entries appended.
func (lg *EntryLog) Len() int { return len(lg.places) }

// Append adds e. When the scratch file cannot be made or written, the
// entries stay in memory (Note says why) and the run goes on.
func (lg *EntryLog) Append(e Entry) error {
	b := encodeEntry(lg.buf[:0], &e)
	lg.buf = b
	if len(b) > entryBlock {
		return fmt.Errorf("listing: entry of %s: %d bytes, more than a block", e.File, len(b))
	}
	n := len(lg.blocks)
	if n == 0 || len(lg.blocks[n-1])+len(b) > entryBlock {
		lg.spill()
		lg.blocks = append(lg.blocks, make([]byte, 0, entryBlock))
		n = len(lg.blocks)
	}
	blk := lg.blocks[n-1]
	lg.places = append(lg.places, uint64(lg.spilled+n-1)<<32|uint64(len(blk)))
	lg.blocks[n-1] = append(blk, b...)
	return nil
}

// spill writes the full blocks in memory to the scratch file.
func (lg *EntryLog) spill() {
	if lg.dir == "" || lg.note != "" || len(lg.blocks) == 0 {
		return
	}
	if lg.f == nil {
		f, err := os.CreateTemp(lg.dir, ".tmp-listing-*")
		if err != nil {
			lg.note = fmt.Sprintf("the listing stays in memory (about 100 bytes a document): cannot make its scratch file: %v", err)
			return
		}
		lg.f, lg.name = f, f.Name()
		if os.Remove(lg.name) == nil {
			lg.name = ""
		}
	}
	for k, blk := range lg.blocks {
		if _, err := lg.f.WriteAt(blk, lg.written); err != nil {
			// the blocks not written stay in memory, after those in the file
			lg.note = fmt.Sprintf("the listing stays in memory (about 100 bytes a document): cannot write its scratch file: %v", err)
			lg.blocks = lg.blocks[k:]
			return
		}
		lg.written += int64(len(blk))
		lg.ends = append(lg.ends, lg.written)
		lg.spilled++
	}
	lg.blocks = lg.blocks[:0]
}

// block returns block k's bytes.
func (lg *EntryLog) block(k int) ([]byte, error) {
	if k >= lg.spilled {
		return lg.blocks[k-lg.spilled], nil
	}
	if k == lg.cached {
		return lg.cache, nil
	}
	start := int64(0)
	if k > 0 {
		start = lg.ends[k-1]
	}
	lg.cache = lg.cache[:0]
	if n := lg.ends[k] - start; int64(cap(lg.cache)) < n {
		lg.cache = make([]byte, n)
	} else {
		lg.cache = lg.cache[:n]
	}
	if _, err := lg.f.ReadAt(lg.cache, start); err != nil {
		lg.cached = -1
		err = fmt.Errorf("listing: scratch file: %w", err)
		if lg.err == nil {
			lg.err = err
		}
		return nil, err
	}
	lg.cached = k
	return lg.cache, nil
}

// At decodes entry i.
func (lg *EntryLog) At(i int) (Entry, error) {
	lg.mu.Lock()
	defer lg.mu.Unlock()
	p := lg.places[i]
	blk, err := lg.block(int(p >> 32))
	if err != nil {
		return Entry{}, err
	}
	e, _, err := decodeEntry(blk[uint32(p):])
	if err != nil && lg.err == nil {
		lg.err = err
	}
	return e, err
}

// Each calls fn with every entry in order until fn returns false.
func (lg *EntryLog) Each(fn func(e *Entry) bool) error {
	for i := range lg.places {
		e, err := lg.At(i)
		if err != nil {
			return err
		}
		if !fn(&e) {
			return nil
		}
	}
	return nil
}

// Err is the first error reading the scratch file back: a report checks
// it before it publishes what it read from the log.
func (lg *EntryLog) Err() error {
	lg.mu.Lock()
	defer lg.mu.Unlock()
	return lg.err
}

// Note says why the log keeps its entries in memory although it was given
// a folder ("" when it does not).
func (lg *EntryLog) Note() string { return lg.note }

// Close removes the scratch file; the log is empty afterwards.
func (lg *EntryLog) Close() error {
	if lg == nil {
		return nil
	}
	var err error
	if lg.f != nil {
		err = lg.f.Close()
		if lg.name != "" {
			err = errors.Join(err, os.Remove(lg.name))
		}
	}
	lg.blocks, lg.places, lg.f, lg.name, lg.written, lg.spilled, lg.ends = nil, nil, nil, "", 0, 0, nil
	lg.cache, lg.cached, lg.buf, lg.err, lg.note = nil, -1, nil, nil, ""
	return err
}

// encodeEntry appends e's encoding: its strings with their lengths, its
// numbers as varints.
func encodeEntry(b []byte, e *Entry) []byte {
	for _, s := range [...]string{e.ID, e.File, e.Source, e.Title, e.URL, e.Lang, e.DuplicateOf, e.Reason} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, v := range [...]int64{int64(e.Line), wire.Time(e.Date), int64(e.Sentences), int64(e.Tokens), int64(e.Bytes), int64(e.Status)} {
		b = binary.AppendVarint(b, v)
	}
	return b
}

var errEntry = errors.New("listing: scratch entry is cut short")

// decodeEntry decodes the entry at the start of b and says how many bytes
// it took.
func decodeEntry(b []byte) (Entry, int, error) {
	var e Entry
	at := 0
	var strs [8]string
	for k := range strs {
		n, w := binary.Uvarint(b[at:])
		if w <= 0 || uint64(len(b)-at-w) < n {
			return e, 0, errEntry
		}
		at += w
		strs[k] = string(b[at : at+int(n)])
		at += int(n)
	}
	var nums [6]int64
	for k := range nums {
		v, w := binary.Varint(b[at:])
		if w <= 0 {
			return e, 0, errEntry
		}
		nums[k] = v
		at += w
	}
	e = Entry{ID: strs[0], File: strs[1], Source: strs[2], Title: strs[3], URL: strs[4], Lang: strs[5],
		DuplicateOf: strs[6], Reason: strs[7], Line: int(nums[0]), Date: wire.FromTime(nums[1]),
		Sentences: int(nums[2]), Tokens: int(nums[3]), Bytes: int(nums[4]), Status: Status(nums[5])}
	return e, at, nil
}
