package corpus

import (
	"errors"
	"runtime"
)

// DefaultMaxSize is the largest input file read, in bytes (50 MB).
const DefaultMaxSize = 50 << 20

// Options control loading. Start from DefaultOptions.
type Options struct {
	// MaxSize is the largest file (after decompression) that is read; larger
	// files are skipped with a warning. For a WARC archive it is the largest
	// page: the archive itself may be of any size.
	MaxSize int64
	// KeepDuplicates counts syndicated copies instead of listing them as
	// duplicate-of the first copy.
	KeepDuplicates bool
	// NearDuplicate is the estimated Jaccard similarity of word 5-shingles at
	// or above which two documents are the same story.
	NearDuplicate float64
	// Stem applies the Snowball English stemmer to Token.Norm.
	Stem bool
	// Stopwords marks Token.Stop. Nil means DefaultStopwords().
	Stopwords Stopwords
	// Meta overrides or supplies metadata per file (see ReadMeta).
	Meta Meta
	// Workers is the number of parallel readers; 0 means GOMAXPROCS.
	Workers int
	// HashInputs computes each input file's SHA-256 as it is read, for a
	// manifest of exactly the bytes that were analysed (Listing.Inputs).
	HashInputs bool
	// KeepPrints keeps each document's fingerprint in Listing.Prints (about
	// 350 bytes a document), so that listings of separate loads can be
	// merged with the duplicates and IDs one load would have found.
	KeepPrints bool
	// Match, when not nil, keeps only the documents whose article text
	// mentions one of its words or phrases (see ParseMatch).
	Match *Matcher
	// Lang, when not empty, keeps only the documents in these languages
	// (ISO 639-1 codes; see ParseLangs). A document whose format gives no
	// language has it detected from its text.
	Lang []string
	// Lexicon holds the Chinese words segmentation keeps whole: the words
	// of the formula patterns that will be matched (phrases.Lexicon). Nil
	// means none.
	Lexicon *Lexicon
	// Fields names the extra metadata fields to keep in Document.Fields
	// (lower case): JSONL and CSV fields and Meta columns other than the
	// ones Document has its own place for. Nil keeps none.
	Fields []string

	// ScratchDir, when not empty, is the folder where the near-duplicate
	// index keeps the documents' MinHash signatures (256 bytes a document)
	// in a file of its own, removed when the run ends, instead of in
	// memory: 256 MB less for every million documents kept.
	ScratchDir string

	// OnEntry, when not nil, is handed each listing entry, in input order,
	// instead of Listing.Entries keeping it, so a listing of any length
	// needs no memory (Listing.Streamed counts them). Loading stops at its
	// first error, as at one from Stream's fn. Such a listing, which has no
	// entries, cannot be Resume's checkpoint.
	OnEntry func(Entry) error

	// OnInput, when not nil, is handed each input file as it is done, in
	// input order, instead of Listing.Inputs keeping it (a folder of a
	// million articles is a million inputs). Loading stops at its first
	// error. Such a listing cannot be Resume's checkpoint either.
	OnInput func(Input) error
}

// DefaultOptions returns the options dipstat uses when no flag is given.
func DefaultOptions() Options {
	return Options{MaxSize: DefaultMaxSize, NearDuplicate: 0.9}
}

// Check reports the first invalid option.
func (o Options) Check() error {
	if o.MaxSize <= 0 {
		return errors.New("corpus: max size must be positive")
	}
	if o.NearDuplicate <= 0 || o.NearDuplicate > 1 {
		return errors.New("corpus: near-duplicate threshold must be in (0, 1]")
	}
	return nil
}

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (o Options) stopwords() Stopwords {
	if o.Stopwords == nil {
		return DefaultStopwords()
	}
	return o.Stopwords
}
