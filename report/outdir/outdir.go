package outdir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrName is returned for a report name that is not a plain folder name.
var ErrName = errors.New("outdir: invalid report name")

// Stage is a report folder being built.
type Stage struct {
	Out  string // parent folder
	Name string // final folder name
	Dir  string // temporary folder to write into
	done bool
}

// Final is the folder the report is published to.
func (s *Stage) Final() string { return filepath.Join(s.Out, s.Name) }

// CheckName accepts a plain folder name: not empty, no path separators,
// not "." or "..", not starting with "." (hidden names are ours).
func CheckName(name string) error {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return fmt.Errorf("%w %q: want a plain folder name like 2025-07-01", ErrName, name)
	}
	return nil
}

// New creates out (if needed) and a temporary folder for report name in it.
func New(out, name string) (*Stage, error) {
	if err := CheckName(name); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	dir, err := os.MkdirTemp(out, ".tmp-"+name+"-")
	if err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("output folder: %w", err)
	}
	return &Stage{Out: out, Name: name, Dir: dir}, nil
}

// removeAll is os.RemoveAll; tests make it fail.
var removeAll = os.RemoveAll

// Publish moves the finished folder to OUT/NAME. An existing report of that
// name is moved aside first and deleted only after the new one is in place;
// if the final rename fails, it is moved back.
//
// Once the new report is in place, Publish has succeeded: if the previous
// report then cannot be deleted (a folder without write permission, say),
// it is left in a hidden folder of OUT, which the next run's Recover
// removes, and Publish returns a warning naming it, with a nil error.
func (s *Stage) Publish() (warning string, err error) {
	if s.done {
		return "", errors.New("outdir: already published or aborted")
	}
	final := s.Final()
	if _, err := os.Lstat(final); err != nil {
		if err := os.Rename(s.Dir, final); err != nil {
			return "", fmt.Errorf("publish report: %w", err)
		}
		s.done = true
		return "", nil
	}
	// Replace the previous report. Where the system can, the two folders
	// are swapped in one step; the staging name then holds the old report.
	switch err := exchange(s.Dir, final); {
	case err == nil:
		s.done = true
		return removePrevious(s.Dir), nil
	case !errors.Is(err, errExchange):
		return "", fmt.Errorf("publish report: %w", err)
	}
	// Two renames: a run killed between them leaves the previous report in
	// .old-NAME-*/NAME, which Recover puts back.
	o, err := os.MkdirTemp(s.Out, ".old-"+s.Name+"-")
	if err != nil {
		return "", fmt.Errorf("publish report: %w", err)
	}
	old := filepath.Join(o, s.Name)
	if err := os.Rename(final, old); err != nil {
		os.Remove(o)
		return "", fmt.Errorf("publish report: move previous report aside: %w", err)
	}
	if err := os.Rename(s.Dir, final); err != nil {
		if rerr := os.Rename(old, final); rerr != nil {
			return "", fmt.Errorf("publish report: %w (and restoring the previous report failed: %v; it is in %s)", err, rerr, old)
		}
		os.Remove(o)
		return "", fmt.Errorf("publish report: %w", err)
	}
	s.done = true
	return removePrevious(o), nil
}

// removePrevious deletes the folder holding the replaced report, returning
// a warning if it cannot.
func removePrevious(dir string) string {
	if err := removeAll(dir); err != nil {
		return fmt.Sprintf("publish report: the previous report could not be deleted; it is left in %s (the next run tries again): %v",
			filepath.ToSlash(dir), err)
	}
	return ""
}

// errExchange says an atomic swap of two folders is not available.
var errExchange = errors.New("outdir: atomic exchange not supported")

// Recover repairs what runs killed with the lock held left in out: a
// previous report stranded in .old-NAME-*/NAME while NAME is missing is put
// back; other .old-* and .tmp-* folders (half-written or superseded) and
// .tmp-* files (spools not yet unlinked) are removed. Call it with the lock held (see Lock), before New. It returns
// what it did, for the log. A leftover it cannot remove is reported there
// too, not as an error: hidden folders are never taken for reports, so the
// run can go on (the next one tries again).
func Recover(out string) ([]string, error) {
	es, err := os.ReadDir(out)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var did []string
	for _, e := range es {
		n := e.Name()
		if !e.IsDir() && strings.HasPrefix(n, ".tmp-") && e.Type().IsRegular() {
			// a temporary file (a spool, report/spool) of a run killed
			// before it could unlink it
			if err := os.Remove(filepath.Join(out, n)); err != nil && !os.IsNotExist(err) {
				did = append(did, fmt.Sprintf("could not remove %s left by an earlier run: %v", n, err))
				continue
			}
			did = append(did, "removed "+n+" left by an interrupted run")
			continue
		}
		if !e.IsDir() || !strings.HasPrefix(n, ".old-") && !strings.HasPrefix(n, ".tmp-") {
			continue
		}
		dir := filepath.Join(out, n)
		if strings.HasPrefix(n, ".old-") {
			inner, _ := os.ReadDir(dir)
			for _, in := range inner {
				final := filepath.Join(out, in.Name())
				if _, err := os.Lstat(final); os.IsNotExist(err) && CheckName(in.Name()) == nil {
					if err := os.Rename(filepath.Join(dir, in.Name()), final); err != nil {
						return did, fmt.Errorf("restoring report %s: %w", in.Name(), err)
					}
					did = append(did, "restored report "+in.Name()+" left aside by an interrupted run")
				}
			}
		}
		if err := removeAll(dir); err != nil {
			did = append(did, fmt.Sprintf("could not remove %s left by an earlier run: %v", n, err))
			continue
		}
		did = append(did, "removed "+n+" left by an interrupted run")
	}
	return did, nil
}

func (s *Stage) Abort() error {
	if s.done {
		return nil
	}
	s.done = true
	return os.RemoveAll(s.Dir)
}
