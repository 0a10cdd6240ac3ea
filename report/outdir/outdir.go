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
	var old string
	if _, err := os.Lstat(final); err == nil {
		o, err := os.MkdirTemp(s.Out, ".old-"+s.Name+"-")
		if err != nil {
			return fmt.Errorf("publish report: %w", err)
		}
		old = filepath.Join(o, s.Name)
		if err := os.Rename(final, old); err != nil {
			os.Remove(o)
			return fmt.Errorf("publish report: move previous report aside: %w", err)
		}
	}
	if err := os.Rename(s.Dir, final); err != nil {
		if old != "" {
			if rerr := os.Rename(old, final); rerr != nil {
				return fmt.Errorf("publish report: %w (and restoring the previous report failed: %v; it is in %s)", err, rerr, old)
			}
			os.Remove(filepath.Dir(old))
		}
		return fmt.Errorf("publish report: %w", err)
	}
	s.done = true
	if old != "" {
		if err := os.RemoveAll(filepath.Dir(old)); err != nil {
			return fmt.Errorf("publish report: remove previous report: %w", err)
		}
	}
	return nil
}

// Abort removes the temporary folder; the previous report is untouched.
// It is safe to call after Publish (it does nothing then).
func (s *Stage) Abort() error {
	if s.done {
		return nil
	}
	s.done = true
	return os.RemoveAll(s.Dir)
}
