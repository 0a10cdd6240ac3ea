package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
	"github.com/dipstat/dipstat/analysis/phrases"
	"github.com/dipstat/dipstat/analysis/pipeline"
	"github.com/dipstat/dipstat/analysis/terms"
)

// Config is what the pipeline computes, from the command line. Its fields
// travel to the workers with the functions that hold it.
type Config struct {
	Inputs         []string
	Output         string
	Period         string
	Stem           bool
	KeepDuplicates bool
	NearDup        float64
	MaxSize        int64
}

func (c *Config) register(fs *flag.FlagSet) {
	d := corpus.DefaultOptions()
	fs.Func("input", "a `folder` (local: read with its sub-folders) or a glob of files (gs://bucket/news/*.jsonl); repeat for more", func(s string) error {
		c.Inputs = append(c.Inputs, s)
		return nil
	})
	fs.StringVar(&c.Output, "output", "", "aggregate `file` to write (local, gs://, s3://): dipstat report -from renders it")
	fs.StringVar(&c.Period, "period", "", "period `unit` the terms are counted by: day, week, month, quarter or year (required: give the one dipstat analyze uses for aggregates to merge with these)")
	fs.BoolVar(&c.Stem, "stem", false, "apply the Snowball English stemmer to words before counting")
	fs.BoolVar(&c.KeepDuplicates, "keep-duplicates", false, "count syndicated copies instead of listing them as duplicate-of the first")
	fs.Float64Var(&c.NearDup, "near-dup", d.NearDuplicate, "Jaccard `similarity` of word 5-shingles at which two documents are one story")
	fs.Int64Var(&c.MaxSize, "max-size", d.MaxSize, "skip files larger than this many `bytes` (after decompression)")
}

func (c *Config) check() error {
	if len(c.Inputs) == 0 || c.Output == "" {
		return errors.New("give -input (at least one) and -output")
	}
	if _, _, _, err := c.analysis(); err != nil {
		return err
	}
	return nil
}

// analysis is what dipstat analyze does with the same flags: the options
// must be the same for the aggregates to be the same, and to merge.
func (c *Config) analysis() (corpus.Options, pipeline.Options, pipeline.Settings, error) {
	unit, auto, err := period.Parse(c.Period)
	if err != nil || auto {
		return corpus.Options{}, pipeline.Options{}, pipeline.Settings{}, fmt.Errorf("-period must be one of day, week, month, quarter, year (a cluster cannot choose it before counting), got %q", c.Period)
	}
	co := corpus.DefaultOptions()
	co.Stem, co.KeepDuplicates, co.NearDuplicate, co.MaxSize = c.Stem, c.KeepDuplicates, c.NearDup, c.MaxSize
	co.HashInputs, co.KeepPrints = true, true
	co.Lexicon = phrases.Lexicon(phrases.DefaultFamilies()) // Chinese words of the patterns kept whole, as dipstat does
	if err := co.Check(); err != nil {
		return co, pipeline.Options{}, pipeline.Settings{}, err
	}
	po := pipeline.Options{
		Terms:    terms.Options{MinN: 1, MaxN: 3, ByPeriod: true, Unit: unit},
		Families: phrases.DefaultFamilies(), Aliases: corpus.DefaultAliases(), Match: phrases.MatchOptions{Stem: c.Stem, Context: 60},
		Discover: true, DiscoverOptions: phrases.DefaultDiscoverOptions(), KeepSample: true,
	}
	s := pipeline.SettingsOf(po, pipeline.CorpusSettings(co, "", "", ""), "")
	return co, po, s, nil
}

// params are the parameters the aggregate records, as dipstat analyze
// records its flags.
func (c *Config) params() [][2]string {
	return [][2]string{
		{"-input", strings.Join(c.Inputs, ", ")}, {"-period", c.Period}, {"-stem", strconv.FormatBool(c.Stem)},
		{"-keep-duplicates", strconv.FormatBool(c.KeepDuplicates)}, {"-near-dup", strconv.FormatFloat(c.NearDup, 'g', -1, 64)},
		{"-max-size", strconv.FormatInt(c.MaxSize, 10)}, {"runner", "beam"},
	}
}

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func([]byte), error](&analyzeFileFn{})
	register.Emitter1[[]byte]()
	register.Combiner3[*accum, []byte, []byte](&mergeFn{})
	register.DoFn2x1[context.Context, []byte, error](&writeFn{})
	beam.RegisterCoder(reflect.TypeOf((*accum)(nil)), encodeAccum, decodeAccum)
}

// Build adds the pipeline to s: match the files, analyse each, merge the
// aggregates, write the merged one.
func Build(s beam.Scope, cfg Config, globs []string) {
	var matched []beam.PCollection
	for _, g := range globs {
		matched = append(matched, fileio.MatchFiles(s.Scope("match"), g, fileio.MatchEmptyAllow()))
	}
	files := beam.Flatten(s, matched...)
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	parts := beam.ParDo(s, &analyzeFileFn{Cfg: cfg}, readable)
	merged := beam.Combine(s, &mergeFn{Cfg: cfg}, parts)
	beam.ParDo0(s, &writeFn{Output: cfg.Output}, merged)
}

// expandInputs turns each local folder into a glob per folder under it
// (Beam's local file system has no recursive glob); globs and remote paths
// are kept.
func expandInputs(inputs []string) ([]string, error) {
	var globs []string
	for _, in := range inputs {
		fi, err := os.Stat(in)
		if err != nil || !fi.IsDir() {
			globs = append(globs, in)
			continue
		}
		err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != in && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				globs = append(globs, filepath.Join(p, "*"))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return globs, nil
}

// analyzeFileFn analyses one file into its aggregate (encoded as a part:
// the settings are the pipeline's).
type analyzeFileFn struct {
	Cfg Config

	co corpus.Options
	po pipeline.Options
	s  pipeline.Settings
	m  *phrases.Matcher
}

func (f *analyzeFileFn) Setup() error {
	var err error
	f.co, f.po, f.s, err = f.Cfg.analysis()
	f.m = phrases.NewMatcher(f.po.Families, f.po.Aliases, f.po.Match)
	return err
}

func (f *analyzeFileFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func([]byte)) error {
	p := file.Metadata.Path
	if strings.HasPrefix(path.Base(filepath.ToSlash(p)), ".") { // as dipstat, which skips hidden files
		return nil
	}
	data, err := file.Read(ctx)
	if err != nil {
		if fi, serr := os.Stat(p); serr == nil && fi.IsDir() {
			return nil // a folder the glob matched: its own glob reads it
		}
		return fmt.Errorf("reading %s: %w", p, err)
	}
	a, err := pipeline.AnalyzeBytes(ctx, p, data, f.co, f.po, f.s, f.m)
	if err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	b, err := a.MarshalPart()
	if err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	emit(b)
	return nil
}

// accum is the combine's accumulator: the merged aggregate, and the files'
// aggregates not merged in yet. They are merged in batches in input order,
// so that files arriving in any order cost one merge of the big aggregate
// per batch, not per file.
type accum struct {
	agg     *pipeline.Aggregate
	pending []*pipeline.Aggregate
}

const batch = 256

func (a *accum) flush() error {
	if len(a.pending) == 0 {
		return nil
	}
	slices.SortStableFunc(a.pending, func(x, y *pipeline.Aggregate) int { return cmp.Compare(firstKey(x), firstKey(y)) })
	b := a.pending[0]
	for _, p := range a.pending[1:] {
		if err := b.Merge(p); err != nil {
			return err
		}
	}
	a.pending = nil
	if a.agg == nil {
		a.agg = b
		return nil
	}
	return a.agg.Merge(b)
}

// firstKey is where an aggregate's documents start in input order.
func firstKey(a *pipeline.Aggregate) string {
	if len(a.Listing.Entries) == 0 {
		return ""
	}
	e := a.Listing.Entries[0]
	return fmt.Sprintf("%s\x00%012d", e.File, e.Line)
}

func encodeAccum(a *accum) ([]byte, error) {
	if err := a.flush(); err != nil {
		return nil, err
	}
	if a.agg == nil {
		return nil, nil
	}
	return a.agg.MarshalBinary()
}

func decodeAccum(b []byte) (*accum, error) {
	if len(b) == 0 {
		return &accum{}, nil
	}
	var agg pipeline.Aggregate
	if err := agg.UnmarshalBinary(b); err != nil {
		return nil, err
	}
	return &accum{agg: &agg}, nil
}

// mergeFn combines the files' aggregates with their merge
// (pipeline.Aggregate.Merge): documents in input order whatever the order
// they come in, IDs shared by files renamed as one run would.
type mergeFn struct {
	Cfg Config

	po pipeline.Options
	s  pipeline.Settings
}

func (f *mergeFn) Setup() error {
	var err error
	_, f.po, f.s, err = f.Cfg.analysis()
	return err
}

func (f *mergeFn) CreateAccumulator() *accum { return &accum{} }

func (f *mergeFn) AddInput(a *accum, part []byte) (*accum, error) {
	p, err := pipeline.UnmarshalPart(part, f.s)
	if err != nil {
		return nil, err
	}
	a.pending = append(a.pending, p)
	if len(a.pending) >= batch {
		if err := a.flush(); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func (f *mergeFn) MergeAccumulators(a, b *accum) (*accum, error) {
	if err := a.flush(); err != nil {
		return nil, err
	}
	if err := b.flush(); err != nil {
		return nil, err
	}
	switch {
	case b.agg == nil:
	case a.agg == nil:
		a.agg = b.agg
	default:
		if err := a.agg.Merge(b.agg); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// ExtractOutput is the corpus's aggregate, encoded as dipstat analyze
// writes it.
func (f *mergeFn) ExtractOutput(a *accum) ([]byte, error) {
	if err := a.flush(); err != nil {
		return nil, err
	}
	agg := a.agg
	if agg == nil {
		var err error
		if agg, err = pipeline.EmptyAggregate(f.po, f.s); err != nil {
			return nil, err
		}
	}
	agg.CheckDuplicates(f.s.DeciderOptions())
	agg.Paths = f.Cfg.Inputs
	agg.Params = f.Cfg.params()
	return agg.MarshalBinary()
}

// writeFn writes the aggregate to the output path: to a temporary name
// renamed into place where the file system can rename.
type writeFn struct {
	Output string
}

func (f *writeFn) ProcessElement(ctx context.Context, data []byte) error {
	fsys, err := filesystem.New(ctx, f.Output)
	if err != nil {
		return err
	}
	defer fsys.Close()
	tmp := f.Output + ".tmp"
	if _, ok := fsys.(filesystem.Renamer); !ok {
		tmp = f.Output
	}
	if err := filesystem.Write(ctx, fsys, tmp, data); err != nil {
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if tmp != f.Output {
		if err := filesystem.Rename(ctx, fsys, tmp, f.Output); err != nil {
			return fmt.Errorf("writing %s: %w", f.Output, err)
		}
	}
	return nil
}
