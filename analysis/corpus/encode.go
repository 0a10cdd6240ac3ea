package corpus

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/dipstat/dipstat/analysis/internal/wire"
)

// A Listing encodes itself (MarshalBinary) with its entries, warnings,
// inputs and prints, so the corpus table of a report can be rendered from
// it without reading a file. See package wire for the envelope.

const (
	listingKind    = "corpus.Listing"
	listingVersion = 1
)

type listingWire struct {
	Entries      []entryWire   `cbor:"1,keyasint"`
	Warnings     []warningWire `cbor:"2,keyasint"`
	Inputs       []inputWire   `cbor:"3,keyasint"`
	Prints       *printsWire   `cbor:"4,keyasint,omitempty"`
	PathWarnings int           `cbor:"5,keyasint,omitempty"`
	LeftMatch    int           `cbor:"6,keyasint,omitempty"`
	LeftLang     int           `cbor:"7,keyasint,omitempty"`
}

// entryWire keys every field; a field added to Entry takes the next key
// (TestEntryFields fails until it has one).
type entryWire struct {
	ID          string `cbor:"1,keyasint"`
	File        string `cbor:"2,keyasint"`
	Line        int    `cbor:"3,keyasint,omitempty"`
	Date        int64  `cbor:"4,keyasint,omitempty"`
	Source      string `cbor:"5,keyasint,omitempty"`
	Title       string `cbor:"6,keyasint,omitempty"`
	URL         string `cbor:"7,keyasint,omitempty"`
	Lang        string `cbor:"8,keyasint,omitempty"`
	Sentences   int    `cbor:"9,keyasint,omitempty"`
	Tokens      int    `cbor:"10,keyasint,omitempty"`
	Bytes       int    `cbor:"11,keyasint,omitempty"`
	Status      int    `cbor:"12,keyasint,omitempty"`
	DuplicateOf string `cbor:"13,keyasint,omitempty"`
	Reason      string `cbor:"14,keyasint,omitempty"`
}

type warningWire struct {
	File string `cbor:"1,keyasint"`
	Line int    `cbor:"2,keyasint,omitempty"`
	Msg  string `cbor:"3,keyasint"`
}

type inputWire struct {
	Path   string `cbor:"1,keyasint"`
	Size   int64  `cbor:"2,keyasint"`
	SHA256 []byte `cbor:"3,keyasint,omitempty"` // when hashed
	Err    string `cbor:"4,keyasint,omitempty"`
}

// printsWire holds the prints by columns: Keys has bands uint32 and Sig
// numHashes uint16 (little-endian) for each print that has a signature.
type printsWire struct {
	ID      []string `cbor:"1,keyasint"`
	Skipped []bool   `cbor:"2,keyasint"`
	Exact   []uint64 `cbor:"3,keyasint"`
	HasSig  []bool   `cbor:"4,keyasint"`
	Keys    []byte   `cbor:"5,keyasint"`
	Sig     []byte   `cbor:"6,keyasint"`
}

// MarshalBinary encodes the listing.
func (l *Listing) MarshalBinary() ([]byte, error) {
	w := listingWire{Entries: make([]entryWire, len(l.Entries)), Warnings: make([]warningWire, len(l.Warnings)),
		Inputs: make([]inputWire, len(l.Inputs)), PathWarnings: l.PathWarnings,
		LeftMatch: l.LeftOut.Match, LeftLang: l.LeftOut.Lang}
	for i, e := range l.Entries {
		w.Entries[i] = entryWire{ID: e.ID, File: e.File, Line: e.Line, Date: wire.Time(e.Date), Source: e.Source, Title: e.Title,
			URL: e.URL, Lang: e.Lang, Sentences: e.Sentences, Tokens: e.Tokens, Bytes: e.Bytes, Status: int(e.Status),
			DuplicateOf: e.DuplicateOf, Reason: e.Reason}
	}
	for i, x := range l.Warnings {
		w.Warnings[i] = warningWire{File: x.File, Line: x.Line, Msg: x.Msg}
	}
	for i, in := range l.Inputs {
		w.Inputs[i] = inputWire{Path: in.Path, Size: in.Size, Err: in.Err}
		if in.Hashed {
			w.Inputs[i].SHA256 = in.SHA256[:]
		}
	}
	if l.Prints != nil {
		pw := &printsWire{}
		for _, p := range l.Prints {
			pw.ID = append(pw.ID, p.ID)
			pw.Skipped = append(pw.Skipped, p.Skipped)
			pw.Exact = append(pw.Exact, p.exact)
			pw.HasSig = append(pw.HasSig, p.hasSig)
			if p.hasSig {
				for _, k := range p.keys {
					pw.Keys = binary.LittleEndian.AppendUint32(pw.Keys, k)
				}
				for _, v := range p.sig {
					pw.Sig = binary.LittleEndian.AppendUint16(pw.Sig, v)
				}
			}
		}
		w.Prints = pw
	}
	return wire.Marshal(listingKind, listingVersion, &w)
}

// UnmarshalBinary replaces l with the listing encoded in data; errors wrap
// wire.ErrFormat.
func (l *Listing) UnmarshalBinary(data []byte) error {
	var w listingWire
	if err := wire.Unmarshal(data, listingKind, listingVersion, &w); err != nil {
		return err
	}
	bad := func(format string, args ...any) error { return wire.Errorf(listingKind, format, args...) }
	n := Listing{Entries: makeOrNil[Entry](len(w.Entries)), Warnings: makeOrNil[Warning](len(w.Warnings)), Inputs: makeOrNil[Input](len(w.Inputs)),
		PathWarnings: w.PathWarnings, LeftOut: LeftOut{Match: w.LeftMatch, Lang: w.LeftLang}}
	if w.LeftMatch < 0 || w.LeftLang < 0 {
		return bad("negative counts of documents left out")
	}
	if w.PathWarnings < 0 || w.PathWarnings > len(w.Warnings) {
		return bad("%d path warnings of %d", w.PathWarnings, len(w.Warnings))
	}
	for i, e := range w.Entries {
		if e.Status < int(StatusOK) || e.Status > int(StatusSkipped) {
			return bad("entry %q: unknown status %d", e.ID, e.Status)
		}
		n.Entries[i] = Entry{ID: e.ID, File: e.File, Line: e.Line, Date: wire.FromTime(e.Date), Source: e.Source, Title: e.Title,
			URL: e.URL, Lang: e.Lang, Sentences: e.Sentences, Tokens: e.Tokens, Bytes: e.Bytes, Status: Status(e.Status),
			DuplicateOf: e.DuplicateOf, Reason: e.Reason}
	}
	for i, x := range w.Warnings {
		n.Warnings[i] = Warning{File: x.File, Line: x.Line, Msg: x.Msg}
	}
	for i, in := range w.Inputs {
		n.Inputs[i] = Input{Path: in.Path, Size: in.Size, Err: in.Err}
		if in.SHA256 != nil {
			if len(in.SHA256) != sha256.Size {
				return bad("input %q: a hash of %d bytes", in.Path, len(in.SHA256))
			}
			copy(n.Inputs[i].SHA256[:], in.SHA256)
			n.Inputs[i].Hashed = true
		}
	}
	if pw := w.Prints; pw != nil {
		m := len(pw.ID)
		if len(pw.Skipped) != m || len(pw.Exact) != m || len(pw.HasSig) != m || m != len(n.Entries) {
			return bad("%d prints for %d entries", m, len(n.Entries))
		}
		sigs := 0
		for _, h := range pw.HasSig {
			if h {
				sigs++
			}
		}
		if len(pw.Keys) != sigs*bands*4 || len(pw.Sig) != sigs*numHashes*2 {
			return bad("%d signatures in %d and %d bytes", sigs, len(pw.Keys), len(pw.Sig))
		}
		n.Prints = make([]Print, m)
		keys, sig := pw.Keys, pw.Sig
		for i := range n.Prints {
			p := Print{ID: pw.ID[i], Skipped: pw.Skipped[i], exact: pw.Exact[i], hasSig: pw.HasSig[i]}
			if p.hasSig {
				for b := range p.keys {
					p.keys[b] = binary.LittleEndian.Uint32(keys[4*b:])
				}
				for h := range p.sig {
					p.sig[h] = binary.LittleEndian.Uint16(sig[2*h:])
				}
				keys, sig = keys[4*bands:], sig[2*numHashes:]
			}
			n.Prints[i] = p
		}
	}
	*l = n
	return nil
}

func makeOrNil[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, n)
}
