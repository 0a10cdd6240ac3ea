package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dipstat/dipstat/analysis/pipeline"
)

// checkpoint is -cache DIR: the aggregates of the previous run over the
// same paths with the same settings, with the SHA-256 of every file it
// read. When those files are still there, unchanged, and come first in
// input order (a corpus that grows by files added after the others, as
// a daily feed does), a run reads and hashes them but analyses only the
// files after them, and merges its aggregates into the checkpoint's
// (corpus.Resume, pipeline.Aggregate.Append). Otherwise the run analyses
// everything, as without -cache. Either way it writes the new checkpoint.
type checkpoint struct {
	path string
	agg  *pipeline.Aggregate // nil: none, or not usable
	note string              // why there is none, for the log
}

// cacheVersion changes when the key or the file change meaning.
const cacheVersion = "dipstat checkpoint 1"

// openCheckpoint reads the checkpoint for these settings and paths.
func openCheckpoint(dir string, s pipeline.Settings, paths []string) (*checkpoint, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("-cache: %w", err)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s", cacheVersion, s.Digest(), strings.Join(paths, "\x00"))
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

// save writes a as the checkpoint, atomically.
func (ck *checkpoint) save(ctx context.Context, a *pipeline.Aggregate) (int, error) {
	n, err := writeAggregate(ctx, ck.path, a)
	if err != nil {
		return 0, fmt.Errorf("-cache: %w", err)
	}
	return n, nil
}
