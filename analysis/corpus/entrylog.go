package corpus

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"

	"github.com/dipstat/dipstat/analysis/internal/wire"
)

// A Log keeps records (listing entries, input files) encoded in blocks of
// bytes instead of as values: about a third of the memory (a corpus of a
// million files listed 300 MB of Entry values and their strings), and
// nothing the garbage collector has to scan, since the blocks hold no
// pointers. Given a folder, it writes each full block to a scratch file
// there and keeps only the number of each block's first record, 8 bytes a
// block of thousands of records (issue 22: a listing of any length in
// bounded memory).
//
// Reading is fastest in order: At keeps the block it last read and where
// it stopped. Reads may run at once; Append may not run beside them.
type Log[T any] struct {
	recordLog
	encode func(b []byte, v *T) []byte
	scan   func(b []byte, v *T) (int, error) // v nil: only measure
}

// An EntryLog is a Log of listing entries: hand its Append to
// Options.OnEntry, then set Listing.Log.
type EntryLog = Log[Entry]

// An InputLog is a Log of input files (a folder of a million articles is a
// million of them): hand its Append to Options.OnInput, then set
// Listing.InputLog.
type InputLog = Log[Input]

// NewEntryLog returns an empty log that spills its blocks to a scratch file
// in dir, or keeps them in memory when dir is "".
func NewEntryLog(dir string) *EntryLog {
	return &EntryLog{recordLog: newRecordLog(dir, "listing"), encode: encodeEntry, scan: scanEntry}
}

// NewInputLog returns an empty log of input files that spills its blocks to
// a scratch file in dir, or keeps them in memory when dir is "".
func NewInputLog(dir string) *InputLog {
	return &InputLog{recordLog: newRecordLog(dir, "list of input files"), encode: encodeInput, scan: decodeInputRecord}
}

// Append adds v. When the scratch file cannot be made or written, the
// records stay in memory (Note says why) and the run goes on.
func (lg *Log[T]) Append(v T) error {
	lg.buf = lg.encode(lg.buf[:0], &v)
	if err := lg.append(lg.buf); err != nil {
		return fmt.Errorf("%s: record %d: %w", lg.sc.of, lg.n, err)
	}
	return nil
}

// At decodes record i.
func (lg *Log[T]) At(i int) (T, error) {
	var v T
	err := lg.at(i, func(b []byte, decode bool) (int, error) {
		if decode {
			return lg.scan(b, &v)
		}
		return lg.scan(b, nil)
	})
	return v, err
}

// Close removes the scratch file; the log is empty afterwards. A nil log
// has nothing to close.
func (lg *Log[T]) Close() error {
	if lg == nil {
		return nil
	}
	return lg.recordLog.Close()
}

// Each calls fn with every record in order until fn returns false.
func (lg *Log[T]) Each(fn func(v *T) bool) error {
	for i := range lg.Len() {
		v, err := lg.At(i)
		if err != nil {
			return err
		}
		if !fn(&v) {
			return nil
		}
	}
	return nil
}

// recordLog keeps records (encoded by its user) end to end in blocks of
// bytes; given a folder, full blocks go to a scratch file there.
type recordLog struct {
	mu      sync.Mutex // guards the read cache, the cursor and err
	sc      scratch    // the folder, what the log holds ("listing") and why it stays in memory
	blocks  [][]byte   // in memory: every block; with a file, only the one being filled
	n       int        // records
	firsts  []int      // the first record of each block
	cur     cursor     // where the record after the one read last starts
	f       *os.File   // the scratch file, if any
	name    string     // to remove when closed ("" once removed)
	written int64      // bytes in the file: blocks 0 .. spilled-1, each logBlock long but the last
	spilled int        // blocks in the file
	ends    []int64    // file offset where each spilled block ends
	cache   []byte     // the spilled block read last
	cached  int        // its number, -1 if none
	buf     []byte     // one record's encoding
	err     error      // the first failed read (not sc.err: guarded by mu)
}

const logBlock = 1 << 20

func newRecordLog(dir, what string) recordLog {
	return recordLog{sc: scratch{dir: dir, of: what}, cached: -1, cur: cursor{k: -1}}
}

// cursor is a place in the log: record i starts at offset off of block k.
type cursor struct{ k, i, off int }

// Len is the number of records appended.
func (lg *recordLog) Len() int { return lg.n }

// append adds one record's bytes.
func (lg *recordLog) append(b []byte) error {
	if len(b) > logBlock {
		return fmt.Errorf("%d bytes, more than a block", len(b))
	}
	n := len(lg.blocks)
	if n == 0 || len(lg.blocks[n-1])+len(b) > logBlock {
		lg.spill()
		lg.blocks = append(lg.blocks, make([]byte, 0, logBlock))
		lg.firsts = append(lg.firsts, lg.n)
		n = len(lg.blocks)
	}
	lg.blocks[n-1] = append(lg.blocks[n-1], b...)
	lg.n++
	return nil
}

// spill writes the full blocks in memory to the scratch file.
func (lg *recordLog) spill() {
	if !lg.sc.on() || len(lg.blocks) == 0 {
		return
	}
	if lg.f == nil {
		if lg.f, lg.name = lg.sc.create("log"); lg.f == nil {
			return
		}
	}
	for k, blk := range lg.blocks {
		if _, err := lg.f.WriteAt(blk, lg.written); err != nil {
			// the blocks not written stay in memory, after those in the file
			lg.sc.writeFailed("blocks", err)
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
func (lg *recordLog) block(k int) ([]byte, error) {
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
		err = fmt.Errorf("%s: scratch file: %w", lg.sc.of, err)
		if lg.err == nil {
			lg.err = err
		}
		return nil, err
	}
	lg.cached = k
	return lg.cache, nil
}

// at finds record i and hands it to scan with decode set: scan says how
// many bytes the record at the start of b takes (and decodes it when
// asked). Memory keeps where each block starts, not each record: at reads
// on from the record read last when it can (records are mostly read in
// order), else from the start of i's block.
func (lg *recordLog) at(i int, scan func(b []byte, decode bool) (int, error)) error {
	lg.mu.Lock()
	defer lg.mu.Unlock()
	if i < 0 || i >= lg.n {
		return fmt.Errorf("%s: record %d of %d", lg.sc.of, i, lg.n)
	}
	k := sort.SearchInts(lg.firsts, i+1) - 1 // the last block starting at or before i
	blk, err := lg.block(k)
	if err != nil {
		return err
	}
	c := cursor{k: k, i: lg.firsts[k]}
	if lg.cur.k == k && lg.cur.i <= i {
		c = lg.cur
	}
	for ; err == nil && c.i <= i; c.i++ {
		var n int
		n, err = scan(blk[c.off:], c.i == i)
		c.off += n
	}
	if err != nil {
		lg.cur = cursor{k: -1}
		if lg.err == nil {
			lg.err = err
		}
		return err
	}
	lg.cur = c
	return nil
}

// Err is the first error reading the scratch file back: a report checks
// it before it publishes what it read from the log.
func (lg *recordLog) Err() error {
	lg.mu.Lock()
	defer lg.mu.Unlock()
	return lg.err
}

// Note says why the log keeps its records in memory although it was given
// a folder ("" when it does not).
func (lg *recordLog) Note() string { return lg.sc.note }

// Close removes the scratch file; the log is empty afterwards.
func (lg *recordLog) Close() error {
	var err error
	if lg.f != nil {
		err = lg.f.Close()
		if lg.name != "" {
			err = errors.Join(err, os.Remove(lg.name))
		}
	}
	lg.blocks, lg.n, lg.firsts, lg.cur, lg.f, lg.name, lg.written, lg.spilled, lg.ends = nil, 0, nil, cursor{k: -1}, nil, "", 0, 0, nil
	lg.cache, lg.cached, lg.buf, lg.err, lg.sc.note = nil, -1, nil, nil, ""
	return err
}

// encodeInput appends in's encoding: its path and error with their
// lengths, its size as a varint, a byte for Hashed and the hash if set.
func encodeInput(b []byte, in *Input) []byte {
	for _, s := range [...]string{in.Path, in.Err} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendVarint(b, in.Size)
	if !in.Hashed {
		return append(b, 0)
	}
	b = append(b, 1)
	return append(b, in.SHA256[:]...)
}

// scanStrings reads len(strs) strings, each its length then its bytes,
// from the start of b, into strs when decode is set, and says where they
// end, or false if b is cut short.
func scanStrings(b []byte, strs []string, decode bool) (int, bool) {
	at := 0
	for k := range strs {
		n, w := binary.Uvarint(b[at:])
		if w <= 0 || uint64(len(b)-at-w) < n {
			return 0, false
		}
		at += w
		if decode {
			strs[k] = string(b[at : at+int(n)])
		}
		at += int(n)
	}
	return at, true
}

var errInput = errors.New("inputs: scratch record is cut short")

// decodeInputRecord says how many bytes the input at the start of b takes and,
// unless in is nil, decodes it into in.
func decodeInputRecord(b []byte, in *Input) (int, error) {
	var strs [2]string
	at, ok := scanStrings(b, strs[:], in != nil)
	if !ok {
		return 0, errInput
	}
	size, w := binary.Varint(b[at:])
	if w <= 0 || at+w >= len(b) {
		return 0, errInput
	}
	at += w
	hashed := b[at] == 1
	at++
	if hashed && len(b)-at < sha256.Size {
		return 0, errInput
	}
	if in != nil {
		*in = Input{Path: strs[0], Err: strs[1], Size: size, Hashed: hashed}
		if hashed {
			copy(in.SHA256[:], b[at:])
		}
	}
	if hashed {
		at += sha256.Size
	}
	return at, nil
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
	n, err := scanEntry(b, &e)
	return e, n, err
}

// scanEntry says how many bytes the entry at the start of b takes and,
// unless e is nil, decodes it into e.
func scanEntry(b []byte, e *Entry) (int, error) {
	var strs [8]string
	at, ok := scanStrings(b, strs[:], e != nil)
	if !ok {
		return 0, errEntry
	}
	var nums [6]int64
	for k := range nums {
		v, w := binary.Varint(b[at:])
		if w <= 0 {
			return 0, errEntry
		}
		nums[k] = v
		at += w
	}
	if e != nil {
		*e = Entry{ID: strs[0], File: strs[1], Source: strs[2], Title: strs[3], URL: strs[4], Lang: strs[5],
			DuplicateOf: strs[6], Reason: strs[7], Line: int(nums[0]), Date: wire.FromTime(nums[1]),
			Sentences: int(nums[2]), Tokens: int(nums[3]), Bytes: int(nums[4]), Status: Status(nums[5])}
	}
	return at, nil
}
