package corpus

import (
	"fmt"
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
// Options.KeepDuplicates. It remembers about 500 bytes a document.
type Decider struct {
	dd       *deduper
	seen     map[string]int
	keepDups bool
}

// NewDecider returns a Decider for documents loaded with o.
func NewDecider(o Options) *Decider {
	return &Decider{dd: newDeduper(o.NearDuplicate), seen: map[string]int{}, keepDups: o.KeepDuplicates}
}

// Decide returns the ID the next document in input order is listed under
// and, if it copies an earlier document, that document's ID.
func (dc *Decider) Decide(p *Print) (id, dupOf string) {
	id = p.ID
	if n := dc.seen[id]; n > 0 {
		dc.seen[id] = n + 1
		id = fmt.Sprintf("%s~%d", id, n+1)
	} else {
		dc.seen[id] = 1
	}
	if !p.Skipped && !dc.keepDups {
		dupOf = dc.dd.check(id, p)
	}
	return id, dupOf
}
