package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/report/table"
)

// corpusFlags are the flags every command that reads a corpus shares.
type corpusFlags struct {
	meta           string
	keepDuplicates bool
	maxSize        byteSize
	nearDup        float64
	strict         bool
	stopwords      string
	aliases        string
	stem           bool
	workers        int
	lang           string
	match          string

	aliasTab *corpus.Aliases // -aliases read, once (aliasTable)
	// lexicon keeps the Chinese words of the formula patterns whole; nil
	// means the built-in families' (set by the commands that take -families)
	lexicon *corpus.Lexicon
	// fields are the metadata fields -by reads (Document.Fields)
	fields []string
}

func (f *corpusFlags) register(fs *flag.FlagSet) {
	d := corpus.DefaultOptions()
	f.maxSize = byteSize(d.MaxSize)
	fs.StringVar(&f.meta, "meta", "", "CSV `file` with columns file,date,source,title that supplies or overrides metadata (other columns are fields for -by)")
	fs.BoolVar(&f.keepDuplicates, "keep-duplicates", false, "count syndicated copies instead of listing them as duplicate-of the first")
	fs.Var(&f.maxSize, "max-size", "skip files larger than this `size` (e.g. 50MB, 2GB; after decompression; for a .warc archive, each page; for .jsonl and .csv, each record: the file can be of any size)")
	fs.Float64Var(&f.nearDup, "near-dup", d.NearDuplicate, "Jaccard `similarity` of word 5-shingles at which two documents are one story")
	fs.BoolVar(&f.strict, "strict", false, "exit with status 3 if any input was skipped")
	fs.StringVar(&f.stopwords, "stopwords", "", "`file` of stopwords, one per line, replacing the built-in English list")
	fs.StringVar(&f.aliases, "aliases", "", "`file` of actor aliases (\"canonical = variant | variant\") added to the built-in table; they apply to phrase patterns (phrases, kwic, report), not to term counts")
	fs.BoolVar(&f.stem, "stem", false, "apply the Snowball English stemmer to words before counting")
	fs.IntVar(&f.workers, "workers", 0, "parallel readers (`n`; 0 = one per core; at most 256)")
	fs.StringVar(&f.lang, "lang", "", "keep only documents in these `languages` (ISO 639-1 codes, comma-separated: en,ko); a text's language is detected when its format does not give it")
	fs.StringVar(&f.match, "match", "", "keep only documents whose article text mentions one of these `words` or phrases (comma-separated, any case, whole words; Korea* for words starting so)")
}

// maxWorkers bounds -workers: every reader has its own buffers, and far more
// readers than cores only cost memory.
const maxWorkers = 256

// options turns the flags into corpus options, reading the files they name.
func (f *corpusFlags) options() (corpus.Options, error) {
	o := corpus.DefaultOptions()
	o.MaxSize = int64(f.maxSize)
	o.KeepDuplicates = f.keepDuplicates
	o.NearDuplicate = f.nearDup
	o.Stem = f.stem
	o.Workers = f.workers
	o.Lexicon = f.lexicon
	o.Fields = f.fields
	// the near-duplicate index's signatures wait on disk (in $TMPDIR), not in
	// memory: 256 MB a million pages
	o.ScratchDir = os.TempDir()
	if o.Lexicon == nil {
		o.Lexicon = phrases.DefaultLexicon()
	}
	// Written so that NaN, which fails every comparison, fails the check.
	if !(f.nearDup > 0 && f.nearDup <= 1) {
		return o, usagef("-near-dup must be in (0, 1], got %v", f.nearDup)
	}
	if f.workers < 0 || f.workers > maxWorkers {
		return o, usagef("-workers must be between 0 and %d, got %d", maxWorkers, f.workers)
	}
	if f.lang != "" {
		l, err := corpus.ParseLangs(f.lang)
		if err != nil {
			return o, usagef("-lang: %v", err)
		}
		o.Lang = l
	}
	if f.match != "" {
		m, err := corpus.ParseMatch(f.match)
		if err != nil {
			return o, usagef("-match: %v", err)
		}
		o.Match = m
	}
	// Every command takes -aliases; those that match no phrase pattern
	// still read the file, so a wrong one is reported wherever it is given.
	if _, err := f.aliasTable(); err != nil {
		return o, err
	}
	if f.stopwords != "" {
		s, err := readWith(f.stopwords, corpus.ReadStopwords)
		if err != nil {
			return o, fmt.Errorf("-stopwords: %w", err)
		}
		o.Stopwords = s
	}
	if f.meta != "" {
		m, err := readWith(f.meta, corpus.ReadMeta)
		if err != nil {
			return o, fmt.Errorf("-meta: %w", err)
		}
		o.Meta = m
	}
	return o, nil
}

// aliasTable is the built-in alias table plus -aliases, read once.
func (f *corpusFlags) aliasTable() (*corpus.Aliases, error) {
	if f.aliasTab != nil {
		return f.aliasTab, nil
	}
	a := corpus.DefaultAliases()
	if f.aliases != "" {
		extra, err := readWith(f.aliases, corpus.ReadAliases)
		if err != nil {
			return nil, fmt.Errorf("-aliases: %w", err)
		}
		a = a.Merge(extra)
	}
	f.aliasTab = a
	return a, nil
}

// readWith opens a file and parses it, naming the file in any error.
func readWith[T any](path string, parse func(io.Reader) (T, error)) (T, error) {
	var zero T
	fh, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer fh.Close()
	v, err := parse(fh)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// stream reads the corpus named by the command's paths, printing every
// warning to stderr, and hands fn one counted document at a time
// (corpus.Stream), so memory holds what fn keeps, not the texts.
// Once fn returns, the document's tokens go to the next documents
// (corpus.Document.Release): fn keeps none of its Sentences.
func (f *corpusFlags) stream(ctx context.Context, e *env, paths []string, fn func(*corpus.Document) error) (*corpus.Listing, error) {
	opts, err := f.options()
	if err != nil {
		return nil, err
	}
	paths = corpusPaths(paths)
	l, err := corpus.Stream(ctx, paths, opts, func(d *corpus.Document) error {
		err := fn(d)
		d.Release()
		return err
	})
	if l != nil {
		printWarnings(e.stderr, l.Warnings)
	}
	return l, namePaths(err, paths)
}

// check applies -strict after the output was written.
func (f *corpusFlags) check(l *corpus.Listing) error {
	if !f.strict {
		return nil
	}
	if l.Skipped() > 0 {
		return errStrict
	}
	for _, w := range l.Warnings {
		if strings.HasPrefix(w.Msg, "skipped") {
			return errStrict
		}
	}
	return nil
}

// noArticlesError is corpus.ErrNoArticles naming the paths that held none.
type noArticlesError struct{ paths []string }

func (e noArticlesError) Error() string {
	return "no articles found in " + strings.Join(e.paths, ", ")
}

func (e noArticlesError) Unwrap() error { return corpus.ErrNoArticles }

// namePaths names the paths in a corpus.ErrNoArticles; other errors pass.
func namePaths(err error, paths []string) error {
	if errors.Is(err, corpus.ErrNoArticles) {
		return noArticlesError{paths}
	}
	return err
}

// printWarnings prints warnings for a person: control characters and
// bidirectional overrides in file names are shown escaped (table.Escape).
func printWarnings(w io.Writer, ws []corpus.Warning) {
	for _, x := range ws {
		fmt.Fprintf(w, "warning: %s\n", table.Escape(x.Error()))
	}
}

func corpusPaths(args []string) []string {
	if len(args) == 0 {
		return []string{"seeds"}
	}
	return args
}

// formatFlag is -format, checked against table.Writers.
type formatFlag struct{ name string }

func (f *formatFlag) register(fs *flag.FlagSet) {
	f.name = "text"
	fs.StringVar(&f.name, "format", "text", "output `format`: "+strings.Join(table.FormatNames(), ", ")+" (json: one object per line)")
}

func (f *formatFlag) writer() (table.Writer, error) {
	w, err := table.Lookup(f.name)
	if err != nil {
		return nil, usagef("-format: %v", err)
	}
	return w, nil
}

// rowWriter is the format's table.RowWriter, for tables written as they come.
func (f *formatFlag) rowWriter() (table.RowWriterFunc, error) {
	w, err := table.LookupRows(f.name)
	if err != nil {
		return nil, usagef("-format: %v", err)
	}
	return w, nil
}

// parseFlags parses args, turning flag errors into usage errors and -h into errHelp.
func parseFlags(fs *flag.FlagSet, e *env, args []string) error {
	fs.SetOutput(e.stderr)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return usageError{err.Error()}
	}
	return nil
}

// interleave moves flags after positional arguments to the front, so
// "dipstat terms seeds -top 20" works as well as "dipstat terms -top 20 seeds".
// "--" ends the flags: everything after it is positional, even "-china".
// The positional arguments follow a "--" in the result, so the flag package
// never reads one of them as a flag.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if fl := fs.Lookup(name); fl != nil {
			if bf, ok := fl.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
				continue
			}
			if i+1 >= len(args) {
				// A flag missing its value: let the flag package say so
				// rather than take "--" or a path for the value.
				return flags
			}
			flags = append(flags, args[i+1])
			i++
		}
	}
	if len(pos) == 0 {
		return flags
	}
	return append(append(flags, "--"), pos...)
}

// newFlagSet makes a command's flag set with a usage message.
func newFlagSet(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: dipstat %s %s\n\nFlags:\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

// byteSize is a flag value like 50MB.
type byteSize int64

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if n >= u.m && n%u.m == 0 {
			return strconv.FormatInt(n/u.m, 10) + u.suf
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(n)
	return nil
}

func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, x := range []struct {
		suf string
		m   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, x.suf) {
			u, mult = strings.TrimSpace(strings.TrimSuffix(u, x.suf)), x.m
			break
		}
	}
	n, err := strconv.ParseFloat(u, 64)
	// Written so that NaN, which fails every comparison, fails the check.
	if err != nil && !errors.Is(err, strconv.ErrRange) || !(n > 0) {
		return 0, fmt.Errorf("want a positive size like 50MB, got %q", s)
	}
	// float64(math.MaxInt64) rounds up to 2^63, so >= catches every
	// size that does not fit, infinities included.
	b := n * float64(mult)
	if b >= math.MaxInt64 {
		return 0, fmt.Errorf("size %q is too large", s)
	}
	if b < 1 {
		return 0, fmt.Errorf("size %q is less than one byte", s)
	}
	return int64(b), nil
}
