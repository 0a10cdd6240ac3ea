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

// Publish moves the finished folder to OUT/NAME. An existing report of that
// name is moved aside first and deleted only after the new one is in place;
// if the final rename fails, it is moved back.
func (s *Stage) Publish() error {
	if s.done {
		return errors.New("outdir: already published or aborted")
	}
	final := s.Final()
	if _, err := os.Lstat(final); err != nil {
		if err := os.Rename(s.Dir, final); err != nil {
			return fmt.Errorf("publish report: %w", err)
		}
		s.done = true
		return nil
	}
	// Replace the previous report. Where the system can, the two folders
	// are swapped in one step; the staging name then holds the old report.
	switch err := exchange(s.Dir, final); {
	case err == nil:
		s.done = true
		if err := os.RemoveAll(s.Dir); err != nil {
			return fmt.Errorf("publish report: remove previous report: %w", err)
		}
		return nil
	case !errors.Is(err, errExchange):
		return fmt.Errorf("publish report: %w", err)
	}
	// Two renames: a run killed between them leaves the previous report in
	// .old-NAME-*/NAME, which Recover puts back.
	o, err := os.MkdirTemp(s.Out, ".old-"+s.Name+"-")
	if err != nil {
		return fmt.Errorf("publish report: %w", err)
	}
	old := filepath.Join(o, s.Name)
	if err := os.Rename(final, old); err != nil {
		os.Remove(o)
		return fmt.Errorf("publish report: move previous report aside: %w", err)
	}
	if err := os.Rename(s.Dir, final); err != nil {
		if rerr := os.Rename(old, final); rerr != nil {
			return fmt.Errorf("publish report: %w (and restoring the previous report failed: %v; it is in %s)", err, rerr, old)
		}
		os.Remove(o)
		return fmt.Errorf("publish report: %w", err)
	}
	s.done = true
	if err := os.RemoveAll(o); err != nil {
		return fmt.Errorf("publish report: remove previous report: %w", err)
	}
	return nil
}

// errExchange says an atomic swap of two folders is not available.
var errExchange = errors.New("outdir: atomic exchange not supported")

// Recover repairs what runs killed with the lock held left in out: a
// previous report stranded in .old-NAME-*/NAME while NAME is missing is put
// back; other .old-* and .tmp-* folders (half-written or superseded) are
// removed. Call it with the lock held (see Lock), before New. It returns
// what it did, for the log.
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
		if err := os.RemoveAll(dir); err != nil {
			return did, err
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
