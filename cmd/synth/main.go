// Command synth writes a synthetic news corpus for dipstat's scale tests:
// articles resampled from the sentences of a seed corpus, mixed with
// Zipf-distributed invented words so the vocabulary keeps growing with size
// as real news does (see analysis/corpus/corpustest). The same flags always
// give the same files.
//
// Usage:
//
//	synth [-n 200000] [-seed 1] [-zipf 0.5] [-undated 0.02] [-seeds seeds] [-lang L] [-force] DIR
//	synth -warc [-n 2000] [-seed 1] [-seeds seeds] [-layouts DIR] [-force] FILE.warc.gz
//
// With -lang, only the sentences of seed articles in that language (en,
// zh-Hans, zh-Hant, ko) are resampled: make corpus-zh draws a Chinese corpus
// from testdata/devset-cjk.
//
// DIR must not exist, be empty, or hold an earlier synth corpus (marked by a
// .dipstat-synth file); -force is needed to replace an earlier corpus.
//
// With -warc, synth writes a web archive instead: n news pages of about
// 50 KB (synthetic articles in the page layouts of the corpus tests, with
// scripts and link lists around them), each crawled as a request, a
// response and a metadata record, one gzip member a record. One page in
// twenty names a word no other page holds (corpustest.MatchWord), for
// timing dipstat's -match.
package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// marker names the file that identifies a folder written by synth.
const marker = ".dipstat-synth"

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 200000, "number of `articles`")
	seed := fs.Uint64("seed", 1, "random `seed`; the same seed gives the same corpus")
	zipf := fs.Float64("zipf", 0.5, "`share` of sentences that get a clause of Zipf-distributed invented words")
	vocab := fs.Int("vocab", 500000, "`size` of the invented vocabulary the Zipf words are drawn from")
	undated := fs.Float64("undated", 0.02, "`share` of articles without a date header")
	seeds := fs.String("seeds", "seeds", "`folder` of real articles whose sentences are resampled")
	force := fs.Bool("force", false, "replace an earlier synth corpus in DIR (or the FILE of -warc)")
	warc := fs.Bool("warc", false, "write a web archive of news pages to FILE (.warc or .warc.gz) instead")
	jsonl := fs.Bool("jsonl", false, "write the articles to FILE (.jsonl or .jsonl.gz) instead, one JSON object a line with the file's name as id")
	layouts := fs.String("layouts", "analysis/corpus/testdata/html", "`folder` of page layouts (*.html.tmpl) for -warc")
	lang := fs.String("lang", "", "resample only the sentences of seed articles in this `language` (en, zh-Hans, zh-Hant, ko)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: synth [flags] DIR\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: want exactly one output folder", errUsage)
	}
	if *n <= 0 || *zipf < 0 || *zipf > 1 || *undated < 0 || *undated > 1 || *vocab < 2 {
		return fmt.Errorf("%w: -n and -vocab must be positive, -zipf and -undated in [0, 1]", errUsage)
	}
	if *warc {
		return writeArchive(fs.Arg(0), *n, *seed, *seeds, *layouts, *force, stdout)
	}
	spec := corpustest.Spec{Articles: *n, Seed: *seed, ZipfWords: *zipf, VocabSize: *vocab, Undated: *undated}
	if *jsonl {
		return writeJSONL(fs.Arg(0), spec, *lang, *seeds, *force, stdout)
	}
	dir := fs.Arg(0)
	if err := prepare(dir, *force); err != nil {
		return err
	}
	sents, err := corpustest.SentencesIn(*lang, *seeds)
	if err != nil {
		return fmt.Errorf("reading seed sentences: %w", err)
	}
	start := time.Now()
	size, err := corpustest.Generate(dir, sents, spec)
	if err != nil {
		return err
	}
	desc := fmt.Sprintf("n=%d seed=%d zipf=%g vocab=%d undated=%g seeds=%d sentences",
		*n, *seed, *zipf, *vocab, *undated, len(sents))
	if err := os.WriteFile(filepath.Join(dir, marker), []byte(desc+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d files, %.1f MB in %.1fs (%s)\n", dir, *n,
		float64(size)/(1<<20), time.Since(start).Seconds(), desc)
	return nil
}

// prepare makes sure dir can take the corpus: new, empty, or (with force) an
// earlier synth corpus, whose .txt files are removed.
func prepare(dir string, force bool) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) || (err == nil && len(ents) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, marker)); err != nil {
		return fmt.Errorf("%s is not empty and was not written by synth; choose another folder", dir)
	}
	if !force {
		return fmt.Errorf("%s already holds a synth corpus; use -force to replace it", dir)
	}
	for _, e := range ents {
		if name := e.Name(); name == marker || (strings.HasSuffix(name, ".txt") && !e.IsDir()) {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeJSONL writes the articles of spec, those the folder mode writes as
// files, to one JSONL file (gzipped for .jsonl.gz), written to a temporary
// file and renamed into place.
func writeJSONL(file string, spec corpustest.Spec, lang, seeds string, force bool, stdout io.Writer) error {
	gz := strings.HasSuffix(file, ".jsonl.gz")
	if !gz && !strings.HasSuffix(file, ".jsonl") {
		return fmt.Errorf("%w: -jsonl writes a .jsonl or .jsonl.gz file, not %s", errUsage, file)
	}
	if _, err := os.Stat(file); err == nil && !force {
		return fmt.Errorf("%s exists; use -force to replace it", file)
	}
	sents, err := corpustest.SentencesIn(lang, seeds)
	if err != nil {
		return fmt.Errorf("reading seed sentences: %w", err)
	}
	start := time.Now()
	tmp := file + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // after the rename, nothing
	bw := bufio.NewWriterSize(f, 1<<20)
	var w io.Writer = bw
	var zw *gzip.Writer
	if gz {
		zw = gzip.NewWriter(bw)
		w = zw
	}
	size, err := corpustest.GenerateJSONL(w, sents, spec)
	if err == nil && zw != nil {
		err = zw.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, file); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d articles, %.1f MB of JSONL in %.1fs\n", file, spec.Articles, float64(size)/(1<<20), time.Since(start).Seconds())
	return nil
}

// writeArchive writes n synthetic news pages as a crawl's web archive.
func writeArchive(file string, n int, seed uint64, seeds, layoutDir string, force bool, stdout io.Writer) error {
	gz := strings.HasSuffix(file, ".warc.gz")
	if !gz && !strings.HasSuffix(file, ".warc") {
		return fmt.Errorf("%w: -warc writes a .warc or .warc.gz file, not %s", errUsage, file)
	}
	if _, err := os.Stat(file); err == nil && !force {
		return fmt.Errorf("%s exists; use -force to replace it", file)
	}
	sents, err := corpustest.Sentences(seeds)
	if err != nil {
		return fmt.Errorf("reading seed sentences: %w", err)
	}
	layouts, err := corpustest.Layouts(layoutDir)
	if err != nil {
		return err
	}
	start := time.Now()
	tmp := file + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	// page by page: an archive of 500,000 pages is some 25 GB of HTML
	if err := corpustest.WriteBenchArchive(w, sents, layouts, n, seed, gz); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, file); err != nil {
		return err
	}
	fi, err := os.Stat(file)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d pages in %d records, %.1f MB in %.1fs (one page in %d names %s)\n", file, n, 1+3*n,
		float64(fi.Size())/(1<<20), time.Since(start).Seconds(), corpustest.MatchEvery, corpustest.MatchWord)
	return nil
}
