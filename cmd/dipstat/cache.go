package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/pipeline"
)

// checkpoint is -cache DIR: the aggregates of the previous run over the
// same paths with the same settings, with the SHA-256 of every file it
// read. When those files are still there, unchanged, and come first in
// input order (a corpus that grows by files added after the others, as
// a daily feed does), a run reads and hashes them but analyses only the
// files after them, and merges its aggregates into the checkpoint's
// (corpus.Resume). Their terms are counted into the checkpoint's own
// counter as they are analysed, so it prunes where one run over all would
// (pipeline.Options.Total), and the rest of their aggregates is appended
// (pipeline.Aggregate.AppendCounted). Otherwise the run analyses
// everything, as without -cache. Either way it writes the new checkpoint.
type checkpoint struct {
	path string
	agg  *pipeline.Aggregate // nil: none, or not usable
	note string              // why there is none, for the log
}

// cacheVersion changes when the key or the file change meaning.
const cacheVersion = "dipstat checkpoint 2"

// buildID names the program that made a checkpoint: another build may
// read or count differently, so its checkpoint is not used.
var buildID = sync.OnceValue(func() string {
	id := Version
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				id += " " + s.Value
			}
		}
	}
	return id
})

// openCheckpoint reads the checkpoint for these settings and paths.
func openCheckpoint(dir string, s pipeline.Settings, paths []string) (*checkpoint, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("-cache: %w", err)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s", cacheVersion, s.Digest(), buildID(), strings.Join(paths, "\x00"))
	ck := &checkpoint{path: filepath.Join(dir, "checkpoint-"+hex.EncodeToString(h.Sum(nil))[:32]+".agg")}
	a, err := readAggregate(ck.path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		ck.note = "no checkpoint yet"
	case err != nil:
		ck.note = fmt.Sprintf("checkpoint not read (%v)", err)
	case a.Listing.Prints == nil:
		ck.note = "checkpoint without prints"
	default:
		ck.agg = a
	}
	return ck, nil
}

// resume analyses the files added after the checkpoint's and returns the
// aggregate of all, with the number of files the checkpoint stood in for,
// or corpus.ErrCheckpoint (before analysing any file) when the corpus is
// not the checkpoint's files and more.
func (ck *checkpoint) resume(ctx context.Context, paths []string, copts corpus.Options, popts pipeline.Options,
	s pipeline.Settings, count func(*corpus.Document) error) (*pipeline.Aggregate, *corpus.Listing, int, error) {
	var listing *corpus.Listing
	resumed := 0
	stream := func(fn func(*corpus.Document) error) error {
		l, n, err := corpus.Resume(ctx, paths, copts, ck.agg.Listing, func(d *corpus.Document) error {
			if err := count(d); err != nil {
				return err
			}
			return fn(d)
		})
		listing, resumed = l, n
		return err
	}
	popts.Total = ck.agg.Terms
	res, err := pipeline.Run(ctx, stream, popts)
	if err != nil {
		return nil, listing, 0, err
	}
	added, err := pipeline.NewAggregate(res, &corpus.Listing{}, s, paths)
	if err == nil {
		err = ck.agg.AppendCounted(added)
	}
	if err != nil {
		return nil, listing, 0, fmt.Errorf("-cache: %w", err)
	}
	ck.agg.Listing, ck.agg.Paths = listing, paths
	return ck.agg, listing, resumed, nil
}

// save writes a as the checkpoint, atomically.
func (ck *checkpoint) save(ctx context.Context, a *pipeline.Aggregate) (int, error) {
	n, err := writeAggregate(ctx, ck.path, a)
	if err != nil {
		return 0, fmt.Errorf("-cache: %w", err)
	}
	return n, nil
}
