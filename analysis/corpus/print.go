package corpus

import (
	"fmt"
	"runtime"
	"strings"
)

// Print is what Stream decides a document's listed ID and duplicate status
// from: the ID its reader gave it and its fingerprint (an exact hash of its
// tokens, and the MinHash signature near copies are found by). It is kept
// (Options.KeepPrints) so that documents read in separate runs, as by a
// cache of per-file results or a cluster, get the IDs and duplicate
// statuses one run over all of them would have given (Decider).
type Print struct {
	ID      string // as the reader gave it, before Stream made it unique
	Skipped bool   // skipped documents take an ID but are never compared
	exact   uint64
	hasSig  bool
	keys    [bands]uint32     // the signature's band keys
	sig     [numHashes]uint16 // 16 bits of each MinHash value
}

// print is the document's Print. Its ID is a copy: the deduper keeps it,
// and it must not pin the record it came from.
func (d *Document) print() Print {
	p := Print{ID: strings.Clone(d.ID), Skipped: d.Status == StatusSkipped, exact: d.fp.exact, hasSig: d.fp.hasSig}
	if p.hasSig {
		for b := range bands {
			k := uint64(b) + 1
			for _, v := range d.fp.sig[b*rows : (b+1)*rows] {
				k = mix(k ^ uint64(v))
			}
			p.keys[b] = uint32(k)
		}
		p.sig = *sig16(&d.fp.sig)
	}
	return p
}

// A Decider gives documents, in input order, their listed IDs and finds
// the copies among them, as Stream does: an ID already taken gets "~2",
// "~3"... and a document whose print matches an earlier one's (exactly, or
// at Options.NearDuplicate) is a duplicate of it, unless
// Options.KeepDuplicates. It remembers about 600 bytes a document outside
// the Go heap; given Options.ScratchDir, all but a bounded part of that
// (about 200 MB) goes to scratch files there (see deduper and spill.go).
// Close returns that memory and removes the files.
type Decider struct {
	*decider
	cleanup runtime.Cleanup
}

type decider struct {
	dd       *deduper
	ids      idStore
	keepDups bool
}

// NewDecider returns a Decider for documents loaded with o.
func NewDecider(o Options) *Decider {
	sc := &scratch{dir: o.ScratchDir, of: "near-duplicate index"}
	d := &decider{dd: newDeduper(o.NearDuplicate, sc), ids: newIDStore(sc), keepDups: o.KeepDuplicates}
	dc := &Decider{decider: d}
	// a Decider dropped without Close still returns its memory
	dc.cleanup = runtime.AddCleanup(dc, (*decider).free, d)
	return dc
}

// Decide returns the ID the next document in input order is listed under
// and, if it copies an earlier document, that document's ID.
func (dc *Decider) Decide(p *Print) (id, dupOf string) {
	doc, n := dc.ids.add(p.ID)
	id = p.ID
	if n > 1 {
		id = fmt.Sprintf("%s~%d", id, n)
	}
	if !p.Skipped && !dc.keepDups {
		if orig, ok := dc.dd.check(doc, p); ok {
			dupOf = dc.ids.listed(orig)
		}
	}
	// dc must stay reachable while its memory is in use: its cleanup frees
	// that memory as soon as nothing refers to dc any more
	runtime.KeepAlive(dc)
	return id, dupOf
}

// Err is the first error of the scratch file (Options.ScratchDir): a
// signature that could not be read back, so a copy may have been missed.
func (dc *Decider) Err() error { return dc.dd.sc.err }

// Note says why the signatures are kept in memory though
// Options.ScratchDir is set, or is "".
func (dc *Decider) Note() string { return dc.dd.sc.note }

// Close returns the Decider's memory and removes its scratch file. It
// must not be used after. The cleanup is stopped first: without that, it
// could run while Close frees (dc is unreachable once its fields are
// read), and free the same memory twice at once.
func (dc *Decider) Close() {
	dc.cleanup.Stop()
	dc.free()
}

func (d *decider) free() {
	d.dd.free()
	d.ids.free()
}

// idStore numbers the documents in input order and remembers the ID each
// was given by its reader: their bytes end to end, where each ends, and a
// table from the hash of an ID to the first document that had it. The
// rare IDs seen more than once are counted in a map.
type idStore struct {
	ids    stringColumn      // each document's ID as its reader gave it
	first  spillMap          // hash of an ID -> 1 + the first document with it
	count  map[uint32]uint32 // first document -> times its ID was seen, if more than once
	suffix map[uint32]uint32 // document -> its n, listed as ID~n
}

func newIDStore(sc *scratch) idStore {
	return idStore{ids: newStringColumn(sc, "ids"), first: newSpillMap(sc, "ids")}
}

// add numbers the next document, whose reader gave it id, and returns its
// number and how many documents so far (it included) had that ID.
func (s *idStore) add(id string) (doc uint32, n uint32) {
	doc = uint32(s.ids.len())
	key := uint32(mix(hashString(id)) >> 32)
	first, found := uint32(0), false
	s.first.each(key, func(ref uint32) {
		if !found && s.raw(ref-1) == id {
			first, found = ref-1, true
		}
	})
	s.ids.add(id)
	if !found {
		s.first.add(key, doc+1)
		return doc, 1
	}
	if s.count == nil {
		s.count, s.suffix = map[uint32]uint32{}, map[uint32]uint32{}
	}
	n = max(s.count[first], 1) + 1
	s.count[first] = n
	s.suffix[doc] = n
	return doc, n
}

// raw is the ID document doc's reader gave it, in a buffer reused by the
// next call: compare it, or copy it.
func (s *idStore) raw(doc uint32) string {
	id, _ := s.ids.at(int(doc)) // "" after a failed read, which Decider.Err reports
	return id
}

// listed is the ID document doc is listed under.
func (s *idStore) listed(doc uint32) string {
	id := strings.Clone(s.raw(doc))
	if n := s.suffix[doc]; n > 1 {
		id = fmt.Sprintf("%s~%d", id, n)
	}
	return id
}

func (s *idStore) bytes() int { return s.ids.bytes() + s.first.bytes() }

func (s *idStore) free() {
	s.ids.free()
	s.first.free()
}
